#include "Indicator.h"

#include <array>
#include <utility>

namespace wres::core {
namespace {

constexpr std::array<std::pair<Indicator::Kind, const char*>, 7> kKinds{{
    {Indicator::Kind::Share, "share"},
    {Indicator::Kind::RelativeLikelihood, "relative_likelihood"},
    {Indicator::Kind::SurveyPercentage, "survey_percentage"},
    {Indicator::Kind::Difference, "difference"},
    {Indicator::Kind::Score, "score"},
    {Indicator::Kind::YesNo, "yes_no"},
    {Indicator::Kind::Link, "link"},
}};

constexpr std::array<std::pair<Indicator::Better, const char*>, 5> kBetter{{
    {Indicator::Better::Lower, "lower"},
    {Indicator::Better::Higher, "higher"},
    {Indicator::Better::CloserToOne, "closer_to_one"},
    {Indicator::Better::ZeroOrAbove, "zero_or_above"},
    {Indicator::Better::CloserToOverall, "closer_to_overall"},
}};

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [v, code] : table)
        if (v == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename Enum, std::size_t N>
Enum fromCode(const std::array<std::pair<Enum, const char*>, N>& table, const QString& code, bool* ok)
{
    for (const auto& [v, c] : table) {
        if (code == QLatin1String(c)) {
            if (ok)
                *ok = true;
            return v;
        }
    }
    if (ok)
        *ok = false;
    return table.front().first;
}

} // namespace

QString indicatorKindCode(Indicator::Kind kind)
{
    return codeOf(kKinds, kind);
}

Indicator::Kind indicatorKindFromCode(const QString& code, bool* ok)
{
    return fromCode(kKinds, code, ok);
}

QString betterCode(Indicator::Better better)
{
    return codeOf(kBetter, better);
}

Indicator::Better betterFromCode(const QString& code, bool* ok)
{
    return fromCode(kBetter, code, ok);
}

} // namespace wres::core
