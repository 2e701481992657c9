#pragma once

#include "metrics/SuppressionRule.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <optional>

namespace wres::app {

// The options that choose the public version's rule, shared by `metrics` and `board-pack`:
// --preset wres|mhs|nhs-digital|custom, --threshold N (1-100, the custom rule's), --exempt LIST|none.
// Each overrides the file's setting for this run only.
class SuppressionOptions
{
public:
    static QList<QCommandLineOption> options();
    // Reads and checks the options; throws UsageError (or core::InvalidRequest) naming the option.
    explicit SuppressionOptions(const QCommandLineParser& parser);

    bool any() const { return m_preset || m_threshold || m_exempt; }
    // The option given, for "--preset: applies to the public version only".
    QString firstGiven() const;
    // The file's rule with these options applied.
    core::SuppressionRule applyTo(core::SuppressionRule rule) const;

private:
    std::optional<core::SuppressionRule::Preset> m_preset;
    std::optional<qint64> m_threshold;
    std::optional<QList<int>> m_exempt;
};

} // namespace wres::app
