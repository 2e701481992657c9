#pragma once

#include "store/Backups.h"

#include <QDialog>

class QTreeWidget;

namespace wres::ui {

// File ▸ Restore from Backup: the open file's backups, newest first, with when and why each was
// taken; the chosen one is restored by the window after it asks to be sure.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(const QList<core::Backups::Backup>& backups, QWidget* parent = nullptr);
    // The backup chosen, or "" when none.
    QString chosenPath() const;
    // "Daily backup", "Before an upgrade to file format 5", "Before a restore".
    static QString describeReason(const QString& reason);

private:
    QTreeWidget* m_list;
};

} // namespace wres::ui
