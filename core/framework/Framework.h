#pragma once

#include "domain/Indicator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wres::core {

// A set of indicators: WRES (the plan's own), WDES (its sibling standard, same cycle and Board),
// and the EDI Improvement Plan's high impact actions (HIA: link targets only, no figures). Each is
// read from a bundled catalogue (:/frameworks/wres.json, wdes.json, hia.json).
struct Framework
{
    QString code; // "WRES", "WDES", "HIA"
    QString name;
    QString source;          // where the definitions come from
    QString comparisonGroup; // "BME", "Disabled": the group whose experience is measured
    QString referenceGroup;  // "White", "Non-disabled"
    QStringList subgroups;   // WRES: Asian, Black, Mixed, Other (parts of the comparison group)
    bool linkTargetsOnly = false;
    Indicators indicators;

    int maxIndicatorNumber() const;
    const Indicator* indicator(int number) const;
    // The indicator written as code ("4a(i)", "4A (i)", "10"): any case, spaces ignored.
    const Indicator* indicatorByCode(const QString& written) const;
    // The indicators under a heading, directly or not (4 -> 4a, 4a(i), 4a(ii), 4a(iii), 4b).
    QList<int> descendants(int number) const;
    // The headings above an indicator (4a(i) -> 4a, 4).
    QList<int> ancestors(int number) const;
    // Indicators with figures, in catalogue order.
    Indicators measured() const;
    // The one whose kind is Difference (board representation), or nullptr.
    const Indicator* boardIndicator() const;

    // The built-in frameworks, read from the bundled catalogues.
    static const Framework& wres();
    static const Framework& wdes();
    static const Framework& hia();
    // WRES, WDES, HIA: the order they are listed and exported in.
    static const QList<const Framework*>& all();
    // The framework with this code (any case), or nullptr.
    static const Framework* find(const QString& frameworkCode);
    // The indicator of a framework, or nullptr.
    static const Indicator* lookup(const QString& framework, int number);
    // Reads a catalogue in the same JSON shape; throws std::runtime_error naming what is wrong.
    static Framework fromJson(const QByteArray& json, const QString& source);
};

} // namespace wres::core
