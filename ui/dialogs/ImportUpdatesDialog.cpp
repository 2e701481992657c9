#include "ImportUpdatesDialog.h"

#include "dialogs/MessageBox.h"
#include "domain/Counted.h"
#include "plan/PlanSession.h"
#include "store/StoreError.h"
#include "style/StatusStyle.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wres::ui {
namespace {

// Symbol and word ("◐ In progress", "A Amber"), so nothing depends on colour; "(none)" for none.
QString statusText(core::Status s)
{
    return s == core::Status::None ? QCoreApplication::translate("wres", "(none)") : StatusStyle::statusText(s);
}

QString ragText(core::Rag r)
{
    return r == core::Rag::None ? QCoreApplication::translate("wres", "(none)") : StatusStyle::ragText(r);
}

} // namespace

UpdateReviewModel::UpdateReviewModel(QList<core::UpdateReturns::FileReview>& reviews, QObject* parent)
    : QAbstractTableModel(parent), m_reviews(reviews)
{
    for (int f = 0; f < m_reviews.size(); ++f)
        if (m_reviews[f].canApply())
            for (int c = 0; c < m_reviews[f].changes.size(); ++c)
                m_rows << std::make_pair(f, c);
}

int UpdateReviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UpdateReviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

core::UpdateReturns::Change& UpdateReviewModel::changeAt(int row) const
{
    const auto [file, change] = m_rows[row];
    return m_reviews[file].changes[change];
}

const core::UpdateReturns::Change& UpdateReviewModel::change(int row) const
{
    return changeAt(row);
}

QVariant UpdateReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::UpdateReturns::Change& c = changeAt(index.row());
    if (index.column() == ApplyColumn) {
        if (role == Qt::CheckStateRole)
            return c.accepted ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return c.accepted ? tr("Will be applied") : tr("Will not be applied");
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ActionColumn)
        return c.action;
    if (role == Qt::ToolTipRole && index.column() == CheckColumn && c.conflict)
        return core::UpdateReturns::describeConflict(c);
    if (role != Qt::DisplayRole)
        return {};
    const auto arrow = [](const QString& from, const QString& to) {
        return from == to ? to : QStringLiteral("%1 → %2").arg(from, to);
    };
    switch (index.column()) {
    case LeadColumn:
        return m_reviews[m_rows[index.row()].first].lead;
    case NumberColumn:
        return c.number;
    case ActionColumn:
        return c.action;
    case StatusColumn:
        return c.status ? arrow(statusText(c.planStatus), statusText(*c.status)) : tr("(not answered)");
    case RagColumn:
        return c.rag ? arrow(ragText(c.planRag), ragText(*c.rag)) : tr("(not answered)");
    case NoteColumn:
        return c.note.isEmpty() ? QStringLiteral("—")
                                : QString(c.note).replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    case CheckColumn:
        return c.conflict ? tr("⚠ Conflict: changed in the plan since the request") : tr("✓ Ready");
    default:
        return {};
    }
}

bool UpdateReviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != ApplyColumn || role != Qt::CheckStateRole)
        return false;
    changeAt(index.row()).accepted = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit acceptedChanged();
    return true;
}

Qt::ItemFlags UpdateReviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ApplyColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant UpdateReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApplyColumn:
        return tr("Apply");
    case LeadColumn:
        return tr("Lead");
    case NumberColumn:
        return tr("No.");
    case ActionColumn:
        return tr("Action");
    case StatusColumn:
        return tr("Status");
    case RagColumn:
        return tr("RAG");
    case NoteColumn:
        return tr("Progress update");
    case CheckColumn:
        return tr("Check");
    default:
        return {};
    }
}

void UpdateReviewModel::setAllAccepted(bool accepted)
{
    for (int row = 0; row < m_rows.size(); ++row)
        changeAt(row).accepted = accepted;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ApplyColumn), index(int(m_rows.size()) - 1, ApplyColumn), {Qt::CheckStateRole});
    emit acceptedChanged();
}

