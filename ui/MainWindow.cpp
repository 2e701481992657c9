#include "MainWindow.h"

#include "dialogs/AuditDialog.h"
#include "dialogs/BackupDialog.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/HelpDialog.h"
#include "dialogs/ImportUpdatesDialog.h"
#include "dialogs/MessageBox.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/PublicTextReview.h"
#include "dialogs/RequestUpdatesDialog.h"
#include "domain/Counted.h"
#include "io/SafeWrite.h"
#include "metrics/MetricsTab.h"
#include "plan/ActionEditor.h"
#include "plan/ActionFilterModel.h"
#include "plan/ActionTableModel.h"
#include "plan/DashboardTab.h"
#include "plan/EditActionCommand.h"
#include "plan/FilterBar.h"
#include "plan/PlanSession.h"
#include "plan/PlanTreeModel.h"
#include "plan/StoreCommand.h"
#include "plan/UpdateDialog.h"
#include "report/BoardPackDialog.h"
#include "report/BoardPackWriter.h"
#include "store/Database.h"
#include "store/StoreError.h"
#include "style/StatusStyle.h"
#include "team/Keyring.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <stdexcept>

namespace wres::ui {

namespace {

// Runs work that touches neither the database nor a widget on a worker thread, while a progress
// dialog (shown after half a second) offers Cancel. Returns nothing when cancelled: the work then
// finishes in the background and its result is dropped, so cancelling changes nothing.
template <typename T> std::optional<T> runWithProgress(QWidget* parent, const QString& label, std::function<T()> work)
{
    QProgressDialog dialog(label, QObject::tr("Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("workProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    if (!watcher.isFinished())
        loop.exec();
    const bool cancelled = dialog.wasCanceled() || (MainWindow::progressHook() && !MainWindow::progressHook()(0, 0));
    if (cancelled)
        return std::nullopt;
    watcher.waitForFinished();
    return watcher.result();
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_treeModel(new PlanTreeModel(this)), m_actionModel(new ActionTableModel(this)),
      m_filter(new ActionFilterModel(this)), m_tabs(new QTabWidget(this)), m_dashboard(new DashboardTab),
      m_filterBar(new FilterBar), m_myLead(new QComboBox), m_myActions(nullptr), m_editor(new ActionEditor),
      m_undo(new QUndoStack(this)), m_metricsTab(new MetricsTab), m_splitter(new QSplitter), m_navigator(new QTreeView),
      m_table(new QTableView), m_count(new QLabel), m_banner(new QLabel), m_fileMode(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_treeModel);
    m_navigator->setAccessibleName(tr("Plan navigator"));
    m_navigator->setUniformRowHeights(true);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->header()->setSectionResizeMode(PlanTreeModel::NameColumn, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(PlanTreeModel::ActionsColumn, QHeaderView::ResizeToContents);
    m_navigator->header()->setSectionResizeMode(PlanTreeModel::RagColumn, QHeaderView::ResizeToContents);

    m_filter->setTableModel(m_actionModel);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setAccessibleName(tr("Actions"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The action text gets the room; the other columns fit their usual content.
    m_table->horizontalHeader()->setSectionResizeMode(ActionTableModel::ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    const std::pair<int, int> widths[] = {
        {ActionTableModel::NumberColumn, 48},     {ActionTableModel::LeadsColumn, 210},
        {ActionTableModel::TimescaleColumn, 110}, {ActionTableModel::DueColumn, 170},
        {ActionTableModel::StatusColumn, 130},    {ActionTableModel::RagColumn, 96},
        {ActionTableModel::IndicatorsColumn, 80}, {ActionTableModel::LastUpdateColumn, 100}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);

    // The colour key: every colour with its symbol and word.
    auto* key = new QWidget;
    key->setObjectName(QStringLiteral("colourKey"));
    auto* keyLayout = new QHBoxLayout(key);
    keyLayout->setContentsMargins(4, 2, 4, 2);
    keyLayout->addWidget(new QLabel(tr("Status key:")));
    for (core::Status status :
         {core::Status::NotStarted, core::Status::InProgress, core::Status::Delayed, core::Status::Complete}) {
        auto* swatch = new QLabel;
        swatch->setPixmap(StatusStyle::statusIcon(status).pixmap(16, 16));
        keyLayout->addWidget(swatch);
        keyLayout->addWidget(new QLabel(StatusStyle::statusText(status)));
    }
    keyLayout->addStretch();

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_filterBar);
    rightLayout->addWidget(m_table);
    rightLayout->addWidget(key);

    auto* tableAndEditor = new QSplitter;
    tableAndEditor->setObjectName(QStringLiteral("tableEditorSplitter"));
    tableAndEditor->addWidget(right);
    tableAndEditor->addWidget(m_editor);
    tableAndEditor->setStretchFactor(0, 3);
    tableAndEditor->setStretchFactor(1, 1);
    tableAndEditor->setSizes({820, 380});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(tableAndEditor);
    connect(m_editor, &ActionEditor::saveRequested, this, &MainWindow::saveEditedAction);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({320, 1180});
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_splitter, tr("&Plan"));
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_metricsTab, tr("&Metrics"));
    connect(m_dashboard, &DashboardTab::actionActivated, this, &MainWindow::showAction);
    connect(m_dashboard, &DashboardTab::indicatorActivated, this, [this](int indicator) {
        m_filterBar->clear();
        m_tabs->setCurrentWidget(m_splitter);
        ActionFilter filter;
        filter.indicator = indicator;
        m_filter->setFilter(filter);
        updateCount();
    });
    connect(m_filterBar, &FilterBar::changed, this, [this](const ActionFilter& filter) {
        m_filter->setFilter(filter);
        updateCount();
    });
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4cc; color: #231f20; border: 1px solid #ffb81c; padding: 6px; font-weight: bold; }"));
    m_banner->hide();
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_metricsTab, &MetricsTab::actionActivated, this, &MainWindow::showAction);
    m_metricsTab->setUndoStack(m_undo);
    connect(m_metricsTab, &MetricsTab::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* trend = new QAction(tr("Show &indicator trend"), m_table);
    trend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    trend->setShortcutContext(Qt::WidgetShortcut);
    connect(trend, &QAction::triggered, this, &MainWindow::showIndicatorOfCurrentAction);
    m_table->addAction(trend);

    m_count->setObjectName(QStringLiteral("actionCount"));
    m_fileMode->setObjectName(QStringLiteral("fileMode"));
    statusBar()->addPermanentWidget(m_fileMode);
    statusBar()->addPermanentWidget(m_count);
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigatorSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentActionChanged);
    createMenus();
    createToolBar();
    setWindowTitle(tr("WRES Tracker"));
    setAcceptDrops(true); // drop a .wres file on the window to open it
    resize(1500, 900);
    restoreLayout();
    statusBar()->showMessage(tr("Open a plan file with File ▸ Open (Ctrl+O)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newPlanAction = file->addAction(tr("&New Plan…"), this, &MainWindow::chooseNewPlan);
    newPlanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("actionOpen"));
    QAction* openReadOnly = file->addAction(tr("Open Read-&Only…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open plan read-only"), QString(),
                                                          tr("WRES Tracker plans (*.wres);;All files (*)"));
        if (!path.isEmpty())
            openFile(path, true);
    });
    openReadOnly->setObjectName(QStringLiteral("actionOpenReadOnly"));
    QAction* connectAction = file->addAction(tr("Connect to &Server…"), this, [this] {
        ConnectDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted || !connectToServer(dialog.locationWithPassword()))
            return;
        QString error;
        if (dialog.rememberPassword() && !Keyring::write(dialog.location(), dialog.password(), &error))
            statusBar()->showMessage(
                tr("Connected, but the password could not be kept in the system keyring: %1").arg(error), 10000);
    });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction* importMetrics = file->addAction(tr("Import &Metrics…"), this, &MainWindow::chooseMetricsFile);
    importMetrics->setObjectName(QStringLiteral("actionImportMetrics"));
    importMetrics->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    file->addSeparator();
    QAction* preview = file->addAction(tr("Print Pre&view…"), this, [this] { boardPack(PackOutput::Preview); });
    preview->setObjectName(QStringLiteral("actionPrintPreview"));
    QAction* print = file->addAction(tr("&Print…"), this, [this] { boardPack(PackOutput::Print); });
    print->setShortcut(QKeySequence::Print);
    QAction* pdf = file->addAction(tr("&Export PDF…"), this, [this] { boardPack(PackOutput::Pdf); });
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    pdf->setObjectName(QStringLiteral("actionExportPdf"));
    file->addAction(tr("Export Public Report as &Web Page…"), this, [this] { boardPack(PackOutput::Web); })
        ->setObjectName(QStringLiteral("actionExportWebPage"));
    QAction* record = file->addAction(tr("&Record This Pack…"), this, [this] {
        if (!m_session)
            return;
        bool ok = false;
        const QString label = QInputDialog::getText(this, tr("Record this pack"),
                                                    tr("A name for this pack, e.g. the meeting it went to:"),
                                                    QLineEdit::Normal, tr("Trust Board"), &ok);
        if (ok)
            recordPack(label.trimmed());
    });
    record->setObjectName(QStringLiteral("actionRecordPack"));
    QAction* importAction = file->addAction(tr("&Import Plan…"), this, [this] {
        const QString source = QFileDialog::getOpenFileName(
            this, tr("Import a plan"), QString(),
            tr("Plans (*.xlsx *.csv *.json);;Excel workbooks (*.xlsx);;CSV files (*.csv);;JSON (*.json)"));
        if (source.isEmpty())
            return;
        const QFileInfo info(source);
        const QString target =
            QFileDialog::getSaveFileName(this, tr("Save the imported plan as"),
                                         info.dir().filePath(info.completeBaseName() + QStringLiteral(".wres")),
                                         tr("WRES Tracker plans (*.wres)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!target.isEmpty())
            importPlan(source, target);
    });
    importAction->setObjectName(QStringLiteral("actionImportPlan"));
    QAction* exportAction = file->addAction(tr("E&xport Plan…"), this, [this] {
        if (!m_session)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export plan"), QFileInfo(m_session->path()).completeBaseName() + QStringLiteral(".xlsx"),
            tr("Excel workbook (*.xlsx);;CSV, the plan only (*.csv);;JSON, everything (*.json)"));
        if (!path.isEmpty())
            exportPlan(path);
    });
    exportAction->setObjectName(QStringLiteral("actionExportPlan"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* calendar = file->addAction(tr("Export &Calendar…"), this, [this] {
        if (!m_session)
            return;
        const QString everyone = tr("Everyone's actions");
        bool ok = false;
        const QString choice =
            QInputDialog::getItem(this, tr("Export calendar"), tr("Whose due dates? (open actions with a date)"),
                                  QStringList{everyone} + m_session->leads(), 0, false, &ok);
        if (!ok)
            return;
        const QString lead = choice == everyone ? QString() : choice;
        const QString suggested = lead.isEmpty() ? tr("wres-due-dates.ics") : tr("wres-due-dates-%1.ics").arg(lead);
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export calendar"), suggested, tr("iCalendar files (*.ics)"));
        if (!path.isEmpty())
            exportCalendar(path, lead);
    });
    calendar->setObjectName(QStringLiteral("actionExportCalendar"));
    file->addSeparator();
    QAction* restore = file->addAction(tr("Restore from &Backup…"), this, &MainWindow::chooseBackup);
    restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    m_writeActions << importMetrics << record << restore;
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    createPlanMenu();
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, [this] {
        m_tabs->setCurrentWidget(m_splitter);
        m_filterBar->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addAction(tr("C&lear Filters"), m_filterBar, &FilterBar::clear);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("Pre&ferences…"), this, [this] {
        PreferencesDialog dialog(this, m_session.get());
        if (dialog.exec() == QDialog::Accepted && m_session) {
            m_session->setAuthor(authorName());
            m_metricsTab->refresh(); // the file's small-number rule may have changed
        }
    });
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    connect(m_metricsTab, &MetricsTab::editRulesRequested, preferences, &QAction::trigger);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] { HelpDialog::userGuide(this)->show(); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    QAction* keys =
        help->addAction(tr("&Keyboard Shortcuts"), this, [this] { HelpDialog::shortcuts(*menuBar(), this)->show(); });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About WRES Tracker"), this, [this] {
        QMessageBox::about(this, tr("About WRES Tracker"),
                           tr("<p><b>WRES Tracker %1</b></p><p>Workforce Race Equality Standard action plans, metrics "
                              "and board packs for NHS Trusts.</p><p>Licensed under the GNU General Public License, "
                              "version 3 or later. Built with Qt %2.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                                      tr("WRES Tracker plans (*.wres);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path, bool readOnly)
{
    try {
        auto session = PlanSession::open(path, readOnly);
        m_undo->clear(); // edits belong to the file they were made in
        m_editor->clearAction();
        m_session = std::move(session);
        m_session->setAuthor(authorName());
    } catch (const std::exception& e) {
        QString shown = QDir::toNativeSeparators(path);
        if (core::Database::isServerLocation(path)) {
            QUrl url(path);
            url.setPassword({});
            shown = url.toString();
        }
        MessageBox::warning(this, tr("Cannot open plan"),
                            tr("%1 could not be opened.\n\n%2").arg(shown, QString::fromStdString(e.what())));
        return false;
    }
    showSession();
    rememberRecent(m_session->path()); // a server location without its password
    if (m_session->isTeam()) {
        m_session->watchOthers([this] { othersChanged(); });
        // A lead's My actions are theirs.
        if (const int lead = m_myLead->findText(m_session->roleLead(), Qt::MatchFixedString);
            !m_session->roleLead().isEmpty() && lead >= 0)
            m_myLead->setCurrentIndex(lead);
    }
    if (!m_session->isReadOnly()) {
        try {
            m_session->takeDailyBackup(PreferencesDialog::backupsToKeep());
        } catch (const std::exception& e) {
            // The plan is open and sound; only today's copy is missing. Say so, do not stop.
            statusBar()->showMessage(tr("Today's backup could not be made: %1").arg(QString::fromStdString(e.what())));
        }
    }
    return true;
}

bool MainWindow::exportPlan(const QString& path)
{
    if (!m_session)
        return false;
    if (const QString why = core::SafeWrite::refusal(path); !why.isEmpty()) { // what it is, before its suffix
        MessageBox::warning(this, tr("Plan not exported"), why);
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx" && suffix != u"csv" && suffix != u"json") {
        MessageBox::warning(
            this, tr("Plan not exported"),
            tr("%1: choose a name ending in .xlsx, .csv or .json.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        const core::PlanJson::Document document = m_session->exportDocument();
        const std::optional<QByteArray> bytes = runWithProgress<QByteArray>(
            this, tr("Exporting the plan…"), [document, suffix] { return PlanSession::encode(document, suffix); });
        if (!bytes) {
            statusBar()->showMessage(tr("Cancelled: the plan was not exported."), 8000);
            return false;
        }
        core::SafeWrite::write(path, *bytes);
    } catch (const core::StoreError& e) { // refused (the open plan, a backup) or not written: says which
        MessageBox::warning(this, tr("Plan not exported"), e.message());
        return false;
    } catch (const std::exception& e) {
        MessageBox::warning(
            this, tr("Plan not exported"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what())));
        return false;
    }
    statusBar()->showMessage(tr("Exported the plan to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::importPlan(const QString& planFile, const QString& newFile)
{
    const std::optional<core::PlanFiles::ReadResult> read = runWithProgress<core::PlanFiles::ReadResult>(
        this, tr("Reading the plan…"), [planFile] { return PlanSession::readPlanFile(planFile); });
    if (!read) {
        statusBar()->showMessage(tr("Cancelled: nothing was imported."), 8000);
        return false;
    }
    if (!read->problems.isEmpty()) {
        // Every problem, so the file can be put right in one go (the first 30 on screen).
        core::Problems shown = read->problems.mid(0, 30);
        QString text = core::PlanFiles::describe(shown);
        if (read->problems.size() > shown.size())
            text = tr("%1\n… and %2 more problems.").arg(text).arg(read->problems.size() - shown.size());
        MessageBox::warning(this, tr("Plan not imported"), text);
        return false;
    }
    core::PlanJson::Document document = read->document;
    if (document.plan.info.title.isEmpty())
        document.plan.info.title = QFileInfo(planFile).completeBaseName();
    try {
        PlanSession::createFrom(newFile, document, authorName(), planFile);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Plan not imported"), QString::fromStdString(e.what()));
        return false;
    }
    return openFile(newFile);
}

bool MainWindow::exportCalendar(const QString& path, const QString& lead)
{
    if (!m_session)
        return false;
    const core::Calendar::Written ics = m_session->calendar(lead);
    try {
        core::SafeWrite::write(path, ics.bytes);
    } catch (const core::StoreError& e) {
        MessageBox::warning(this, tr("Calendar not exported"), e.message());
        return false;
    }
    const int events = ics.events;
    statusBar()->showMessage(tr("Wrote %1 due date(s) to %2; open it in Outlook or any calendar to add them.")
                                 .arg(events)
                                 .arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

bool MainWindow::isReadOnly() const
{
    return m_session && m_session->isReadOnly();
}

void MainWindow::applyReadOnly()
{
    const bool readOnly = isReadOnly();
    const bool editable = m_session && m_session->mayEditPlan();
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(editable);
    // A server keeps its own backups: Restore from Backup is for plan files.
    if (m_session && m_session->isTeam())
        findChild<QAction*>(QStringLiteral("actionRestoreBackup"))->setEnabled(false);
    applyAccess();
    m_editor->setReadOnly(!editable);
    m_metricsTab->setReadOnly(!editable);
    const bool lead = m_session && m_session->isTeam() && m_session->role() == core::ServerRoles::Role::Lead;
    if (readOnly && m_session->isTeam())
        m_banner->setText(tr("Viewer: you can read, search and print this team plan; the EDI team and the leads "
                             "change it. (Login %1.)")
                              .arg(m_session->path()));
    else if (readOnly && !m_session->readOnlyCause().isEmpty()) // the true reason, not "read-only"
        m_banner->setText(m_session->readOnlyCause());
    else if (readOnly)
        m_banner->setText(tr("Read-only: %1 can be viewed, searched and printed here, but no change can be saved.")
                              .arg(QDir::toNativeSeparators(m_session->path())));
    else if (lead)
        m_banner->setText(tr("Lead: you can add updates to the actions %1 leads (Ctrl+U); the EDI team changes the "
                             "rest of the plan.")
                              .arg(m_session->roleLead().isEmpty() ? tr("your login") : m_session->roleLead()));
    m_banner->setVisible(readOnly || lead);
    if (m_session && m_session->isTeam()) {
        m_fileMode->setText(tr("Team plan: %1").arg(core::ServerRoles::roleName(m_session->role())));
        m_fileMode->setToolTip(tr("On the server %1; the server decides what your login may change, and other "
                                  "people's changes appear as they are made.")
                                   .arg(m_session->path()));
    } else if (readOnly) {
        m_fileMode->setText(tr("Read-only"));
        m_fileMode->setToolTip({});
    } else if (m_session && m_session->isOnNetwork()) {
        m_fileMode->setText(tr("Shared drive: one person at a time"));
        m_fileMode->setToolTip(tr("This plan is on a network drive, where only one program at a time can safely "
                                  "have it open. For several people editing at once, use team mode (a PostgreSQL "
                                  "server)."));
    } else {
        m_fileMode->clear();
        m_fileMode->setToolTip({});
    }
}

void MainWindow::chooseBackup()
{
    if (!m_session)
        return;
    BackupDialog dialog(m_session->backups(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.chosenPath().isEmpty())
        restoreBackup(dialog.chosenPath());
}

bool MainWindow::restoreBackup(const QString& backupPath)
{
    if (!m_session || m_session->isReadOnly())
        return false;
    const QString path = m_session->path();
    const QFileInfo backup(backupPath);
    if (MessageBox::question(this, tr("Restore from backup"),
                             tr("Replace %1 with the backup %2?\n\nEvery change made since that backup will be gone "
                                "from the plan. The plan as it is now is kept as a backup first.")
                                 .arg(QDir::toNativeSeparators(path), backup.fileName()),
                             QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    // The file must be closed to be replaced; whatever happens, it is opened again.
    m_undo->clear();
    m_editor->clearAction();
    m_metricsTab->setSession(nullptr);
    m_dashboard->setSession(nullptr);
    m_session.reset();
    QString problem;
    try {
        core::Backups::restore(backupPath, path);
    } catch (const std::exception& e) {
        problem = QString::fromStdString(e.what());
    }
    const bool reopened = openFile(path);
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Not restored"), tr("The backup was not restored: %1").arg(problem));
        return false;
    }
    if (reopened)
        statusBar()->showMessage(
            tr("Restored %1 from the backup of %2.")
                .arg(QFileInfo(path).fileName(), QLocale().toString(backup.lastModified(), QLocale::ShortFormat)),
            8000);
    return reopened;
}

AuditDialog* MainWindow::showAuditTrail()
{
    if (!m_session)
        return nullptr;
    qint64 actionId = 0;
    QString actionName;
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        actionId = current.data(ActionTableModel::ActionIdRole).toLongLong();
        for (const core::ActionRow& row : m_session->actions())
            if (row.id == actionId)
                actionName = row.reference;
    }
    PlanSession* session = m_session.get();
    auto* dialog = new AuditDialog([session](const core::AuditQuery& query) { return session->audit(query); },
                                   m_session->auditAuthors(), actionId, actionName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: the file it reads cannot be closed or replaced while it is open.
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), recent);
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = recentFiles();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        if (core::Database::isServerLocation(path))
            m_recent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(path), this,
                                [this, path] { connectToServer(path); });
        else
            m_recent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                                [this, path] { openFile(path); });
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::chooseNewPlan()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New plan"), tr("wres-plan.wres"), tr("WRES Tracker plans (*.wres)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString organisation =
        QInputDialog::getText(this, tr("New plan"), tr("Organisation (the Trust):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString title =
        QInputDialog::getText(this, tr("New plan"), tr("Title:"), QLineEdit::Normal,
                              tr("WRES Action Plan %1/%2")
                                  .arg(QDate::currentDate().year())
                                  .arg((QDate::currentDate().year() + 1) % 100, 2, 10, QLatin1Char('0')),
                              &ok);
    if (!ok)
        return;
    const QString period =
        QInputDialog::getText(this, tr("New plan"), tr("Period (e.g. 2024/25):"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        newPlan(path, organisation, title, period);
}

bool MainWindow::newPlan(const QString& path, const QString& organisation, const QString& title, const QString& period)
{
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        MessageBox::warning(
            this, tr("Plan not created"),
            tr("%1 already exists; choose a new name for the new plan.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        PlanSession::create(path, organisation.trimmed(), title.trimmed(), period.trimmed());
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Plan not created"), QString::fromStdString(e.what()));
        return false;
    }
    return openFile(path);
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
    if (openDropped(*event->mimeData()))
        event->acceptProposedAction();
}

bool MainWindow::openDropped(const QMimeData& dropped)
{
    for (const QUrl& url : dropped.urls())
        if (url.isLocalFile())
            return openFile(url.toLocalFile());
    return false;
}

QString MainWindow::currentFile() const
{
    return m_session ? m_session->path() : QString();
}

void MainWindow::showSession()
{
    m_treeModel->setPlan(m_session->plan(), m_session->actions());
    m_actionModel->setActions(m_session->actions(), QDate::currentDate());
    m_filter->showAll();
    m_navigator->expandAll();
    m_navigator->setCurrentIndex(m_treeModel->index(0, 0));
    m_metricsTab->setSession(m_session.get());
    m_dashboard->setSession(m_session.get());
    m_filterBar->setPlan(m_session->plan(), m_session->leads());
    {
        const QSignalBlocker block(m_myLead);
        const QString remembered = QSettings().value(QStringLiteral("myActions/lead")).toString();
        m_myLead->clear();
        m_myLead->addItems(m_session->leads());
        m_myLead->setCurrentIndex(std::max(0, int(m_myLead->findText(remembered))));
    }
    if (m_myActions && m_myActions->isChecked())
        showMyActions(m_myLead->currentText());
    setWindowFilePath(m_session->path());
    setWindowTitle(tr("%1 — WRES Tracker").arg(QFileInfo(m_session->path()).fileName()));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_session->path())), 5000);
    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0)); // the editor shows the first action
    updateCount();
    applyReadOnly();
}

void MainWindow::onNavigatorSelection()
{
    const QModelIndex current = m_navigator->currentIndex();
    const auto kind = PlanTreeModel::Kind(current.data(PlanTreeModel::KindRole).toInt());
    const qint64 id = current.data(PlanTreeModel::IdRole).toLongLong();
    if (!current.isValid() || kind == PlanTreeModel::PlanNode)
        m_filter->showAll();
    else if (kind == PlanTreeModel::ThemeNode)
        m_filter->showTheme(id);
    else
        m_filter->showObjective(id);
    updateCount();
}

void MainWindow::chooseMetricsFile()
{
    if (!m_session) {
        MessageBox::warning(this, tr("No plan open"), tr("Open a plan file first; its metrics are kept with it."));
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import metrics"), QString(), tr("Metrics CSV (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importMetrics(path);
}

bool MainWindow::importMetrics(const QString& path)
{
    if (!m_session)
        return false;
    core::Problems problems;
    try {
        problems = m_session->importMetricsFile(path);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Metrics not imported"), QString::fromStdString(e.what()));
        return false;
    }
    if (!problems.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < problems.size() && i < 20; ++i)
            lines << problems[i].toString();
        if (problems.size() > 20)
            lines << tr("…and %1 more.").arg(problems.size() - 20);
        MessageBox::warning(this, tr("Metrics not imported"),
                            core::counted(problems.size(), tr("%2 has %1 problem; nothing was imported.\n\n%3"),
                                          tr("%2 has %1 problems; nothing was imported.\n\n%3"))
                                .arg(QDir::toNativeSeparators(path), lines.join(QLatin1Char('\n'))));
        return false;
    }
    m_metricsTab->refresh();
    m_tabs->setCurrentWidget(m_metricsTab);
    statusBar()->showMessage(tr("Imported metrics from %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::showAction(qint64 actionId)
{
    m_tabs->setCurrentWidget(m_splitter);
    m_navigator->setCurrentIndex(m_treeModel->index(0, 0)); // the whole plan, so the action is in view
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ActionTableModel::ActionIdRole).toLongLong() == actionId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            m_table->setFocus();
            return;
        }
    }
}

void MainWindow::showIndicatorOfCurrentAction()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_session)
        return;
    const qint64 id = current.data(ActionTableModel::ActionIdRole).toLongLong();
    // The action's own indicators, else its theme's (as the indicator filter reads them).
    for (int indicator = 1; indicator <= 9; ++indicator)
        for (const core::ActionRow& row : m_session->actionsForIndicator(indicator))
            if (row.id == id) {
                m_metricsTab->showIndicator(indicator);
                m_tabs->setCurrentWidget(m_metricsTab);
                return;
            }
    statusBar()->showMessage(tr("This action is not linked to any WRES indicator."), 5000);
}

void MainWindow::boardPack(PackOutput output)
{
    if (!m_session) {
        MessageBox::warning(this, tr("No plan open"), tr("Open a plan file first."));
        return;
    }
    const QString verb = output == PackOutput::Preview ? tr("Preview")
                         : output == PackOutput::Print ? tr("Print…")
                         : output == PackOutput::Web   ? tr("Export Web Page…")
                                                       : tr("Export PDF…");
    BoardPackDialog dialog(*m_session, verb, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::BoardPackOptions options = dialog.options();
    const QString lead = dialog.lead();
    if (output == PackOutput::Web) {
        options.redact = true; // a web page is for publishing: always the public version
        const QString path = QFileDialog::getSaveFileName(this, tr("Export public report as a web page"),
                                                          tr("board-pack-public.html"), tr("Web page (*.html)"));
        if (!path.isEmpty())
            exportBoardPack(path, options, lead);
        return;
    }
    if (output == PackOutput::Pdf) {
        const QString name =
            lead.isEmpty() ? (options.redact ? tr("board-pack-public.pdf") : tr("board-pack.pdf"))
                           : tr("brief-%1.pdf").arg(lead.simplified().replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), name, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportBoardPack(path, options, lead);
        return;
    }
    if (lead.isEmpty()) {
        try {
            const auto reviewed = PublicTextReview::review(this, *m_session, options);
            if (!reviewed)
                return;
            options = *reviewed;
        } catch (const std::exception& e) {
            MessageBox::warning(this, tr("Board pack not made"), QString::fromStdString(e.what()));
            return;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    auto paint = [&](QPrinter* target) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            if (lead.isEmpty())
                BoardPackWriter::print(m_session->boardPack(options), *target);
            else
                BoardPackWriter::print(m_session->leadBrief(lead, options.date), *target);
        } catch (const std::exception& e) {
            MessageBox::warning(this, tr("Board pack not made"), QString::fromStdString(e.what()));
        }
        QGuiApplication::restoreOverrideCursor();
    };
    if (output == PackOutput::Preview) {
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Board pack preview"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, paint);
        preview.exec();
        return;
    }
    QPrintDialog dialogPrint(&printer, this);
    if (dialogPrint.exec() != QDialog::Accepted)
        return;
    // "Print to file" writes where the dialog says, past SafeWrite: at least never over the plan.
    if (const QString why =
            printer.outputFileName().isEmpty() ? QString() : core::SafeWrite::refusal(printer.outputFileName());
        !why.isEmpty()) {
        MessageBox::warning(this, tr("Board pack not printed"), why);
        return;
    }
    paint(&printer);
}

MainWindow::ProgressHook& MainWindow::progressHook()
{
    static ProgressHook hook;
    return hook;
}

bool MainWindow::exportBoardPack(const QString& path, const core::BoardPackOptions& asked, const QString& lead)
{
    if (!m_session)
        return false;
    // A public pack's free text is reviewed first: go on, leave the progress notes out, or cancel.
    core::BoardPackOptions options = asked;
    if (lead.isEmpty()) {
        std::optional<core::BoardPackOptions> reviewed;
        try {
            reviewed = PublicTextReview::review(this, *m_session, asked);
        } catch (const std::exception& e) {
            MessageBox::warning(this, tr("Board pack not written"), QString::fromStdString(e.what()));
            return false;
        }
        if (!reviewed) {
            statusBar()->showMessage(tr("Cancelled: no board pack was written."), 8000);
            return false;
        }
        options = *reviewed;
    }
    // A large plan takes seconds: a progress dialog appears after half a second, and Cancel stops
    // the work with the file left as it was.
    QProgressDialog progress(tr("Writing the board pack…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("packProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto report = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled() && !(progressHook() && !progressHook()(done, total));
    };
    QString error;
    int pages = 0;
    try {
        if (QFileInfo(path).suffix().startsWith(QStringLiteral("htm"), Qt::CaseInsensitive))
            pages =
                (lead.isEmpty() ? BoardPackWriter::writeHtml(m_session->boardPack(options), path, &error)
                                : BoardPackWriter::writeHtml(m_session->leadBrief(lead, options.date), path, &error))
                    ? 1
                    : 0;
        else
            pages = lead.isEmpty()
                        ? BoardPackWriter::writePdf(m_session->boardPack(options), path, &error, report)
                        : BoardPackWriter::writePdf(m_session->leadBrief(lead, options.date), path, &error, report);
    } catch (const std::exception& e) {
        error = QString::fromStdString(e.what());
    }
    progress.reset();
    if (pages < 0) {
        statusBar()->showMessage(tr("Cancelled: no board pack was written."), 8000);
        return false;
    }
    if (pages == 0) {
        MessageBox::warning(this, tr("Board pack not written"), error);
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    statusBar()->showMessage(
        pages == 1 ? tr("Wrote 1 page to %1").arg(shown) : tr("Wrote %1 pages to %2").arg(pages).arg(shown), 8000);
    return true;
}

bool MainWindow::recordPack(const QString& label)
{
    if (!m_session)
        return false;
    try {
        m_session->recordPack(label);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Pack not recorded"), QString::fromStdString(e.what()));
        return false;
    }
    statusBar()->showMessage(tr("Recorded this pack; the next one will show what changed since."), 8000);
    return true;
}

void MainWindow::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_actionModel->rowCount();
    m_filterBar->setCount(shown, total);
    m_count->setText(tr("%1 of %2 actions shown").arg(shown).arg(total));
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("My actions"));
    bar->setObjectName(QStringLiteral("myActionsBar"));
    auto* label = new QLabel(tr("  Lead: "));
    label->setBuddy(m_myLead);
    m_myLead->setObjectName(QStringLiteral("myLead"));
    m_myLead->setAccessibleName(tr("Lead for My actions"));
    m_myLead->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_myActions = bar->addAction(tr("&My actions"));
    m_myActions->setObjectName(QStringLiteral("actionMyActions"));
    m_myActions->setCheckable(true);
    m_myActions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_myActions->setToolTip(tr("Show only this lead's actions, overdue first (Ctrl+M)"));
    bar->addWidget(label);
    bar->addWidget(m_myLead);
    bar->addSeparator();
    QAction* update = bar->addAction(tr("Add &update…"), this, &MainWindow::addUpdateToCurrentAction);
    m_addUpdate = update; // enabled by applyAccess: a lead may update only their own actions
    update->setObjectName(QStringLiteral("actionAddUpdate"));
    update->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    update->setToolTip(tr("Record status, RAG and progress for the selected action (Ctrl+U)"));
    connect(m_myActions, &QAction::toggled, this,
            [this](bool on) { showMyActions(on ? m_myLead->currentText() : QString()); });
    connect(m_myLead, &QComboBox::currentTextChanged, this, [this](const QString& lead) {
        QSettings().setValue(QStringLiteral("myActions/lead"), lead);
        if (m_myActions->isChecked())
            showMyActions(lead);
    });
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::addUpdateToCurrentAction);
}

void MainWindow::onCurrentActionChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? current.data(ActionTableModel::ActionIdRole).toLongLong() : 0;
    if (id == m_editor->actionId())
        return;
    if (m_editor->isModified()) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved changes"),
            tr("Action %1 has changes that are not saved. Save them?").arg(m_editor->edited().number),
            QMessageBox::Save | QMessageBox::Discard);
        if (answer == QMessageBox::Save)
            saveEditedAction(m_editor->edited());
    }
    if (id)
        loadEditor(id);
    else
        m_editor->clearAction();
}

void MainWindow::applyAccess()
{
    if (!m_addUpdate)
        return;
    const QModelIndex current = m_table->currentIndex();
    const qint64 actionId = current.isValid() ? current.data(ActionTableModel::ActionIdRole).toLongLong() : 0;
    // An admin may always try (a message says when nothing is chosen); a lead only on their own.
    const bool may = m_session && (m_session->mayEditPlan() || (actionId && m_session->mayUpdate(actionId)));
    m_addUpdate->setEnabled(may);
    m_addUpdate->setToolTip(may || !m_session || m_session->isReadOnly()
                                ? tr("Record status, RAG and progress for the selected action (Ctrl+U)")
                                : tr("You may add updates only to the actions you lead"));
}

void MainWindow::othersChanged()
{
    if (!m_session)
        return;
    if (m_editor->isModified()) {
        // Never under the user's typing: look again once the edit is saved or dropped.
        statusBar()->showMessage(tr("Someone else changed the plan; it will be shown when you have saved."), 4000);
        QTimer::singleShot(2000, this, &MainWindow::othersChanged);
        return;
    }
    const qint64 keep = m_editor->actionId();
    try {
        m_session->reload();
    } catch (const std::exception& e) {
        statusBar()->showMessage(tr("Could not show others' changes: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    refreshViews(keep);
    if (keep)
        loadEditor(keep);
    statusBar()->showMessage(
        tr("Shown: changes made by others (%1).").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
        6000);
}

bool MainWindow::connectToServer(const QString& location)
{
    // No password given: the keyring's, if it keeps one; else libpq looks in ~/.pgpass.
    QUrl url(location);
    if (url.password().isEmpty())
        if (const std::optional<QString> kept = Keyring::read(location)) {
            url.setPassword(*kept);
            return openFile(url.toString());
        }
    return openFile(location);
}

void MainWindow::loadEditor(qint64 actionId)
{
    applyAccess();
    if (!m_session)
        return;
    try {
        m_editor->setAction(m_session->action(actionId), m_session->history(actionId), m_session->leads());
        QList<QPair<qint64, QString>> objectives;
        for (const core::ThemeData& theme : m_session->plan().themes)
            for (const core::ObjectiveData& objective : theme.objectives)
                objectives.append({objective.id, QStringLiteral("%1 — %2 %3")
                                                     .arg(theme.name.left(30), objective.number,
                                                          objective.text.simplified().left(60))});
        qint64 current = 0;
        for (const core::ActionRow& row : m_session->actions())
            if (row.id == actionId)
                current = row.objectiveId;
        m_editor->setObjectives(objectives, current);
    } catch (const std::exception& e) {
        m_editor->clearAction();
        statusBar()->showMessage(QString::fromStdString(e.what()), 8000);
    }
}

bool MainWindow::saveEditedAction(const core::ActionData& edited)
{
    if (!m_session)
        return false;
    core::ActionData before;
    try {
        before = m_session->action(edited.id);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Not saved"), QString::fromStdString(e.what()));
        return false;
    }
    // The editor's own copy is what the user saw: when the stored revision has moved on, someone else
    // saved the action meanwhile (another window, the command line, a colleague on the shared drive).
    if (before.revision != edited.revision) {
        switch (ConflictDialog::ask(this, edited, before)) {
        case ConflictDialog::Choice::KeepMine:
            return saveEditedAction([&] {
                core::ActionData mine = edited;
                mine.revision = before.revision; // over theirs, knowingly
                return mine;
            }());
        case ConflictDialog::Choice::TakeTheirs:
            refreshViews(edited.id);
            loadEditor(edited.id);
            statusBar()->showMessage(tr("Showing the version saved by someone else; your edits were dropped."), 8000);
            return false;
        case ConflictDialog::Choice::KeepEditing:
            return false;
        }
    }
    // A failed step makes the command obsolete and QUndoStack deletes it inside push(): success is
    // learnt from this flag, never from the command afterwards.
    auto failed = std::make_shared<bool>(false);
    auto* command = new EditActionCommand(
        before, edited,
        [this](const core::ActionData& action, int revision) {
            const int next = m_session->editAction(action, revision, authorName());
            refreshViews(action.id);
            loadEditor(action.id);
            return next;
        },
        [this, failed](const QString& problem) {
            *failed = true;
            MessageBox::warning(this, tr("Not saved"), tr("The change was not saved: %1").arg(problem));
        });
    // A new objective is a second step of the same save: one Ctrl+Z takes both back.
    qint64 fromObjective = 0;
    for (const core::ActionRow& row : m_session->actions())
        if (row.id == edited.id)
            fromObjective = row.objectiveId;
    const qint64 toObjective = m_editor->actionId() == edited.id ? m_editor->chosenObjective() : fromObjective;
    const bool moves = toObjective && toObjective != fromObjective;
    if (moves)
        m_undo->beginMacro(tr("edit action %1").arg(edited.number));
    m_undo->push(command); // runs redo(): the save
    bool saved = !*failed;
    if (saved && moves) {
        const QString author = authorName();
        const qint64 id = edited.id;
        auto from = std::make_shared<std::pair<qint64, int>>();
        saved = runStructure(
            tr("Move action to another objective"),
            [=, this] {
                *from = m_session->structure(author).moveActionTo(id, toObjective, std::numeric_limits<int>::max());
            },
            [=, this] { m_session->structure(author).moveActionTo(id, from->first, from->second); });
        loadEditor(id);
    }
    if (moves)
        m_undo->endMacro();
    if (!saved)
        return false;
    statusBar()->showMessage(tr("Saved. Undo with Ctrl+Z."), 5000);
    return true;
}

namespace {

constexpr int kActionKind = -1;

// The store's kind for a navigator kind (or kActionKind).
core::StructureStore::Kind storeKindOf(int kind)
{
    using Kind = core::StructureStore::Kind;
    return kind == PlanTreeModel::ThemeNode       ? Kind::Theme
           : kind == PlanTreeModel::ObjectiveNode ? Kind::Objective
                                                  : Kind::Action;
}

} // namespace

void MainWindow::createPlanMenu()
{
    QMenu* plan = menuBar()->addMenu(tr("P&lan"));
    auto ask = [this](const QString& title, const QString& label, const QString& value, bool multiline,
                      const std::function<bool(const QString&)>& then) {
        bool ok = false;
        const QString text = multiline ? QInputDialog::getMultiLineText(this, title, label, value, &ok)
                                       : QInputDialog::getText(this, title, label, QLineEdit::Normal, value, &ok);
        if (ok)
            then(text);
    };
    QAction* theme = plan->addAction(tr("New &Theme…"), this, [=, this] {
        ask(tr("New theme"), tr("Theme name:"), {}, false, [this](const QString& t) { return newTheme(t); });
    });
    theme->setObjectName(QStringLiteral("actionNewTheme"));
    QAction* objective = plan->addAction(tr("New &Objective…"), this, [=, this] {
        ask(tr("New objective"), tr("Objective:"), {}, true, [this](const QString& t) { return newObjective(t); });
    });
    objective->setObjectName(QStringLiteral("actionNewObjective"));
    QAction* action = plan->addAction(tr("New &Action…"), this, [=, this] {
        ask(tr("New action"), tr("What will be done (bullets on their own lines):"), {}, true,
            [this](const QString& t) { return newAction(t); });
    });
    action->setShortcut(QKeySequence::New);
    action->setObjectName(QStringLiteral("actionNewAction"));
    plan->addSeparator();
    QAction* rename = plan->addAction(tr("&Rename…"), this, [=, this] {
        const QModelIndex current = m_navigator->currentIndex();
        const auto kind = current.data(PlanTreeModel::KindRole).toInt();
        if (!current.isValid() || kind == PlanTreeModel::PlanNode) {
            statusBar()->showMessage(tr("Choose a theme or objective in the navigator to rename."), 5000);
            return;
        }
        QString value = current.data().toString();
        if (kind == PlanTreeModel::ObjectiveNode)
            value = current.data(Qt::ToolTipRole).toString();
        ask(tr("Rename"), kind == PlanTreeModel::ThemeNode ? tr("Theme name:") : tr("Objective:"), value,
            kind == PlanTreeModel::ObjectiveNode, [this](const QString& t) { return renameCurrent(t); });
    });
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction* remove = plan->addAction(tr("&Delete…"), this, &MainWindow::deleteCurrent);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WindowShortcut);
    remove->setObjectName(QStringLiteral("actionDelete"));
    plan->addSeparator();
    QAction* up = plan->addAction(tr("Move &Up"), this, [this] { moveCurrent(-1); });
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    QAction* down = plan->addAction(tr("Move Do&wn"), this, [this] { moveCurrent(+1); });
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_navigator->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_navigator->addActions({theme, objective, action, rename, remove, up, down});
    m_writeActions << theme << objective << action << rename << remove << up << down;
    plan->addSeparator();
    QAction* audit = plan->addAction(tr("Audit &Trail…"), this, &MainWindow::showAuditTrail);
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    audit->setObjectName(QStringLiteral("actionAuditTrail"));
    plan->addSeparator();
    QAction* request = plan->addAction(tr("Request &Updates…"), this, &MainWindow::requestUpdates);
    request->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    request->setObjectName(QStringLiteral("actionRequestUpdates"));
    QAction* importUpdatesAction = plan->addAction(tr("&Import Updates…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import the workbooks returned by leads"),
                                                                QString(), tr("Excel workbooks (*.xlsx *.xlsm)"));
        if (!files.isEmpty())
            importUpdates(files);
    });
    importUpdatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    importUpdatesAction->setObjectName(QStringLiteral("actionImportUpdates"));
    m_writeActions << request << importUpdatesAction;
}

RequestUpdatesDialog* MainWindow::requestUpdates()
{
    if (!m_session)
        return nullptr;
    const QString folder = QFileInfo(m_session->path())
                               .absoluteDir()
                               .filePath(tr("Update requests %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    auto* dialog = new RequestUpdatesDialog(*m_session, folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ImportUpdatesDialog* MainWindow::importUpdates(const QStringList& files)
{
    if (!m_session)
        return nullptr;
    auto* dialog = new ImportUpdatesDialog(*m_session, files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ImportUpdatesDialog::applied, this, [this] {
        refreshViews(m_editor->actionId());
        statusBar()->showMessage(tr("Updates from leads recorded."), 5000);
    });
    dialog->show();
    return dialog;
}

bool MainWindow::runStructure(const QString& text, std::function<void()> redo, std::function<void()> undo)
{
    if (!m_session)
        return false;
    auto refresh = [this] {
        m_session->reload();
        const qint64 keep = m_editor->actionId();
        refreshViews(keep);
    };
    auto failed = std::make_shared<bool>(false);
    auto* command = new StoreCommand(
        text,
        [=] {
            redo();
            refresh();
        },
        [=] {
            undo();
            refresh();
        },
        [this, failed](const QString& problem) {
            *failed = true;
            MessageBox::warning(this, tr("Not changed"), tr("The plan was not changed: %1").arg(problem));
        });
    m_undo->push(command); // may delete the command when it fails: see the flag
    if (*failed)
        return false;
    statusBar()->showMessage(tr("%1. Undo with Ctrl+Z.").arg(text), 5000);
    return true;
}

qint64 MainWindow::currentThemeId() const
{
    QModelIndex current = m_navigator->currentIndex();
    if (current.data(PlanTreeModel::KindRole).toInt() == PlanTreeModel::ObjectiveNode)
        current = current.parent();
    if (current.data(PlanTreeModel::KindRole).toInt() == PlanTreeModel::ThemeNode)
        return current.data(PlanTreeModel::IdRole).toLongLong();
    const QModelIndex action = m_table->currentIndex();
    return action.isValid() ? action.data(ActionTableModel::ThemeIdRole).toLongLong() : 0;
}

qint64 MainWindow::currentObjectiveId() const
{
    const QModelIndex current = m_navigator->currentIndex();
    if (current.data(PlanTreeModel::KindRole).toInt() == PlanTreeModel::ObjectiveNode)
        return current.data(PlanTreeModel::IdRole).toLongLong();
    const QModelIndex action = m_table->currentIndex();
    return action.isValid() ? action.data(ActionTableModel::ObjectiveIdRole).toLongLong() : 0;
}

void MainWindow::selectNavigator(int kind, qint64 id)
{
    std::function<QModelIndex(const QModelIndex&)> find = [&](const QModelIndex& parent) -> QModelIndex {
        for (int r = 0; r < m_treeModel->rowCount(parent); ++r) {
            const QModelIndex index = m_treeModel->index(r, 0, parent);
            if (index.data(PlanTreeModel::KindRole).toInt() == kind &&
                index.data(PlanTreeModel::IdRole).toLongLong() == id)
                return index;
            if (const QModelIndex below = find(index); below.isValid())
                return below;
        }
        return {};
    };
    if (const QModelIndex index = find({}); index.isValid())
        m_navigator->setCurrentIndex(index);
}

bool MainWindow::newTheme(const QString& name)
{
    if (!m_session)
        return false;
    const QString author = authorName();
    const qint64 planId = m_session->planId();
    int position = int(m_session->plan().themes.size());
    for (qsizetype i = 0; i < m_session->plan().themes.size(); ++i)
        if (m_session->plan().themes[i].id == currentThemeId())
            position = int(i) + 1;
    auto id = std::make_shared<qint64>(0);
    const bool done = runStructure(
        tr("New theme \"%1\"").arg(name.trimmed()),
        [=, this] { *id = m_session->structure(author).addTheme(planId, position, name); },
        [=, this] {
            qint64 parent = 0;
            int at = 0;
            m_session->structure(author).takeTheme(*id, &parent, &at);
        });
    if (done)
        selectNavigator(PlanTreeModel::ThemeNode, *id);
    return done;
}

bool MainWindow::newObjective(const QString& text)
{
    const qint64 themeId = currentThemeId();
    if (!m_session || !themeId) {
        statusBar()->showMessage(tr("Choose a theme first: the objective goes under it."), 5000);
        return false;
    }
    const QString author = authorName();
    int position = 0;
    for (const core::ThemeData& theme : m_session->plan().themes)
        if (theme.id == themeId) {
            position = int(theme.objectives.size());
            for (qsizetype i = 0; i < theme.objectives.size(); ++i)
                if (theme.objectives[i].id == currentObjectiveId())
                    position = int(i) + 1;
        }
    auto id = std::make_shared<qint64>(0);
    const bool done = runStructure(
        tr("New objective"), [=, this] { *id = m_session->structure(author).addObjective(themeId, position, text); },
        [=, this] {
            qint64 parent = 0;
            int at = 0;
            m_session->structure(author).takeObjective(*id, &parent, &at);
        });
    if (done)
        selectNavigator(PlanTreeModel::ObjectiveNode, *id);
    return done;
}

bool MainWindow::newAction(const QString& text)
{
    const qint64 objectiveId = currentObjectiveId();
    if (!m_session || !objectiveId) {
        statusBar()->showMessage(tr("Choose an objective (or an action) first: the new action goes beside it."), 5000);
        return false;
    }
    if (text.trimmed().isEmpty()) {
        MessageBox::warning(this, tr("No action added"), tr("An action needs a description; the text was empty."));
        return false;
    }
    const QString author = authorName();
    int position = 0;
    for (const core::ActionRow& row : m_session->actions())
        if (row.objectiveId == objectiveId)
            ++position; // at the end of its objective
    auto id = std::make_shared<qint64>(0);
    const bool done = runStructure(
        tr("New action"), [=, this] { *id = m_session->structure(author).addAction(objectiveId, position, text); },
        [=, this] {
            qint64 parent = 0;
            int at = 0;
            m_session->structure(author).takeAction(*id, &parent, &at);
        });
    if (done)
        showAction(*id);
    return done;
}

bool MainWindow::renameCurrent(const QString& text)
{
    const QModelIndex current = m_navigator->currentIndex();
    const int kind = current.data(PlanTreeModel::KindRole).toInt();
    if (!m_session || !current.isValid() || kind == PlanTreeModel::PlanNode)
        return false;
    const qint64 id = current.data(PlanTreeModel::IdRole).toLongLong();
    const auto storeKind =
        kind == PlanTreeModel::ThemeNode ? core::StructureStore::Kind::Theme : core::StructureStore::Kind::Objective;
    QString before;
    for (const core::ThemeData& theme : m_session->plan().themes) {
        if (theme.id == id && kind == PlanTreeModel::ThemeNode)
            before = theme.name;
        for (const core::ObjectiveData& objective : theme.objectives)
            if (objective.id == id && kind == PlanTreeModel::ObjectiveNode)
                before = objective.text;
    }
    const QString author = authorName();
    const bool done = runStructure(
        tr("Rename"), [=, this] { m_session->structure(author).rename(storeKind, id, text); },
        [=, this] { m_session->structure(author).rename(storeKind, id, before); });
    selectNavigator(kind, id);
    return done;
}

bool MainWindow::deleteCurrent()
{
    if (m_table->hasFocus() && m_table->currentIndex().isValid())
        return deleteItem(kActionKind, m_table->currentIndex().data(ActionTableModel::ActionIdRole).toLongLong());
    const QModelIndex current = m_navigator->currentIndex();
    const int kind = current.data(PlanTreeModel::KindRole).toInt();
    if (!current.isValid() || kind == PlanTreeModel::PlanNode) {
        statusBar()->showMessage(tr("Choose a theme, objective or action to delete."), 5000);
        return false;
    }
    return deleteItem(kind, current.data(PlanTreeModel::IdRole).toLongLong());
}

bool MainWindow::deleteItem(int kind, qint64 id)
{
    if (!m_session)
        return false;
    using Kind = core::StructureStore::Kind;
    const Kind storeKind = storeKindOf(kind);
    const QString author = authorName();
    const auto contents = m_session->structure(author).contents(storeKind, id);
    const QString what = storeKind == Kind::Theme       ? tr("this theme")
                         : storeKind == Kind::Objective ? tr("this objective")
                                                        : tr("this action");
    auto count = [](int n, const QString& one, const QString& many) {
        return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
    };
    QStringList parts;
    if (contents.objectives)
        parts << count(contents.objectives, tr("objective"), tr("objectives"));
    if (contents.actions)
        parts << count(contents.actions, tr("action"), tr("actions"));
    if (contents.updates)
        parts << count(contents.updates, tr("status update"), tr("status updates"));
    const QString detail = parts.isEmpty() ? tr("Delete %1?").arg(what)
                                           : tr("Delete %1? Its %2 will go too.").arg(what, parts.join(tr(", ")));
    if (MessageBox::question(this, tr("Delete"), detail + tr(" (Edit ▸ Undo brings it back.)"),
                             QMessageBox::Yes | QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    auto current = std::make_shared<qint64>(id);
    auto parent = std::make_shared<qint64>(0);
    auto position = std::make_shared<int>(0);
    auto theme = std::make_shared<core::ThemeData>();
    auto objective = std::make_shared<core::ObjectiveData>();
    auto action = std::make_shared<core::ActionData>();
    if (storeKind == Kind::Action && m_editor->actionId() == id)
        m_editor->clearAction();
    return runStructure(
        tr("Delete"),
        [=, this] {
            core::StructureStore s = m_session->structure(author);
            if (storeKind == Kind::Theme)
                *theme = s.takeTheme(*current, parent.get(), position.get());
            else if (storeKind == Kind::Objective)
                *objective = s.takeObjective(*current, parent.get(), position.get());
            else
                *action = s.takeAction(*current, parent.get(), position.get());
        },
        [=, this] {
            core::StructureStore s = m_session->structure(author);
            if (storeKind == Kind::Theme)
                *current = s.restoreTheme(*parent, *position, *theme);
            else if (storeKind == Kind::Objective)
                *current = s.restoreObjective(*parent, *position, *objective);
            else
                *current = s.restoreAction(*parent, *position, *action);
        });
}

bool MainWindow::moveCurrent(int delta)
{
    if (m_table->hasFocus() && m_table->currentIndex().isValid())
        return moveItem(kActionKind, m_table->currentIndex().data(ActionTableModel::ActionIdRole).toLongLong(), delta);
    const QModelIndex current = m_navigator->currentIndex();
    const int kind = current.data(PlanTreeModel::KindRole).toInt();
    if (!current.isValid() || kind == PlanTreeModel::PlanNode)
        return false;
    return moveItem(kind, current.data(PlanTreeModel::IdRole).toLongLong(), delta);
}

bool MainWindow::moveItem(int kind, qint64 id, int delta)
{
    if (!m_session)
        return false;
    using Kind = core::StructureStore::Kind;
    const Kind storeKind = storeKindOf(kind);
    const QString author = authorName();
    try {
        if (!m_session->structure(author).canMove(storeKind, id, delta)) {
            statusBar()->showMessage(delta < 0 ? tr("Already first.") : tr("Already last."), 3000);
            return false;
        }
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Not moved"), QString::fromStdString(e.what()));
        return false;
    }
    auto moved = std::make_shared<bool>(false);
    const bool done = runStructure(
        delta < 0 ? tr("Move up") : tr("Move down"),
        [=, this] { *moved = m_session->structure(author).move(storeKind, id, delta); },
        [=, this] {
            if (*moved)
                m_session->structure(author).move(storeKind, id, -delta);
        });
    if (kind == kActionKind)
        showAction(id);
    else
        selectNavigator(kind, id);
    return done && *moved;
}

void MainWindow::showMyActions(const QString& lead)
{
    m_tabs->setCurrentWidget(m_splitter);
    if (!lead.isEmpty()) {
        const QSignalBlocker block(m_myLead);
        m_myLead->setCurrentIndex(std::max(0, int(m_myLead->findText(lead))));
        QSettings().setValue(QStringLiteral("myActions/lead"), lead);
    }
    {
        const QSignalBlocker block(m_myActions);
        m_myActions->setChecked(!lead.isEmpty());
    }
    m_filterBar->setLead(lead);
    if (!lead.isEmpty())
        m_table->sortByColumn(ActionTableModel::DueColumn, Qt::AscendingOrder); // overdue first: earliest due
    else
        m_table->sortByColumn(ActionTableModel::NumberColumn, Qt::AscendingOrder);
}

void MainWindow::addUpdateToCurrentAction()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_session || !current.isValid()) {
        statusBar()->showMessage(tr("Choose an action in the table first."), 5000);
        return;
    }
    const int row = m_actionModel->rowOf(current.data(ActionTableModel::ActionIdRole).toLongLong());
    if (row < 0)
        return;
    UpdateDialog dialog(m_actionModel->action(row), authorName(), this);
    if (dialog.exec() == QDialog::Accepted) {
        const core::UpdateRequest request = dialog.request();
        QSettings().setValue(QStringLiteral("user/name"), request.author);
        addUpdate(m_actionModel->action(row).id, request);
    }
}

bool MainWindow::addUpdate(qint64 actionId, const core::UpdateRequest& request)
{
    if (!m_session)
        return false;
    // An update is an edit of status, RAG and progress: recorded in the history, and undoable.
    core::ActionData before;
    try {
        before = m_session->action(actionId);
    } catch (const std::exception& e) {
        MessageBox::warning(this, tr("Update not recorded"),
                            tr("The update was not saved: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    core::ActionData after = before;
    after.status = request.status.value_or(before.status);
    after.rag = request.rag.value_or(before.rag);
    after.progress = request.progress.value_or(before.progress);
    const QString author = request.author.isEmpty() ? authorName() : request.author;
    auto failed = std::make_shared<bool>(false);
    auto* command = new EditActionCommand(
        before, after,
        [this, author](const core::ActionData& action, int revision) {
            const int next = m_session->editAction(action, revision, author);
            refreshViews(action.id);
            loadEditor(action.id);
            return next;
        },
        [this, failed](const QString& problem) {
            *failed = true;
            MessageBox::warning(this, tr("Update not recorded"), tr("The update was not saved: %1").arg(problem));
        });
    command->setText(tr("update of action %1").arg(before.number));
    m_undo->push(command); // may delete the command when it fails: see the flag
    if (*failed)
        return false;
    statusBar()->showMessage(tr("Update recorded. Undo with Ctrl+Z."), 5000);
    return true;
}

void MainWindow::refreshViews(qint64 keepActionId)
{
    const QModelIndex node = m_navigator->currentIndex();
    const int kind = node.data(PlanTreeModel::KindRole).toInt();
    const qint64 nodeId = node.data(PlanTreeModel::IdRole).toLongLong();
    m_actionModel->setActions(m_session->actions(), QDate::currentDate());
    m_treeModel->setPlan(m_session->plan(), m_session->actions());
    m_navigator->expandAll();
    if (node.isValid())
        selectNavigator(kind, nodeId); // the navigator stays where it was (if that still exists)
    if (!m_navigator->currentIndex().isValid())
        m_navigator->setCurrentIndex(m_treeModel->index(0, 0));
    m_dashboard->refresh();
    updateCount();
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex index = m_filter->index(r, 0);
        if (index.data(ActionTableModel::ActionIdRole).toLongLong() == keepActionId) {
            m_table->setCurrentIndex(index);
            break;
        }
    }
}

QString MainWindow::authorName() const
{
    return PreferencesDialog::authorName();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/actionColumns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/actionColumns")).toByteArray());
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace wres::ui
