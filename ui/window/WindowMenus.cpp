#include "WindowMenus.h"

#include "EditorController.h"
#include "FileController.h"
#include "MyActionsBar.h"
#include "PlanDialogs.h"
#include "PlanTransfers.h"
#include "PrintController.h"
#include "Settings.h"
#include "StructureController.h"
#include "dialogs/HelpDialog.h"
#include "document/PlanDocument.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QTreeView>
#include <QUndoStack>

namespace wres::ui {

WindowMenus::WindowMenus(const Parts& parts) : QObject(parts.window), m_parts(parts)
{
    createFileMenu();
    createEditMenu();
    createPlanMenu();
    createHelpMenu();
    QUndoStack* stack = parts.document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &WindowMenus::updateEnabled);
    connect(stack, &QUndoStack::canRedoChanged, this, &WindowMenus::updateEnabled);
    connect(stack, &QUndoStack::indexChanged, this, &WindowMenus::updateEnabled);
    connect(parts.editing, &EditorController::selectionChanged, this, &WindowMenus::updateEnabled);
    connect(parts.document, &PlanDocument::reloaded, this, &WindowMenus::updateEnabled);
    updateEnabled();
}

QAction* WindowMenus::add(QMenu* menu, const QString& text, const char* name, const QKeySequence& key)
{
    QAction* action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        action->setShortcut(key);
    return action;
}