ImportUpdatesDialog::ImportUpdatesDialog(PlanSession& session, const QStringList& files, QWidget* parent)
    : QDialog(parent), m_session(session), m_heading(new QLabel), m_problems(new QPlainTextEdit),
      m_table(new QTableView), m_details(new QTextBrowser)
{
    setObjectName(QStringLiteral("importUpdatesDialog"));
    setWindowTitle(tr("Import updates from leads"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString& path : files)
        m_reviews << m_session.reviewReturn(path, QFileInfo(path).fileName());
    QApplication::restoreOverrideCursor();
    m_model = new UpdateReviewModel(m_reviews, this);

    int ready = 0, refused = 0, answers = 0, conflicts = 0, blank = 0;
    QStringList problems;
    for (const auto& r : std::as_const(m_reviews)) {
        if (!r.canApply()) {
            ++refused;
            problems << core::UpdateReturns::describeProblems(r);
            continue;
        }
        ++ready;
        answers += int(r.changes.size());
        conflicts += r.conflictCount();
        blank += r.blankRows;
    }
    QString heading = core::counted(ready, tr("%1 workbook can be imported"), tr("%1 workbooks can be imported")) +
                      core::counted(answers, tr(" (%1 answer"), tr(" (%1 answers")) +
                      core::counted(conflicts, tr(", %1 conflict"), tr(", %1 conflicts")) +
                      core::counted(blank, tr(", %1 row left blank)."), tr(", %1 rows left blank)."));
    if (refused > 0)
        heading += QLatin1Char(' ') + core::counted(refused, tr("%1 cannot be imported: see below."),
                                                    tr("%1 cannot be imported: see below."));
    heading += QLatin1Char(' ') + tr("Untick any answer you do not want recorded; conflicts are unticked until you "
                                     "have compared them.");
    m_heading->setText(heading);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("importUpdatesHeading"));

    m_problems->setObjectName(QStringLiteral("importUpdatesProblems"));
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Files not imported and why"));
    m_problems->setPlainText(problems.join(QStringLiteral("\n\n")));
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setMaximumHeight(130);

    m_table->setObjectName(QStringLiteral("importUpdatesTable"));
    m_table->setAccessibleName(tr("Answers to apply"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(UpdateReviewModel::ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(UpdateReviewModel::NoteColumn, QHeaderView::Stretch);
    const std::pair<int, int> widths[] = {{UpdateReviewModel::ApplyColumn, 60},  {UpdateReviewModel::LeadColumn, 150},
                                          {UpdateReviewModel::NumberColumn, 50}, {UpdateReviewModel::StatusColumn, 200},
                                          {UpdateReviewModel::RagColumn, 150},   {UpdateReviewModel::CheckColumn, 250}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_details->setObjectName(QStringLiteral("importUpdatesDetails"));
    m_details->setAccessibleName(tr("The selected answer beside the plan"));

    auto* problemsLabel = new QLabel(tr("Not imported (put these right in the workbook and import it again):"));
    problemsLabel->setVisible(!problems.isEmpty());
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("importUpdatesApply"));
    m_apply->setDefault(true);
    QPushButton* all = buttons->addButton(tr("Tick A&ll"), QDialogButtonBox::ActionRole);
    QPushButton* none = buttons->addButton(tr("Tick &None"), QDialogButtonBox::ActionRole);
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllAccepted(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &UpdateReviewModel::acceptedChanged, this, &ImportUpdatesDialog::updateButton);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportUpdatesDialog::showDetails);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problems);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1200, 720);
    updateButton();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, UpdateReviewModel::ApplyColumn));
    else
        m_details->setPlainText(tr("No answers to apply."));
    m_table->setFocus();
}

QString ImportUpdatesDialog::problemsText() const
{
    return m_problems->toPlainText();
}

QString ImportUpdatesDialog::detailsText() const
{
    return m_details->toPlainText();
}

