#pragma once

// For the tests of the public version: the command line run in this process (its output caught),
// PDF pages as images, the non-interference fixture, and the generator that perturbs hidden counts.
#include "metrics/MetricCount.h"
#include "metrics/MetricReport.h"
#include "metrics/SuppressionRule.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <random>

namespace wres::test {

struct CliRun
{
    int exit = -1;
    QByteArray out;
    QString err;
};

// `wres-tracker ARGS...` through app::CommandLine in this process, standard output and error caught
// (POSIX descriptors), so a test can make hundreds of outputs in seconds.
CliRun runInProcess(const QStringList& arguments);
// The PDF's pages rendered by poppler's pdftoppm at 40 dpi, as one byte string (every page's PNG in
// order); folder is emptied and reused.
QByteArray pageImages(const QString& pdf, const QString& folder);

// tests/data/non-interference/metrics.csv, and a plan file holding its plan.csv and these counts.
core::MetricCounts readNonInterferenceFixture();
void writePlanFile(const QString& path, const core::MetricCounts& counts);
// Stores the counts in place of the rows with the same keys.
void replaceCounts(const QString& path, const core::MetricCounts& counts);

// A perturbation of base for the rule: every count and total the report hides gets a new random
// value that keeps it hidden (a count the rule hides stays one it hides; one hidden because it
// feeds only hidden figures may take any value), a hidden published value a new value, and under
// a rounding rule every shown count moves within its rounding bucket. Shown values, and counts of
// indicators published in full, are kept.
core::MetricCounts perturb(const core::MetricCounts& base, const core::MetricReport& report,
                           const core::SuppressionRule& rule, std::mt19937& random);
qsizetype differingRows(const core::MetricCounts& a, const core::MetricCounts& b);
// "1, March 2023, Clinical Band 8b, BME: 3 of 20 -> 7 of 44", one line per changed row.
QString describeChange(const core::MetricCounts& before, const core::MetricCounts& after);
// How many perturbations each rule gets: the environment variable's value, or the default.
int perturbationRounds(const char* variable, int byDefault);

} // namespace wres::test
