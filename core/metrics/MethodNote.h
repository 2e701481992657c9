#pragma once

#include "SuppressionRule.h"

#include <QStringList>

#include <optional>

namespace wres::core {

// The method note every public output prints beside its figures: which rule was applied, what is
// hidden and why, how nothing shown is computed from a hidden count, and which indicators are
// published in full. One paragraph per entry; the full version gets one line saying it is not
// for publication.
namespace MethodNote {

QStringList paragraphs(const std::optional<SuppressionRule>& rule, const Framework& framework = Framework::wres());

} // namespace MethodNote
} // namespace wres::core
