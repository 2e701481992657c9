#pragma once

#include "framework/Framework.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace wres::core {

// How the public version hides small numbers: one of the published rules a Trust can pick, and the
// indicators it publishes in full. Stored in the plan file (MetricStore); the same rule reaches the
// window's public view, its charts, `metrics --redact` and the public board pack.
//   WRES (below 10)          counts 0-9 hidden, shown as R (the default)
//   Model Health System      counts 0-6 hidden, shown as *
//   NHS Digital              counts 1-7 hidden, shown as *; every other count rounded to the
//                            nearest 5, and every figure computed from the rounded counts
//   Custom (below N)         counts below N (1-100) hidden, shown as R
struct SuppressionRule
{
    enum class Preset
    {
        Wres,
        ModelHealthSystem,
        NhsDigital,
        Custom,
    };

    static constexpr qint64 kMinThreshold = 1;
    static constexpr qint64 kMaxThreshold = 100;
    static constexpr qint64 kDefaultThreshold = 10;

    Preset preset = Preset::Wres;
    qint64 customThreshold = kDefaultThreshold; // used by Custom only
    // Indicators published in full, ascending: WRES's by number (1-9), then WDES metrics by their
    // stored number (100 and up, Framework: WDES 4a(i) is 411), which no WRES number can be.
    QList<int> exempt;

    // The default for a file that chose nothing: WRES, with the framework's board indicator (the
    // one whose kind is a difference: board membership is public knowledge) published in full.
    static SuppressionRule defaults(const Framework& framework = Framework::wres());
    static QList<Preset> presets();
    // "wres", "mhs", "nhs-digital", "custom": the words of --preset and of the stored setting.
    static QString code(Preset preset);
    static std::optional<Preset> presetFromCode(const QString& code);

    // The first count that is not hidden: 10, 7, 8, or the custom threshold.
    qint64 threshold() const;
    // Whether a count (or total) of n is hidden.
    bool hides(qint64 n) const;
    // A count as the public version shows it and computes with: n, or n rounded to the nearest 5.
    qint64 shown(qint64 n) const;
    bool rounds() const { return preset == Preset::NhsDigital; }
    bool isExempt(int indicator) const { return exempt.contains(indicator); }
    // For any framework's indicator: WRES and WDES by the list above; WDES's board representation
    // (WDES 10) is also published in full whenever WRES's board indicator is, since both count the
    // same public Board.
    bool isExempt(const QString& framework, int indicator) const;
    // Whether a WDES metric is exempt only because WRES's board indicator is (see isExempt).
    bool followsWresBoard(const QString& framework, int indicator) const;
    // What a hidden figure shows: "R" or "*".
    QString symbol() const;
    // "WRES (below 10)", "Model Health System (below 7, shown as *)", ...
    QString name() const;
    static QString presetName(Preset preset, qint64 customThreshold = kDefaultThreshold);

    // Throws InvalidRequest naming the option when the threshold is outside 1-100 or an exemption
    // names an indicator the framework does not have.
    void check(const Framework& framework = Framework::wres()) const;
    // "9" or "3,9", WDES metrics by code after their framework's name ("9,WDES 4a(i),WDES 10"); "none"
    // for no exemption. parseExempt reads the same (a framework's name makes the codes after it
    // that framework's, until the next) and throws InvalidRequest naming the option (option:
    // "--exempt" on the command line, the setting's name when read from a file).
    QString exemptText() const;
    static QList<int> parseExempt(const QString& text, const QString& option,
                                  const Framework& framework = Framework::wres());

    // Written out: Qt 6.4's QList<int>::operator== hands memcmp a null pointer for an empty list that
    // was never allocated (undefined behaviour, which the sanitizer build reports).
    friend bool operator==(const SuppressionRule& a, const SuppressionRule& b)
    {
        return a.preset == b.preset && a.customThreshold == b.customThreshold &&
               std::equal(a.exempt.begin(), a.exempt.end(), b.exempt.begin(), b.exempt.end());
    }
};

} // namespace wres::core
