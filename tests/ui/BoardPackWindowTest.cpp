#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowTest.h"
#include "dialogs/MessageBox.h"
#include "plan/PlanSession.h"
#include "report/BoardPackDialog.h"
#include "window/LongWork.h"
#include "window/PrintController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStatusBar>

#include <algorithm>
#include <gtest/gtest.h>

using namespace wres;

namespace {

class BoardPackWindow : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(window.openFile(demo));
    }
};

TEST_F(BoardPackWindow, ExportsThePackThePublicVersionAndABrief)
{
    core::BoardPackOptions options;
    options.meeting = "Trust Board";
    const QString pack = scratch.path("pack.pdf");
    ASSERT_TRUE(window.printing().exportBoardPack(pack, options));
    EXPECT_TRUE(test::readFile(pack).startsWith("%PDF"));
    options.redact = true;
    const QString open = scratch.path("public.pdf");
    ASSERT_TRUE(window.printing().exportBoardPack(open, options));
    const QString brief = scratch.path("brief.pdf");
    ASSERT_TRUE(window.printing().exportBoardPack(brief, options, "EDI Partner"));
    EXPECT_LT(QFile(brief).size(), QFile(pack).size());
    EXPECT_TRUE(messages.isEmpty());
}

// Issue 15: the window and the command line make the same public outputs, byte for byte: the web
// page and the PDF (whose date is the pack's "as at" date, not the clock). Page images and text are
// compared too, so a failure says what differs.
TEST_F(BoardPackWindow, TheWindowAndTheCommandLineMakeTheSamePublicOutputs)
{
    // The program's version goes into the PDF: the window here is the program's, as a user runs it.
    QProcess version;
    version.start(WRES_TRACKER_EXE, {"--version"});
    ASSERT_TRUE(version.waitForFinished(60000));
    const QString previous = QCoreApplication::applicationVersion();
    QCoreApplication::setApplicationVersion(
        QString::fromUtf8(version.readAllStandardOutput()).section(' ', -1).trimmed());
    core::BoardPackOptions options;
    options.redact = true;
    options.date = QDate(2024, 7, 1);
    options.meeting = "Trust Board, 25 July 2024";
    const QString windowHtml = scratch.path("window.html");
    const QString windowPdf = scratch.path("window.pdf");
    ASSERT_TRUE(window.printing().exportBoardPack(windowHtml, options));
    ASSERT_TRUE(window.printing().exportBoardPack(windowPdf, options));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains("window.pdf"));
    const QString cliHtml = scratch.path("cli.html");
    const QString cliPdf = scratch.path("cli.pdf");
    for (const QString& out : {cliHtml, cliPdf}) {
        QProcess cli;
        cli.start(WRES_TRACKER_EXE, {"board-pack", "--db", demo, "-o", out, "--redact", "--today", "2024-07-01",
                                     "--meeting", "Trust Board, 25 July 2024"});
        ASSERT_TRUE(cli.waitForFinished(60000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    }
    EXPECT_EQ(test::readFile(windowHtml), test::readFile(cliHtml));
    EXPECT_TRUE(test::readFile(windowHtml).contains("Public version"));
    const auto pdftotext = [](const QString& pdf) {
        QProcess p;
        p.start("pdftotext", {"-layout", pdf, "-"});
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    };
    EXPECT_EQ(pdftotext(windowPdf), pdftotext(cliPdf));
    const auto pages = [this](const QString& pdf, const QString& prefix) {
        QProcess p;
        p.start("pdftoppm", {"-r", "30", "-gray", pdf, scratch.path(prefix)});
        p.waitForFinished(120000);
        QList<QByteArray> images;
        QDir dir(scratch.path(""));
        for (const QString& name : dir.entryList({prefix + "*.pgm"}, QDir::Files, QDir::Name))
            images << test::readFile(dir.filePath(name));
        return images;
    };
    const QList<QByteArray> fromWindow = pages(windowPdf, "w");
    EXPECT_GT(fromWindow.size(), 10);
    EXPECT_EQ(fromWindow, pages(cliPdf, "c"));
    EXPECT_EQ(test::readFile(windowPdf), test::readFile(cliPdf));
    QCoreApplication::setApplicationVersion(previous);
    EXPECT_TRUE(messages.isEmpty());
}

TEST_F(BoardPackWindow, ProgressIsReportedAndCancellingLeavesTheFileAsItWas)
{
    QList<int> seen;
    ui::LongWork::progressHook() = [&seen](int done, int total) {
        EXPECT_EQ(total, 1000);
        seen << done;
        return true;
    };
    const QString pack = scratch.path("pack.pdf");
    ASSERT_TRUE(window.printing().exportBoardPack(pack, {}));
    ASSERT_GT(seen.size(), 3);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end())) << "progress only goes forward";
    EXPECT_EQ(seen.last(), 1000);
    const QByteArray before = test::readFile(pack);

    // Cancel half way through painting: nothing is written over the earlier pack.
    ui::LongWork::progressHook() = [](int done, int) { return done < 600; };
    EXPECT_FALSE(window.printing().exportBoardPack(pack, {}));
    EXPECT_TRUE(messages.isEmpty()) << "a cancel is not an error";
    EXPECT_EQ(test::readFile(pack), before);
    const QString fresh = scratch.path("fresh.pdf");
    EXPECT_FALSE(window.printing().exportBoardPack(fresh, {}));
    EXPECT_FALSE(QFile::exists(fresh)) << "and no new file is left behind";
    EXPECT_TRUE(window.statusBar()->currentMessage().contains("Cancelled"));
    ui::LongWork::progressHook() = {};
}

