#pragma once

#include "report/BoardPack.h"

#include <optional>

class QWidget;

namespace wres::ui {

class PlanSession;

// Before a public board pack is written (or printed), the free-text fields it would print that
// hold a number (core::FreeTextScreen) are listed for review, through MessageBox so tests can
// answer: write it as it is, leave progress notes out, or cancel.
namespace PublicTextReview {

// The options to write with (notes left out if chosen), or nothing when the user cancelled.
// Options for the full pack, or a public pack with nothing to review, come back unchanged.
std::optional<core::BoardPackOptions> review(QWidget* parent, const PlanSession& session,
                                             core::BoardPackOptions options);

} // namespace PublicTextReview
} // namespace wres::ui
