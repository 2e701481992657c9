#include "MainWindow.h"

#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "metrics/MetricsTab.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableView.h"
#include "plan/DashboardTab.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "widgets/TypingUndo.h"
#include "window/AccessBanner.h"
#include "window/EditorController.h"
#include "window/FileController.h"
#include "window/MyActionsBar.h"
#include "window/PlanDialogs.h"
#include "window/PlanTransfers.h"
#include "window/PrintController.h"
#include "window/Settings.h"
#include "window/StructureController.h"
#include "window/WindowMenus.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace wres::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_document(new PlanDocument(this)), m_tabs(new QTabWidget), m_plan(new PlanPane),
      m_dashboard(new DashboardTab), m_metrics(new MetricsTab), m_count(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_document->setAuthor(Settings::instance().authorName());
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Plan, dashboard and metrics"));
    m_tabs->addTab(m_plan, tr("&Plan"));
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_metrics, tr("&Metrics"));
    m_myActions = new MyActionsBar(*m_plan, *m_document, this);
    addToolBar(m_myActions);
    m_access = new AccessBanner(this, *m_document);
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_access->banner());
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_count->setObjectName(QStringLiteral("actionCount"));
    m_count->setAccessibleName(tr("Actions shown"));
    statusBar()->addPermanentWidget(m_access->fileMode());
    statusBar()->addPermanentWidget(m_count);

    m_files = new FileController(this, *m_document);
    m_transfers = new PlanTransfers(this, *m_document, *m_files);
    m_editing = new EditorController(this, *m_document, *m_plan);
    m_structure = new StructureController(this, *m_document, *m_plan, *m_editing);
    m_printing = new PrintController(this, *m_document);
    m_dialogs = new PlanDialogs(this, *m_document, *m_plan);
    m_menus = new WindowMenus(
        {this, m_document, m_plan, m_files, m_transfers, m_structure, m_editing, m_printing, m_dialogs, m_myActions});
    new TypingUndo(this); // Ctrl+Z in a text box with nothing typed to undo: the plan's Undo
    m_plan->setDocument(m_document);
    m_dashboard->setDocument(m_document);
    m_metrics->setDocument(m_document);
    wire();

    setWindowTitle(tr("WRES Tracker"));
    setAcceptDrops(true); // drop a .wres file on the window to open it
    resize(1500, 900);
    restoreLayout();
    statusBar()->showMessage(tr("Open a plan file with File ▸ Open (Ctrl+O)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::wire()
{
    m_files->setLeaveCheck([this] { return m_editing->mayLeave(); });
    m_files->setBusyCheck([this] { return m_plan->editor()->isModified(); });
    connect(m_files, &FileController::message, this, &MainWindow::showMessage);
    connect(m_transfers, &PlanTransfers::message, this, &MainWindow::showMessage);
    connect(m_editing, &EditorController::message, this, &MainWindow::showMessage);
    connect(m_structure, &StructureController::message, this, &MainWindow::showMessage);
    connect(m_printing, &PrintController::message, this, &MainWindow::showMessage);
    connect(m_dialogs, &PlanDialogs::message, this, &MainWindow::showMessage);
    connect(m_metrics, &MetricsTab::message, this, [this](const QString& text) { showMessage(text, 5000); });
    connect(m_document, &PlanDocument::problem, this,
            [this](const QString& title, const QString& text) { Prompts::warning(this, title, text); });
    connect(m_files, &FileController::opened, this, &MainWindow::showOpened);
    connect(m_document, &PlanDocument::reloaded, m_access, &AccessBanner::update);
    connect(m_transfers, &PlanTransfers::metricsImported, this, [this] { m_tabs->setCurrentWidget(m_metrics); });
    connect(m_plan, &PlanPane::countChanged, this, &MainWindow::updateCount);
    connect(m_menus, &WindowMenus::showPlanTab, this, [this] { m_tabs->setCurrentWidget(m_plan); });
    connect(m_menus, &WindowMenus::showIndicatorTrend, this, [this](const QString& framework, int indicator) {
        m_metrics->showIndicator(framework, indicator);
        m_tabs->setCurrentWidget(m_metrics);
    });
    const auto showAction = [this](qint64 id) {
        m_tabs->setCurrentWidget(m_plan);
        m_plan->showAction(id);
    };
    connect(m_dashboard, &DashboardTab::actionActivated, this, showAction);
    connect(m_metrics, &MetricsTab::actionActivated, this, showAction);
    // The Metrics tab's "Rules…" opens Preferences, where the file's small-number rule lives.
    connect(m_metrics, &MetricsTab::editRulesRequested, m_dialogs, &PlanDialogs::preferences);
    connect(m_dashboard, &DashboardTab::indicatorActivated, this, [this](const QString& framework, int indicator) {
        m_tabs->setCurrentWidget(m_plan);
        m_plan->showIndicator(framework, indicator);
    });
    connect(m_myActions->toggle(), &QAction::toggled, this, [this] { m_tabs->setCurrentWidget(m_plan); });
    connect(m_document, &PlanDocument::reloaded, this, [this] {
        // What this login may change: an admin on a writable file everything; a lead only updates
        // (through Add update, on their own actions); a viewer or a read-only file nothing.
        const bool editable = m_document->session() && m_document->session()->mayEditPlan();
        m_plan->editor()->setReadOnly(!editable);
        m_metrics->setReadOnly(!editable);
    });
}

bool MainWindow::openFile(const QString& path, bool readOnly)
{
    return m_files->open(path, readOnly);
}

QString MainWindow::currentFile() const
{
    return m_files->currentFile();
}

bool MainWindow::isReadOnly() const
{
    return m_files->isReadOnly();
}

QUndoStack* MainWindow::undoStack() const
{
    return m_document->undoStack();
}

void MainWindow::showOpened()
{
    const QString path = m_files->currentFile();
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — WRES Tracker").arg(QFileInfo(path).fileName()));
    m_access->update();
    m_menus->updateEnabled();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showMessage(const QString& text, int timeout)
{
    statusBar()->showMessage(text, timeout);
}

void MainWindow::updateCount(int shown, int total)
{
    m_count->setText(tr("%1 of %2 actions shown").arg(shown).arg(total));
}

void MainWindow::saveLayout() const
{
    Settings& settings = Settings::instance();
    settings.set(Settings::Key::WindowGeometry, saveGeometry());
    settings.set(Settings::Key::WindowState, saveState());
    settings.set(Settings::Key::MainSplitter, m_plan->mainSplitter()->saveState());
    settings.set(Settings::Key::EditorSplitter, m_plan->editorSplitter()->saveState());
    settings.set(Settings::Key::ActionColumns, m_plan->table()->horizontalHeader()->saveState());
    settings.set(Settings::Key::CurrentTab, m_tabs->currentIndex());
}

void MainWindow::restoreLayout()
{
    const Settings& settings = Settings::instance();
    // The first time, as large as suits the screen: a 1366×768 laptop gets a window it can show.
    if (const QScreen* screen = this->screen())
        resize(size().boundedTo(screen->availableGeometry().size()));
    restoreGeometry(settings.get(Settings::Key::WindowGeometry).toByteArray());
    restoreState(settings.get(Settings::Key::WindowState).toByteArray());
    m_plan->mainSplitter()->restoreState(settings.get(Settings::Key::MainSplitter).toByteArray());
    m_plan->editorSplitter()->restoreState(settings.get(Settings::Key::EditorSplitter).toByteArray());
    const QByteArray columns = settings.get(Settings::Key::ActionColumns).toByteArray();
    if (columns.isEmpty() || !m_plan->table()->horizontalHeader()->restoreState(columns))
        m_plan->table()->fitColumnsWhenShown();
    m_tabs->setCurrentIndex(settings.get(Settings::Key::CurrentTab).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Unsaved edits in the editor: Save, Discard or Cancel (which keeps the window open).
    if (!m_editing->mayLeave()) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".wres"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (m_files->openDropped(*event->mimeData()))
        event->acceptProposedAction();
}

} // namespace wres::ui