TEST_F(BoardPackWindow, AFailedExportIsExplainedAndLeavesNothing)
{
    const QString path = scratch.path("missing/folder/pack.pdf");
    EXPECT_FALSE(window.printing().exportBoardPack(path, {}));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("Cannot write")) << messages[0].toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(BoardPackWindow, RecordingAPackOffersItForTheNextComparison)
{
    ASSERT_TRUE(window.printing().recordPack("Trust Board, July"));
    const auto session = ui::PlanSession::open(demo);
    ASSERT_EQ(session->recordedPacks().size(), 1);
    ui::BoardPackDialog dialog(*session, "Export PDF…");
    auto* since = dialog.findChild<QComboBox*>("packSince");
    ASSERT_EQ(since->count(), 3) << "the last recorded, the one pack, a date";
    EXPECT_FALSE(dialog.options().snapshotId.has_value()) << "by default: the last recorded pack";
    since->setCurrentIndex(1);
    EXPECT_EQ(dialog.options().snapshotId, session->recordedPacks().front().id);
    since->setCurrentIndex(2);
    EXPECT_TRUE(dialog.options().since.has_value());
    dialog.findChild<QCheckBox*>("packRedact")->setChecked(true);
    EXPECT_TRUE(dialog.options().redact);
    auto* contents = dialog.findChild<QComboBox*>("packContents");
    EXPECT_TRUE(dialog.lead().isEmpty());
    contents->setCurrentIndex(contents->findText("Brief for Head of EDI"));
    EXPECT_EQ(dialog.lead(), "Head of EDI");
}

