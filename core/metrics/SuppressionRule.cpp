#include "SuppressionRule.h"

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace wres::core {

SuppressionRule SuppressionRule::defaults(const Framework& framework)
{
    SuppressionRule rule;
    for (const Indicator& indicator : framework.indicators)
        if (indicator.kind == Indicator::Kind::Difference)
            rule.exempt << indicator.number;
    return rule;
}

namespace {

// The frameworks whose metrics can be exempt: those with figures (WRES, WDES), WRES first.
const Indicator* exemptable(const QString& framework, int number)
{
    const Indicator* definition = Framework::lookup(framework, number);
    return definition && definition->hasFigures() ? definition : nullptr;
}

// The framework an exempt number belongs to: WRES's are 1-9, WDES's 100 and up.
const Indicator* exemptIndicator(int number)
{
    if (const Indicator* wres = exemptable(Framework::wres().code, number))
        return wres;
    return exemptable(Framework::wdes().code, number);
}

} // namespace

bool SuppressionRule::isExempt(const QString& framework, int indicator) const
{
    const Framework& wres = Framework::wres();
    if (framework.isEmpty() || framework == wres.code)
        return isExempt(indicator);
    if (framework == Framework::wdes().code && exempt.contains(indicator) && exemptable(framework, indicator))
        return true;
    return followsWresBoard(framework, indicator);
}

bool SuppressionRule::followsWresBoard(const QString& framework, int indicator) const
{
    const Framework& wres = Framework::wres();
    if (framework.isEmpty() || framework == wres.code)
        return false;
    const Indicator* definition = Framework::lookup(framework, indicator);
    const Indicator* wresBoard = wres.boardIndicator();
    return definition && definition->kind == Indicator::Kind::Difference && wresBoard && isExempt(wresBoard->number);
}

QList<SuppressionRule::Preset> SuppressionRule::presets()
{
    return {Preset::Wres, Preset::ModelHealthSystem, Preset::NhsDigital, Preset::Custom};
}

QString SuppressionRule::code(Preset preset)
{
    switch (preset) {
    case Preset::Wres:
        return QStringLiteral("wres");
    case Preset::ModelHealthSystem:
        return QStringLiteral("mhs");
    case Preset::NhsDigital:
        return QStringLiteral("nhs-digital");
    case Preset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

std::optional<SuppressionRule::Preset> SuppressionRule::presetFromCode(const QString& code)
{
    for (Preset preset : presets())
        if (SuppressionRule::code(preset).compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return preset;
    return std::nullopt;
}

qint64 SuppressionRule::threshold() const
{
    switch (preset) {
    case Preset::Wres:
        return 10;
    case Preset::ModelHealthSystem:
        return 7;
    case Preset::NhsDigital:
        return 8;
    case Preset::Custom:
        break;
    }
    return customThreshold;
}

bool SuppressionRule::hides(qint64 n) const
{
    // NHS Digital's rule suppresses 1-7: a zero is shown.
    if (preset == Preset::NhsDigital && n == 0)
        return false;
    return n < threshold();
}

qint64 SuppressionRule::shown(qint64 n) const
{
    if (!rounds())
        return n;
    // Nearest 5, halves cannot occur with whole counts: 8 -> 10, 12 -> 10, 13 -> 15.
    return (n + 2) / 5 * 5;
}

QString SuppressionRule::symbol() const
{
    return preset == Preset::ModelHealthSystem || preset == Preset::NhsDigital ? QStringLiteral("*")
                                                                               : QStringLiteral("R");
}

QString SuppressionRule::presetName(Preset preset, qint64 customThreshold)
{
    switch (preset) {
    case Preset::Wres:
        return QCoreApplication::translate("wres", "WRES (below 10)");
    case Preset::ModelHealthSystem:
        return QCoreApplication::translate("wres", "Model Health System (below 7, shown as *)");
    case Preset::NhsDigital:
        return QCoreApplication::translate("wres",
                                           "NHS Digital (1–7 suppressed, other counts rounded to the nearest 5)");
    case Preset::Custom:
        break;
    }
    return QCoreApplication::translate("wres", "Custom (below %1)").arg(customThreshold);
}

QString SuppressionRule::name() const
{
    return presetName(preset, customThreshold);
}

void SuppressionRule::check(const Framework& framework) const
{
    if (preset == Preset::Custom && (customThreshold < kMinThreshold || customThreshold > kMaxThreshold))
        throw InvalidRequest(
            QCoreApplication::translate("wres", "--threshold: '%1' is not a whole number from %2 to %3.")
                .arg(customThreshold)
                .arg(kMinThreshold)
                .arg(kMaxThreshold));
    for (int n : exempt)
        if (!framework.indicator(n) && !(framework.code == Framework::wres().code && exemptIndicator(n)))
            throw InvalidRequest(
                QCoreApplication::translate("wres", "--exempt: %1 has no indicator %2; its indicators are 1 to %3.")
                    .arg(framework.code)
                    .arg(n)
                    .arg(framework.maxIndicatorNumber()));
}

QString SuppressionRule::exemptText() const
{
    if (exempt.isEmpty())
        return QStringLiteral("none");
    QStringList words;
    for (int n : exempt) {
        const Indicator* indicator = exemptIndicator(n);
        words << (indicator && indicator->framework != Framework::wres().code ? indicator->label()
                                                                              : QString::number(n));
    }
    return words.join(QLatin1Char(','));
}

QList<int> SuppressionRule::parseExempt(const QString& text, const QString& option, const Framework& framework)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
        return {};
    QList<int> numbers;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    // Bare numbers are the given framework's (WRES); "WDES" makes the codes after it WDES metrics.
    const Framework* current = &framework;
    for (const QString& word : trimmed.split(separators, Qt::SkipEmptyParts)) {
        if (const Framework* named = Framework::find(word); named && !named->linkTargetsOnly) {
            current = named;
            continue;
        }
        int n = 0;
        if (current == &framework) {
            bool ok = false;
            n = word.toInt(&ok);
            if (!ok || !framework.indicator(n))
                throw InvalidRequest(
                    QCoreApplication::translate(
                        "wres", "%1: '%2' is not an indicator of %3; give numbers from 1 to %4, or none.")
                        .arg(option, word, framework.code)
                        .arg(framework.maxIndicatorNumber()));
        } else {
            const Indicator* metric = current->indicatorByCode(word);
            if (!metric || !metric->hasFigures())
                throw InvalidRequest(QCoreApplication::translate(
                                         "wres", "%1: '%2' is not a metric of %3 with figures (e.g. %3 4a(i), %3 10).")
                                         .arg(option, word, current->code));
            n = metric->number;
        }
        if (!numbers.contains(n))
            numbers << n;
    }
    if (numbers.isEmpty())
        throw InvalidRequest(
            QCoreApplication::translate("wres", "%1: give the indicators published in full (e.g. 9), or none.")
                .arg(option));
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace wres::core
