// Plan ▸ Request Updates and Plan ▸ Import Updates: workbooks written from the window, answered as
// a lead would, reviewed with ticks (a conflict side by side, a bad file named), applied.
#include "WindowTest.h"
#include "WorkbookEdit.h"
#include "dialogs/ImportUpdatesDialog.h"
#include "dialogs/RequestUpdatesDialog.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "window/EditorController.h"
#include "window/PlanDialogs.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QTableView>
#include <QTest>

namespace {

using namespace wres;

const QString kAnswers = QStringLiteral("xl/worksheets/sheet1.xml");

class UpdateRoundTrip : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(window.openFile(demo));
    }

    QAction* action(const char* name) const { return window.findChild<QAction*>(QString::fromLatin1(name)); }

    // Writes the requests through the dialog, as the user would with the given lead.
    QStringList writeRequests(const QString& lead, bool pdf)
    {
        ui::RequestUpdatesDialog* dialog = window.dialogs().requestUpdates();
        EXPECT_NE(dialog, nullptr);
        dialog->setFolder(scratch.path("requests"));
        dialog->setLead(lead);
        dialog->setPdf(pdf);
        if (!dialog->writeRequests())
            return {};
        const QStringList written = dialog->writtenFiles();
        dialog->close();
        return written;
    }

    core::ActionRow row(qint64 id) const
    {
        auto db = core::Database::open(demo, core::Database::Mode::ReadOnly);
        return core::ActionStore(*db).row(id);
    }
};