void ImportUpdatesDialog::updateButton()
{
    int accepted = 0;
    bool anyFile = false;
    for (const auto& r : std::as_const(m_reviews))
        if (r.canApply()) {
            accepted += r.acceptedCount();
            anyFile = true;
        }
    m_apply->setText(core::counted(accepted, tr("&Apply %1 Update"), tr("&Apply %1 Updates")));
    // Even with nothing ticked, applying records that the lead answered.
    m_apply->setEnabled(anyFile);
}

void ImportUpdatesDialog::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const core::UpdateReturns::Change& c = m_model->change(current.row());
    const auto cell = [](const QString& text) {
        return QStringLiteral("<td style='padding:4px 10px'>%1</td>")
            .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    const QString unanswered = tr("(not answered: stays as it is)");
    QString html = QStringLiteral("<p><b>%1 %2</b></p>").arg(c.number.toHtmlEscaped(), c.action.toHtmlEscaped());
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse'>"
                           "<tr><th></th>");
    if (c.conflict)
        html += QStringLiteral("<th>%1</th>").arg(tr("When the request was sent"));
    html += QStringLiteral("<th>%1</th><th>%2</th></tr>").arg(tr("In the plan now"), tr("The lead's answer"));
    const auto line = [&](const QString& label, const QString& sent, const QString& now, const QString& answer) {
        html += QStringLiteral("<tr><th align='left' style='padding:4px 10px'>%1</th>").arg(label.toHtmlEscaped());
        if (c.conflict)
            html += cell(sent);
        html += cell(now) + cell(answer) + QStringLiteral("</tr>");
    };
    line(tr("Status"), statusText(c.sentStatus), statusText(c.planStatus),
         c.status ? statusText(*c.status) : unanswered);
    line(tr("RAG"), ragText(c.sentRag), ragText(c.planRag), c.rag ? ragText(*c.rag) : unanswered);
    line(tr("Progress"), c.sentProgress, c.planProgress, c.note.isEmpty() ? unanswered : c.note);
    html += QStringLiteral("</table>");
    if (c.conflict) {
        html += QStringLiteral("<p><b>⚠ %1</b></p><ul>")
                    .arg(tr("Changed in the plan after the request was sent. Tick the answer only if it should "
                            "still be recorded over these changes:"));
        for (const QString& change : c.changesSince)
            html += QStringLiteral("<li>%1</li>").arg(change.toHtmlEscaped());
        if (c.changesSince.isEmpty())
            html += QStringLiteral("<li>%1</li>").arg(tr("The action was edited (see its audit trail)."));
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

int ImportUpdatesDialog::applyAccepted()
{
    QList<std::pair<QString, int>> answered;
    QStringList failures;
    int total = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (auto& review : m_reviews) {
        if (!review.canApply())
            continue;
        try {
            const int applied = m_session.applyReturn(review);
            answered << std::make_pair(review.lead, applied);
            total += applied;
        } catch (const core::StoreError& e) {
            failures << tr("%1: nothing from it was recorded: %2").arg(review.shownName, e.message());
        } catch (const core::InvalidRequest& e) {
            failures << tr("%1: nothing from it was recorded: %2").arg(review.shownName, e.message());
        }
    }
    QApplication::restoreOverrideCursor();
    m_summary = m_session.updateSummary(answered).text();
    int unticked = 0;
    for (const auto& review : std::as_const(m_reviews))
        if (review.canApply())
            unticked += int(review.changes.size()) - review.acceptedCount();
    if (unticked > 0)
        m_summary += QLatin1Char('\n') + core::counted(unticked, tr("%1 answer was not ticked and was not recorded."),
                                                       tr("%1 answers were not ticked and were not recorded."));
    if (!failures.isEmpty())
        m_summary += QStringLiteral("\n\n") + failures.join(QLatin1Char('\n'));
    if (total > 0 || !answered.isEmpty())
        emit applied();
    if (failures.isEmpty())
        MessageBox::information(this, tr("Updates imported"), m_summary);
    else
        MessageBox::warning(this, tr("Some updates not imported"), m_summary);
    return total;
}

void ImportUpdatesDialog::accept()
{
    applyAccepted();
    QDialog::accept();
}

} // namespace wres::ui
