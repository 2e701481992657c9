#pragma once

#include "domain/Indicator.h"
#include "domain/PlanData.h"
#include "domain/Problem.h"
#include "metrics/MetricCount.h"
#include "metrics/MetricTarget.h"

#include <QByteArray>
#include <QString>

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
