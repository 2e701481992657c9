#include "MethodNote.h"

#include <QCoreApplication>

namespace wres::core::MethodNote {
namespace {

QString whatIsHidden(const SuppressionRule& rule)
{
    if (rule.rounds())
        return QCoreApplication::translate(
                   "wres",
                   "Counts from 1 to 7 are hidden and shown as %1, and so is every figure resting on one (a "
                   "percentage, a relative likelihood or a board difference, with the counts behind it). Every other "
                   "count is rounded to the nearest 5 (a zero is shown as 0), and every figure is computed from the "
                   "rounded counts, so it may differ a little from the exact figure.")
            .arg(rule.symbol());
    return QCoreApplication::translate(
               "wres",
               "Any count below %1, zero included, is hidden and shown as %2, and so is every figure resting on one "
               "(a percentage, a relative likelihood or a board difference, with the counts behind it).")
        .arg(rule.threshold())
        .arg(rule.symbol());
}

QString exemptions(const SuppressionRule& rule, const Framework& framework, bool withWdes = false)
{
    if (rule.exempt.isEmpty())
        return QCoreApplication::translate("wres",
                                           "No indicator is exempt: small numbers are hidden in every indicator.");
    QStringList names;
    bool board = false;
    for (int n : rule.exempt) {
        const Indicator* indicator = framework.indicator(n);
        const Indicator* other = indicator ? nullptr : Framework::lookup(Framework::wdes().code, n);
        if (other) { // a WDES metric chosen on its own (numbers from 100 are WDES's)
            if (withWdes && !rule.followsWresBoard(other->framework, n)) // else said with WRES's board below
                names << QCoreApplication::translate("wres", "WDES metric %1 (%2)").arg(other->code, other->shortTitle);
            continue;
        }
        names << (indicator ? QCoreApplication::translate("wres", "indicator %1 (%2)").arg(n).arg(indicator->shortTitle)
                            : QCoreApplication::translate("wres", "indicator %1").arg(n));
        board = board || (indicator && indicator->kind == Indicator::Kind::Difference);
    }
    if (names.isEmpty())
        return QCoreApplication::translate("wres",
                                           "No indicator is exempt: small numbers are hidden in every indicator.");
    QString text = QCoreApplication::translate("wres", "Published in full, without suppression: %1.")
                       .arg(names.join(QStringLiteral(", ")));
    if (board)
        text += QLatin1Char(' ') + QCoreApplication::translate(
                                       "wres", "Board membership is public knowledge, so its small numbers are shown.");
    if (board && withWdes)
        if (const Indicator* wdesBoard = Framework::wdes().boardIndicator())
            text += QLatin1Char(' ') + QCoreApplication::translate("wres", "The same holds for WDES metric %1 (%2).")
                                           .arg(wdesBoard->code, wdesBoard->shortTitle);
    return text;
}

} // namespace

QStringList paragraphs(const std::optional<SuppressionRule>& rule, bool withWdes)
{
    QStringList list = paragraphs(rule, Framework::wres());
    if (!rule || !withWdes)
        return list;
    list.insert(3, QCoreApplication::translate(
                       "wres", "For WDES, the same protection covers the bands of metric 1 within the overall share "
                               "of each group, and the Disabled, non-disabled and not known counts within each band, "
                               "which add up to the band's headcount. A two-year rolling figure (WDES metric 3, WRES "
                               "indicator 3) is hidden when a count of either year is hidden. An engagement score "
                               "(metric 9a) is hidden when the number of respondents behind it is small."));
    list.last() = exemptions(*rule, Framework::wres(), true);
    return list;
}

QStringList paragraphs(const std::optional<SuppressionRule>& rule, const Framework& framework)
{
    if (!rule)
        return {QCoreApplication::translate(
            "wres", "Not for publication: this version shows every figure, including small numbers.")};
    return {
        QCoreApplication::translate(
            "wres", "Public version. Small numbers are hidden under the rule %1, so that no one can be identified.")
            .arg(rule->name()),
        whatIsHidden(*rule),
        QCoreApplication::translate(
            "wres",
            "So that a hidden count cannot be worked out by subtraction, where the parts of a published whole (the "
            "bands of indicator 1 within the overall share; the Asian, Black, Mixed and Other groups of indicators 5 "
            "to "
            "8 within BME) have exactly one part hidden, the next part in the listed order is hidden too (the one "
            "before it when the hidden part is the last). That part is chosen by its place in the list, never by its "
            "size, so which figures are hidden tells nothing about a hidden count beyond its being small."),
        QCoreApplication::translate(
            "wres",
            "Nothing shown is computed from a hidden count: \"Band 8a and above\" is shown only for years in which "
            "every band it adds up is shown; a change on the previous year is given only where both years are shown; "
            "the lowest share is named among the bands shown; the charts' scales span shown figures, targets and "
            "reference lines only. Figures published by the Trust without counts are shown as published."),
        exemptions(*rule, framework),
    };
}

} // namespace wres::core::MethodNote
