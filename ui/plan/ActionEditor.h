#pragma once

#include "domain/ActionRow.h"
#include "domain/PlanData.h"
#include "framework/Framework.h"
#include "store/ActionStore.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace wres::ui {

class MeasureLinksTree;

// One action beside the table, in the order a lead works: its reference and place, its history
// (newest first), the update (status, RAG and a new progress note, empty to start), then the
// action's own fields (objective, number, text, leads, timescale with the due date it gives,
// milestones, tags, the WRES indicators it aims at, or its theme's when it names none). Save
// (Ctrl+S) asks the window to store it; Revert puts back what was loaded. The editor scrolls
// rather than making the window wider or taller.
class ActionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditor(QWidget* parent = nullptr);

    // The action as stored, its row as listed (reference, theme, inherited indicators) and history.
    void setAction(const core::ActionData& action, const core::ActionRow& row, const QList<core::StatusUpdate>& history,
                   const QStringList& leads);
    // The objectives the action can sit under (id, label), and the one it is under now.
    void setObjectives(const QList<QPair<qint64, QString>>& objectives, qint64 current);
    void setFramework(const core::Framework& framework);
    qint64 chosenObjective() const;
    void clearAction(const QString& why = {});
    // The action's fields as edited (status, RAG and progress as loaded: those travel in update()).
    core::ActionData edited() const;
    // The status update the edit makes: a new status or RAG, or a new progress note; none otherwise.
    std::optional<core::UpdateRequest> update() const;
    const core::ActionData& loaded() const { return m_action; }
    qint64 actionId() const { return m_action.id; }
    QString reference() const { return m_reference; }
    bool isModified() const;
    // For a file open read-only: every field can be read and copied, none changed.
    void setReadOnly(bool readOnly);
    // Why the action cannot be saved as it stands, or empty.
    QString problem() const;
    // A line above the fields: the action hidden by the filters, changed elsewhere, just added.
    void setNotice(const QString& text);
    QString notice() const;
    // Puts the cursor in the first field still empty (leads, then timescale), for a new action.
    void focusFieldsToFill();
    // Puts the cursor on the update's first field (Status), for Ctrl+Tab into the editor.
    void focusUpdate();
    void revert();

signals:
    void saveRequested();

private:
    void refreshState();
    void showHistory(const QList<core::StatusUpdate>& history);

    core::ActionData m_action;
    core::ActionRow m_row;
    QString m_reference;
    QList<core::StatusUpdate> m_updates;
    QStringList m_leadChoices;
    bool m_loading = false;
    bool m_readOnly = false;
    QLabel* m_heading;
    QLabel* m_place;
    QLabel* m_notice;
    QListWidget* m_history;
    QComboBox* m_status;
    QComboBox* m_rag;
    QPlainTextEdit* m_note;
    QComboBox* m_objective;
    qint64 m_objectiveId = 0;
    QLineEdit* m_number;
    QPlainTextEdit* m_text;
    QLineEdit* m_leads;
    QLineEdit* m_timescale;
    QLabel* m_due;
    QPlainTextEdit* m_milestones;
    QLineEdit* m_tags;
    QCheckBox* m_all;
    QList<QCheckBox*> m_indicators;
    QList<QLabel*> m_indicatorTitles;
    QWidget* m_indicatorBox;
    MeasureLinksTree* m_otherLinks;
    QLabel* m_inherited;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_revert;
    QScrollArea* m_scroll;
};

} // namespace wres::ui
