#include "ChartWords.h"

#include "metrics/MetricFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace wres::ui::report::ChartWords {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BoardPack", text);
}

QString value(const ChartSpec& spec, const std::optional<double>& v, bool hidden)
{
    if (v)
        return core::MetricFormat::number(*v, spec.axisDecimals) + spec.unit;
    return hidden ? tr("not published") : tr("no figure");
}

QString lines(const ChartSpec& spec)
{
    QStringList parts;
    for (const ChartSpec::Series& s : spec.series) {
        QStringList points;
        for (int i = 0; i < spec.categories.size(); ++i)
            points << spec.categories[i] + QLatin1Char(' ') + value(spec, s.values.value(i), false);
        parts << s.name + QStringLiteral(": ") + points.join(QStringLiteral(", ")) + QLatin1Char('.');
    }
    return parts.join(QLatin1Char(' '));
}

QString bands(const ChartSpec& spec)
{
    QStringList points;
    const ChartSpec::Series* s = spec.series.isEmpty() ? nullptr : &spec.series.front();
    for (int i = 0; i < spec.categories.size(); ++i)
        points << spec.categories[i] + QLatin1Char(' ') +
                      value(spec, s ? s->values.value(i) : std::nullopt, spec.hidden.value(i));
    return (s ? s->name + QStringLiteral(": ") : QString()) + points.join(QStringLiteral(", ")) + QLatin1Char('.');
}

QString stacked(const ChartSpec& spec)
{
    QStringList rows;
    for (int i = 0; i < spec.categories.size(); ++i) {
        QStringList counts;
        double total = 0;
        for (const ChartSpec::Series& s : spec.series) {
            const double v = s.values.value(i).value_or(0);
            total += v;
            counts << core::MetricFormat::number(v, 0) + QLatin1Char(' ') + s.name.toLower();
        }
        rows << QStringLiteral("%1: %2 (%3 in all).")
                    .arg(spec.categories[i], counts.join(QStringLiteral(", ")), core::MetricFormat::number(total, 0));
    }
    return rows.join(QLatin1Char(' '));
}

} // namespace

QString describe(const ChartSpec& spec)
{
    QString words = spec.title;
    if (!words.isEmpty() && !words.endsWith(QLatin1Char('.')))
        words += QLatin1Char('.');
    switch (spec.kind) {
    case ChartSpec::Kind::Lines:
        words += QLatin1Char(' ') + lines(spec);
        break;
    case ChartSpec::Kind::BandBars:
        words += QLatin1Char(' ') + bands(spec);
        break;
    case ChartSpec::Kind::StackedBars:
        words += QLatin1Char(' ') + stacked(spec);
        break;
    }
    for (const ChartSpec::Line& l : spec.lines)
        words += QLatin1Char(' ') +
                 (l.kind == ChartSpec::Line::Kind::Target ? tr("Target line: %1.") : tr("Line: %1.")).arg(l.name);
    if (spec.shaded)
        words += QLatin1Char(' ') + tr("Shaded: %1.").arg(spec.shadedName);
    return words.trimmed();
}

} // namespace wres::ui::report::ChartWords
