// Whole-process timing and peak memory of `wres-tracker board-pack` on the demo and on synthetic
// plans, as a PDF and as a web page. Targets (issue 16, docs/architecture.md): the demo's pack in
// 1 s, 10,000 actions in 5 s as a whole process, under 200 MB resident.
#include "SyntheticPlan.h"
#include "demo/DemoMetrics.h"
#include "demo/DemoPlan.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

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

struct Run
{
    int status = -1;
    double seconds = 0;
    double peakMegabytes = 0;
};

// The program as a child process, with its own resource use (wait4), not the benchmark's.
Run runTracker(const QStringList& arguments)
{
    std::vector<QByteArray> owned{QByteArray(WRES_TRACKER_EXE)};
    for (const QString& a : arguments)
        owned.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : owned)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.peakMegabytes = double(usage.ru_maxrss) / 1024.0;
    }
    return run;
}

void BoardPack(benchmark::State& state, const char* suffix)
{
    const QString path = planFile(int(state.range(0)));
    const QString out = path + QLatin1String(suffix);
    double peak = 0;
    for (auto _ : state) {
        const Run run = runTracker({"board-pack", "--db", path, "-o", out, "--today", "2024-07-01"});
        state.SetIterationTime(run.seconds);
        peak = std::max(peak, run.peakMegabytes);
        if (run.status != 0)
            state.SkipWithError("board-pack failed");
    }
    state.counters["peak_MB"] = peak;
    state.counters["bytes"] = double(QFile(out).size());
}

void BoardPackPdf(benchmark::State& state)
{
    BoardPack(state, ".pdf");
}

void BoardPackWebPage(benchmark::State& state)
{
    BoardPack(state, ".html");
}

} // namespace

BENCHMARK(BoardPackPdf)->Arg(0)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BoardPackPdf)
    ->Arg(1000)
    ->Arg(5000)
    ->Arg(10000)
    ->Iterations(1)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BoardPackWebPage)->Arg(0)->Iterations(5)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BoardPackWebPage)->Arg(10000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
