#include "Redaction.h"

#include "MetricCount.h"

#include <limits>

namespace wres::core::Redaction {
namespace {

qint64 smallestCount(const MetricFigure& f)
{
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const MetricPart& part : f.parts)
        if (part.count)
            smallest = std::min(smallest, *part.count);
    return smallest;
}

// Among the parts (indices into figures), when exactly one is hidden, hide the smallest shown one.
void protectSingleHiddenPart(MetricFigures& figures, const QList<qsizetype>& parts)
{
    int hidden = 0;
    qsizetype candidate = -1;
    for (qsizetype i : parts) {
        if (figures[i].redacted) {
            ++hidden;
        } else if (figures[i].value &&
                   (candidate < 0 || smallestCount(figures[i]) < smallestCount(figures[candidate]))) {
            candidate = i;
        }
    }
    if (hidden == 1 && candidate >= 0)
        figures[candidate].redacted = true;
}

} // namespace

void apply(MetricFigures& figures, qint64 threshold)
{
    for (MetricFigure& f : figures)
        if (f.restsOnCountBelow(threshold))
            f.redacted = true;

    // Group the parts of each whole: (indicator, period) for bands and for subgroups.
    QList<QPair<QString, QList<qsizetype>>> wholes;
    auto add = [&](const QString& key, qsizetype index) {
        for (auto& whole : wholes)
            if (whole.first == key) {
                whole.second << index;
                return;
            }
        wholes.append({key, {index}});
    };
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const MetricFigure& f = figures[i];
        if (f.indicator == 1 && f.category.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) != 0)
            add(QStringLiteral("1|") + f.period, i);
        if (f.indicator >= 5 && f.indicator <= 8 && f.measure.size() > 4 &&
            MetricGroups::isSubgroup(MetricGroups::canonical(f.measure.mid(4))))
            add(QString::number(f.indicator) + QLatin1Char('|') + f.period, i);
    }
    for (const auto& whole : wholes)
        protectSingleHiddenPart(figures, whole.second);
}

} // namespace wres::core::Redaction
