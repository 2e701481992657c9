#pragma once

#include "metrics/SuppressionRule.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wres::ui {

class PlanDocument;

// Edit ▸ Preferences. Yours: the name changes are recorded under, and how many daily backups to
// keep (Settings: AuthorName, BackupsToKeep). The open file's: how its public version hides small
// numbers (the rule, a custom threshold, the indicators published in full), stored in the file
// (core::MetricStore) with the method note it gives shown as it would print.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // document: the open plan, or none (then only your part is shown). The file's rule is changed
    // as an undo step on the document.
    explicit PreferencesDialog(QWidget* parent = nullptr, PlanDocument* document = nullptr);

    static QString authorName(); // the preference, or the computer's user name
    static int backupsToKeep();
    // The file's part as chosen in the dialog.
    core::SuppressionRule rule() const;

private:
    void accept() override;
    void showNote();

    PlanDocument* m_document;
    QLineEdit* m_name;
    QSpinBox* m_keep;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_threshold = nullptr;
    QMap<int, QCheckBox*> m_exempt;
    QLabel* m_note = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace wres::ui
