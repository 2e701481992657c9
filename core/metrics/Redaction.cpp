#include "Redaction.h"

#include "MetricCount.h"

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
// next part that adds to the whole, or else the nearest one before it.
void protectSingleHiddenPart(MetricFigures& figures, const QList<qsizetype>& parts)
{
    qsizetype hiddenAt = -1;
    int hidden = 0;
    for (qsizetype k = 0; k < parts.size(); ++k)
        if (figures[parts[k]].redacted) {
            ++hidden;
            hiddenAt = k;
        }
    if (hidden != 1)
        return;
    for (qsizetype k = hiddenAt + 1; k < parts.size(); ++k)
        if (addsToWhole(figures[parts[k]])) {
            figures[parts[k]].redacted = true;
            return;
        }
    for (qsizetype k = hiddenAt - 1; k >= 0; --k)
        if (addsToWhole(figures[parts[k]])) {
            figures[parts[k]].redacted = true;
            return;
        }
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

QString wholeOf(const MetricFigure& f)
{
    if (f.indicator == 1 && f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("1|") + f.period;
    if (f.indicator >= 5 && f.indicator <= 8 && f.measure.size() > 4 &&
        MetricGroups::isSubgroup(MetricGroups::canonical(f.measure.mid(4))))
        return QString::number(f.indicator) + QLatin1Char('|') + f.period;
    return {};
}

void apply(MetricFigures& figures, const SuppressionRule& rule)
{
    for (MetricFigure& f : figures) {
        f.symbol = rule.symbol();
        if (!rule.isExempt(f.indicator) && f.restsOnHiddenCount())
            f.redacted = true;
    }

    // The parts of each whole, in the order they are listed.
    QList<QPair<QString, QList<qsizetype>>> wholes;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const QString key = wholeOf(figures[i]);
        if (key.isEmpty())
            continue;
        auto it = std::find_if(wholes.begin(), wholes.end(), [&](const auto& whole) { return whole.first == key; });
        if (it == wholes.end())
            wholes.append({key, {i}});
        else
            it->second << i;
    }
    for (const auto& whole : wholes)
        protectSingleHiddenPart(figures, whole.second);

    for (MetricFigure& f : figures)
        if (f.redacted)
            empty(f);
}

} // namespace wres::core::Redaction
