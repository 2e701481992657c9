#include "StructureController.h"

#include "EditorController.h"
#include "dialogs/Prompts.h"
#include "document/PlanDocument.h"
#include "domain/Counted.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "plan/PlanTreeModel.h"

namespace wres::ui {
namespace {

core::StructureStore::Kind storeKindOf(int kind)
{
    using Kind = core::StructureStore::Kind;
    return kind == PlanTreeModel::ThemeNode       ? Kind::Theme
           : kind == PlanTreeModel::ObjectiveNode ? Kind::Objective
                                                  : Kind::Action;
}

int navigatorKindOf(core::StructureStore::Kind kind)
{
    using Kind = core::StructureStore::Kind;
    return kind == Kind::Theme ? PlanTreeModel::ThemeNode : PlanTreeModel::ObjectiveNode;
}

} // namespace

StructureController::StructureController(QWidget* window, PlanDocument& document, PlanPane& pane,
                                         EditorController& editing)
    : QObject(window), m_window(window), m_document(document), m_pane(pane), m_editing(editing)
{}

QString StructureController::objectiveLabel(qint64 objectiveId) const
{
    for (const core::ThemeData& theme : m_document.outline().themes)
        for (const core::ObjectiveData& objective : theme.objectives)
            if (objective.id == objectiveId)
                return tr("objective %1 of \u201c%2\u201d: %3")
                    .arg(objective.number, theme.name, objective.text.simplified().left(120));
    return {};
}

void StructureController::chooseNewTheme()
{
    if (const auto name = Prompts::text(m_window, tr("New theme"), tr("Name of the new theme:")))
        newTheme(*name);
}

void StructureController::chooseNewObjective()
{
    const qint64 themeId = m_pane.currentThemeId();
    QString theme;
    for (const core::ThemeData& t : m_document.outline().themes)
        if (t.id == themeId)
            theme = t.name;
    if (!themeId) {
        emit message(tr("Choose a theme first: the objective goes under it."), 5000);
        return;
    }
    if (const auto text = Prompts::text(m_window, tr("New objective"),
                                        tr("A new objective under the theme \u201c%1\u201d:").arg(theme), {}, true))
        newObjective(*text);
}

void StructureController::chooseNewAction()
{
    const qint64 objectiveId = m_pane.currentObjectiveId();
    if (!objectiveId) {
        emit message(tr("Choose an objective (or an action) first: the new action goes beside it."), 5000);
        return;
    }
    // The dialog names where the action will go.
    if (const auto text = Prompts::text(m_window, tr("New action"),
                                        tr("A new action under %1\n\nWhat will be done (bullets on their own lines):")
                                            .arg(objectiveLabel(objectiveId)),
                                        {}, true))
        newAction(*text);
}

void StructureController::chooseRename()
{
    const int kind = m_pane.navigatorKind();
    if (kind != PlanTreeModel::ThemeNode && kind != PlanTreeModel::ObjectiveNode) {
        emit message(tr("Choose a theme or objective in the navigator to rename."), 5000);
        return;
    }
    const qint64 id = m_pane.navigatorId();
    QString value;
    for (const core::ThemeData& theme : m_document.outline().themes) {
        if (theme.id == id && kind == PlanTreeModel::ThemeNode)
            value = theme.name;
        for (const core::ObjectiveData& objective : theme.objectives)
            if (objective.id == id && kind == PlanTreeModel::ObjectiveNode)
                value = objective.text;
    }
    if (const auto text = Prompts::text(m_window, tr("Rename"),
                                        kind == PlanTreeModel::ThemeNode ? tr("Theme name:") : tr("Objective:"), value,
                                        kind == PlanTreeModel::ObjectiveNode))
        renameCurrent(*text);
}

bool StructureController::newTheme(const QString& name)
{
    if (!m_document.isOpen() || !m_editing.mayLeave())
        return false;
    const QList<core::ThemeData>& themes = m_document.outline().themes;
    int position = int(themes.size());
    for (qsizetype i = 0; i < themes.size(); ++i)
        if (themes[i].id == m_pane.currentThemeId())
            position = int(i) + 1;
    const qint64 id = m_document.addPart(PlanDocument::Kind::Theme, m_document.session()->planId(), position, name);
    if (!id)
        return false;
    m_pane.selectNode(PlanTreeModel::ThemeNode, id);
    emit message(tr("Added the theme \u201c%1\u201d. Undo with Ctrl+Z.").arg(name.trimmed()), 5000);
    return true;
}

bool StructureController::newObjective(const QString& text)
{
    const qint64 themeId = m_pane.currentThemeId();
    if (!m_document.isOpen() || !themeId) {
        emit message(tr("Choose a theme first: the objective goes under it."), 5000);
        return false;
    }
    if (!m_editing.mayLeave())
        return false;
    int position = 0;
    for (const core::ThemeData& theme : m_document.outline().themes)
        if (theme.id == themeId) {
            position = int(theme.objectives.size());
            for (qsizetype i = 0; i < theme.objectives.size(); ++i)
                if (theme.objectives[i].id == m_pane.currentObjectiveId())
                    position = int(i) + 1;
        }
    const qint64 id = m_document.addPart(PlanDocument::Kind::Objective, themeId, position, text);
    if (!id)
        return false;
    m_pane.selectNode(PlanTreeModel::ObjectiveNode, id);
    emit message(tr("Added an objective. Undo with Ctrl+Z."), 5000);
    return true;
}

bool StructureController::newAction(const QString& text)
{
    const qint64 objectiveId = m_pane.currentObjectiveId();
    if (!m_document.isOpen() || !objectiveId) {
        emit message(tr("Choose an objective (or an action) first: the new action goes beside it."), 5000);
        return false;
    }
    if (text.trimmed().isEmpty()) {
        Prompts::warning(m_window, tr("No action added"), tr("An action needs a description; the text was empty."));
        return false;
    }
    if (!m_editing.mayLeave())
        return false;
    int position = 0;
    for (const core::ActionRow& row : m_document.actions())
        if (row.objectiveId == objectiveId)
            ++position; // at the end of its objective
    const qint64 id = m_document.addPart(PlanDocument::Kind::Action, objectiveId, position, text);
    if (!id)
        return false;
    m_pane.showAction(id);
    const core::ActionRow* row = m_document.row(id);
    // A new action is "Not started" and has its leads and timescale to fill: the editor says so.
    m_pane.editor()->setNotice(tr("New action %1: fill in its leads and timescale, then Save (Ctrl+S).")
                                   .arg(row ? row->reference : QString()));
    m_pane.editor()->focusFieldsToFill();
    emit message(tr("Added action %1. Undo with Ctrl+Z.").arg(row ? row->reference : QString()), 5000);
    return true;
}

bool StructureController::renameCurrent(const QString& text)
{
    const int kind = m_pane.navigatorKind();
    if (!m_document.isOpen() || (kind != PlanTreeModel::ThemeNode && kind != PlanTreeModel::ObjectiveNode))
        return false;
    const qint64 id = m_pane.navigatorId();
    const bool done = m_document.renamePart(storeKindOf(kind), id, text);
    m_pane.selectNode(kind, id);
    return done;
}

bool StructureController::deleteCurrent()
{
    if (m_pane.table()->hasFocus() && m_pane.currentActionId())
        return deleteItem(kActionKind, m_pane.currentActionId());
    const int kind = m_pane.navigatorKind();
    if (kind != PlanTreeModel::ThemeNode && kind != PlanTreeModel::ObjectiveNode) {
        if (m_pane.currentActionId())
            return deleteItem(kActionKind, m_pane.currentActionId());
        emit message(tr("Choose a theme, objective or action to delete."), 5000);
        return false;
    }
    return deleteItem(kind, m_pane.navigatorId());
}

bool StructureController::deleteItem(int kind, qint64 id)
{
    if (!m_document.isOpen())
        return false;
    using Kind = core::StructureStore::Kind;
    const Kind storeKind = storeKindOf(kind);
    core::StructureStore::Contents contents;
    try {
        contents = m_document.session()->structure(m_document.author()).contents(storeKind, id);
    } catch (const std::exception& e) {
        Prompts::warning(m_window, tr("Not deleted"), QString::fromStdString(e.what()));
        return false;
    }
    // What goes, by name.
    QString what;
    if (storeKind == Kind::Action) {
        const core::ActionRow* row = m_document.row(id);
        what = tr("action %1 (\u201c%2\u201d)")
                   .arg(row ? row->reference : QString(),
                        row ? row->text.section(QLatin1Char('\n'), 0, 0).simplified().left(80) : QString());
    } else {
        for (const core::ThemeData& theme : m_document.outline().themes) {
            if (storeKind == Kind::Theme && theme.id == id)
                what = tr("the theme \u201c%1\u201d").arg(theme.name);
            for (const core::ObjectiveData& objective : theme.objectives)
                if (storeKind == Kind::Objective && objective.id == id)
                    what =
                        tr("objective %1 (\u201c%2\u201d)").arg(objective.number, objective.text.simplified().left(80));
        }
    }
    QStringList parts;
    if (contents.objectives)
        parts << core::counted(contents.objectives, tr("%1 objective"), tr("%1 objectives"));
    if (contents.actions)
        parts << core::counted(contents.actions, tr("%1 action"), tr("%1 actions"));
    if (contents.updates)
        parts << core::counted(contents.updates, tr("%1 status update"), tr("%1 status updates"));
    const bool more = !parts.isEmpty();
    const QString question =
        more ? tr("Delete %1? Its %2 will go too.").arg(what, parts.join(tr(", "))) : tr("Delete %1?").arg(what);
    // With more than the part itself at stake, Enter answers No.
    if (Prompts::question(m_window, tr("Delete"), question + QLatin1Char(' ') + tr("(Edit ▸ Undo brings it back.)"),
                          QMessageBox::Yes | QMessageBox::No,
                          more ? QMessageBox::No : QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    if (storeKind == Kind::Action && m_pane.editor()->actionId() == id)
        m_pane.editor()->revert(); // its edits go with it
    if (!m_document.deletePart(storeKind, id))
        return false;
    emit message(tr("Deleted %1. Undo with Ctrl+Z.").arg(what), 5000);
    return true;
}

bool StructureController::moveCurrent(int delta)
{
    if (m_pane.table()->hasFocus() && m_pane.currentActionId())
        return moveItem(kActionKind, m_pane.currentActionId(), delta);
    const int kind = m_pane.navigatorKind();
    if (kind != PlanTreeModel::ThemeNode && kind != PlanTreeModel::ObjectiveNode)
        return false;
    return moveItem(kind, m_pane.navigatorId(), delta);
}

bool StructureController::moveItem(int kind, qint64 id, int delta)
{
    if (!m_document.isOpen() || !m_editing.mayLeave())
        return false;
    const core::StructureStore::Kind storeKind = storeKindOf(kind);
    if (!m_document.movePart(storeKind, id, delta)) {
        emit message(delta < 0 ? tr("Already first.") : tr("Already last."), 3000);
        return false;
    }
    if (kind == kActionKind)
        m_pane.showAction(id);
    else
        m_pane.selectNode(navigatorKindOf(storeKind), id);
    return true;
}

} // namespace wres::ui
