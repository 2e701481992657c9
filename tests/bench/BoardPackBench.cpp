// Whole-process timing of `wres-tracker board-pack` on the demo and on synthetic plans: targets in
// the board pack issue are 1 s for the demo and 10 s, growing linearly, for 10,000 actions.
#include "SyntheticPlan.h"
#include "demo/DemoMetrics.h"
#include "demo/DemoPlan.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

QTemporaryDir& folder()
{
    static QTemporaryDir dir;
    return dir;
}

// actions == 0: the demo plan with its metrics.
QString planFile(int actions)
{
    const QString path = folder().filePath(QStringLiteral("pack-%1.wres").arg(actions));
    if (QFile::exists(path))
        return path;
    auto db = wres::core::Database::open(path, wres::core::Database::Mode::CreateIfMissing);
    if (actions == 0)
        wres::core::PlanStore(*db).addPlan(wres::core::DemoPlan::load());
    else
        wres::core::PlanStore(*db).addPlan(wres::bench::syntheticPlan(actions, actions * 10, 1));
    wres::core::MetricStore::unaudited(*db).importCounts(wres::core::DemoMetrics::load());
    return path;
}

void BoardPackWholeProcess(benchmark::State& state)
{
    const QString path = planFile(int(state.range(0)));
    const QString pdf = path + QStringLiteral(".pdf");
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QStringLiteral(WRES_TRACKER_EXE), {"board-pack", "--db", path, "-o", pdf});
        process.waitForFinished(600000);
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (process.exitCode() != 0)
            state.SkipWithError("board-pack failed");
    }
    state.counters["pdf_bytes"] = double(QFile(pdf).size());
}

} // namespace

BENCHMARK(BoardPackWholeProcess)->Arg(0)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BoardPackWholeProcess)
    ->Arg(1000)
    ->Arg(5000)
    ->Arg(10000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
