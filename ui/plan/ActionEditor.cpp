#include "ActionEditor.h"

#include "ActionTableModel.h"
#include "MeasureLinksTree.h"
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
#include <QTextDocument>
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

QPlainTextEdit* textBox(const QString& name, const QString& accessible, int lines)
{
    auto* box = new QPlainTextEdit;
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(lines * box->fontMetrics().lineSpacing() + 12);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
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
    : QWidget(parent), m_heading(new QLabel), m_place(new QLabel), m_notice(new QLabel), m_history(new QListWidget),
      m_status(new QComboBox), m_rag(new QComboBox),
      m_note(textBox(QStringLiteral("editProgress"), tr("New progress note"), 3)), m_objective(new QComboBox),
      m_number(new QLineEdit), m_text(textBox(QStringLiteral("editText"), tr("Action"), 5)), m_leads(new QLineEdit),
      m_timescale(new QLineEdit), m_due(new QLabel),
      m_milestones(textBox(QStringLiteral("editMilestones"), tr("Milestones"), 2)), m_tags(new QLineEdit),
      m_all(new QCheckBox(tr("All indicators"))), m_indicatorBox(new QWidget), m_otherLinks(new MeasureLinksTree),
      m_inherited(new QLabel), m_message(new QLabel), m_save(new QPushButton(tr("&Save"))),
      m_revert(new QPushButton(tr("Re&vert"))), m_scroll(new QScrollArea)
{
    setObjectName(QStringLiteral("actionEditor"));
    setAccessibleName(tr("Action editor"));
    m_heading->setObjectName(QStringLiteral("editHeading"));
    m_heading->setWordWrap(true);
    m_place->setObjectName(QStringLiteral("editPlace"));
    m_place->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("editNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4cc; color: #231f20; border: 1px solid #ffb81c; padding: 4px; }"));
    m_notice->hide();
    m_history->setObjectName(QStringLiteral("editHistory"));
    m_history->setAccessibleName(tr("History, newest first"));
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideNone);
    m_history->setResizeMode(QListView::Adjust);
    m_history->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_history->setMinimumHeight(3 * fontMetrics().lineSpacing() + 10);
    m_history->setMaximumHeight(9 * fontMetrics().lineSpacing() + 10);
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_rag->setObjectName(QStringLiteral("editRag"));
    m_note->setPlaceholderText(tr("What has happened since the last update? (Empty: no new note.)"));
    m_objective->setObjectName(QStringLiteral("editObjective"));
    m_objective->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_objective->setMinimumContentsLength(12);
    m_number->setObjectName(QStringLiteral("editNumber"));
    m_number->setAccessibleName(tr("Number as typed"));
    m_leads->setObjectName(QStringLiteral("editLeads"));
    m_leads->setPlaceholderText(tr("Leads, separated by ;"));
    m_timescale->setObjectName(QStringLiteral("editTimescale"));
    m_timescale->setPlaceholderText(tr("e.g. June 2024, Summer 2023, Q3 2024/25, Ongoing"));
    m_due->setObjectName(QStringLiteral("editDue"));
    m_due->setWordWrap(true); // a long warning wraps instead of widening the editor
    m_tags->setObjectName(QStringLiteral("editTags"));
    m_tags->setPlaceholderText(tr("e.g. People Promise: We are a team; Model Employer: targets"));
    m_all->setObjectName(QStringLiteral("editAllIndicators"));
    m_inherited->setObjectName(QStringLiteral("editInherited"));
    m_inherited->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("editMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a1538; font-weight: bold; }"));
    m_save->setObjectName(QStringLiteral("editSave"));
    m_save->setToolTip(tr("Save this action (Ctrl+S)"));
    m_revert->setObjectName(QStringLiteral("editRevert"));
    m_revert->setToolTip(tr("Put back the action as it was loaded"));
    for (core::Status s : {core::Status::None, core::Status::NotStarted, core::Status::InProgress,
                           core::Status::Delayed, core::Status::Complete})
        m_status->addItem(StatusStyle::statusIcon(s),
                          s == core::Status::None ? tr("(no status)") : core::statusLabel(s), int(s));
    for (core::Rag r : {core::Rag::None, core::Rag::Red, core::Rag::Amber, core::Rag::Green, core::Rag::Blue})
        m_rag->addItem(StatusStyle::ragIcon(r), r == core::Rag::None ? tr("(no RAG)") : core::ragLabel(r), int(r));
    for (QWidget* field : std::initializer_list<QWidget*>{m_objective, m_leads, m_timescale, m_tags, m_number})
        field->setMinimumWidth(80);

    auto* historyLabel = new QLabel(tr("Histor&y (newest first):"));
    historyLabel->setBuddy(m_history);
    auto* updateForm = new QFormLayout;
    updateForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    updateForm->addRow(tr("Stat&us:"), m_status);
    updateForm->addRow(tr("&RAG:"), m_rag);
    updateForm->addRow(tr("Ne&w progress note:"), m_note);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("O&bjective:"), m_objective);
    form->addRow(tr("Number:"), m_number);
    form->addRow(tr("&Action:"), m_text);
    form->addRow(tr("&Leads:"), m_leads);
    form->addRow(tr("&Timescale:"), m_timescale);
    form->addRow(QString(), m_due);
    form->addRow(tr("Milestones:"), m_milestones);
    form->addRow(tr("Ta&gs:"), m_tags);
    auto* indicators = new QGroupBox(tr("WRES &indicators it aims to move"));
    auto* indicatorLayout = new QVBoxLayout(indicators);
    indicatorLayout->addWidget(m_inherited);
    indicatorLayout->addWidget(m_all);
    indicatorLayout->addWidget(m_indicatorBox);
    // WDES metrics and the high impact actions' measures, beside WRES's (issue 18).
    auto* othersLabel = new QLabel(tr("Lin&ks to WDES metrics and the EDI Improvement Plan's high impact actions "
                                      "(HIA):"));
    othersLabel->setWordWrap(true);
    othersLabel->setBuddy(m_otherLinks);
    indicatorLayout->addWidget(othersLabel);
    indicatorLayout->addWidget(m_otherLinks);

    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_heading);
    innerLayout->addWidget(m_place);
    innerLayout->addWidget(m_notice);
    innerLayout->addWidget(historyLabel);
    innerLayout->addWidget(m_history);
    innerLayout->addLayout(updateForm);
    innerLayout->addLayout(form);
    innerLayout->addWidget(indicators);
    innerLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("editorScroll"));
    m_scroll->setAccessibleName(tr("The action's history and fields"));
    m_scroll->setWidget(inner);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
    setMinimumWidth(260);

    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        for (QCheckBox* box : std::as_const(m_indicators))
            box->setEnabled(!all && !m_readOnly);
        // "All" is the plan's own indicators only, and stands alone (the plan file's form).
        m_otherLinks->setEnabled(!all && !m_readOnly);
        refreshState();
    });
    connect(m_otherLinks, &MeasureLinksTree::linksChanged, this, &ActionEditor::refreshState);
    for (QLineEdit* edit : {m_number, m_leads, m_timescale, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &ActionEditor::refreshState);
    for (QPlainTextEdit* edit : {m_text, m_milestones, m_note})
        connect(edit, &QPlainTextEdit::textChanged, this, &ActionEditor::refreshState);
    for (QComboBox* box : {m_status, m_rag, m_objective})
        connect(box, &QComboBox::currentIndexChanged, this, &ActionEditor::refreshState);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty() && isModified())
            emit saveRequested();
    });
    connect(m_revert, &QPushButton::clicked, this, &ActionEditor::revert);
    auto* save = new QShortcut(QKeySequence::Save, this, [this] { m_save->click(); });
    save->setContext(Qt::WidgetWithChildrenShortcut);
    // Ctrl+Z in a text box undoes the typing while there is typing to undo, and the plan's last step
    // once there is none (after a save, say): the box lets the window's Undo have the key.
    for (QWidget* box :
         std::initializer_list<QWidget*>{m_number, m_leads, m_timescale, m_tags, m_text, m_milestones, m_note})
        box->installEventFilter(this);
    setFramework(core::Framework::wres());
    clearAction();
}

