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
#include <QFile>
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

} // namespace