TEST_F(UpdateRoundTrip, RequestsAreWrittenForEachLeadAndTheDialogSaysWhatWillBeAsked)
{
    EXPECT_EQ(action("actionRequestUpdates")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    EXPECT_EQ(action("actionImportUpdates")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    ui::RequestUpdatesDialog* dialog = window.dialogs().requestUpdates();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->preview().contains("17 leads will be asked about 31 open actions"))
        << dialog->preview().toStdString();
    dialog->setLead("Head of EDI");
    EXPECT_EQ(dialog->preview(), "1 lead will be asked about 7 open actions.");
    if (const QByteArray folder = qgetenv("WRES_SCREENSHOTS"); !folder.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(folder) + "/request-updates.png");
    dialog->close();

    const QStringList written = writeRequests({}, true);
    ASSERT_EQ(written.size(), 34) << "17 workbooks and 17 PDFs";
    EXPECT_TRUE(written.contains(scratch.path("requests/Head of EDI.xlsx")));
    EXPECT_TRUE(written.contains(scratch.path("requests/Head of EDI.pdf")));
    EXPECT_TRUE(test::readFile(scratch.path("requests/Head of EDI.pdf")).startsWith("%PDF"));
    EXPECT_TRUE(messages.last().contains("Wrote 17 update requests (31 actions)")) << messages.last().toStdString();
}

TEST_F(UpdateRoundTrip, AnswersAreReviewedWithTicksAndAppliedByTheLead)
{
    const QStringList written = writeRequests("Head of EDI", false);
    ASSERT_EQ(written.size(), 1);
    const core::RequestWorkbook::Returned sent = core::RequestWorkbook::read(test::readFile(written[0]), "x");
    ASSERT_GE(sent.request.actions.size(), 3);
    const qint64 first = sent.request.actions[0].id;
    const qint64 second = sent.request.actions[1].id;
    const qint64 third = sent.request.actions[2].id;
    // Someone changes the second action in the window after the request went out: a conflict.
    core::UpdateRequest meanwhile;
    meanwhile.rag = core::Rag::Red;
    meanwhile.author = "EDI Manager";
    ASSERT_TRUE(window.editing().addUpdate(second, meanwhile));

    QDir().mkpath(scratch.path("answered"));
    const QString answered =
        scratch.write("answered/Head of EDI.xlsx", test::setCells(test::readFile(written[0]), kAnswers,
                                                                  {{"J3", "Complete"},
                                                                   {"K3", "B"},
                                                                   {"L3", "Launched in May"},
                                                                   {"J4", "Delayed"},
                                                                   {"L5", "Waiting for the data"}}));
    const QString bad =
        scratch.write("answered/Bad.xlsx", test::setCells(test::readFile(written[0]), kAnswers, {{"J3", "Finished"}}));

    ui::ImportUpdatesDialog* dialog = window.dialogs().importUpdates({answered, bad});
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->problemsText().contains("Bad.xlsx:Updates!J3: 'Finished' is not a status"))
        << dialog->problemsText().toStdString();
    ui::UpdateReviewModel* model = dialog->model();
    ASSERT_EQ(model->rowCount(), 3) << "the bad file's answers are not offered";
    EXPECT_EQ(model->index(0, ui::UpdateReviewModel::StatusColumn).data().toString(), "◐ In progress → ● Complete");
    EXPECT_EQ(model->index(0, ui::UpdateReviewModel::ApplyColumn).data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_TRUE(model->index(1, ui::UpdateReviewModel::CheckColumn).data().toString().startsWith("⚠ Conflict"));
    EXPECT_EQ(model->index(1, ui::UpdateReviewModel::ApplyColumn).data(Qt::CheckStateRole).toInt(), Qt::Unchecked)
        << "a conflict is not applied unless ticked";
    EXPECT_EQ(model->index(2, ui::UpdateReviewModel::StatusColumn).data().toString(), "(not answered)");
    auto* apply = dialog->findChild<QPushButton*>("importUpdatesApply");
    EXPECT_EQ(apply->text(), "&Apply 2 Updates");

    // The conflict, side by side: selecting it by keyboard shows the three versions.
    QTableView* table = dialog->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    EXPECT_TRUE(dialog->detailsText().contains("When the request was sent")) << dialog->detailsText().toStdString();
    EXPECT_TRUE(dialog->detailsText().contains("RAG: (none) → R (EDI Manager")) << dialog->detailsText().toStdString();
    if (const QByteArray folder = qgetenv("WRES_SCREENSHOTS"); !folder.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(folder) + "/import-updates.png");

    // Untick the third by keyboard (Space on the tick), so only the first is recorded.
    QTest::keyClick(table, Qt::Key_Down);
    table->setCurrentIndex(model->index(2, ui::UpdateReviewModel::ApplyColumn));
    QTest::keyClick(table, Qt::Key_Space);
    EXPECT_EQ(model->index(2, ui::UpdateReviewModel::ApplyColumn).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    EXPECT_EQ(apply->text(), "&Apply 1 Update");

    messages.clear();
    dialog->accept();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].startsWith("Answered: Head of EDI (1 update).\n1 update recorded."))
        << messages[0].toStdString();
    EXPECT_TRUE(messages[0].contains("Every lead asked in the latest round has answered."));
    EXPECT_TRUE(messages[0].contains("2 answers were not ticked and were not recorded.")) << messages[0].toStdString();
    EXPECT_EQ(row(first).status, core::Status::Complete);
    EXPECT_EQ(row(first).rag, core::Rag::Blue);
    EXPECT_EQ(row(second).rag, core::Rag::Red) << "the conflict stayed unapplied";
    EXPECT_EQ(row(second).status, sent.request.actions[1].status);
    EXPECT_NE(row(third).progress, "Waiting for the data");

    // Importing the same file again is refused, naming it.
    ui::ImportUpdatesDialog* again = window.dialogs().importUpdates({answered});
    EXPECT_TRUE(again->problemsText().contains("imported already")) << again->problemsText().toStdString();
    EXPECT_EQ(again->model()->rowCount(), 0);
    again->close();
}

TEST_F(UpdateRoundTrip, AReadOnlyPlanCannotRequestOrImportUpdates)
{
    ASSERT_TRUE(window.openFile(demo, true));
    EXPECT_FALSE(action("actionRequestUpdates")->isEnabled());
    EXPECT_FALSE(action("actionImportUpdates")->isEnabled());
}

} // namespace
