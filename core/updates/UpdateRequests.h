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

// A file name for each request, from its lead's name ("Head of EDI.xlsx"), safe on every system the
// files travel to: the name in NFC; separators, control and direction-changing characters as '-';
// no trailing dots or spaces, no leading dot; a Windows device name (CON, PRN, AUX, NUL, COM1-9,
// LPT1-9, with any extension, any case) prefixed with "Lead "; at most kMaxFileNameBytes of UTF-8,
// a longer one cut at a character boundary and marked " ~XXXXXXXX" (a digest of the lead, so the
// same lead gets the same name every round). Names the same but for case or Unicode form within the
// round all get their mark too, so none depends on the order of the leads.
constexpr int kMaxFileNameBytes = 120;
QStringList fileNames(const QList<LeadRequest>& requests, const QString& suffix);

// Throws StoreError before anything is written when this connection may not issue requests (they
// are recorded in the plan): ReadOnly for a file opened read-only, NotPermitted for a server login
// that is not an administrator (a viewer or a lead).
void ensureMayIssue(const Database& database);

// For SafeWrite::Options::mayReplace: why an existing file at a request's name must not be
// replaced: a returned workbook whose answers have not been imported yet, or a file that is not a
// request written by WRES Tracker at all. "" for a request workbook still unanswered or already
// imported, and for anything that is not a workbook (a request's PDF).
QString pendingAnswers(const Database& database, const QString& existingFile);

} // namespace UpdateRequests
} // namespace wres::core
