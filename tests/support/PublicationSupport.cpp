#include "PublicationSupport.h"

#include "TestSupport.h"
#include "cli/CommandLine.h"
#include "metrics/MetricsCsv.h"
#include "store/Database.h"
#include "store/MetricStore.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryFile>

#include <cstdio>
#include <gtest/gtest.h>
#include <unistd.h>

namespace wres::test {
namespace {

qint64 pick(std::mt19937& random, qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, std::max(low, high))(random);
}

// A value the rule hides, at least low (and at most high when one exists).
qint64 pickHidden(std::mt19937& random, const core::SuppressionRule& rule, qint64 low = 0)
{
    QList<qint64> hidden;
    for (qint64 n = low; n < rule.threshold(); ++n)
        if (rule.hides(n))
            hidden << n;
    return hidden.isEmpty() ? low : hidden.at(qsizetype(pick(random, 0, hidden.size() - 1)));
}

// A shown count moved within its rounding bucket (staying one the rule shows).
qint64 withinBucket(std::mt19937& random, const core::SuppressionRule& rule, qint64 n)
{
    QList<qint64> same;
    for (qint64 m = std::max<qint64>(0, n - 4); m <= n + 4; ++m)
        if (!rule.hides(m) && rule.shown(m) == rule.shown(n) && (m == 0) == (n == 0))
            same << m;
    return same.at(qsizetype(pick(random, 0, same.size() - 1)));
}

} // namespace

CliRun runInProcess(const QStringList& arguments)
{
    QTemporaryFile out;
    QTemporaryFile err;
    EXPECT_TRUE(out.open() && err.open());
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = dup(1);
    const int savedErr = dup(2);
    dup2(out.handle(), 1);
    dup2(err.handle(), 2);
    const int exit = app::CommandLine::run(QStringList{QStringLiteral("wres-tracker")} + arguments);
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, 1);
    dup2(savedErr, 2);
    close(savedOut);
    close(savedErr);
    out.seek(0);
    err.seek(0);
    return {exit, out.readAll(), QString::fromUtf8(err.readAll())};
}

QByteArray pageImages(const QString& pdf, const QString& folder)
{
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), pdf,
                                              folder + QStringLiteral("/page")});
    EXPECT_TRUE(render.waitForFinished(120000));
    EXPECT_EQ(render.exitCode(), 0) << "pdftoppm (poppler-utils) is needed";
    QByteArray pages;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    pages += QStringLiteral("%1 pages\n").arg(names.size()).toUtf8();
    for (const QString& name : names)
        pages += readFile(folder + QLatin1Char('/') + name);
    return pages;
}

core::MetricCounts readNonInterferenceFixture()
{
    auto read = core::MetricsCsv::read(readFile(dataPath(QStringLiteral("non-interference/metrics.csv"))),
                                       QStringLiteral("metrics.csv"));
    EXPECT_TRUE(read.problems.isEmpty());
    for (core::MetricCount& m : read.counts)
        m.line = 0;
    return read.counts;
}

void writePlanFile(const QString& path, const core::MetricCounts& counts)
{
    const CliRun r = runInProcess({QStringLiteral("import"), QStringLiteral("--db"), path,
                                   dataPath(QStringLiteral("non-interference/plan.csv")), QStringLiteral("--title"),
                                   QStringLiteral("Race equality plan"), QStringLiteral("--organisation"),
                                   QStringLiteral("Anytown NHS Trust")});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    replaceCounts(path, counts);
}

void replaceCounts(const QString& path, const core::MetricCounts& counts)
{
    auto database = core::Database::open(path, core::Database::Mode::OpenExisting);
    core::MetricStore::unaudited(*database).importCounts(counts);
}

core::MetricCounts perturb(const core::MetricCounts& base, const core::MetricReport& report,
                           const core::SuppressionRule& rule, std::mt19937& random)
{
    core::MetricCounts counts = base;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        core::MetricCount& m = counts[i];
        if (rule.isExempt(m.indicator))
            continue;
        if (!report.hidden.at(i)) {
            if (rule.rounds() && m.count && m.total) {
                const qint64 total = withinBucket(random, rule, *m.total);
                const qint64 count = withinBucket(random, rule, *m.count);
                if (count <= total) {
                    m.count = count;
                    m.total = total;
                }
            }
            continue;
        }
        if (m.value && !m.count)
            m.value = double(pick(random, 1, 300)) / 100.0;
        if (!m.count || !m.total)
            continue;
        const bool countHidden = rule.hides(*m.count);
        const bool totalHidden = rule.hides(*m.total);
        if (totalHidden) {
            m.total = pickHidden(random, rule, 1);
            m.count = pick(random, 0, *m.total);
        } else if (countHidden) {
            m.count = pickHidden(random, rule);
            m.total = pick(random, std::max<qint64>(*m.count, 1), *m.total * 2 + 20);
        } else { // hidden because it feeds only hidden figures: any value
            m.total = pick(random, 1, *m.total * 2 + 20);
            m.count = pick(random, 0, *m.total);
        }
    }
    return counts;
}

qsizetype differingRows(const core::MetricCounts& a, const core::MetricCounts& b)
{
    qsizetype differing = 0;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        differing += a[i] == b[i] ? 0 : 1;
    return differing;
}

QString describeChange(const core::MetricCounts& before, const core::MetricCounts& after)
{
    auto text = [](const core::MetricCount& m) {
        return m.count && m.total ? QStringLiteral("%1 of %2").arg(*m.count).arg(*m.total)
                                  : QString::number(m.value.value_or(0), 'g', 6);
    };
    QStringList lines;
    for (qsizetype i = 0; i < before.size() && i < after.size(); ++i)
        if (!(before[i] == after[i]))
            lines << QStringLiteral("%1, %2, %3, %4: %5 -> %6")
                         .arg(before[i].indicator)
                         .arg(before[i].period, before[i].category, before[i].group, text(before[i]), text(after[i]));
    return lines.join(QLatin1Char('\n'));
}

int perturbationRounds(const char* variable, int byDefault)
{
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue(variable, &ok);
    return ok && rounds > 0 ? rounds : byDefault;
}

} // namespace wres::test