void WindowMenus::createFileMenu()
{
    QMenu* file = m_parts.window->menuBar()->addMenu(tr("&File"));
    FileController* files = m_parts.files;
    PlanTransfers* transfers = m_parts.transfers;
    PrintController* printing = m_parts.printing;
    connect(add(file, tr("&New Plan…"), "actionNewPlan", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, files, &FileController::chooseNewPlan);
    connect(add(file, tr("&Open…"), "actionOpen", QKeySequence::Open), &QAction::triggered, files,
            &FileController::chooseOpen);
    connect(add(file, tr("Open Read-Onl&y…"), "actionOpenReadOnly"), &QAction::triggered, files,
            &FileController::chooseOpenReadOnly);
    connect(add(file, tr("Connect to &Server…"), "actionConnect", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
            &QAction::triggered, files, &FileController::chooseConnect);
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, files, [files, recent] { files->fillRecentMenu(recent); });
    QAction* metrics =
        add(file, tr("Import &Metrics…"), "actionImportMetrics", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(metrics, &QAction::triggered, transfers, &PlanTransfers::chooseImportMetrics);
    file->addSeparator();
    QAction* preview = add(file, tr("Print Pre&view…"), "actionPrintPreview");
    connect(preview, &QAction::triggered, printing,
            [printing] { printing->boardPack(PrintController::Output::Preview); });
    QAction* print = add(file, tr("&Print…"), "actionPrint", QKeySequence::Print);
    connect(print, &QAction::triggered, printing, [printing] { printing->boardPack(PrintController::Output::Print); });
    QAction* pdf = add(file, tr("&Export PDF…"), "actionExportPdf", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(pdf, &QAction::triggered, printing, [printing] { printing->boardPack(PrintController::Output::Pdf); });
    QAction* web = add(file, tr("Export Public Report as &Web Page…"), "actionExportWebPage");
    connect(web, &QAction::triggered, printing, [printing] { printing->boardPack(PrintController::Output::Web); });
    QAction* record = add(file, tr("Recor&d This Pack…"), "actionRecordPack");
    connect(record, &QAction::triggered, printing, &PrintController::chooseRecordPack);
    file->addSeparator();
    connect(add(file, tr("&Import Plan…"), "actionImportPlan"), &QAction::triggered, transfers,
            &PlanTransfers::chooseImportPlan);
    QAction* exportPlan =
        add(file, tr("E&xport Plan…"), "actionExportPlan", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(exportPlan, &QAction::triggered, transfers, &PlanTransfers::chooseExportPlan);
    QAction* calendar = add(file, tr("Export &Calendar…"), "actionExportCalendar");
    connect(calendar, &QAction::triggered, transfers, &PlanTransfers::chooseExportCalendar);
    file->addSeparator();
    m_restore = add(file, tr("Restore from &Backup…"), "actionRestoreBackup");
    connect(m_restore, &QAction::triggered, files, &FileController::chooseBackup);
    file->addSeparator();
    connect(add(file, tr("&Quit"), "actionQuit", QKeySequence::Quit), &QAction::triggered, qApp,
            &QApplication::closeAllWindows);
    m_needPlan << preview << print << pdf << web << exportPlan << calendar;
    m_changePlan << metrics << record << m_restore;
}

void WindowMenus::createEditMenu()
{
    QMenu* edit = m_parts.window->menuBar()->addMenu(tr("&Edit"));
    EditorController* editing = m_parts.editing;
    QUndoStack* stack = m_parts.document->undoStack();
    // Our own actions (not the stack's), so that an edit in progress is asked about first. One key
    // each: Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo (the platform's Redo would repeat one of them,
    // which Qt reports as an ambiguous shortcut and ignores).
    m_undo = add(edit, tr("&Undo"), "actionUndo", QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = add(edit, tr("&Redo"), "actionRedo");
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_undo, &QAction::triggered, editing, &EditorController::undo);
    connect(m_redo, &QAction::triggered, editing, &EditorController::redo);
    connect(stack, &QUndoStack::undoTextChanged, m_undo,
            [this](const QString& text) { m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, m_redo,
            [this](const QString& text) { m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    edit->addSeparator();
    QAction* find = add(edit, tr("&Find…"), "actionFind", QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        emit showPlanTab();
        m_parts.pane->focusSearch();
    });
    QAction* clear = add(edit, tr("C&lear Filters"), "actionClearFilters");
    connect(clear, &QAction::triggered, m_parts.pane, &PlanPane::clearFilters);
    QAction* oneLine = add(edit, tr("&One Line per Action"), "actionOneLine");
    oneLine->setCheckable(true);
    oneLine->setChecked(Settings::instance().oneLineRows());
    oneLine->setToolTip(tr("Show only the first line of each action, so more fit on the screen"));
    connect(oneLine, &QAction::toggled, this, [this](bool on) {
        Settings::instance().set(Settings::Key::OneLineRows, on);
        m_parts.pane->setOneLine(on);
    });
    m_parts.pane->setOneLine(oneLine->isChecked());
    edit->addSeparator();
    QAction* preferences = add(edit, tr("Pr&eferences…"), "actionPreferences");
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    connect(preferences, &QAction::triggered, m_parts.dialogs, &PlanDialogs::preferences);
    m_needPlan << clear;
}

void WindowMenus::createPlanMenu()
{
    QMenu* plan = m_parts.window->menuBar()->addMenu(tr("Pla&n"));
    StructureController* structure = m_parts.structure;
    m_addUpdate = add(plan, tr("Add &Update…"), "actionAddUpdate", QKeySequence(Qt::CTRL | Qt::Key_U));
    m_addUpdate->setToolTip(tr("Record status, RAG and progress for the selected action (Ctrl+U)"));
    connect(m_addUpdate, &QAction::triggered, m_parts.editing, &EditorController::addUpdateToCurrent);
    connect(m_parts.pane->table(), &QTableView::doubleClicked, m_addUpdate, &QAction::trigger);
    m_parts.myActions->addAction(m_addUpdate);
    plan->addSeparator();
    QAction* theme = add(plan, tr("New &Theme…"), "actionNewTheme");
    connect(theme, &QAction::triggered, structure, &StructureController::chooseNewTheme);
    QAction* objective = add(plan, tr("New &Objective…"), "actionNewObjective");
    connect(objective, &QAction::triggered, structure, &StructureController::chooseNewObjective);
    QAction* action = add(plan, tr("New &Action…"), "actionNewAction", QKeySequence::New);
    connect(action, &QAction::triggered, structure, &StructureController::chooseNewAction);
    plan->addSeparator();
    QAction* rename = add(plan, tr("&Rename…"), "actionRename", QKeySequence(Qt::Key_F2));
    connect(rename, &QAction::triggered, structure, &StructureController::chooseRename);
    QAction* remove = add(plan, tr("&Delete…"), "actionDelete", QKeySequence::Delete);
    connect(remove, &QAction::triggered, structure, &StructureController::deleteCurrent);
    plan->addSeparator();
    QAction* up = add(plan, tr("Move U&p"), "actionMoveUp", QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(up, &QAction::triggered, structure, [structure] { structure->moveCurrent(-1); });
    QAction* down = add(plan, tr("Move Do&wn"), "actionMoveDown", QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(down, &QAction::triggered, structure, [structure] { structure->moveCurrent(+1); });
    m_parts.pane->navigator()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_parts.pane->navigator()->addActions({theme, objective, action, rename, remove, up, down});
    plan->addSeparator();
    QAction* audit = add(plan, tr("Audit Trai&l…"), "actionAuditTrail", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(audit, &QAction::triggered, m_parts.dialogs, &PlanDialogs::showAuditTrail);
    plan->addSeparator();
    QAction* request =
        add(plan, tr("Re&quest Updates…"), "actionRequestUpdates", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(request, &QAction::triggered, m_parts.dialogs, &PlanDialogs::requestUpdates);
    QAction* returns =
        add(plan, tr("&Import Updates…"), "actionImportUpdates", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(returns, &QAction::triggered, m_parts.dialogs, &PlanDialogs::chooseImportUpdates);
    // The table's own key: the selected action's indicator in the Metrics tab.
    QAction* trend = new QAction(tr("Show &Indicator Trend"), m_parts.pane->table());
    trend->setObjectName(QStringLiteral("actionIndicatorTrend"));
    trend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    trend->setShortcutContext(Qt::WidgetShortcut);
    connect(trend, &QAction::triggered, this, [this] {
        const core::ActionRow* row = m_parts.document->row(m_parts.pane->currentActionId());
        if (!row)
            return;
        // The first measure with figures the action aims at: WRES's, then WDES's.
        for (const core::Indicator& indicator : m_parts.document->framework().indicators)
            if (row->aims(indicator.number)) {
                emit showIndicatorTrend(indicator.framework, indicator.number);
                return;
            }
        for (const core::Framework* framework : core::Framework::all())
            if (framework != &m_parts.document->framework() && !framework->linkTargetsOnly)
                for (const core::Indicator& indicator : framework->measured())
                    if (row->aims(framework->code, indicator.number)) {
                        emit showIndicatorTrend(framework->code, indicator.number);
                        return;
                    }
        emit m_parts.editing->message(tr("Action %1 is not linked to any indicator.").arg(row->reference), 5000);
    });
    m_parts.pane->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_parts.pane->table()->addActions({m_addUpdate, trend});
    m_needPlan << audit;
    m_changePlan << theme << objective << action << rename << remove << up << down << request << returns;
}

void WindowMenus::createHelpMenu()
{
    QMenu* help = m_parts.window->menuBar()->addMenu(tr("&Help"));
    QMainWindow* window = m_parts.window;
    connect(add(help, tr("&User Guide"), "actionUserGuide", QKeySequence::HelpContents), &QAction::triggered, window,
            [window] { HelpDialog::userGuide(window)->show(); });
    connect(add(help, tr("&Keyboard Shortcuts"), "actionShortcuts"), &QAction::triggered, window,
            [window] { HelpDialog::shortcuts(*window->menuBar(), window)->show(); });
    help->addSeparator();
    connect(add(help, tr("&About WRES Tracker"), "actionAbout"), &QAction::triggered, window, [window] {
        QMessageBox::about(window, tr("About WRES Tracker"),
                           tr("<p><b>WRES Tracker %1</b></p><p>Workforce Race Equality Standard action plans, metrics "
                              "and board packs for NHS Trusts.</p><p>Licensed under the GNU General Public License, "
                              "version 3 or later. Built with Qt %2.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void WindowMenus::updateEnabled()
{
    const PlanSession* session = m_parts.document->session();
    const bool open = session != nullptr;
    const bool editable = open && session->mayEditPlan();
    for (QAction* action : std::as_const(m_needPlan))
        action->setEnabled(open);
    for (QAction* action : std::as_const(m_changePlan))
        action->setEnabled(editable);
    // A server keeps its own backups: Restore from Backup is for plan files.
    if (open && session->isTeam())
        m_restore->setEnabled(false);
    QUndoStack* stack = m_parts.document->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    const bool may = m_parts.editing->mayUpdateCurrent();
    m_addUpdate->setEnabled(may);
    m_addUpdate->setToolTip(may || !open || session->isReadOnly()
                                ? tr("Record status, RAG and progress for the selected action (Ctrl+U)")
                                : tr("You may add updates only to the actions you lead"));
}

} // namespace wres::ui
