// Actions link to any framework's measures in the window (issue 18): the editor shows and edits
// links to WDES metrics and the high impact actions' measures beside WRES's, by keyboard; saving
// keeps every link it did not touch; undo and redo take a link change back and forth; the table
// names the links unambiguously; the filter bar, the dashboard and the Metrics tab find actions by
// a WDES or HIA measure (the demo's actions link to a few, as a real Trust's plan does).
#include "WindowDriver.h"
#include "WindowTest.h"
#include "framework/Framework.h"
#include "metrics/MetricsTab.h"
#include "plan/ActionEditor.h"
#include "plan/ActionTableModel.h"
#include "plan/MeasureLinksTree.h"
#include "plan/PlanSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;
using core::IndicatorRef;

namespace {

IndicatorRef wdes(const QString& code)
{
    return {QStringLiteral("WDES"), core::Framework::wdes().indicatorByCode(code)->number};
}
IndicatorRef hia(const QString& code)
{
    return {QStringLiteral("HIA"), core::Framework::hia().indicatorByCode(code)->number};
}

class WdesLinks : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        answer = QMessageBox::Discard;
        ASSERT_TRUE(window.openFile(demo));
        table = window.findChild<QTableView*>("actionTable");
        editor = window.findChild<ui::ActionEditor*>("actionEditor");
        tree = editor->findChild<ui::MeasureLinksTree*>("editOtherIndicators");
        table->setCurrentIndex(table->model()->index(0, 0));
        id = table->model()->index(0, 0).data(ui::ActionTableModel::ActionIdRole).toLongLong();
    }
    core::IndicatorLinks stored() const { return ui::PlanSession::open(demo)->action(id).indicators; }
    QString linksCell() const
    {
        return table->model()->index(0, ui::ActionTableModel::IndicatorsColumn).data().toString();
    }
    int shown() const { return table->model()->rowCount(); }

    QTableView* table = nullptr;
    ui::ActionEditor* editor = nullptr;
    ui::MeasureLinksTree* tree = nullptr;
    qint64 id = 0;
};

