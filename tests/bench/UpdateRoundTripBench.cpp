// Whole-process timing of the lead update round trip at the size the issue names: 60 leads with
// 10 open actions each. `update-requests` writes 60 workbooks; `import-updates --apply` reads 60
// answered workbooks (every row answered) and records 600 updates. Target: 5 s each.
#include "SyntheticPlan.h"
#include "WorkbookEdit.h"
#include "store/Database.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr int kLeads = 60;
constexpr int kPerLead = 10;

QTemporaryDir& folder()
{
    static QTemporaryDir dir;
    return dir;
}

// 600 open actions, ten for each of 60 leads, with a history of 6,000 updates.
QString planFile()
{
    const QString path = folder().filePath(QStringLiteral("leads.wres"));
    if (QFile::exists(path))
        return path;
    wres::core::PlanData plan = wres::bench::syntheticPlan(kLeads * kPerLead, kLeads * kPerLead * 10, 7);
    int n = 0;
    for (auto& theme : plan.themes)
        for (auto& objective : theme.objectives)
            for (auto& action : objective.actions) {
                action.leads = {QStringLiteral("Lead %1").arg(n / kPerLead + 1, 2, 10, QLatin1Char('0'))};
                action.status = wres::core::Status::InProgress;
                action.rag = wres::core::Rag::Amber;
                ++n;
            }
    auto db = wres::core::Database::open(path, wres::core::Database::Mode::CreateIfMissing);
    wres::core::PlanStore(*db).addPlan(plan);
    return path;
}

bool runTracker(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(WRES_TRACKER_EXE), arguments);
    process.waitForFinished(600000);
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void UpdateRequestsWholeProcess(benchmark::State& state)
{
    const QString path = planFile();
    int round = 0;
    for (auto _ : state) {
        const QString out = folder().filePath(QStringLiteral("requests-%1").arg(++round));
        QElapsedTimer timer;
        timer.start();
        const bool ok = runTracker({"update-requests", "--db", path, "-o", out});
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!ok || QDir(out).entryList({"*.xlsx"}).size() != kLeads)
            state.SkipWithError("update-requests failed");
    }
}

void ImportUpdatesWholeProcess(benchmark::State& state)
{
    const QString plan = planFile();
    const QString out = folder().filePath(QStringLiteral("to-answer"));
    if (!runTracker({"update-requests", "--db", plan, "-o", out})) {
        state.SkipWithError("update-requests failed");
        return;
    }
    // Every row answered, as a diligent lead would.
    QStringList answered;
    for (const QString& name : QDir(out).entryList({"*.xlsx"})) {
        QFile file(QDir(out).filePath(name));
        file.open(QIODevice::ReadOnly);
        QMap<QString, QString> cells;
        for (int row = 3; row < 3 + kPerLead; ++row) {
            cells.insert(QStringLiteral("J%1").arg(row), QStringLiteral("Delayed"));
            cells.insert(QStringLiteral("K%1").arg(row), QStringLiteral("R"));
            cells.insert(QStringLiteral("L%1").arg(row), QStringLiteral("Waiting for the panel to meet; new date "
                                                                        "agreed with the EDI group."));
        }
        const QString target = folder().filePath(QStringLiteral("answered-") + name);
        QFile written(target);
        written.open(QIODevice::WriteOnly);
        written.write(wres::test::setCells(file.readAll(), QStringLiteral("xl/worksheets/sheet1.xml"), cells));
        answered << target;
    }
    int round = 0;
    for (auto _ : state) {
        // A fresh copy of the plan each time: answers are imported once.
        const QString copy = folder().filePath(QStringLiteral("import-%1.wres").arg(++round));
        QFile::copy(plan, copy);
        QElapsedTimer timer;
        timer.start();
        const bool ok = runTracker(QStringList{"import-updates", "--db", copy, "--apply"} + answered);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (!ok)
            state.SkipWithError("import-updates failed");
    }
    state.counters["workbooks"] = double(answered.size());
}

} // namespace

BENCHMARK(UpdateRequestsWholeProcess)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(ImportUpdatesWholeProcess)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
