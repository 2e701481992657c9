#pragma once

#include "domain/PlanData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace wres::ui {

// Every field of one action, beside the table: number, text with its bullets, leads (several,
// with completion from the plan's leads), timescale with the due date it gives shown as you type,
// status, RAG, milestones, progress, the WRES indicators as a checklist with their titles, tags,
// and the action's update history. Save (Ctrl+S) hands the edited action to the window.
class ActionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ActionEditor(QWidget* parent = nullptr);

    void setAction(const core::ActionData& action, const QList<core::StatusUpdate>& history, const QStringList& leads);
    // The objectives the action can sit under (id, label), and the one it is under now.
    void setObjectives(const QList<QPair<qint64, QString>>& objectives, qint64 current);
    qint64 chosenObjective() const;
    void clearAction();
    core::ActionData edited() const;
    qint64 actionId() const { return m_action.id; }
    bool isModified() const;
    // For a file open read-only: every field can be read and copied, none changed.
    void setReadOnly(bool readOnly);
    // Why the action cannot be saved as it stands, or empty.
    QString problem() const;

signals:
    void saveRequested(const wres::core::ActionData& action);

private:
    void refreshState();

    core::ActionData m_action;
    QList<core::StatusUpdate> m_updates;
    QStringList m_leadChoices;
    bool m_loading = false;
    bool m_readOnly = false;
    QLabel* m_heading;
    QComboBox* m_objective;
    qint64 m_objectiveId = 0;
    QLineEdit* m_number;
    QPlainTextEdit* m_text;
    QLineEdit* m_leads;
    QLineEdit* m_timescale;
    QLabel* m_due;
    QComboBox* m_status;
    QComboBox* m_rag;
    QPlainTextEdit* m_milestones;
    QPlainTextEdit* m_progress;
    QCheckBox* m_all;
    QList<QCheckBox*> m_indicators;
    QLineEdit* m_tags;
    QListWidget* m_history;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace wres::ui
