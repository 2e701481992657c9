#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace wres::core {

struct BoardPack;

// A free-text field bound for the public version that holds a number, for someone to review: a
// progress note such as "4 of the 7 BME attendees" can give away a count the figures hide.
struct TextFinding
{
    QString where;       // "action 1.2", "objective 3", "theme \"Staff experience\"", "the plan"
    QString field;       // "action text", "milestones", "progress note", "update note", ...
    QStringList numbers; // as written: "4", "seven", "a dozen"
    QString excerpt;     // the text around the first number, on one line

    // "action 1.2, progress note: holds 4, 7 (\"…4 of the 7 BME attendees…\")"
    QString toString() const;
};

// Screens the text a board pack prints. What counts as a number, and what does not, is the rule
// of docs/decisions.md ("Free text"): digits, and number words (zero to twenty, the tens, hundred,
// thousand, dozen, couple, handful, pair, both, twice); but not years, financial years, dates,
// Agenda for Change bands ("Band 8a", "8b-9"), quarters ("Q3"), indicator and action references
// ("indicators 5 and 6", "action 2.1") or "COVID-19", which cannot count people.
namespace FreeTextScreen {

// The numbers in a text, in order, each once.
QStringList numbersIn(const QString& text);
// Every field of the pack that holds one: the plan's title, organisation and period; theme names;
// objectives; each action's text, leads, timescale, milestones and progress note; and the notes
// of status updates in "what has changed". Fields the pack leaves out (--no-notes) are not listed.
QList<TextFinding> screen(const BoardPack& pack);

} // namespace FreeTextScreen
} // namespace wres::core
