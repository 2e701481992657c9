#include "Redaction.h"

#include "MetricCount.h"
#include "framework/Framework.h"

#include <QHash>
#include <QStringList>

#include <functional>

namespace wres::core::Redaction {
namespace {

// A part that adds to its whole: shown, with a value and its counts.
bool addsToWhole(const MetricFigure& f)
{
    if (f.redacted || !f.value || f.parts.isEmpty())
        return false;
    for (const MetricPart& part : f.parts)
        if (!part.count || !part.total)
            return false;
    return true;
}

// Among the parts (indices into figures, in listed order), when exactly one is hidden, hide the
// next part that adds to the whole, or else the nearest one before it. Where a figure is a part of
// two wholes (WDES 1: its band's groups, and its group's bands), a part that would also protect
// another whole left with one hidden part is taken first, in the same order; so one more hidden cell
// serves both, rather than starting a chain. Which part that is depends only on which figures are
// hidden and where they are listed, never on a value.
bool protectSingleHiddenPart(MetricFigures& figures, const QList<qsizetype>& parts,
                             const std::function<bool(qsizetype)>& alsoProtects)
{
    qsizetype hiddenAt = -1;
    int hidden = 0;
    for (qsizetype k = 0; k < parts.size(); ++k)
        if (figures[parts[k]].redacted) {
            ++hidden;
            hiddenAt = k;
        }
    if (hidden != 1)
        return false;
    for (const bool preferred : {true, false}) {
        for (qsizetype k = hiddenAt + 1; k < parts.size(); ++k)
            if (addsToWhole(figures[parts[k]]) && (!preferred || alsoProtects(parts[k]))) {
                figures[parts[k]].redacted = true;
                return true;
            }
        for (qsizetype k = hiddenAt - 1; k >= 0; --k)
            if (addsToWhole(figures[parts[k]]) && (!preferred || alsoProtects(parts[k]))) {
                figures[parts[k]].redacted = true;
                return true;
            }
    }
    return false;
}

void empty(MetricFigure& f)
{
    f.value.reset();
    f.unavailable.clear(); // "no BME applicants were appointed" would tell the count
    f.published = false;
    f.parts.clear();
    f.previous.reset();
    f.previousPeriod.clear();
    f.change = MetricFigure::Change::None;
}

} // namespace

QStringList wholesOf(const MetricFigure& f)
{
    const Indicator* definition = Framework::lookup(f.framework, f.indicator);
    if (!definition)
        return {};
    // WRES keys read as they always have ("1|March 2023", "8|2022"); another framework's carry its code.
    const QString prefix = (f.framework == Framework::wres().code ? QString() : f.framework + QLatin1Char('|')) +
                           QString::number(f.indicator) + QLatin1Char('|') + f.period;
    QStringList wholes;
    if (definition->kind == Indicator::Kind::Share) {
        // The bands add up to the overall figure, group by group.
        if (f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) != 0)
            wholes << (f.measure == u"pct_bme" ? prefix : prefix + QLatin1Char('|') + f.measure);
        // Within a band, Disabled, non-disabled and not known add up to the band's headcount.
        if (definition->groups.size() > 1)
            wholes << prefix + QStringLiteral("|band|") + f.category.toLower();
    }
    if (definition->kind == Indicator::Kind::SurveyPercentage &&
        MetricGroups::isSubgroup(MetricGroups::groupOfMeasure(f.measure)))
        wholes << prefix;
    return wholes;
}

QString wholeOf(const MetricFigure& f)
{
    const QStringList wholes = wholesOf(f);
    return wholes.isEmpty() ? QString() : wholes.front();
}

void apply(MetricFigures& figures, const SuppressionRule& rule)
{
    for (MetricFigure& f : figures) {
        f.symbol = rule.symbol();
        if (!rule.isExempt(f.framework, f.indicator) && f.restsOnHiddenCount())
            f.redacted = true;
    }

    // The parts of each whole, in the order they are listed.
    QList<QPair<QString, QList<qsizetype>>> wholes;
    for (qsizetype i = 0; i < figures.size(); ++i)
        for (const QString& key : wholesOf(figures[i])) {
            auto it = std::find_if(wholes.begin(), wholes.end(), [&](const auto& whole) { return whole.first == key; });
            if (it == wholes.end())
                wholes.append({key, {i}});
            else
                it->second << i;
        }
    // A part hidden to protect one whole may leave a single hidden part in another (a band's
    // Disabled share hidden for the band leaves one hidden band in the Disabled column): go round
    // until nothing more is hidden. Each round only hides, so it ends.
    QHash<qsizetype, QList<qsizetype>> wholesOfFigure; // figure -> the wholes (indices into wholes) it is in
    for (qsizetype w = 0; w < wholes.size(); ++w)
        for (qsizetype i : wholes[w].second)
            wholesOfFigure[i] << w;
    auto hiddenIn = [&](qsizetype w) {
        int n = 0;
        for (qsizetype i : wholes[w].second)
            n += figures[i].redacted ? 1 : 0;
        return n;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (qsizetype w = 0; w < wholes.size(); ++w) {
            const auto alsoProtects = [&](qsizetype figure) {
                for (qsizetype other : wholesOfFigure.value(figure))
                    if (other != w && hiddenIn(other) == 1)
                        return true;
                return false;
            };
            changed = protectSingleHiddenPart(figures, wholes[w].second, alsoProtects) || changed;
        }
    }

    for (MetricFigure& f : figures)
        if (f.redacted)
            empty(f);
}

} // namespace wres::core::Redaction