void ActionEditor::setFramework(const core::Framework& framework)
{
    qDeleteAll(m_indicatorBox->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
    delete m_indicatorBox->layout();
    m_indicators.clear();
    m_indicatorTitles.clear();
    auto* grid = new QGridLayout(m_indicatorBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const core::Indicator& i : framework.indicators) {
        // The title beside the box wraps, so the editor stays as narrow as its pane.
        auto* box = new QCheckBox(QString::number(i.number));
        box->setObjectName(QStringLiteral("editIndicator%1").arg(i.number));
        box->setProperty("number", i.number);
        box->setToolTip(i.definition);
        box->setAccessibleName(QStringLiteral("%1. %2").arg(i.number).arg(i.shortTitle));
        auto* title = new QLabel(i.shortTitle);
        title->setWordWrap(true);
        title->setToolTip(i.definition);
        grid->addWidget(box, row, 0, Qt::AlignTop);
        grid->addWidget(title, row++, 1);
        m_indicators << box;
        m_indicatorTitles << title;
        connect(box, &QCheckBox::toggled, this, &ActionEditor::refreshState);
    }
}

void ActionEditor::setAction(const core::ActionData& action, const core::ActionRow& row,
                             const QList<core::StatusUpdate>& history, const QStringList& leads)
{
    m_loading = true;
    m_action = action;
    m_row = row;
    m_reference = row.reference;
    m_updates = history;
    m_leadChoices = leads;
    setEnabled(true);
    m_heading->setText(tr("<b>Action %1</b>").arg(row.reference.toHtmlEscaped()));
    QString place = tr("Theme: %1").arg(row.theme.toHtmlEscaped());
    if (!row.objective.isEmpty())
        place +=
            QStringLiteral("<br>") +
            tr("Objective %1: %2").arg(row.objectiveNumber.toHtmlEscaped(), row.objective.simplified().toHtmlEscaped());
    m_place->setText(place);
    m_notice->hide();
    m_number->setText(action.number);
    m_text->setPlainText(action.text);
    m_leads->setText(action.leads.join(QStringLiteral("; ")));
    m_leads->setCursorPosition(0); // the start of the names, not the end, shows in a narrow field
    // One completer, offering the plan's leads as they are now; a suggestion left open from the
    // last action goes (it would take the keys meant for the window).
    if (!m_leads->completer()) {
        auto* completer = new LeadCompleter(new QStringListModel(m_leads), m_leads);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_leads->setCompleter(completer);
    }
    m_leads->completer()->popup()->hide();
    static_cast<QStringListModel*>(m_leads->completer()->model())->setStringList(leads);
    m_timescale->setText(action.timescale.text);
    m_timescale->setCursorPosition(0);
    m_status->setCurrentIndex(m_status->findData(int(action.status)));
    m_rag->setCurrentIndex(m_rag->findData(int(action.rag)));
    m_note->clear(); // a new note starts empty: the last one is in the history above
    m_milestones->setPlainText(action.milestones);
    m_all->setChecked(action.indicators.scope == core::IndicatorLinks::Scope::All);
    for (QCheckBox* box : std::as_const(m_indicators))
        box->setChecked(action.indicators.numbers.contains(box->property("number").toInt()));
    m_otherLinks->setLinks(action.indicators.others);
    m_tags->setText(core::tagsToText(action.tags));
    m_tags->setCursorPosition(0);
    showHistory(history);
    m_loading = false;
    refreshState();
}

void ActionEditor::showHistory(const QList<core::StatusUpdate>& history)
{
    m_history->clear();
    const QLocale locale;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        QStringList lines;
        lines << QStringLiteral("%1 \u00b7 %2")
                     .arg(locale.toString(it->recordedAt.toLocalTime(), QLocale::ShortFormat),
                          it->author.isEmpty() ? tr("(no name)") : it->author);
        lines << QStringLiteral("%1 \u00b7 %2")
                     .arg(it->status == core::Status::None ? tr("No status") : core::statusLabel(it->status),
                          it->rag == core::Rag::None ? tr("no RAG") : tr("RAG %1").arg(core::ragLabel(it->rag)));
        if (!it->note.isEmpty())
            lines << it->note;
        auto* item = new QListWidgetItem(StatusStyle::statusIcon(it->status), lines.join(QLatin1Char('\n')));
        item->setToolTip(it->note);
        m_history->addItem(item);
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("No updates recorded yet."));
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

void ActionEditor::clearAction(const QString& why)
{
    m_action = {};
    m_reference.clear();
    m_heading->setText(why.isEmpty() ? tr("Choose an action in the table to see and edit it.") : why);
    m_place->clear();
    m_notice->hide();
    m_history->clear();
    m_note->clear();
    setEnabled(false);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

void ActionEditor::revert()
{
    if (m_action.id == 0)
        return;
    const core::ActionData original = m_action;
    const core::ActionRow row = m_row;
    const QList<core::StatusUpdate> updates = m_updates;
    const QStringList leads = m_leadChoices;
    const qint64 objective = m_objectiveId;
    setAction(original, row, updates, leads);
    m_objective->setCurrentIndex(std::max(0, m_objective->findData(objective)));
}

core::ActionData ActionEditor::edited() const
{
    core::ActionData a = m_action;
    a.number = m_number->text().trimmed();
    a.text = m_text->toPlainText();
    a.leads = splitLeads(m_leads->text());
    a.timescale = core::TimescaleParser::parse(m_timescale->text().trimmed());
    a.milestones = m_milestones->toPlainText();
    a.indicators = {};
    if (m_all->isChecked()) {
        a.indicators.scope = core::IndicatorLinks::Scope::All;
    } else {
        for (const QCheckBox* box : m_indicators)
            if (box->isChecked())
                a.indicators.numbers << box->property("number").toInt();
        a.indicators.others = m_otherLinks->links();
    }
    a.tags = core::parseTags(m_tags->text());
    return a;
}

std::optional<core::UpdateRequest> ActionEditor::update() const
{
    core::UpdateRequest request;
    const auto status = core::Status(m_status->currentData().toInt());
    const auto rag = core::Rag(m_rag->currentData().toInt());
    if (status != m_action.status)
        request.status = status;
    if (rag != m_action.rag)
        request.rag = rag;
    if (const QString note = m_note->toPlainText().trimmed(); !note.isEmpty())
        request.progress = note;
    if (!request.status && !request.rag && !request.progress)
        return std::nullopt;
    request.source = QStringLiteral("window");
    return request;
}

bool ActionEditor::isModified() const
{
    if (m_action.id == 0)
        return false;
    const core::ActionData e = edited();
    // "n/a" has no box of its own: an unchanged n/a stays n/a.
    core::IndicatorLinks loaded = m_action.indicators;
    loaded.others = MeasureLinksTree::ordered(loaded.others); // the order the tree gives them in
    const bool indicatorsSame =
        e.indicators == loaded ||
        (m_action.indicators.scope == core::IndicatorLinks::Scope::NotApplicable && e.indicators.isEmpty());
    return chosenObjective() != m_objectiveId || e.number != m_action.number || e.text != m_action.text ||
           e.leads != m_action.leads || e.timescale.text != m_action.timescale.text ||
           e.milestones != m_action.milestones || !indicatorsSame || e.tags != m_action.tags || update().has_value();
}

QString ActionEditor::problem() const
{
    if (m_text->toPlainText().trimmed().isEmpty())
        return tr("An action needs a description: the action text is empty.");
    return {};
}

void ActionEditor::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString ActionEditor::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void ActionEditor::focusFieldsToFill()
{
    QWidget* first = m_leads->text().trimmed().isEmpty()       ? static_cast<QWidget*>(m_leads)
                     : m_timescale->text().trimmed().isEmpty() ? static_cast<QWidget*>(m_timescale)
                                                               : static_cast<QWidget*>(m_text);
    m_scroll->ensureWidgetVisible(first);
    first->setFocus();
}

void ActionEditor::focusUpdate()
{
    QWidget* first = m_status->isEnabled() ? static_cast<QWidget*>(m_status) : static_cast<QWidget*>(m_history);
    m_scroll->ensureWidgetVisible(first);
    first->setFocus(Qt::ShortcutFocusReason);
}

void ActionEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit* line : {m_number, m_leads, m_timescale, m_tags})
        line->setReadOnly(readOnly);
    for (QPlainTextEdit* text : {m_text, m_milestones, m_note})
        text->setReadOnly(readOnly);
    for (QWidget* choice : std::initializer_list<QWidget*>{m_objective, m_status, m_rag, m_all})
        choice->setEnabled(!readOnly);
    for (QCheckBox* box : std::as_const(m_indicators))
        box->setEnabled(!readOnly && !m_all->isChecked());
    m_otherLinks->setEnabled(!readOnly && !m_all->isChecked());
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
        m_due->setText(tr("No timescale yet"));
        break;
    }
    // Own indicators, or (none ticked) the theme's, which the action then inherits: said in words.
    const bool noneOwn =
        !m_all->isChecked() && m_otherLinks->links().isEmpty() &&
        std::none_of(m_indicators.begin(), m_indicators.end(), [](const QCheckBox* box) { return box->isChecked(); });
    if (m_all->isChecked() && !m_otherLinks->links().isEmpty())
        m_inherited->setText(tr("\"All\" is every WRES indicator and stands alone in the plan: saving drops the WDES "
                                "and HIA links ticked below."));
    else if (noneOwn && !m_row.themeIndicators.isEmpty())
        m_inherited->setText(
            tr("None ticked: it inherits its theme's indicators, %1.").arg(m_row.themeIndicators.toText()));
    else if (noneOwn)
        m_inherited->setText(tr("None ticked, and its theme names none."));
    else {
        // Per framework, as ActionRow::aims reads them: one it names none of is its theme's.
        core::ActionRow shown = m_row;
        shown.indicators = edited().indicators;
        const QString links = ActionTableModel::linksText(shown);
        m_inherited->setText(links.contains(tr("(theme)"))
                                 ? tr("Its own links; for a framework it names none of, its theme's: %1.").arg(links)
                                 : tr("Its own indicators (not its theme's)."));
    }
    const QString why = problem();
    m_message->setText(why);
    const bool modified = isModified();
    m_save->setEnabled(why.isEmpty() && modified);
    m_revert->setEnabled(modified);
}

} // namespace wres::ui
