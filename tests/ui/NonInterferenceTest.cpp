// Non-interference, as a property: change any count the public version hides (keeping it hidden,
// and every shown value and total as it was) and every public output stays byte for byte the same.
// A fixture with small counts in senior bands, VSM, disciplinary cases, survey subgroups and the
// Board over several periods (tests/data/non-interference) is perturbed many times under every
// suppression rule; each output below is made for each perturbation and compared with the
// unperturbed one. A new public output is one more line in producers().
#include "PublicationSupport.h"
#include "TestSupport.h"
#include "document/PlanDocument.h"
#include "framework/Framework.h"
#include "metrics/MetricReport.h"
#include "metrics/MetricsCsv.h"
#include "metrics/MetricsTab.h"
#include "plan/PlanSession.h"
#include "report/BoardPack.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>

#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <random>

using namespace wres;
using core::SuppressionRule;

namespace {

// One run of the property: the plan file, the rule (stored in the file, and given on the command
// line as a user would), and a window tab to export charts from.
struct Context
{
    QString db;
    QStringList options; // --preset ... for the commands
    SuppressionRule rule;
    test::Scratch* scratch = nullptr;
    ui::MetricsTab* tab = nullptr;
};

// A public output, made from the plan file as a user would make it. `drawn` outputs (images, pages)
// take a second or more each; the others a few milliseconds.
struct Producer
{
    QString first; // the output's name
    std::function<QByteArray(Context&)> second;
    bool drawn = false;
};

QByteArray metrics(Context& c, const QString& format)
{
    const test::CliRun r =
        test::runInProcess(QStringList{"metrics", "--db", c.db, "--redact", "--format", format} + c.options);
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    return r.out + "\n--- stderr ---\n" + r.err.toUtf8();
}

// The core's public data: the metric report the pack, the window and the commands read, and what
// the pack says of each indicator.
QByteArray packData(Context& c)
{
    auto database = core::Database::open(c.db, core::Database::Mode::OpenExisting);
    core::BoardPackOptions options;
    options.redact = true;
    options.rule = c.rule;
    options.date = QDate(2024, 7, 1);
    const core::BoardPack pack =
        core::BoardPack::gather(*database, core::PlanStore(*database).choosePlan({}).id, options);
    QJsonArray indicators;
    for (const auto& s : pack.indicators)
        indicators << QJsonObject{{"indicator", s.indicator.number},
                                  {"latest_period", s.latestPeriod},
                                  {"latest", s.latest},
                                  {"previous_period", s.previousPeriod},
                                  {"previous", s.previous},
                                  {"change", s.change},
                                  {"narrative", s.narrative},
                                  {"has_data", s.hasData}};
    return pack.metrics.toJson() + QJsonDocument(indicators).toJson();
}

// Every chart the Metrics tab shows in its public view, exported as PNG and as SVG; indicator 1's
// by-band chart for every period, and its trend. For WDES (issue 18) every WDES metric's the same
// way, chosen as a user does: metric 1 by band and over time, 3 with its rolling average, 9a.
QByteArray windowCharts(Context& c, const core::Framework& framework)
{
    ui::PlanDocument document;
    document.setSession(ui::PlanSession::open(c.db, true));
    c.tab->setDocument(&document);
    c.tab->setRedacted(true);
    QByteArray all;
    auto save = [&](core::MetricCharts::View view) {
        for (const char* suffix : {"png", "svg"}) {
            const QString path = c.scratch->path(QStringLiteral("chart.") + suffix);
            QString error;
            EXPECT_TRUE(c.tab->saveChart(path, &error, view)) << error.toStdString();
            all += test::readFile(path);
        }
    };
    for (const core::Indicator& indicator : framework.measured()) {
        c.tab->showIndicator(framework.code, indicator.number);
        if (core::MetricCharts::viewsOf(indicator).isEmpty()) { // a yes or no: told in words, no chart
            all += c.tab->findChild<QLabel*>("narrative")->text().toUtf8();
            continue;
        }
        if (indicator.kind == core::Indicator::Kind::Share) {
            auto* period = c.tab->findChild<QComboBox*>("chartPeriod");
            for (int i = 0; i < period->count(); ++i) {
                period->setCurrentIndex(i);
                save(core::MetricCharts::View::Main);
            }
            save(core::MetricCharts::View::Trend);
        } else {
            save(core::MetricCharts::View::Main);
        }
    }
    c.tab->setDocument(nullptr);
    return all;
}

// The public board pack as the command line writes it, read back as page images.
QByteArray pdfPages(Context& c)
{
    const QString pdf = c.scratch->path("public.pdf");
    const test::CliRun r = test::runInProcess(
        QStringList{"board-pack", "--db", c.db, "-o", pdf, "--redact", "--today", "2024-07-01"} + c.options);
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    return test::pageImages(pdf, c.scratch->path("pages")) + r.err.toUtf8();
}

const QList<Producer>& producers()
{
    static const QList<Producer> list = {
        {"metrics --redact --format csv", [](Context& c) { return metrics(c, "csv"); }},
        {"metrics --redact --format json", [](Context& c) { return metrics(c, "json"); }},
        {"metrics --redact --format narrative", [](Context& c) { return metrics(c, "narrative"); }},
        {"core public pack data (MetricReport, indicator summaries)", packData},
        {"window charts in public mode (PNG and SVG, every indicator)",
         [](Context& c) { return windowCharts(c, core::Framework::wres()); }, true},
        {"board-pack --redact (PDF pages as images)", pdfPages, true},
        // There is no public workbook export: the workbook (export -o .xlsx) is the full plan.
    };
    return list;
}

struct Case
{
    const char* name;
    QStringList options;
    SuppressionRule rule;
};

SuppressionRule ruleOf(SuppressionRule::Preset preset, qint64 threshold = 10, std::optional<QList<int>> exempt = {})
{
    SuppressionRule rule = SuppressionRule::defaults();
    rule.preset = preset;
    rule.customThreshold = threshold;
    if (exempt)
        rule.exempt = *exempt;
    return rule;
}

QList<Case> cases()
{
    using P = SuppressionRule::Preset;
    return {
        {"wres", {}, ruleOf(P::Wres)},
        {"mhs", {"--preset", "mhs"}, ruleOf(P::ModelHealthSystem)},
        {"nhs-digital", {"--preset", "nhs-digital"}, ruleOf(P::NhsDigital)},
        {"custom-5", {"--preset", "custom", "--threshold", "5"}, ruleOf(P::Custom, 5)},
        {"wres-board-hidden", {"--exempt", "none"}, ruleOf(P::Wres, 10, QList<int>{})},
    };
}

class NonInterference : public ::testing::TestWithParam<Case>
{
public:
    void SetUp() override
    {
        context.scratch = &scratch;
        context.db = scratch.path("plan.wres");
        context.options = GetParam().options;
        context.rule = GetParam().rule;
        base = test::readNonInterferenceFixture();
        test::writePlanFile(context.db, base);
        auto database = core::Database::open(context.db, core::Database::Mode::OpenExisting);
        core::MetricStore::unaudited(*database).setSuppressionRule(context.rule);
        tab.resize(1000, 700); // smaller than a screen, so hundreds of images take less time
        tab.show();
        context.tab = &tab;
    }

