#include "SuppressionOptions.h"

#include "Command.h"
#include "Options.h"

#include <QCoreApplication>

namespace wres::app {

using core::SuppressionRule;

QList<QCommandLineOption> SuppressionOptions::options()
{
    return {{QStringLiteral("preset"),
             QCoreApplication::translate("wres", "The small-number rule: wres (below 10, the default), mhs (below 7, "
                                                 "shown as *), nhs-digital (1-7 hidden, other counts rounded to the "
                                                 "nearest 5) or custom (with --threshold). Default: the file's."),
             QStringLiteral("RULE")},
            {QStringLiteral("threshold"),
             QCoreApplication::translate("wres", "The custom rule's threshold, 1 to 100: counts below it are hidden."),
             QStringLiteral("N")},
            {QStringLiteral("exempt"),
             QCoreApplication::translate("wres", "Indicators published in full, e.g. 9 or 3,9, or none. Default: the "
                                                 "file's (9, board membership being public)."),
             QStringLiteral("LIST")}};
}

SuppressionOptions::SuppressionOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("preset"))) {
        const QString text = parser.value(QStringLiteral("preset"));
        m_preset = SuppressionRule::presetFromCode(text);
        if (!m_preset)
            throw UsageError{QCoreApplication::translate(
                                 "wres", "--preset: '%1' is not a rule; use wres, mhs, nhs-digital or custom.")
                                 .arg(text)};
    }
    m_threshold = Options::integer(parser, QStringLiteral("threshold"), SuppressionRule::kMinThreshold,
                                   SuppressionRule::kMaxThreshold);
    if (m_threshold && m_preset && *m_preset != SuppressionRule::Preset::Custom)
        throw UsageError{QCoreApplication::translate("wres", "--threshold: the %1 rule has its own threshold; give "
                                                             "--preset custom to choose one.")
                             .arg(SuppressionRule::code(*m_preset))};
    if (parser.isSet(QStringLiteral("exempt")))
        m_exempt = SuppressionRule::parseExempt(parser.value(QStringLiteral("exempt")), QStringLiteral("--exempt"));
}

QString SuppressionOptions::firstGiven() const
{
    return m_preset      ? QStringLiteral("--preset")
           : m_threshold ? QStringLiteral("--threshold")
                         : QStringLiteral("--exempt");
}

SuppressionRule SuppressionOptions::applyTo(SuppressionRule rule) const
{
    if (m_preset)
        rule.preset = *m_preset;
    if (m_threshold) {
        rule.preset = SuppressionRule::Preset::Custom;
        rule.customThreshold = *m_threshold;
    }
    if (m_exempt)
        rule.exempt = *m_exempt;
    return rule;
}

} // namespace wres::app
