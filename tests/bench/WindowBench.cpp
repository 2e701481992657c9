// The plan window on a synthetic plan of 10,000 actions and 100,000 updates: opening the file to a
// populated window, one keystroke in the search box, and the resident memory afterwards.
#include "MainWindow.h"
#include "SyntheticPlan.h"
#include "store/Database.h"
#include "store/PlanStore.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

QString planFile()
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window-10000.wres"));
    if (!QFile::exists(path)) {
        auto db = wres::core::Database::open(path, wres::core::Database::Mode::CreateIfMissing);
        wres::core::PlanStore(*db).addPlan(wres::bench::syntheticPlan(10000, 100000, 1));
    }
    return path;
}

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

void OpenToPopulatedWindow(benchmark::State& state)
{
    const QString path = planFile();
    for (auto _ : state) {
        wres::ui::MainWindow window;
        window.show();
        if (!window.openFile(path))
            state.SkipWithError("open failed");
        QApplication::processEvents();
        benchmark::DoNotOptimize(window.findChild<QTableView*>(QStringLiteral("actionTable"))->model()->rowCount());
    }
}

void FilterKeystroke(benchmark::State& state)
{
    wres::ui::MainWindow window;
    window.show();
    window.openFile(planFile());
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("filterText"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("actionTable"));
    bool longer = false;
    for (auto _ : state) {
        // Typing one more letter, or taking it back: the filter runs over all 10,000 rows.
        search->setText(longer ? QStringLiteral("talent m") : QStringLiteral("talent"));
        longer = !longer;
        benchmark::DoNotOptimize(table->model()->rowCount());
    }
    state.counters["resident_MB"] = residentMegabytes();
}

} // namespace

BENCHMARK(OpenToPopulatedWindow)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(FilterKeystroke)->Unit(benchmark::kMillisecond)->Iterations(50);

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
