#include "ConflictDialog.h"

#include "domain/Rag.h"
#include "domain/Status.h"
#include "domain/Tag.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wres::ui {
ConflictDialog::Hook& ConflictDialog::hook()
{
    static Hook instance;
    return instance;
}

void ConflictDialog::setHook(Hook h)
{
    hook() = std::move(h);
}

QList<QStringList> ConflictDialog::differences(const core::ActionData& mine, const core::ActionData& theirs)
{
    const QList<QStringList> fields = {
        {tr("Number"), mine.number, theirs.number},
        {tr("Action"), mine.text, theirs.text},
        {tr("Leads"), mine.leads.join(QStringLiteral("; ")), theirs.leads.join(QStringLiteral("; "))},
        {tr("Timescale"), mine.timescale.text, theirs.timescale.text},
        {tr("Status"), core::statusLabel(mine.status), core::statusLabel(theirs.status)},
        {tr("RAG"), core::ragLetter(mine.rag), core::ragLetter(theirs.rag)},
        {tr("Milestones"), mine.milestones, theirs.milestones},
        {tr("Progress"), mine.progress, theirs.progress},
        {tr("Indicators"), mine.indicators.toText(), theirs.indicators.toText()},
        {tr("Tags"), core::tagsToText(mine.tags), core::tagsToText(theirs.tags)},
    };
    QList<QStringList> differ;
    for (const QStringList& field : fields)
        if (field[1] != field[2])
            differ << field;
    return differ;
}

ConflictDialog::ConflictDialog(const core::ActionData& mine, const core::ActionData& theirs, const QString& reference,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this action"));
    auto* intro = new QLabel(tr("<b>Action %1 was changed by someone else since you opened it.</b><br>Compare the two "
                                "versions and choose which to keep. Their change stays in the history and the audit "
                                "trail whichever you choose.")
                                 .arg((reference.isEmpty() ? mine.number : reference).toHtmlEscaped()));
    intro->setWordWrap(true);
    const QList<QStringList> rows = differences(mine, theirs);
    auto* table = new QTableWidget(int(rows.size()), 3);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setAccessibleName(tr("Both versions, field by field"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved by someone else")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 3; ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->resizeRowsToContents();

    auto* buttons = new QDialogButtonBox;
    QPushButton* keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    QPushButton* take = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("Keep &editing"), QDialogButtonBox::RejectRole);
    keep->setToolTip(tr("Save your version over theirs."));
    take->setToolTip(tr("Drop your edits and show the saved version."));
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(820, 420);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget* parent, const core::ActionData& mine,
                                           const core::ActionData& theirs, const QString& reference)
{
    if (hook())
        return hook()(mine, theirs);
    ConflictDialog dialog(mine, theirs, reference, parent);
    dialog.exec();
    return dialog.m_choice;
}

} // namespace wres::ui
