#pragma once

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace wres::ui {

// Edit ▸ Preferences: the name changes are recorded under, and how many daily backups to keep.
// Stored through Settings (AuthorName, BackupsToKeep).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    static QString authorName(); // the preference, or the computer's user name
    static int backupsToKeep();

private:
    void accept() override;

    QLineEdit* m_name;
    QSpinBox* m_keep;
};

} // namespace wres::ui
