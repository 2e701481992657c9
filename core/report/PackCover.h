#pragma once

#include "domain/CoverDetails.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wres::core {

struct BoardPack;

// A board paper's front sheet, as data ready to print (see docs/decisions.md, "The board cover"):
// what the paper is, for which meeting, why it comes, what is asked, the key messages drawn from
// the figures and the plan, who saw it before, and the plan's counts.
struct PackCover
{
    struct Line
    {
        QString label; // "Meeting", "Date", "Agenda item", "Author", "Presented by", "Version", "Plan period"
        QString text;
    };
    struct Tally
    {
        QString label; // "Not started" .. "No status"; "Red" .. "Not rated"
        int count = 0;
    };

    QString organisation;    // above the title: the cover's, else the plan's; "" when neither names one
    QString title;           // the plan's title when it reads as words, else "<framework name> action plan"
    QString subtitle;        // "Workforce Race Equality Standard: progress report and metrics"
    QList<Line> details;     // Meeting, Date, Agenda item, Author, Presented by, Version, Plan period: given ones only
    QString purpose;         // the kept purpose, or the default sentence
    QString recommendation;  // the kept recommendation or decision required, or the default ("to note")
    QStringList keyMessages; // one sentence each, in the order of PackCover::build; never empty
    QStringList committees;  // the committees that saw it before, as kept
    QString governance;      // "Previously considered by: A; B." or "Not previously considered by another committee."
    QString scale;           // "14 actions in 3 themes" (plurals right: "1 action in 1 theme")
    QList<Tally> statuses;   // every status in workflow order, then No status; zeros included
    QString statusLine;      // "5 complete, 6 in progress, 2 delayed, 1 not started": non-zero ones only
    QList<Tally> rags;       // Red, Amber, Green, Blue (complete), Not rated; zeros included
    QString ragLine;         // "3 Red, 5 Amber, 4 Green, 2 Blue": non-zero ones only ("None rated" when none)

    // From a gathered pack (its actions, exceptions, indicator summaries and changes) and the cover's words.
    static PackCover build(const BoardPack& pack, const CoverDetails& details);
    // The cover's title: the plan's when it reads as words (has a space, or no - _ . to join words as a
    // file name does); otherwise "<framework name> action plan", so a file name never titles a paper.
    static QString titleOf(const QString& planTitle, const QString& frameworkName);
    // The defaults where the plan keeps none.
    static QString defaultPurpose(const QString& frameworkName);
    static QString defaultRecommendation();
    static QString defaultUpdatesTo();
};

} // namespace wres::core
