#include "UpdateDialog.h"

#include "style/StatusStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wres::ui {

UpdateDialog::UpdateDialog(const core::ActionRow& action, const QString& author, QWidget* parent)
    : QDialog(parent), m_status(new QComboBox), m_rag(new QComboBox), m_note(new QPlainTextEdit),
      m_author(new QLineEdit(author)), m_oldStatus(action.status), m_oldRag(action.rag)
{
    setWindowTitle(tr("Add update"));
    setObjectName(QStringLiteral("updateDialog"));
    m_status->setObjectName(QStringLiteral("updateStatus"));
    m_rag->setObjectName(QStringLiteral("updateRag"));
    m_note->setObjectName(QStringLiteral("updateNote"));
    m_author->setObjectName(QStringLiteral("updateAuthor"));
    for (core::Status s : {core::Status::None, core::Status::NotStarted, core::Status::InProgress,
                           core::Status::Delayed, core::Status::Complete})
        m_status->addItem(StatusStyle::statusIcon(s),
                          s == core::Status::None ? tr("(no status)") : core::statusLabel(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    for (core::Rag r : {core::Rag::None, core::Rag::Red, core::Rag::Amber, core::Rag::Green, core::Rag::Blue})
        m_rag->addItem(StatusStyle::ragIcon(r), r == core::Rag::None ? tr("(no RAG)") : core::ragLabel(r), int(r));
    m_rag->setCurrentIndex(m_rag->findData(int(action.rag)));
    m_note->setPlaceholderText(tr("What has happened since the last update?"));
    m_note->setTabChangesFocus(true);

    auto* title = new QLabel(tr("<b>Action %1</b> %2")
                                 .arg(action.reference.toHtmlEscaped(),
                                      action.text.section(QLatin1Char('\n'), 0, 0).simplified().toHtmlEscaped()));
    title->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&RAG:"), m_rag);
    form->addRow(tr("New progress &note:"), m_note);
    form->addRow(tr("&By:"), m_author);
    if (!action.progress.isEmpty()) {
        auto* previous = new QLabel(tr("Latest progress: %1").arg(action.progress.toHtmlEscaped()));
        previous->setWordWrap(true);
        form->addRow(QString(), previous);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record &update"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UpdateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 360);
}

core::UpdateRequest UpdateDialog::request() const
{
    core::UpdateRequest request;
    const auto status = core::Status(m_status->currentData().toInt());
    const auto rag = core::Rag(m_rag->currentData().toInt());
    if (status != m_oldStatus)
        request.status = status;
    if (rag != m_oldRag)
        request.rag = rag;
    if (const QString note = m_note->toPlainText().trimmed(); !note.isEmpty())
        request.progress = note;
    request.author = m_author->text().simplified();
    request.source = QStringLiteral("window");
    return request;
}

void UpdateDialog::accept()
{
    const core::UpdateRequest r = request();
    if (!r.status && !r.rag && !r.progress) {
        m_note->setFocus();
        m_note->setPlaceholderText(tr("Nothing has changed: give a new status, RAG or a progress note."));
        return;
    }
    if (r.author.isEmpty()) {
        m_author->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace wres::ui