    test::Scratch scratch;
    Context context;
    core::MetricCounts base;
    ui::MetricsTab tab;
};

// Runs the property: perturbs the hidden counts `rounds` times and makes every output each time.
// Returns what broke it ("" when nothing did): the output, the round and the counts changed.
struct Outcome
{
    QString failure;
    int rounds = 0;
    int rejected = 0;                   // perturbations that changed which cells are hidden (must be none)
    int changedRows = 0;                // count rows the perturbations changed, over all rounds
    QMap<QString, qint64> milliseconds; // time spent making each output, over all rounds
};

Outcome check(Context& context, const core::MetricCounts& base, const QList<Producer>& outputs, int rounds,
              std::mt19937& random)
{
    Outcome outcome;
    const core::MetricReport baseReport = core::MetricReport::build(base, {}, context.rule);
    test::replaceCounts(context.db, base);
    QMap<QString, QByteArray> expected;
    for (const Producer& producer : outputs)
        expected.insert(producer.first, producer.second(context));
    // Each output must be the same when made twice from the same file, or the property means nothing.
    for (const Producer& producer : outputs)
        if (producer.second(context) != expected.value(producer.first)) {
            outcome.failure = producer.first + QStringLiteral(" differs when made twice from the same counts");
            return outcome;
        }
    for (int round = 0; round < rounds; ++round) {
        const core::MetricCounts counts = test::perturb(base, baseReport, context.rule, random);
        // The property holds for perturbations that keep every hidden cell hidden and every shown
        // one shown: choosing the second hidden part by place, not size, means that is all of them.
        if (core::MetricReport::build(counts, {}, context.rule).hidden != baseReport.hidden) {
            ++outcome.rejected;
            continue;
        }
        ++outcome.rounds;
        outcome.changedRows += int(test::differingRows(base, counts));
        test::replaceCounts(context.db, counts);
        for (const Producer& producer : outputs) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray made = producer.second(context);
            outcome.milliseconds[producer.first] += timer.elapsed();
            if (made != expected.value(producer.first)) {
                outcome.failure = QStringLiteral("%1 changed in round %2 when these hidden counts changed:\n%3")
                                      .arg(producer.first)
                                      .arg(round)
                                      .arg(test::describeChange(base, counts));
                return outcome;
            }
        }
    }
    return outcome;
}

