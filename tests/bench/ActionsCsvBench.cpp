// Whole-process timing of `wres-tracker actions --format csv` on a synthetic plan: the target in
// ARCHITECTURE.md is 150 ms for 10,000 actions and 100,000 status updates.
#include "SyntheticPlan.h"
#include "store/Database.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

QString planFile(int actions, int updates)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("synthetic-%1-%2.wres").arg(actions).arg(updates));
    if (!QFile::exists(path)) {
        auto db = wres::core::Database::open(path, wres::core::Database::Mode::CreateIfMissing);
        wres::core::PlanStore(*db).addPlan(wres::bench::syntheticPlan(actions, updates, 1));
    }
    return path;
}

void ActionsCsvWholeProcess(benchmark::State& state)
{
    const QString path = planFile(int(state.range(0)), int(state.range(1)));
    const QString output = path + QStringLiteral(".csv");
    qint64 bytes = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.setStandardOutputFile(output); // as `wres-tracker actions ... > out.csv` would
        process.start(QStringLiteral(WRES_TRACKER_EXE), {"actions", "--db", path, "--format", "csv"});
        process.waitForFinished(60000);
        bytes = QFileInfo(output).size();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (process.exitCode() != 0)
            state.SkipWithError("wres-tracker actions failed");
    }
    state.counters["output_bytes"] = double(bytes);
}

} // namespace

BENCHMARK(ActionsCsvWholeProcess)
    ->Args({1000, 10000})
    ->Args({10000, 100000})
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
