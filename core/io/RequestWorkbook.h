#pragma once

#include "domain/Problem.h"
#include "updates/UpdateRequests.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wres::core::RequestWorkbook {

// A lead's update request as an Excel workbook (see docs/file-formats.md):
// - "Updates", the first sheet: an instruction line, the header row, one row per action: ID,
//   Theme, Objective, Action, Timescale, Due, Status, RAG, Latest progress, then the answer
//   columns "New status", "New RAG" and "Progress update". The answer cells offer drop-down lists
//   (the status words; R, A, G, B) and are the only cells not locked; the sheet is protected
//   without a password, so a lead cannot break the table by accident.
// - "wres", hidden and protected: the plan's uid and title, the lead, the request's uid and round,
//   when it was issued, and each action's id, revision, status, RAG and progress at that moment,
//   signed with request.signingKey (io/RequestSignature) so that nobody without the plan file can
//   make or change one. A text longer than a cell holds is written cut (XlsxWriter::fitted).
// Throws std::runtime_error when the workbook cannot be made.
QByteArray write(const UpdateRequests::LeadRequest& request);

// What write() has to cut, a line each ("Head of EDI: action 2.3, progress: 40,000 characters, …"):
// texts longer than a cell holds, kept from before texts were checked at input. The workbook holds
// them cut, with a note saying so; the request is still made.
QStringList cutTexts(const UpdateRequests::LeadRequest& request);

// The answer columns' headers, exactly as written.
QStringList answerHeaders();

// One answered row of a returned workbook: blank answer rows are left out.
struct Answer
{
    int row = 0; // 1-based, as the spreadsheet shows it
    qint64 actionId = 0;
    std::optional<Status> status; // unset when the lead left it blank
    std::optional<Rag> rag;
    QString note;
};

struct Returned
{
    UpdateRequests::LeadRequest request; // as the hidden sheet recorded it (text, theme... not kept)
    QString sheet;                       // the answers' sheet, "Updates"
    QString planPlace;                   // the cell holding the plan's uid, "wres!B3"
    int format = 0;                      // of the record; 1 was never signed
    QString signature;                   // as the record holds it
    QString signaturePlace;              // "wres!B9"
    QByteArray signedText;               // what the signature must cover (RequestSignature::message)
    QList<Answer> answers;
    int blankRows = 0; // rows of the request nobody answered
    Problems problems; // each names the file and the sheet and cell; with any, nothing may be used
    int idColumn = 0, statusColumn = 0, ragColumn = 0, noteColumn = 0; // 0-based, for places
    // "Updates!J7"
    QString place(int column, int row) const;
    // Whether the record is signed, and with this key: it was issued by the plan file that holds
    // the key, and nothing in it was changed since.
    bool signedWith(const QByteArray& key) const;
};

// Reads a returned workbook (as saved by Excel or LibreOffice), only its first sheet and the
// "Updates" and "wres" sheets, within the limits of io/XlsxLimits.h. Problems: not a workbook,
// not an update request, over a limit, a status that is not a status word, a RAG that is not
// R/A/G/B, an ID that was not in the request (or not a number, or twice), an answer without an ID,
// a progress update that cannot be kept (TextLimits). Whether the record is authentic is for the
// caller to ask (signedWith), with the plan file's key.
Returned read(const QByteArray& bytes, const QString& fileName);

} // namespace wres::core::RequestWorkbook
