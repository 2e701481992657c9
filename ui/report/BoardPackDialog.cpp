#include "BoardPackDialog.h"

#include "CoverDetailsForm.h"
#include "dialogs/MessageBox.h"
#include "framework/Framework.h"
#include "plan/PlanSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace wres::ui {
namespace {

constexpr qint64 kLastRecorded = -1;
constexpr qint64 kByDate = -2;

} // namespace

BoardPackDialog::BoardPackDialog(PlanSession& session, const QString& actionText, QWidget* parent)
    : QDialog(parent), m_session(session), m_cover(new CoverDetailsForm), m_readOnly(new QLabel),
      m_contents(new QComboBox), m_frameworks(new QComboBox),
      m_redact(new QCheckBox(tr("&Public version: small numbers hidden "
                                "under the file's rule"))),
      m_meeting(new QLineEdit), m_version(new QLineEdit), m_since(new QComboBox), m_sinceDate(new QDateEdit)
{
    setWindowTitle(tr("Board pack"));
    setObjectName(QStringLiteral("boardPackDialog"));
    m_contents->setObjectName(QStringLiteral("packContents"));
    m_contents->addItem(tr("The whole board pack"), QString());
    for (const QString& lead : session.leads())
        m_contents->addItem(tr("Brief for %1").arg(lead), lead);
    // Whose metrics the pack shows, as `board-pack --framework` chooses: WRES (the default), WDES, or
    // both in one pack, WRES first (core::BoardPackOptions::frameworks).
    m_frameworks->setObjectName(QStringLiteral("packFrameworks"));
    const QString wres = core::Framework::wres().code;
    const QString wdes = core::Framework::wdes().code;
    m_frameworks->addItem(tr("%1: %2").arg(wres, core::Framework::wres().name), QStringList{wres});
    m_frameworks->addItem(tr("%1: %2").arg(wdes, core::Framework::wdes().name), QStringList{wdes});
    m_frameworks->addItem(tr("%1 and %2 in one pack").arg(wres, wdes), QStringList{wres, wdes});
    m_frameworks->setToolTip(tr("The metrics the pack shows; the action plan is the whole plan either way."));
    m_redact->setObjectName(QStringLiteral("packRedact"));
    m_meeting->setPlaceholderText(tr("e.g. Trust Board, 27 September 2026"));
    m_meeting->setObjectName(QStringLiteral("packMeeting"));
    m_version->setPlaceholderText(tr("e.g. 1.0, final"));
    m_version->setObjectName(QStringLiteral("packVersion"));
    // The words kept from the last pack of this plan.
    const core::CoverDetails kept = session.coverDetails();
    m_meeting->setText(kept.meeting);
    m_version->setText(kept.version);
    const core::Framework& framework = core::Framework::wres();
    m_cover->setCover(kept,
                      session.plan().info.framework == framework.code ? framework.name : session.plan().info.framework);
    m_cover->setTolerance(session.changeTolerance());
    m_cover->setObjectName(QStringLiteral("packCover"));
    m_readOnly->setObjectName(QStringLiteral("packCoverNotKept"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setText(tr("This plan is open read-only: these words serve this pack but are not kept for the "
                           "next."));
    m_readOnly->setVisible(session.isReadOnly());
    m_since->setObjectName(QStringLiteral("packSince"));
    const QList<core::PackSnapshot> packs = session.recordedPacks();
    m_since->addItem(packs.isEmpty() ? tr("Nothing (no pack recorded yet)") : tr("The last recorded pack"),
                     kLastRecorded);
    const QLocale locale;
    for (const core::PackSnapshot& pack : packs)
        m_since->addItem(tr("Pack recorded %1%2")
                             .arg(locale.toString(pack.recordedAt.toLocalTime(), QLocale::ShortFormat),
                                  pack.label.isEmpty() ? QString() : QStringLiteral(" — ") + pack.label),
                         pack.id);
    m_since->addItem(tr("A date…"), kByDate);
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setDate(QDate::currentDate().addMonths(-3));
    m_sinceDate->setEnabled(false);
    connect(m_since, &QComboBox::currentIndexChanged, this,
            [this] { m_sinceDate->setEnabled(m_since->currentData().toLongLong() == kByDate); });
    connect(m_contents, &QComboBox::currentIndexChanged, this, [this] {
        const bool whole = lead().isEmpty();
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_frameworks, m_redact, m_meeting, m_version, m_since, m_sinceDate})
            w->setEnabled(whole && (w != m_sinceDate || m_since->currentData().toLongLong() == kByDate));
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Contents:"), m_contents);
    form->addRow(tr("Metrics &from:"), m_frameworks);
    form->addRow(QString(), m_redact);
    form->addRow(tr("&Meeting:"), m_meeting);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("Changes &since:"), m_since);
    form->addRow(tr("Since &date:"), m_sinceDate); // the day changes are counted from, not the paper's date
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* pack = new QWidget;
    pack->setLayout(form);
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("packTabs"));
    tabs->addTab(pack, tr("Pack"));
    tabs->addTab(m_cover, tr("Cover sheet"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_readOnly);
    layout->addWidget(buttons);
}

core::CoverDetails BoardPackDialog::cover() const
{
    core::CoverDetails cover = m_cover->cover();
    cover.meeting = m_meeting->text().trimmed();
    cover.version = m_version->text().trimmed();
    return cover;
}

void BoardPackDialog::accept()
{
    if (!m_session.isReadOnly()) {
        try {
            m_session.keepCover(cover(), m_cover->tolerance());
        } catch (const std::exception& e) {
            // The pack is still made with these words; only keeping them failed.
            MessageBox::warning(this, tr("Cover sheet not kept"),
                                tr("The cover sheet's words serve this pack but could not be kept for the next: "
                                   "%1")
                                    .arg(QString::fromStdString(e.what())));
        }
    }
    QDialog::accept();
}

core::BoardPackOptions BoardPackDialog::options() const
{
    core::BoardPackOptions options;
    options.redact = m_redact->isChecked();
    options.frameworks = m_frameworks->currentData().toStringList();
    options.meeting = m_meeting->text().trimmed();
    options.version = m_version->text().trimmed();
    options.cover = cover();
    options.tolerance = m_cover->tolerance();
    const qint64 since = m_since->currentData().toLongLong();
    if (since == kByDate)
        options.since = m_sinceDate->date();
    else if (since > 0)
        options.snapshotId = since;
    return options;
}

QString BoardPackDialog::lead() const
{
    return m_contents->currentData().toString();
}

} // namespace wres::ui
