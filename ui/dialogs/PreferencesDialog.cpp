#include "PreferencesDialog.h"

#include "MessageBox.h"
#include "document/PlanDocument.h"
#include "domain/UserName.h"
#include "framework/Framework.h"
#include "metrics/MethodNote.h"
#include "plan/PlanSession.h"
#include "store/Backups.h"
#include "store/StoreError.h"
#include "window/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
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

PreferencesDialog::PreferencesDialog(QWidget* parent, PlanDocument* document)
    : QDialog(parent), m_document(document && document->isOpen() ? document : nullptr), m_name(new QLineEdit),
      m_keep(new QSpinBox)
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

    auto* yours = new QGroupBox(tr("Yours, on this computer"));
    auto* form = new QFormLayout(yours);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Keep daily &backups for:"), m_keep);
    auto* note = new QLabel(
        tr("Leave the name empty to use your computer's user name (%1).").arg(core::systemUserName().toHtmlEscaped()));
    note->setWordWrap(true);
    form->addRow(note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(yours);
    if (m_document) {
        auto* file = new QGroupBox(tr("This plan file: the public version"));
        file->setObjectName(QStringLiteral("fileSettings"));
        auto* fileForm = new QFormLayout(file);
        m_problem = new QLabel;
        m_problem->setObjectName(QStringLiteral("fileSettingsProblem"));
        m_problem->setWordWrap(true);
        m_problem->setStyleSheet(QStringLiteral("QLabel { color: #8a1538; font-weight: bold; }"));
        core::SuppressionRule stored = core::SuppressionRule::defaults();
        try {
            stored = m_document->session()->suppressionRule();
        } catch (const core::InvalidRequest& e) {
            m_problem->setText(e.message() + QLatin1Char(' ') + tr("The defaults are shown; OK stores them."));
        }
        m_preset = new QComboBox;
        m_preset->setObjectName(QStringLiteral("suppressionPreset"));
        for (core::SuppressionRule::Preset preset : core::SuppressionRule::presets())
            m_preset->addItem(core::SuppressionRule::presetName(preset, stored.customThreshold),
                              core::SuppressionRule::code(preset));
        m_preset->setCurrentIndex(int(core::SuppressionRule::presets().indexOf(stored.preset)));
        m_threshold = new QSpinBox;
        m_threshold->setObjectName(QStringLiteral("customThreshold"));
        m_threshold->setRange(int(core::SuppressionRule::kMinThreshold), int(core::SuppressionRule::kMaxThreshold));
        m_threshold->setValue(int(stored.customThreshold));
        m_threshold->setPrefix(tr("below "));
        m_threshold->setAccessibleName(tr("Custom threshold"));
        m_threshold->setToolTip(tr("Under the custom rule, counts below this (1 to 100) are hidden."));
        fileForm->addRow(tr("Small numbers are hidden b&y:"), m_preset);
        fileForm->addRow(tr("Custom &threshold:"), m_threshold);
        auto* exemptBox = new QWidget;
        auto* grid = new QGridLayout(exemptBox);
        grid->setContentsMargins(0, 0, 0, 0);
        int slot = 0;
        // The framework's indicators, so no number is written here.
        for (const core::Indicator& indicator : core::Framework::wres().indicators) {
            auto* box = new QCheckBox(QStringLiteral("%1. %2").arg(indicator.number).arg(indicator.shortTitle));
            box->setObjectName(QStringLiteral("exempt%1").arg(indicator.number));
            box->setChecked(stored.isExempt(indicator.number));
            grid->addWidget(box, slot / 2, slot % 2);
            m_exempt.insert(indicator.number, box);
            connect(box, &QCheckBox::toggled, this, &PreferencesDialog::showNote);
            ++slot;
        }
        fileForm->addRow(tr("Published in full (not suppressed):"), exemptBox);
        // WDES metrics by code, seven to a line (the title is each box's tooltip and spoken name).
        // WDES 10 counts the same public Board as WRES 9: it follows that box while it is ticked.
        auto* wdesBox = new QWidget;
        auto* wdesGrid = new QGridLayout(wdesBox);
        wdesGrid->setContentsMargins(0, 0, 0, 0);
        slot = 0;
        const core::Framework& wdes = core::Framework::wdes();
        for (const core::Indicator& indicator : wdes.measured()) {
            auto* box = new QCheckBox(indicator.code);
            box->setObjectName(QStringLiteral("exemptWdes%1").arg(indicator.code));
            box->setAccessibleName(QStringLiteral("%1. %2").arg(indicator.label(), indicator.shortTitle));
            box->setToolTip(indicator.label() + QStringLiteral(": ") + indicator.shortTitle);
            box->setChecked(stored.exempt.contains(indicator.number));
            box->setProperty("explicit", box->isChecked());
            wdesGrid->addWidget(box, slot / 7, slot % 7);
            m_exempt.insert(indicator.number, box);
            connect(box, &QCheckBox::toggled, this, &PreferencesDialog::showNote);
            ++slot;
        }
        fileForm->addRow(tr("WDES metrics published in full:"), wdesBox);
        m_note = new QLabel;
        m_note->setObjectName(QStringLiteral("methodNotePreview"));
        m_note->setWordWrap(true);
        m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fileForm->addRow(tr("Method note:"), m_note);
        fileForm->addRow(m_problem);
        file->setEnabled(!m_document->session()->isReadOnly());
        layout->addWidget(file);
        connect(m_preset, &QComboBox::currentIndexChanged, this, &PreferencesDialog::showNote);
        connect(m_threshold, &QSpinBox::valueChanged, this, [this](int value) {
            const int custom = int(core::SuppressionRule::presets().indexOf(core::SuppressionRule::Preset::Custom));
            m_preset->setItemText(custom,
                                  core::SuppressionRule::presetName(core::SuppressionRule::Preset::Custom, value));
            showNote();
        });
        showNote();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

core::SuppressionRule PreferencesDialog::rule() const
{
    core::SuppressionRule rule = core::SuppressionRule::defaults();
    if (!m_preset)
        return rule;
    rule.preset = core::SuppressionRule::presets().value(m_preset->currentIndex());
    rule.customThreshold = m_threshold->value();
    rule.exempt.clear();
    for (auto it = m_exempt.constBegin(); it != m_exempt.constEnd(); ++it)
        if (it.value()->isChecked() && it.value()->isEnabled()) // a box that follows another is not chosen
            rule.exempt << it.key();
    return rule;
}

void PreferencesDialog::showNote()
{
    // WDES's board follows WRES's while that is published in full (core::SuppressionRule::isExempt).
    const core::Indicator* wdesBoard = core::Framework::wdes().boardIndicator();
    const core::Indicator* wresBoard = core::Framework::wres().boardIndicator();
    if (QCheckBox* follower = wdesBoard && wresBoard ? m_exempt.value(wdesBoard->number) : nullptr) {
        const bool follows = m_exempt.value(wresBoard->number) && m_exempt.value(wresBoard->number)->isChecked();
        const QSignalBlocker block(follower);
        if (follows && follower->isEnabled())
            follower->setProperty("explicit", follower->isChecked());
        if (follows)
            follower->setChecked(true);
        else if (!follower->isEnabled())
            follower->setChecked(follower->property("explicit").toBool());
        follower->setEnabled(!follows);
        follower->setToolTip(follows ? tr("%1 counts the same Board as WRES indicator %2, so it is published in "
                                          "full while that is.")
                                           .arg(wdesBoard->label())
                                           .arg(wresBoard->code)
                                     : wdesBoard->label() + QStringLiteral(": ") + wdesBoard->shortTitle);
    }
    const core::SuppressionRule chosen = rule();
    m_threshold->setEnabled(chosen.preset == core::SuppressionRule::Preset::Custom);
    m_note->setText(core::MethodNote::paragraphs(chosen, true).join(QStringLiteral("\n\n")));
}

void PreferencesDialog::accept()
{
    if (m_document && !m_document->session()->isReadOnly()) {
        try {
            const core::SuppressionRule chosen = rule();
            chosen.check();
            // An undo step (Edit ▸ Undo gives the rule before back); a refusal is said by the document.
            if (!m_document->setSuppressionRule(chosen))
                return;
        } catch (const std::exception& e) {
            MessageBox::warning(this, tr("Preferences not saved"), QString::fromStdString(e.what()));
            return;
        }
    }
    Settings::instance().set(Settings::Key::AuthorName, m_name->text().simplified());
    Settings::instance().set(Settings::Key::BackupsToKeep, m_keep->value());
    QDialog::accept();
}

} // namespace wres::ui
