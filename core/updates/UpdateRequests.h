#pragma once

#include "domain/Rag.h"
#include "domain/Status.h"
#include "store/RequestStore.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wres::core {

class Database;

// Asking the leads for progress before a meeting: one request per lead, listing that lead's open
// actions as they stand, written as a workbook the lead fills in with Excel (io/RequestWorkbook)
// and imported back (UpdateReturns).
namespace UpdateRequests {

// An action as the lead is asked about it, with its revision when the request was made (a
// change in the plan after that makes the lead's answer a conflict).
struct RequestedAction
{
    qint64 id = 0;
    QString number; // as shown, "2.3"
    QString theme;
    QString objective;
    QString text;
    QString timescale;
    QDate due; // null when the timescale has no date
    Status status = Status::None;
    Rag rag = Rag::None;
    QString progress;
    int revision = 1;
};

struct LeadRequest
{
    QString uid;      // this request (one lead, one workbook)
    QString roundUid; // the requests issued together
    QString planUid;
    QString planTitle;
    QString organisation;
    QString lead;
    QDateTime issuedAt;
    QList<RequestedAction> actions;
    // The plan file's key, which signs the request's hidden record (io/RequestSignature); never
    // written anywhere, only used to sign.
    QByteArray signingKey;
};

struct Options
{
    QString lead;                     // one lead only (any case); empty for every lead
    std::optional<int> dueWithinDays; // only actions due within N days of today, or overdue
    QDate today = QDate::currentDate();
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// One request per lead with open actions (not complete, not rated blue), leads in alphabetical
// order, actions in plan order, each carrying the file's signing key (made now if the file has
// none: so the file must be writable). Throws InvalidRequest for a lead the plan does not have.
QList<LeadRequest> gather(const Database& database, qint64 planId, const Options& options);

// The record of a request as the store keeps it (its actions and their revisions; no returns yet).
IssuedRequest issued(const LeadRequest& request, qint64 planId);
// How many actions the requests ask about, in all.
int actionCount(const QList<LeadRequest>& requests);

// Records the requests as issued, so that their returns are matched and the leads still to answer
// can be named.
void recordIssued(const Database& database, qint64 planId, const QList<LeadRequest>& requests);

// A file name for each request, from its lead's name ("Head of EDI.xlsx"): characters no file
// system takes become '-', and a name taken already (in any case) gets " (2)".
QStringList fileNames(const QList<LeadRequest>& requests, const QString& suffix);

} // namespace UpdateRequests
} // namespace wres::core