// The cover sheet is edited in the dialog's second page and kept for the plan's next pack.
TEST_F(BoardPackWindow, TheCoverSheetIsEditedInTheDialogAndKeptForTheNextPack)
{
    const auto session = ui::PlanSession::open(demo);
    {
        ui::BoardPackDialog dialog(*session, "Export PDF…");
        EXPECT_FALSE(dialog.findChild<QLabel*>("packCoverNotKept")->isVisibleTo(&dialog));
        dialog.findChild<QLineEdit*>("packMeeting")->setText("Trust Board, 26 September 2024");
        dialog.findChild<QLineEdit*>("packVersion")->setText("1.0");
        dialog.findChild<QLineEdit*>("coverAgendaItem")->setText("9.2");
        dialog.findChild<QLineEdit*>("coverAuthor")->setText("Head of EDI");
        dialog.findChild<QLineEdit*>("coverPresenter")->setText("Chief People Officer");
        auto* purpose = dialog.findChild<QPlainTextEdit*>("coverPurpose");
        EXPECT_TRUE(purpose->placeholderText().startsWith("To give assurance")) << "the default shows until typed over";
        purpose->setPlainText("To approve the report for publication.");
        dialog.findChild<QPlainTextEdit*>("coverRecommendation")->setPlainText("The Board is asked to approve it.");
        dialog.findChild<QPlainTextEdit*>("coverCommittees")
            ->setPlainText("EDI Workforce Group, 7 June 2024\n\nPeople Committee, 1 July 2024\n");
        dialog.findChild<QLineEdit*>("coverOrganisation")->setText("LAS (test)");
        dialog.findChild<QLineEdit*>("coverUpdatesTo")->setText("EDI Steering Group");
        dialog.findChild<QDoubleSpinBox*>("similarRatio")->setValue(0.1);
        dialog.findChild<QDoubleSpinBox*>("similarPoints")->setValue(2.0);
        const core::BoardPackOptions options = dialog.options();
        ASSERT_TRUE(options.cover.has_value());
        EXPECT_EQ(options.cover->committees,
                  QStringList({"EDI Workforce Group, 7 June 2024", "People Committee, 1 July 2024"}));
        EXPECT_EQ(options.tolerance->ratio, 0.1);
        dialog.accept();
    }
    const core::CoverDetails kept = session->coverDetails();
    EXPECT_EQ(kept.meeting, "Trust Board, 26 September 2024");
    EXPECT_EQ(kept.version, "1.0");
    EXPECT_EQ(kept.agendaItem, "9.2");
    EXPECT_EQ(kept.purpose, "To approve the report for publication.");
    EXPECT_EQ(kept.updatesTo, "EDI Steering Group");
    EXPECT_EQ(session->changeTolerance().points, 2.0);

    // The next time, the dialog opens on what was kept, and the pack says it.
    ui::BoardPackDialog again(*session, "Preview");
    EXPECT_EQ(again.findChild<QLineEdit*>("packMeeting")->text(), "Trust Board, 26 September 2024");
    EXPECT_EQ(again.findChild<QLineEdit*>("coverAuthor")->text(), "Head of EDI");
    EXPECT_EQ(again.findChild<QPlainTextEdit*>("coverCommittees")->toPlainText(),
              "EDI Workforce Group, 7 June 2024\nPeople Committee, 1 July 2024");
    EXPECT_EQ(again.findChild<QDoubleSpinBox*>("similarRatio")->value(), 0.1);
    const core::BoardPack pack = session->boardPack(again.options());
    EXPECT_EQ(pack.cover.organisation, "LAS (test)");
    EXPECT_EQ(pack.cover.governance,
              "Previously considered by: EDI Workforce Group, 7 June 2024; People Committee, 1 July 2024.");
    EXPECT_EQ(pack.tolerance.points, 2.0);
    EXPECT_EQ(session->leadBrief("Head of EDI", QDate(2024, 7, 1)).committee, "EDI Steering Group");
}

TEST_F(BoardPackWindow, AReadOnlyPlanUsesTheCoverForThisPackButKeepsNothing)
{
    const auto session = ui::PlanSession::open(demo, true);
    ui::BoardPackDialog dialog(*session, "Preview");
    EXPECT_TRUE(dialog.findChild<QLabel*>("packCoverNotKept")->isVisibleTo(&dialog));
    dialog.findChild<QLineEdit*>("coverAuthor")->setText("Head of EDI");
    dialog.accept();
    EXPECT_TRUE(messages.isEmpty()) << "nothing is tried, so nothing fails";
    EXPECT_EQ(dialog.options().cover->author, "Head of EDI");
    EXPECT_TRUE(session->coverDetails().author.isEmpty());
}

} // namespace
