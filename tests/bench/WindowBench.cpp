// The plan window on a synthetic plan of 10,000 actions and 100,000 updates: opening the file to a
// populated window, one keystroke in the search box, saving an edit until the view shows it (no
// full reload), and the resident memory afterwards.
#include "MainWindow.h"
#include "SyntheticPlan.h"
#include "document/PlanDocument.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableModel.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
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

// Saving the editor with a new status, as Ctrl+S does, until the table's row shows it: one row read
// again and one row of the view changed, whatever the size of the plan.
void SaveEditUpdatesView(benchmark::State& state)
{
    wres::ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    window.openFile(planFile());
    QApplication::processEvents();
    wres::ui::PlanPane& pane = window.planPane();
    wres::ui::PlanDocument& document = window.document();
    const QAbstractItemModel* table = pane.table()->model();
    int resets = 0;
    QObject::connect(table, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    const qint64 id = pane.currentActionId();
    bool delayed = false;
    for (auto _ : state) {
        delayed = !delayed;
        const wres::core::ActionData before = document.session()->action(id);
        wres::core::UpdateRequest update;
        update.status = delayed ? wres::core::Status::Delayed : wres::core::Status::InProgress;
        update.progress = QStringLiteral("Benchmark note");
        document.saveAction(before, before, update);
        QApplication::processEvents(); // the view as the user sees it
        const QString shown = table->index(0, wres::ui::ActionTableModel::StatusColumn).data().toString();
        if (shown != (delayed ? QStringLiteral("Delayed") : QStringLiteral("In progress")))
            state.SkipWithError("the view did not show the saved status");
    }
    state.counters["model_resets"] = resets;
    state.counters["resident_MB"] = residentMegabytes();
}

} // namespace

BENCHMARK(OpenToPopulatedWindow)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(FilterKeystroke)->Unit(benchmark::kMillisecond)->Iterations(50);
BENCHMARK(SaveEditUpdatesView)->Unit(benchmark::kMillisecond)->Iterations(30);

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
