#pragma once

#include <QString>
#include <QStringList>

namespace wres::core {

// What a board paper's cover says that the plan itself cannot: kept per plan in the file
// (BoardPaperStore), edited in the board-pack dialog or given on the command line, and used again
// for the next pack. An empty field is left off the cover, or (purpose, recommendation, updatesTo)
// takes the default wording of PackCover.
struct CoverDetails
{
    QString meeting;        // "Trust Board, 27 September 2026"
    QString agendaItem;     // "9.2"
    QString author;         // "Head of EDI"
    QString presenter;      // "Director of People"
    QString purpose;        // why the paper comes to the meeting
    QString recommendation; // the decision required, or what the meeting is asked to do
    QStringList committees; // the committees that saw it before, in order ("EDI Workforce Group, 7 June 2026")
    QString organisation;   // the cover's organisation; "" takes the plan's
    QString version;        // "1.0, final"
    QString updatesTo;      // the lead brief's group that hears progress; "" takes "the EDI implementation group"

    friend bool operator==(const CoverDetails&, const CoverDetails&) = default;
};

} // namespace wres::core