QList<Producer> dataOutputs()
{
    QList<Producer> list;
    for (const Producer& producer : producers())
        if (!producer.drawn)
            list << producer;
    return list;
}

// Every output, pages and images included, for a few dozen perturbations (WRES_PERTURBATIONS per
// rule, 4 by default: a round takes seconds); the outputs that carry the figures as text, for
// hundreds (WRES_DATA_PERTURBATIONS per rule, 200 by default). The drawn outputs are drawn from the
// same core data (MetricReport) and nothing else, which the first test checks end to end.
void runProperty(NonInterference& fixture, const QList<Producer>& outputs, int rounds, unsigned seed)
{
    const core::MetricReport baseReport = core::MetricReport::build(fixture.base, {}, fixture.context.rule);
    const int hiddenRows = int(std::count(baseReport.hidden.begin(), baseReport.hidden.end(), true));
    ASSERT_GE(hiddenRows, 8) << "the fixture must hide counts under this rule";
    std::mt19937 random(seed + unsigned(std::hash<std::string>()(fixture.GetParam().name) % 1000u));
    const Outcome outcome = check(fixture.context, fixture.base, outputs, rounds, random);
    EXPECT_EQ(outcome.failure, QString()) << fixture.GetParam().name;
    for (auto it = outcome.milliseconds.constBegin(); it != outcome.milliseconds.constEnd(); ++it)
        std::cout << fixture.GetParam().name << ": " << it.key().toStdString() << ": "
                  << it.value() / std::max(1, outcome.rounds) << " ms a round\n";
    EXPECT_EQ(outcome.rejected, 0) << "which cells are hidden must not depend on a hidden value";
    EXPECT_EQ(outcome.rounds, rounds);
    EXPECT_GT(outcome.changedRows, rounds * hiddenRows / 2) << "the generator must really change hidden counts";
}

TEST_P(NonInterference, NoPublicOutputDependsOnAHiddenCount)
{
    runProperty(*this, producers(), test::perturbationRounds("WRES_PERTURBATIONS", 4), 20240701u);
}

TEST_P(NonInterference, NoPublishedFigureOrWordDependsOnAHiddenCount)
{
    runProperty(*this, dataOutputs(), test::perturbationRounds("WRES_DATA_PERTURBATIONS", 200), 15u);
}

