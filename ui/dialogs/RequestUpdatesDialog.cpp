#include "RequestUpdatesDialog.h"

#include "dialogs/MessageBox.h"
#include "domain/Counted.h"
#include "plan/PlanSession.h"
#include "report/RequestFiles.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wres::ui {

RequestUpdatesDialog::RequestUpdatesDialog(PlanSession& session, const QString& folder, QWidget* parent)
    : QDialog(parent), m_session(session), m_folder(new QLineEdit(QDir::toNativeSeparators(folder))),
      m_lead(new QComboBox), m_limit(new QCheckBox(tr("Only actions &due within"))), m_days(new QSpinBox),
      m_pdf(new QCheckBox(tr("Also write each request as a &PDF to print"))), m_preview(new QLabel)
{
    setObjectName(QStringLiteral("requestUpdatesDialog"));
    setWindowTitle(tr("Request updates from leads"));
    auto* intro = new QLabel(tr("Each lead gets an Excel workbook listing their open actions, with drop-down lists "
                                "for the new status and RAG and a cell for a progress note. Send the workbooks "
                                "by email; import the returned ones with Plan ▸ Import Updates."));
    intro->setWordWrap(true);

    m_folder->setObjectName(QStringLiteral("requestFolder"));
    m_folder->setAccessibleName(tr("Folder for the workbooks"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the update requests"),
                                                                 QDir::fromNativeSeparators(m_folder->text()));
        if (!chosen.isEmpty())
            setFolder(chosen);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_lead->setObjectName(QStringLiteral("requestLead"));
    m_lead->setAccessibleName(tr("Which leads"));
    m_lead->addItem(tr("Every lead with open actions"), QString());
    for (const QString& lead : m_session.leads())
        m_lead->addItem(lead, lead);

    m_limit->setObjectName(QStringLiteral("requestLimit"));
    m_days->setObjectName(QStringLiteral("requestDays"));
    m_days->setAccessibleName(tr("Days ahead"));
    m_days->setRange(0, 3650);
    m_days->setValue(60);
    m_days->setSuffix(tr(" days, or overdue"));
    m_days->setEnabled(false);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_limit);
    dueRow->addWidget(m_days);
    dueRow->addStretch(1);
    m_pdf->setObjectName(QStringLiteral("requestPdf"));
    m_preview->setObjectName(QStringLiteral("requestPreview"));

    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    auto* leadLabel = new QLabel(tr("&Leads:"));
    leadLabel->setBuddy(m_lead);
    form->addRow(leadLabel, m_lead);
    form->addRow(QString(), dueRow);
    form->addRow(QString(), m_pdf);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write Requests"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(m_lead, &QComboBox::currentIndexChanged, this, &RequestUpdatesDialog::updatePreview);
    connect(m_limit, &QCheckBox::toggled, m_days, &QWidget::setEnabled);
    connect(m_limit, &QCheckBox::toggled, this, &RequestUpdatesDialog::updatePreview);
    connect(m_days, &QSpinBox::valueChanged, this, &RequestUpdatesDialog::updatePreview);
    resize(620, sizeHint().height());
    updatePreview();
}

void RequestUpdatesDialog::setFolder(const QString& folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void RequestUpdatesDialog::setLead(const QString& lead)
{
    const int index = m_lead->findData(lead);
    m_lead->setCurrentIndex(index < 0 ? 0 : index);
}

void RequestUpdatesDialog::setDueWithin(int days)
{
    m_limit->setChecked(days >= 0);
    if (days >= 0)
        m_days->setValue(days);
}

void RequestUpdatesDialog::setPdf(bool pdf)
{
    m_pdf->setChecked(pdf);
}

namespace {

core::UpdateRequests::Options optionsOf(const QComboBox& lead, const QCheckBox& limit, const QSpinBox& days)
{
    core::UpdateRequests::Options options;
    options.lead = lead.currentData().toString();
    if (limit.isChecked())
        options.dueWithinDays = days.value();
    return options;
}

} // namespace

QString RequestUpdatesDialog::preview() const
{
    return m_preview->text();
}

void RequestUpdatesDialog::updatePreview()
{
    const auto requests = m_session.gatherRequests(optionsOf(*m_lead, *m_limit, *m_days));
    const int actions = core::UpdateRequests::actionCount(requests);
    m_preview->setText(requests.isEmpty() ? tr("No open actions to ask about.")
                                          : core::counted(requests.size(), tr("%1 lead will be asked about "),
                                                          tr("%1 leads will be asked about ")) +
                                                core::counted(actions, tr("%1 open action."), tr("%1 open actions.")));
}

bool RequestUpdatesDialog::writeRequests()
{
    m_written.clear();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const auto refuse = [this](const QString& text) {
        MessageBox::warning(this, tr("Update requests not written"), text);
        return false;
    };
    if (folder.isEmpty())
        return refuse(tr("Choose a folder for the workbooks."));
    const QList<core::UpdateRequests::LeadRequest> requests =
        m_session.gatherRequests(optionsOf(*m_lead, *m_limit, *m_days));
    if (requests.isEmpty())
        return refuse(tr("No open actions to ask about; nothing was written."));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    try {
        // A viewer is refused before anything is written; then the round is written and recorded
        // all or nothing (RequestFiles), never over answers not imported yet.
        m_session.ensureMayIssueRequests();
        core::SafeWrite::Options guard;
        guard.mayReplace = [this](const QString& existing) { return m_session.pendingAnswers(existing); };
        const QList<RequestFiles::Written> written = RequestFiles::write(requests, folder, m_pdf->isChecked(), guard,
                                                                         [&] { m_session.recordRequests(requests); });
        for (const RequestFiles::Written& w : written) {
            m_written << w.workbook;
            if (!w.pdf.isEmpty())
                m_written << w.pdf;
        }
    } catch (const core::StoreError& e) {
        failure = e.message();
    } catch (const std::exception& e) {
        failure = QString::fromStdString(e.what());
    }
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty())
        return refuse(tr("%1\n\nNothing was written and no request was recorded.").arg(failure));
    const int actions = core::UpdateRequests::actionCount(requests);
    MessageBox::information(
        this, tr("Update requests written"),
        core::counted(requests.size(), tr("Wrote %1 update request"), tr("Wrote %1 update requests")) +
            core::counted(actions, tr(" (%1 action)"), tr(" (%1 actions)")) +
            tr(" to %1.\n\nSend each workbook to its lead; when they come back, use Plan ▸ Import Updates.")
                .arg(QDir::toNativeSeparators(folder)));
    return true;
}

void RequestUpdatesDialog::accept()
{
    if (writeRequests())
        QDialog::accept();
}

} // namespace wres::ui
