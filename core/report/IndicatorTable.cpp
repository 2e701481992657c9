#include "IndicatorTable.h"

#include "metrics/BandOrder.h"
#include "metrics/MetricCount.h"
#include "metrics/MetricFormat.h"
#include "metrics/SmallNumbers.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace wres::core {
namespace {

const QLocale kLocale(QLocale::English, QLocale::UnitedKingdom);

QString unitAfter(const QString& measure)
{
    if (measure.startsWith(QStringLiteral("pct_")))
        return QStringLiteral("%");
    if (measure.startsWith(QStringLiteral("score_")))
        return QCoreApplication::translate("BoardPack", " out of 10");
    if (measure == u"difference")
        return QCoreApplication::translate("BoardPack", " points");
    return {};
}

} // namespace

QString IndicatorTable::withUnit(const MetricFigure& figure)
{
    if (figure.redacted || !figure.value)
        return MetricFormat::value(figure);
    return withUnit(*figure.value, figure);
}

QString IndicatorTable::withUnit(double value, const MetricFigure& like)
{
    if (like.measure == u"yes_no")
        return value >= 0.5 ? QStringLiteral("Yes") : QStringLiteral("No");
    return MetricFormat::number(value, like.decimals, like.measure == u"difference") + unitAfter(like.measure);
}

QString IndicatorTable::nameOf(const MetricFigure& figure)
{
    if (!figure.category.isEmpty())
        return figure.category;
    if (figure.measure.startsWith(QStringLiteral("pct_")) ||
        figure.measure.startsWith(QStringLiteral("score_"))) // "% BME" -> "the BME figure"
        return QCoreApplication::translate("BoardPack", "the %1 figure")
            .arg(MetricGroups::groupOfMeasure(figure.measure));
    if (figure.measure == u"relative_likelihood_single_year")
        return QCoreApplication::translate("BoardPack", "the single year's relative likelihood");
    if (figure.measure == u"yes_no")
        return QCoreApplication::translate("BoardPack", "the answer");
    return QCoreApplication::translate("BoardPack", "the relative likelihood");
}

QString IndicatorTable::countsOf(const MetricPart& part)
{
    if (!part.count || !part.total)
        return {};
    const QString counts = QCoreApplication::translate("BoardPack", "%1 of %2")
                               .arg(kLocale.toString(*part.count), kLocale.toString(*part.total));
    const QString label = part.label.isEmpty() ? part.group : part.label;
    return label.isEmpty() ? counts : label + QStringLiteral(": ") + counts;
}

QList<IndicatorTable> IndicatorTable::build(const Indicators& definitions, const MetricFigures& figures)
{
    QList<IndicatorTable> tables;
    for (const Indicator& indicator : definitions) {
        IndicatorTable table;
        table.indicator = indicator.number;
        table.framework = indicator.framework;
        QList<std::pair<QString, QString>> keys; // (category, measure), as met
        for (const MetricFigure& f : figures) {
            if (f.indicator != indicator.number || f.framework != indicator.framework)
                continue;
            if (!table.periods.contains(f.period))
                table.periods << f.period;
            if (!keys.contains(std::pair{f.category, f.measure}))
                keys << std::pair{f.category, f.measure};
        }
        if (table.periods.isEmpty())
            continue;
        std::stable_sort(table.periods.begin(), table.periods.end(), periodBefore);
        if (indicator.kind == Indicator::Kind::Share)
            std::stable_sort(keys.begin(), keys.end(),
                             [](const auto& a, const auto& b) { return BandOrder::before(a.first, b.first); });
        QStringList small;
        for (const auto& [category, measure] : keys) {
            Row row;
            row.label = (category.isEmpty() ? QString() : category + QStringLiteral(": ")) +
                        MetricFormat::measureLabel(measure);
            for (const QString& period : table.periods) {
                Cell cell;
                for (const MetricFigure& f : figures) {
                    if (f.indicator != indicator.number || f.framework != indicator.framework || f.period != period ||
                        f.measure != measure || f.category.compare(category, Qt::CaseInsensitive) != 0)
                        continue;
                    cell.value = withUnit(f);
                    if (!f.redacted) {
                        for (const MetricPart& part : f.parts)
                            if (const QString counts = countsOf(part); !counts.isEmpty())
                                cell.counts << counts;
                        cell.note = !f.value            ? f.unavailable
                                    : !f.note.isEmpty() ? f.note
                                    : f.published       ? QCoreApplication::translate("BoardPack", "published")
                                                        : QString();
                    }
                    cell.smallNumbers = SmallNumbers::applies(f);
                    // A band's three WDES groups are one name in the sentence, said once.
                    if (cell.smallNumbers && period == table.periods.back() && !small.contains(nameOf(f)))
                        small << nameOf(f);
                }
                row.cells << cell;
            }
            table.rows << row;
        }
        table.smallNumbers = SmallNumbers::sentence(small, table.periods.back());
        tables << table;
    }
    return tables;
}

} // namespace wres::core