// The leak of issue 15, as the chart computed it before: "Band 8a and above" added up the counts
// of every senior band, the hidden ones too, and hid the point only when the sum was small. With
// Non-clinical 8a at 30/100 (shown) and Clinical 8b at 3/20 (hidden), the point sat at 27.50% in
// March 2023, from which the 3 and the 20 can be solved. The property must catch it.
QByteArray oldSeniorPoints(Context& c)
{
    auto database = core::Database::open(c.db, core::Database::Mode::OpenExisting);
    QByteArray points;
    const core::MetricCounts counts = core::MetricStore(*database).counts(1);
    QStringList periods;
    for (const core::MetricCount& m : counts)
        if (!periods.contains(m.period))
            periods << m.period;
    for (const QString& period : periods) {
        qint64 count = 0;
        qint64 total = 0;
        for (const core::MetricCount& m : counts)
            if (m.period == period && core::MetricGroups::isSeniorBand(m.category) && m.count && m.total) {
                count += *m.count;
                total += *m.total;
            }
        const bool small = count < c.rule.threshold() || total < c.rule.threshold();
        points += (period + QStringLiteral(": ") +
                   (small ? QStringLiteral("hidden") : QString::number(100.0 * double(count) / double(total), 'f', 2)) +
                   QLatin1Char('\n'))
                      .toUtf8();
    }
    return points;
}

TEST(NonInterferenceLeak, TheOldBand8aAndAboveSumIsCaught)
{
    test::Scratch scratch;
    Context context;
    context.scratch = &scratch;
    context.db = scratch.path("plan.wres");
    context.rule = SuppressionRule::defaults();
    const core::MetricCounts base = test::readNonInterferenceFixture();
    test::writePlanFile(context.db, base);
    const QList<Producer> leaky = {{"the old \"Band 8a and above\" point", oldSeniorPoints}};
    EXPECT_TRUE(oldSeniorPoints(context).contains("March 2023: 27.50")) << oldSeniorPoints(context).toStdString();
    std::mt19937 random(15);
    const Outcome outcome = check(context, base, leaky, 50, random);
    EXPECT_TRUE(outcome.failure.startsWith("the old \"Band 8a and above\" point changed"))
        << outcome.failure.toStdString();
    EXPECT_TRUE(outcome.failure.contains("Clinical Band 8b")) << outcome.failure.toStdString();
    // And the report that replaced it hides the point: a band it adds up is hidden.
    const core::MetricReport report = core::MetricReport::build(base, {}, context.rule);
    for (const core::MetricFigure& f : report.derived)
        if (f.period == "March 2023") {
            EXPECT_TRUE(f.redacted);
            EXPECT_FALSE(f.value.has_value());
        }
}

// The window's WDES outputs (issue 18): every WDES chart the Metrics tab exports in its public view,
// its 9b sentence, and the public web page of a pack of both frameworks (WDES charts as SVG),
// perturbed under every rule over the WDES fixture (tests/data/non-interference-wdes).
QByteArray webPage(Context& c)
{
    const QString html = c.scratch->path("public.html");
    const test::CliRun r = test::runInProcess(
        QStringList{"board-pack", "--db", c.db, "-o", html, "--redact", "--framework", "all", "--today", "2024-07-01"} +
        c.options);
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    return test::readFile(html) + r.err.toUtf8();
}

class WdesWindowNonInterference : public NonInterference
{
public:
    void SetUp() override
    {
        NonInterference::SetUp();
        auto read =
            core::MetricsCsv::read(test::readFile(test::dataPath("non-interference-wdes/metrics.csv")), "metrics.csv");
        ASSERT_TRUE(read.problems.isEmpty());
        for (core::MetricCount& m : read.counts)
            m.line = 0;
        base = read.counts;
        test::replaceCounts(context.db, base);
    }
};

TEST_P(WdesWindowNonInterference, NoWdesChartOrPageTheWindowMakesDependsOnAHiddenCount)
{
    const QList<Producer> outputs = {
        {"window WDES charts in public mode (PNG and SVG, every WDES metric)",
         [](Context& c) { return windowCharts(c, core::Framework::wdes()); }, true},
        {"board-pack --redact --framework all (web page)", webPage, true},
    };
    runProperty(*this, outputs, test::perturbationRounds("WRES_PERTURBATIONS", 4), 20241118u);
}

INSTANTIATE_TEST_SUITE_P(EveryRule, WdesWindowNonInterference, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& param) {
                             return QString::fromLatin1(param.param.name).replace('-', '_').toStdString();
                         });

INSTANTIATE_TEST_SUITE_P(EveryRule, NonInterference, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& param) {
                             return QString::fromLatin1(param.param.name).replace('-', '_').toStdString();
                         });

} // namespace
