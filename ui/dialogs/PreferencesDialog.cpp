#include "PreferencesDialog.h"

#include "domain/UserName.h"
#include "store/Backups.h"
#include "window/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wres::ui {

QString PreferencesDialog::authorName()
{
    return Settings::instance().authorName();
}

int PreferencesDialog::backupsToKeep()
{
    return Settings::instance().backupsToKeep();
}

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent), m_name(new QLineEdit), m_keep(new QSpinBox)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_name->setObjectName(QStringLiteral("authorName"));
    m_name->setText(Settings::instance().get(Settings::Key::AuthorName).toString());
    m_name->setPlaceholderText(core::systemUserName());
    m_name->setToolTip(tr("Every change you make is recorded in the audit trail under this name."));
    m_keep->setObjectName(QStringLiteral("backupsToKeep"));
    m_keep->setRange(1, 365);
    m_keep->setValue(backupsToKeep());
    m_keep->setSuffix(tr(" days"));
    m_keep->setToolTip(tr("A copy of the plan file is taken the first time it is opened each day, in a "
                          "\"backups\" folder beside it; older daily copies are removed."));

    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Keep daily &backups for:"), m_keep);
    auto* note = new QLabel(
        tr("Leave the name empty to use your computer's user name (%1).").arg(core::systemUserName().toHtmlEscaped()));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    Settings::instance().set(Settings::Key::AuthorName, m_name->text().simplified());
    Settings::instance().set(Settings::Key::BackupsToKeep, m_keep->value());
    QDialog::accept();
}

} // namespace wres::ui
