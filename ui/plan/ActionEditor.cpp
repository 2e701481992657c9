#include "ActionEditor.h"

#include "framework/Framework.h"
#include "style/StatusStyle.h"
#include "timescale/TimescaleParser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

namespace wres::ui {
namespace {

QStringList splitLeads(const QString& text)
{
    QStringList leads;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        const QString lead = part.simplified();
        if (!lead.isEmpty() && !leads.contains(lead, Qt::CaseInsensitive))
            leads << lead;
    }
    return leads;
}

QPlainTextEdit* textBox(const QString& name, int lines)
{
    auto* box = new QPlainTextEdit;
    box->setObjectName(name);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(lines * box->fontMetrics().lineSpacing() + 12);
    return box;
}

// Completes the lead being typed after the last ';'.
class LeadCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex& index) const override
    {
        const QString typed = static_cast<QLineEdit*>(widget())->text();
        const qsizetype cut = typed.lastIndexOf(QLatin1Char(';'));
        return (cut < 0 ? QString() : typed.left(cut + 1) + QLatin1Char(' ')) + index.data().toString();
    }
    QStringList splitPath(const QString& path) const override { return {path.section(QLatin1Char(';'), -1).trimmed()}; }
};

} // namespace

ActionEditor::ActionEditor(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel), m_objective(new QComboBox), m_number(new QLineEdit),
      m_text(textBox(QStringLiteral("editText"), 6)), m_leads(new QLineEdit), m_timescale(new QLineEdit),
      m_due(new QLabel), m_status(new QComboBox), m_rag(new QComboBox),
      m_milestones(textBox(QStringLiteral("editMilestones"), 3)),
      m_progress(textBox(QStringLiteral("editProgress"), 3)), m_all(new QCheckBox(tr("All indicators"))),
      m_tags(new QLineEdit), m_history(new QListWidget), m_message(new QLabel), m_save(new QPushButton(tr("&Save"))),
      m_revert(new QPushButton(tr("Re&vert")))
{
    setObjectName(QStringLiteral("actionEditor"));
    m_number->setObjectName(QStringLiteral("editNumber"));
    m_objective->setObjectName(QStringLiteral("editObjective"));
    m_objective->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_objective->setMinimumContentsLength(20);
    m_leads->setObjectName(QStringLiteral("editLeads"));
    m_leads->setPlaceholderText(tr("Leads, separated by ;"));
    m_timescale->setObjectName(QStringLiteral("editTimescale"));
    m_timescale->setPlaceholderText(tr("e.g. June 2024, Summer 2023, Q3 2024/25, Ongoing"));
    m_due->setObjectName(QStringLiteral("editDue"));
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_rag->setObjectName(QStringLiteral("editRag"));
    m_tags->setObjectName(QStringLiteral("editTags"));
    m_tags->setPlaceholderText(tr("e.g. People Promise: We are a team; Model Employer: targets"));
    m_history->setObjectName(QStringLiteral("editHistory"));
    m_history->setMaximumHeight(110);
    m_message->setObjectName(QStringLiteral("editMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1538; font-weight: bold; }"));
    m_save->setObjectName(QStringLiteral("editSave"));
    m_save->setToolTip(tr("Save this action (Ctrl+S)"));
    m_heading->setWordWrap(true);
    for (core::Status s : {core::Status::None, core::Status::NotStarted, core::Status::InProgress,
                           core::Status::Delayed, core::Status::Complete})
        m_status->addItem(StatusStyle::statusIcon(s),
                          s == core::Status::None ? tr("(no status)") : StatusStyle::statusText(s), int(s));
    for (core::Rag r : {core::Rag::None, core::Rag::Red, core::Rag::Amber, core::Rag::Green, core::Rag::Blue})
        m_rag->addItem(StatusStyle::ragIcon(r), r == core::Rag::None ? tr("(no RAG)") : StatusStyle::ragText(r),
                       int(r));

    auto* indicators = new QGroupBox(tr("WRES &indicators it aims to move"));
    auto* grid = new QGridLayout(indicators);
    m_all->setObjectName(QStringLiteral("editAllIndicators"));
    grid->addWidget(m_all, 0, 0, 1, 2);
    int row = 1;
    grid->setColumnStretch(1, 1);
    for (const core::Indicator& i : core::Framework::wres().indicators) {
        // The title beside the box wraps, so the editor stays as narrow as its pane.
        auto* box = new QCheckBox(QString::number(i.number));
        box->setObjectName(QStringLiteral("editIndicator%1").arg(i.number));
        box->setToolTip(i.definition);
        box->setAccessibleName(QStringLiteral("%1. %2").arg(i.number).arg(i.shortTitle));
        auto* title = new QLabel(i.shortTitle);
        title->setWordWrap(true);
        title->setToolTip(i.definition);
        grid->addWidget(box, row, 0);
        grid->addWidget(title, row++, 1);
        m_indicators << box;
        connect(box, &QCheckBox::toggled, this, &ActionEditor::refreshState);
    }
    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        for (QCheckBox* box : m_indicators)
            box->setEnabled(!all);
        refreshState();
    });

    auto* form = new QFormLayout;
    form->addRow(tr("O&bjective:"), m_objective);
    form->addRow(tr("N&o.:"), m_number);
    form->addRow(tr("&Action:"), m_text);
    form->addRow(tr("&Leads:"), m_leads);
    form->addRow(tr("&Timescale:"), m_timescale);
    form->addRow(QString(), m_due);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&RAG:"), m_rag);
    form->addRow(tr("&Milestones:"), m_milestones);
    form->addRow(tr("&Progress:"), m_progress);
    form->addRow(tr("Ta&gs:"), m_tags);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_heading);
    innerLayout->addLayout(form);
    innerLayout->addWidget(indicators);
    auto* historyLabel = new QLabel(tr("&History (newest first):"));
    historyLabel->setBuddy(m_history);
    innerLayout->addWidget(historyLabel);
    innerLayout->addWidget(m_history);
    auto* scroll = new QScrollArea;
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timescale->setMinimumWidth(120);
    m_leads->setMinimumWidth(120);
    m_tags->setMinimumWidth(120);
    setMinimumWidth(340);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit* edit : {m_number, m_leads, m_timescale, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &ActionEditor::refreshState);
    for (QPlainTextEdit* edit : {m_text, m_milestones, m_progress})
        connect(edit, &QPlainTextEdit::textChanged, this, &ActionEditor::refreshState);
    for (QComboBox* box : {m_status, m_rag, m_objective})
        connect(box, &QComboBox::currentIndexChanged, this, &ActionEditor::refreshState);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty() && isModified())
            emit saveRequested(edited());
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const core::ActionData original = m_action;
        const QList<core::StatusUpdate> updates = m_updates;
        const QStringList leads = m_leadChoices;
        setAction(original, updates, leads);
    });
    auto* save = new QShortcut(QKeySequence::Save, this, [this] { m_save->click(); });
    save->setContext(Qt::WidgetWithChildrenShortcut);
    clearAction();
}

