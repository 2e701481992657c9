#pragma once

#include "domain/CoverDetails.h"
#include "domain/Indicator.h"
#include "domain/PlanData.h"
#include "domain/Problem.h"
#include "metrics/ChangeJudgement.h"
#include "metrics/MetricCount.h"
#include "metrics/MetricTarget.h"
#include "metrics/SuppressionRule.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wres::core {

// The full-fidelity plan document: plan identity, themes, objectives, actions with leads, indicator
// links, tags, revisions, the whole status-update history and audit trail, the file's WRES metrics
// and targets, plus the framework's indicators and the plan's leads for readers.
// See docs/file-formats.md.
namespace PlanJson {

struct Document
{
    PlanData plan;
    Indicators indicators; // written for readers; not read back (the framework is built in)
    QStringList leads;     // written for readers; the actions carry their own
    MetricCounts metrics;
    MetricTargets targets;
    // The file's publishing choices and the plan's board-paper cover, so that a move or a copy
    // keeps them: the small-number rule and the change tolerances (absent in documents from before
    // they existed), and the cover's words kept for the next pack.
    std::optional<SuppressionRule> rule;
    std::optional<ChangeTolerance> tolerance;
    CoverDetails cover;
};

QByteArray write(const Document& document);

struct ReadResult
{
    Document document;
    Problems problems; // each names the place in the document, e.g. themes[0].objectives[2].actions[1].status
};
ReadResult read(const QByteArray& bytes, const QString& fileName, int maxIndicator);

} // namespace PlanJson
} // namespace wres::core
