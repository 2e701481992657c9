#pragma once

#include "domain/Indicator.h"
#include "domain/PlanData.h"
#include "domain/Problem.h"

#include <QByteArray>
#include <QString>

namespace wres::core {

// The full-fidelity plan document: plan identity, themes, objectives, actions with leads, indicator
// links, tags, revisions and the whole status-update history, plus the framework's indicators and
// the plan's leads for readers. See docs/file-formats.md.
namespace PlanJson {

QByteArray write(const PlanData& plan, const Indicators& indicators, const QStringList& leads);

struct ReadResult
{
    PlanData plan;
    Problems problems; // each names the place in the document, e.g. themes[0].objectives[2].actions[1].status
};
ReadResult read(const QByteArray& bytes, const QString& fileName, int maxIndicator);

} // namespace PlanJson
} // namespace wres::core
