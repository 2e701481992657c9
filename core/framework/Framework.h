#pragma once

#include "domain/Indicator.h"

#include <QString>

namespace wres::core {

// A set of indicators a plan is measured against: WRES built in, WDES to follow.
struct Framework
{
    QString code; // "WRES"
    QString name;
    QString comparisonGroup; // "BME": the group name shown beside "White"
    Indicators indicators;

    int maxIndicatorNumber() const;
    const Indicator* indicator(int number) const;

    // The built-in WRES framework, read from the bundled catalogue (:/frameworks/wres.json).
    static const Framework& wres();
    // Reads a catalogue in the same JSON shape; throws std::runtime_error naming what is wrong.
    static Framework fromJson(const QByteArray& json, const QString& source);
};

} // namespace wres::core