TEST_F(WdesLinks, TheEditorShowsEveryFrameworksLinksAndSpaceTicksOneWhichUndoAndRedoTakeBackAndForth)
{
    // The demo's action 1.1 names WDES 2, HIA 2a and 2e, and takes WRES's from its theme.
    const core::IndicatorLinks before = stored();
    EXPECT_EQ(before.others, (QList<IndicatorRef>{wdes("2"), hia("2a"), hia("2e")}));
    EXPECT_EQ(linksCell(), "WDES 2; HIA 2a, 2e; WRES 1, 2, 7, 9 (theme)");
    EXPECT_EQ(tree->links(), before.others);
    for (const IndicatorRef& link : before.others) {
        EXPECT_EQ(tree->itemFor(link)->checkState(0), Qt::Checked);
        EXPECT_TRUE(tree->itemFor(link)->parent()->isExpanded()) << "every link in view";
    }

    test::showActive(window);
    tree->setFocus();
    tree->setCurrentItem(tree->itemFor(wdes("3")));
    test::press(window, Qt::Key_Space);
    EXPECT_EQ(tree->itemFor(wdes("3"))->checkState(0), Qt::Checked) << "Space ticks the current measure";
    test::press(window, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(stored().others, (QList<IndicatorRef>{wdes("2"), wdes("3"), hia("2a"), hia("2e")}));
    EXPECT_EQ(stored().numbers, before.numbers);
    EXPECT_EQ(linksCell(), "WDES 2, 3; HIA 2a, 2e; WRES 1, 2, 7, 9 (theme)");

    test::trigger(window, "actionUndo");
    EXPECT_EQ(stored(), before);
    EXPECT_EQ(tree->itemFor(wdes("3"))->checkState(0), Qt::Unchecked) << "the editor shows the undone links";
    EXPECT_EQ(linksCell(), "WDES 2; HIA 2a, 2e; WRES 1, 2, 7, 9 (theme)");
    test::trigger(window, "actionRedo");
    EXPECT_EQ(stored().others, (QList<IndicatorRef>{wdes("2"), wdes("3"), hia("2a"), hia("2e")}));
    EXPECT_EQ(tree->itemFor(wdes("3"))->checkState(0), Qt::Checked);
}

TEST_F(WdesLinks, SavingAnActionKeepsEveryLinkItDidNotTouch)
{
    // WRES numbers of its own beside the other frameworks' links, then an edit of the text only.
    window.findChild<QCheckBox*>("editIndicator2")->setChecked(true);
    auto* text = editor->findChild<QPlainTextEdit*>("editText");
    text->appendPlainText(QStringLiteral("Reviewed in June."));
    test::showActive(window);
    text->setFocus(); // where the user typed
    test::press(window, Qt::Key_S, Qt::ControlModifier);
    const core::IndicatorLinks saved = stored();
    EXPECT_EQ(saved.numbers, QList<int>{2});
    EXPECT_EQ(saved.others, (QList<IndicatorRef>{wdes("2"), hia("2a"), hia("2e")}));
    text->appendPlainText(QStringLiteral("And again in July."));
    test::press(window, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(stored(), saved) << "a text edit leaves every link as it was";
    EXPECT_EQ(linksCell(), "WRES 2; WDES 2; HIA 2a, 2e");
}

TEST(MeasureLinks, ALinkNoItemStandsForIsKeptThroughAnEdit)
{
    ui::MeasureLinksTree tree;
    const IndicatorRef unknown{QStringLiteral("WDES"), 9999}; // a measure of a later catalogue
    tree.setLinks({hia("6a"), unknown, wdes("4a(i)")});
    EXPECT_EQ(tree.links(), (QList<IndicatorRef>{wdes("4a(i)"), hia("6a"), unknown}));
    tree.itemFor(hia("2"))->setCheckState(0, Qt::Checked);
    tree.itemFor(hia("6a"))->setCheckState(0, Qt::Unchecked);
    EXPECT_EQ(tree.links(), (QList<IndicatorRef>{wdes("4a(i)"), hia("2"), unknown}));
    tree.setLinks({});
    EXPECT_TRUE(tree.links().isEmpty()) << "another action's links start afresh";
}

TEST_F(WdesLinks, AllIsWresAloneAndTheEditorSaysWhatItDrops)
{
    window.findChild<QCheckBox*>("editAllIndicators")->setChecked(true);
    EXPECT_FALSE(tree->isEnabled());
    EXPECT_TRUE(editor->findChild<QLabel*>("editInherited")->text().contains("drops the WDES and HIA links"));
    window.findChild<QCheckBox*>("editAllIndicators")->setChecked(false);
    EXPECT_TRUE(tree->isEnabled());
    EXPECT_EQ(tree->links(), stored().others);
}

TEST_F(WdesLinks, TheFilterBarTheDashboardAndTheMetricsTabFindActionsByAnyFrameworksMeasure)
{
    const int all = shown();
    auto* filter = window.findChild<QComboBox*>("filterIndicator");
    auto choose = [&](const QString& start) {
        const int index = filter->findText(start, Qt::MatchStartsWith);
        ASSERT_GE(index, 0) << start.toStdString();
        filter->setCurrentIndex(index);
    };
    choose("WDES 3.");
    EXPECT_EQ(shown(), 1) << "action 2.2 reviews the capability process";
    choose("HIA 2.");
    EXPECT_EQ(shown(), 2) << "the heading finds 2a, 2c and 2e: actions 1.1 and 3.1";
    choose("WDES 4a(ii).");
    EXPECT_EQ(shown(), 1) << "a link to the heading 4a is found by its metrics";
    choose("HIA 5.");
    EXPECT_EQ(shown(), 0);
    choose("2.");
    EXPECT_EQ(shown(), 10) << "WRES 2, as ever";
    filter->setCurrentIndex(0);
    EXPECT_EQ(shown(), all);

    window.show();
    auto* tabs = window.findChild<QTabWidget*>("tabs");
    tabs->setCurrentIndex(1);
    auto* counts = window.findChild<QTableWidget*>("indicatorCounts");
    int wdes3 = -1;
    for (int r = 0; r < counts->rowCount(); ++r)
        if (counts->item(r, 0)->text().startsWith("WDES 3."))
            wdes3 = r;
    ASSERT_GE(wdes3, 0);
    EXPECT_EQ(counts->item(wdes3, 1)->text(), "1");
    emit counts->cellActivated(wdes3, 0);
    EXPECT_EQ(tabs->currentIndex(), 0);
    EXPECT_EQ(shown(), 1);

    auto* metrics = window.findChild<ui::MetricsTab*>("metricsTab");
    metrics->showIndicator("WDES", core::Framework::wdes().indicatorByCode("4a(i)")->number);
    auto* linked = metrics->findChild<QListWidget*>("linkedActions");
    ASSERT_EQ(linked->count(), 1);
    EXPECT_TRUE(linked->item(0)->text().contains("civility")) << linked->item(0)->text().toStdString();
}

} // namespace
