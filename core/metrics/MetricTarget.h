#pragma once

#include <QList>
#include <QString>

namespace wres::core {

// A target drawn on an indicator's chart, e.g. Model Employer "25.6% BME in band 8a+ by 2025".
struct MetricTarget
{
    int indicator = 0;
    QString category; // the band for indicator 1, the scope for 9, else ""
    QString measure;  // pct_bme, relative_likelihood, difference, ...
    double value = 0;
    QString label;
    QString byPeriod;
    QString framework = QStringLiteral("WRES"); // "WRES" or "WDES"

    friend bool operator==(const MetricTarget&, const MetricTarget&) = default;
};

using MetricTargets = QList<MetricTarget>;

} // namespace wres::core
