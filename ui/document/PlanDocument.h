#pragma once

#include "RemovedPart.h"
#include "domain/ActionRow.h"
#include "domain/PlanData.h"
#include "domain/Problem.h"
#include "framework/Framework.h"
#include "metrics/MetricCount.h"
#include "metrics/MetricTarget.h"
#include "metrics/SuppressionRule.h"
#include "store/ActionStore.h"
#include "store/StructureStore.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace wres::ui {

class PlanSession;

// The open plan as the window edits it (Tiled's MapDocument, KeePassXC's DatabaseWidget): it owns
// the open store (a PlanSession), the undo stack and the current state, makes every change through
// a typed undo command, and says what changed so that views update only that.
//
// Every change is written to the file at once; the stack's clean index marks the file as opened,
// so isModified() means "changed in this window since it was opened" (there is something to undo),
// never "unsaved".
class PlanDocument : public QObject
{
    Q_OBJECT
public:
    using Kind = core::StructureStore::Kind;

    explicit PlanDocument(QObject* parent = nullptr);
    ~PlanDocument() override;

    // Takes an opened store (or none, to close): the stack starts empty; reloaded() follows.
    void setSession(std::unique_ptr<PlanSession> session);
    bool isOpen() const { return m_session != nullptr; }
    // The store, for dialogs that read from it (requests, returns, the pack, the audit trail).
    PlanSession* session() const { return m_session.get(); }
    QUndoStack* undoStack() const { return m_undo; }
    bool isModified() const;
    // The plan's own indicator set (WRES): bare numbers in links are its; WDES is kept beside it.
    const core::Framework& framework() const;
    // Who changes are recorded under (the Preferences name, or the computer's user).
    void setAuthor(const QString& author);
    QString author() const { return m_author; }

    const core::PlanData& outline() const;
    const QList<core::ActionRow>& actions() const;
    const core::ActionRow* row(qint64 actionId) const;
    // The file's small-number rule for the public version (WRES's when the file's cannot be read).
    core::SuppressionRule suppressionRule() const;
    const core::MetricCounts& metricCounts() const;
    const core::MetricTargets& metricTargets() const;
    // Reads everything again (another person's change, answers applied from returned workbooks).
    void reload();
    // Reads a metrics CSV into the file, all or nothing (not an undo step: like a returned workbook,
    // an import is a record of what came in). Returns its problems; metricsChanged() on success.
    core::Problems importMetrics(const QString& path);

    // Changes, each one undo step. False (after problem() was emitted) when nothing changed.
    // An action's fields, with a status update (status, RAG, a new progress note) when given and a
    // move to another objective when toObjective differs from where it is.
    bool saveAction(const core::ActionData& before, const core::ActionData& after,
                    const std::optional<core::UpdateRequest>& update, qint64 toObjective = 0);
    bool addUpdate(qint64 actionId, const core::UpdateRequest& request);
    // Returns the new part's id, or 0.
    qint64 addPart(Kind kind, qint64 parentId, int position, const QString& text);
    bool deletePart(Kind kind, qint64 id);
    bool movePart(Kind kind, qint64 id, int delta);
    bool renamePart(Kind kind, qint64 id, const QString& text);
    bool setMetricCount(const core::MetricCount& count);
    // Several rows of one cell (a WDES band's headcount, the total of each group's row): one step.
    bool setMetricCounts(const core::MetricCounts& counts);
    bool addTarget(const core::MetricTarget& target);
    bool setSuppressionRule(const core::SuppressionRule& rule);

    // For the undo commands (Tiled's pattern: a command calls the document, the document writes and
    // announces). Each throws on failure and changes nothing then.
    int writeAction(const core::ActionData& action, int expectedRevision,
                    const std::optional<core::UpdateRequest>& update,
                    const std::optional<std::pair<qint64, int>>& moveTo, std::pair<qint64, int>* movedFrom);
    int writeUpdate(qint64 actionId, const core::UpdateRequest& request);
    qint64 writeAdd(Kind kind, qint64 parentId, int position, const QString& text);
    RemovedPart writeTake(Kind kind, qint64 id);
    qint64 writeRestore(const RemovedPart& removed);
    bool writeMove(Kind kind, qint64 id, int delta);
    void writeRename(Kind kind, qint64 id, const QString& text);
    // Each key's row becomes its value, or is taken out when the value is empty; all or nothing.
    void writeMetricCounts(const QList<std::optional<core::MetricCount>>& values, const core::MetricCounts& keys);
    void writeTargets(const core::MetricTargets& targets);
    void writeSuppressionRule(const core::SuppressionRule& rule);
    // A part put back after a delete (or added again by redo) has a new id: commands made before
    // ask for the id it has now.
    qint64 currentId(Kind kind, qint64 id) const;
    void renamed(Kind kind, qint64 oldId, qint64 newId);
    // How many times a part with this id was made again (SQLite may give a part added again the id
    // it had): a step made on an earlier one goes on from the revision the part has now.
    int generation(Kind kind, qint64 id) const { return m_generations[int(kind)].value(id); }
    // The kind of a part's parent (a theme's parent is the plan, which has none).
    static std::optional<Kind> parentKind(Kind kind);
    // A step that failed: problem() is emitted and the push that ran it reports false.
    void reportFailure(const QString& step, const QString& why);

signals:
    // A file was opened or closed, or everything was read again.
    void reloaded();
    // One action's row changed (an edit, an update, an undo of either).
    void actionChanged(qint64 actionId);
    // Themes, objectives or actions were added, removed, moved or renamed (rows renumbered).
    void outlineChanged();
    // Counts, targets or the threshold of an indicator of a framework changed (0: any indicator;
    // the framework is then empty).
    void metricsChanged(int indicator, const QString& framework);
    void problem(const QString& title, const QString& text);
    void modifiedChanged(bool modified);

private:
    bool push(QUndoCommand* command);
    void afterActionWrite(qint64 actionId);
    void afterShapeWrite();
    void aliasRestored(const RemovedPart& removed, qint64 newId);
    void aliasActions(const core::ObjectiveData& removed, qint64 objectiveId);
    QString describe(Kind kind, qint64 id) const;
    const core::PlanData& emptyPlan() const;

    std::unique_ptr<PlanSession> m_session;
    QUndoStack* m_undo;
    QString m_author;
    bool m_failed = false;
    QHash<qint64, qint64> m_aliases[3]; // per kind: an old id -> the id it has now
    QHash<qint64, int> m_generations[3];
};

} // namespace wres::ui
