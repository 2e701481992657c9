#include "BackupDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wres::ui {

QString BackupDialog::describeReason(const QString& reason)
{
    if (reason == u"daily")
        return tr("Daily backup");
    if (reason == u"before-restore")
        return tr("Before a restore");
    if (reason.startsWith(QStringLiteral("before-format-")))
        return tr("Before an upgrade to file format %1").arg(reason.mid(14));
    return reason;
}

BackupDialog::BackupDialog(const QList<core::Backups::Backup>& backups, QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto* intro = new QLabel(tr("Choose the copy to go back to. The plan as it is now is kept as a backup first, so "
                                "a restore can itself be undone by restoring that copy."));
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Size")});
    for (const core::Backups::Backup& b : backups) {
        auto* item =
            new QTreeWidgetItem({QLocale().toString(b.takenAt.toLocalTime(), QStringLiteral("dddd d MMMM yyyy, HH:mm")),
                                 describeReason(b.reason), QLocale().formattedDataSize(b.size)});
        item->setData(0, Qt::UserRole, b.path);
        item->setToolTip(0, b.path);
        m_list->addTopLevelItem(item);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (backups.isEmpty())
        layout->addWidget(new QLabel(tr("There are no backups of this file yet.")));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString BackupDialog::chosenPath() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace wres::ui
