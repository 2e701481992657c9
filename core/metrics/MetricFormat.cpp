#include "MetricFormat.h"

#include <cmath>

namespace wres::core::MetricFormat {

QString number(double value, int decimals, bool signedForm)
{
    const double scale = std::pow(10.0, decimals);
    // std::round is half away from zero; the nudge absorbs binary error such as 2.345 being 2.34499...
    const double scaled = value * scale;
    double rounded = std::round(scaled + (scaled >= 0 ? 1e-9 : -1e-9)) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0.0"
    QString text = QString::number(rounded, 'f', decimals);
    if (signedForm && rounded > 0.0)
        text.prepend(QLatin1Char('+'));
    return text;
}

QString value(const MetricFigure& figure)
{
    if (figure.redacted)
        return figure.symbol;
    if (!figure.value)
        return QStringLiteral("-");
    return number(*figure.value, figure.decimals, figure.measure == u"difference");
}

QString countsText(const MetricPart& part, bool redacted)
{
    if (redacted)
        return QStringLiteral("R");
    if (part.count && part.total)
        return QStringLiteral("%1 out of %2").arg(*part.count).arg(*part.total);
    return {};
}

QString changeWord(MetricFigure::Change change)
{
    switch (change) {
    case MetricFigure::Change::Better:
        return QStringLiteral("better");
    case MetricFigure::Change::Worse:
        return QStringLiteral("worse");
    case MetricFigure::Change::Same:
        return QStringLiteral("similar");
    case MetricFigure::Change::Neutral:
        return QStringLiteral("changed");
    case MetricFigure::Change::None:
        break;
    }
    return {};
}

QString measureLabel(const QString& measure)
{
    if (measure == u"relative_likelihood")
        return QStringLiteral("Relative likelihood");
    if (measure == u"difference")
        return QStringLiteral("Difference (percentage points)");
    if (measure.startsWith(QStringLiteral("pct_"))) {
        QString group = measure.mid(4);
        group = group == u"bme" ? QStringLiteral("BME") : group.left(1).toUpper() + group.mid(1);
        return QStringLiteral("% ") + group;
    }
    return measure;
}

} // namespace wres::core::MetricFormat