void ActionEditor::setAction(const core::ActionData& action, const QList<core::StatusUpdate>& history,
                             const QStringList& leads)
{
    m_loading = true;
    m_action = action;
    m_updates = history;
    m_leadChoices = leads;
    setEnabled(true);
    m_heading->setText(tr("<b>Action %1</b> (revision %2)").arg(action.number.toHtmlEscaped()).arg(action.revision));
    m_number->setText(action.number);
    m_text->setPlainText(action.text);
    m_leads->setText(action.leads.join(QStringLiteral("; ")));
    if (!leads.isEmpty()) {
        auto* completer = new LeadCompleter(leads, m_leads);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_leads->setCompleter(completer);
    }
    m_timescale->setText(action.timescale.text);
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_rag->setCurrentIndex(m_rag->findData(int(action.rag)));
    m_milestones->setPlainText(action.milestones);
    m_progress->setPlainText(action.progress);
    m_all->setChecked(action.indicators.scope == core::IndicatorLinks::Scope::All);
    for (int i = 0; i < m_indicators.size(); ++i)
        m_indicators[i]->setChecked(action.indicators.numbers.contains(i + 1));
    m_tags->setText(core::tagsToText(action.tags));
    m_history->clear();
    const QLocale locale;
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        m_history->addItem(tr("%1 — %2 — %3%4")
                               .arg(locale.toString(it->recordedAt.toLocalTime(), QLocale::ShortFormat), it->author,
                                    StatusStyle::statusText(it->status),
                                    it->note.isEmpty() ? QString() : QStringLiteral(": ") + it->note));
    if (m_history->count() == 0)
        m_history->addItem(tr("No updates recorded yet."));
    m_loading = false;
    refreshState();
}

