#include "ChartData.h"

#include <QJsonArray>

namespace wres::core {

QJsonObject ChartData::toJson() const
{
    QJsonArray seriesList;
    for (const Series& s : series) {
        QJsonArray values;
        for (const std::optional<double>& v : s.values)
            values << (v ? QJsonValue(*v) : QJsonValue());
        seriesList << QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("values"), values}};
    }
    QJsonArray lineList;
    for (const Line& l : lines)
        lineList << QJsonObject{{QStringLiteral("name"), l.name},
                                {QStringLiteral("value"), l.value},
                                {QStringLiteral("kind"), l.kind == Line::Kind::Target ? QStringLiteral("target")
                                                                                      : QStringLiteral("reference")}};
    QJsonObject o{
        {QStringLiteral("kind"), kind == Kind::BandBars ? QStringLiteral("band_bars") : QStringLiteral("lines")},
        {QStringLiteral("title"), title},
        {QStringLiteral("axis_title"), axisTitle},
        {QStringLiteral("axis_decimals"), axisDecimals},
        {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
        {QStringLiteral("series"), seriesList},
        {QStringLiteral("lines"), lineList},
        {QStringLiteral("axis_min"), axisMin},
        {QStringLiteral("axis_max"), axisMax}};
    if (shaded)
        o.insert(QStringLiteral("shaded"), QJsonObject{{QStringLiteral("from"), shaded->first},
                                                       {QStringLiteral("to"), shaded->second},
                                                       {QStringLiteral("name"), shadedName}});
    return o;
}

} // namespace wres::core
