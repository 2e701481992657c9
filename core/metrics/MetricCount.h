#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace wres::core {

// One published or counted figure for an indicator: "596 out of 3842" BME staff in a band, or the
// published value when the counts were redacted at source. A row with an empty group carries the
// indicator's own figure (a ratio for 2-4, a difference for 9).
struct MetricCount
{
    int indicator = 0;
    QString period;   // as published: "2021/22", "2021", "March 2022"
    QString category; // indicator 1: the band ("Clinical Band 5", "Overall"); 9: the board scope; else ""
    QString group;    // "White", "BME", "Asian", "Black", "Mixed", "Other", or "" for the indicator's own figure
    std::optional<qint64> count;
    std::optional<qint64> total;
    std::optional<double> value; // the published percentage (or ratio, difference) where counts are not known
    int line = 0;                // where it was read, for messages

    friend bool operator==(const MetricCount&, const MetricCount&) = default;
};

using MetricCounts = QList<MetricCount>;

// Groups as stored: BAME is read as BME, and the subgroups are the NHS Staff Survey's.
namespace MetricGroups {
QString canonical(const QString& text); // "" when the text is not a group
bool isSubgroup(const QString& group);  // Asian, Black, Mixed, Other
// Which groups an indicator takes ("" meaning the indicator's own figure).
QStringList allowedFor(int indicator);
// The indicator 1 categories counted as "Band 8a and above": bands 8a-8d, 9 and VSM (medical
// grades are not Agenda for Change bands and are not included).
bool isSeniorBand(const QString& category);
} // namespace MetricGroups

// Periods order by the first four-digit year in them ("2019/20" before "2020/21", "March 2022"
// after "March 2021"); the text decides ties.
int periodYear(const QString& period);
bool periodBefore(const QString& a, const QString& b);

} // namespace wres::core