void ActionEditor::setObjectives(const QList<QPair<qint64, QString>>& objectives, qint64 current)
{
    m_loading = true;
    m_objective->clear();
    for (const auto& [id, label] : objectives)
        m_objective->addItem(label, id);
    m_objectiveId = current;
    m_objective->setCurrentIndex(std::max(0, m_objective->findData(current)));
    m_loading = false;
    refreshState();
}

qint64 ActionEditor::chosenObjective() const
{
    return m_objective->currentData().toLongLong();
}

void ActionEditor::clearAction()
{
    m_action = {};
    m_heading->setText(tr("Choose an action in the table to see and edit it."));
    setEnabled(false);
    m_save->setEnabled(false);
}

core::ActionData ActionEditor::edited() const
{
    core::ActionData a = m_action;
    a.number = m_number->text().trimmed();
    a.text = m_text->toPlainText();
    a.leads = splitLeads(m_leads->text());
    a.timescale = core::TimescaleParser::parse(m_timescale->text().trimmed());
    a.status = core::Status(m_status->currentData().toInt());
    a.rag = core::Rag(m_rag->currentData().toInt());
    a.milestones = m_milestones->toPlainText();
    a.progress = m_progress->toPlainText();
    a.indicators = {};
    if (m_all->isChecked()) {
        a.indicators.scope = core::IndicatorLinks::Scope::All;
    } else {
        for (int i = 0; i < m_indicators.size(); ++i)
            if (m_indicators[i]->isChecked())
                a.indicators.numbers << i + 1;
    }
    a.tags = core::parseTags(m_tags->text());
    return a;
}

bool ActionEditor::isModified() const
{
    if (m_action.id == 0)
        return false;
    const core::ActionData e = edited();
    // "n/a" has no box of its own: an unchanged n/a stays n/a.
    const bool indicatorsSame =
        e.indicators == m_action.indicators ||
        (m_action.indicators.scope == core::IndicatorLinks::Scope::NotApplicable && e.indicators.isEmpty());
    return chosenObjective() != m_objectiveId || e.number != m_action.number || e.text != m_action.text ||
           e.leads != m_action.leads || e.timescale.text != m_action.timescale.text || e.status != m_action.status ||
           e.rag != m_action.rag || e.milestones != m_action.milestones || e.progress != m_action.progress ||
           !indicatorsSame || e.tags != m_action.tags;
}

QString ActionEditor::problem() const
{
    if (m_text->toPlainText().trimmed().isEmpty())
        return tr("An action needs a description: the action text is empty.");
    return {};
}

void ActionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* line : {m_number, m_leads, m_timescale, m_tags})
        line->setReadOnly(readOnly);
    for (QPlainTextEdit* text : {m_text, m_milestones, m_progress})
        text->setReadOnly(readOnly);
    for (QWidget* choice : {static_cast<QWidget*>(m_objective), static_cast<QWidget*>(m_status),
                            static_cast<QWidget*>(m_rag), static_cast<QWidget*>(m_all)})
        choice->setEnabled(!readOnly);
    for (QCheckBox* box : m_indicators)
        box->setEnabled(!readOnly);
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
    refreshState();
}

void ActionEditor::refreshState()
{
    if (m_loading)
        return;
    const core::Timescale t = core::TimescaleParser::parse(m_timescale->text().trimmed());
    switch (t.kind) {
    case core::Timescale::Kind::Dated:
        m_due->setText(tr("Due %1").arg(QLocale().toString(t.due, QStringLiteral("d MMMM yyyy"))));
        break;
    case core::Timescale::Kind::Ongoing:
        m_due->setText(tr("Ongoing: no due date"));
        break;
    case core::Timescale::Kind::Unparsed:
        m_due->setText(tr("⚠ Not a date we can read: kept as typed, but it will never show as overdue."));
        break;
    case core::Timescale::Kind::Empty:
        m_due->setText(tr("No timescale"));
        break;
    }
    const QString why = problem();
    m_message->setText(why);
    m_save->setEnabled(why.isEmpty() && isModified());
    m_revert->setEnabled(isModified());
}

} // namespace wres::ui
