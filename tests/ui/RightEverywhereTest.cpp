// Right everywhere: the dashboard counts actions with no status as a part of their own with counts on
// the bars and a whole-number axis; every band of the by-band chart keeps its name; an action's own
// indicators and those it inherits are told apart; "▼ worse" says why; the history is a readable
// list near the top of the editor, and a new progress note starts empty.
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "metrics/MetricsTab.h"
#include "plan/ActionEditor.h"
#include "plan/PlanPane.h"
#include "plan/UpdateDialog.h"
#include "window/EditorController.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class RightEverywhere : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        fixToday();
        answer = QMessageBox::Discard;
        ASSERT_TRUE(window.openFile(demo));
        window.resize(1366, 768);
        test::showActive(window);
    }
    void showTab(int tab)
    {
        window.findChild<QTabWidget*>("tabs")->setCurrentIndex(tab);
        QApplication::processEvents();
    }
};

TEST_F(RightEverywhere, TheDashboardCountsActionsWithNoStatusAsAPartOfTheirOwn)
{
    showTab(1);
    auto* view = window.findChild<QChartView*>("statusChart");
    auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0));
    ASSERT_NE(series, nullptr);
    QBarSet* none = nullptr;
    QSet<QRgb> colours;
    for (QBarSet* set : series->barSets()) {
        colours << set->brush().color().rgb();
        if (set->label() == "No status")
            none = set;
    }
    ASSERT_NE(none, nullptr) << "a part, and so a legend swatch, of its own";
    EXPECT_EQ(colours.size(), series->barSets().size()) << "each status its own colour";
    EXPECT_NE(none->brush().color(), QColor(Qt::white));
    // The demo's one action without a status is in the second theme (drawn second from the top).
    double total = 0;
    for (int i = 0; i < none->count(); ++i)
        total += none->at(i);
    EXPECT_EQ(total, 1);
    EXPECT_TRUE(series->isLabelsVisible()) << "the counts are written on the bars";
    auto* axis = qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Horizontal).value(0));
    ASSERT_NE(axis, nullptr);
    EXPECT_EQ(axis->labelFormat(), "%d");
    EXPECT_EQ(axis->tickType(), QValueAxis::TicksDynamic);
    EXPECT_EQ(axis->tickInterval(), 1) << "whole actions, at most eight steps";
    EXPECT_EQ(axis->max(), 6);
    EXPECT_TRUE(view->accessibleDescription().contains("1 no status")) << view->accessibleDescription().toStdString();
}

TEST_F(RightEverywhere, EveryBandOfTheByBandChartIsNamed)
{
    showTab(2);
    auto* tab = window.findChild<ui::MetricsTab*>("metricsTab");
    tab->showIndicator(1);
    QApplication::processEvents();
    auto* view = window.findChild<QChartView*>("metricChart");
    QStringList bands;
    for (int i = 0; i < view->chart()->axes(Qt::Vertical).size(); ++i)
        if (auto* axis = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Vertical)[i]))
            bands = axis->categories();
    ASSERT_GE(bands.size(), 10);
    view->chart()->resize(view->size());
    QApplication::processEvents();
    QStringList drawn;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            drawn << text->toPlainText();
    for (const QString& band : bands)
        EXPECT_TRUE(drawn.contains(band)) << band.toStdString() << " has no label";
}

TEST_F(RightEverywhere, AnActionsOwnIndicatorsAndItsThemesAreToldApartInTheEditor)
{
    auto* inherited = window.findChild<QLabel*>("editInherited");
    // The demo's first action names WDES and HIA measures but no WRES indicator: WRES is its theme's.
    EXPECT_EQ(inherited->text(), "Its own links; for a framework it names none of, its theme's: WDES 2; HIA 2a, 2e; "
                                 "WRES 1, 2, 7, 9 (theme).");
    window.findChild<QCheckBox*>("editIndicator2")->setChecked(true);
    EXPECT_EQ(inherited->text(), "Its own indicators (not its theme's).");
}

TEST_F(RightEverywhere, WorseSaysWhyInItsTooltip)
{
    showTab(2);
    auto* tab = window.findChild<ui::MetricsTab*>("metricsTab");
    tab->showIndicator(1);
    QApplication::processEvents();
    auto* grid = window.findChild<QTableView*>("metricGrid");
    QStringList reasons;
    for (int r = 0; r < grid->model()->rowCount(); ++r)
        for (int c = 0; c < grid->model()->columnCount(); ++c)
            if (grid->model()->index(r, c).data().toString().contains("worse"))
                reasons << grid->model()->index(r, c).data(Qt::ToolTipRole).toString();
    ASSERT_FALSE(reasons.isEmpty());
    EXPECT_TRUE(reasons[0].startsWith("Worse: further from the overall share of ")) << reasons[0].toStdString();
    EXPECT_TRUE(reasons[0].contains("%; was")) << reasons[0].toStdString();
    tab->showIndicator(2);
    reasons.clear();
    for (int r = 0; r < grid->model()->rowCount(); ++r)
        for (int c = 0; c < grid->model()->columnCount(); ++c)
            if (const QString word = grid->model()->index(r, c).data().toString();
                word.contains("worse") || word.contains("better"))
                reasons << grid->model()->index(r, c).data(Qt::ToolTipRole).toString();
    ASSERT_FALSE(reasons.isEmpty());
    EXPECT_TRUE(reasons[0].contains("1.00, where both groups are equally likely")) << reasons[0].toStdString();
}

TEST_F(RightEverywhere, TheHistoryIsAReadableListNewestFirstNearTheTopAndANewNoteStartsEmpty)
{
    const qint64 id = window.planPane().currentActionId();
    core::UpdateRequest first;
    first.progress = QStringLiteral("Met the borough leads");
    first.author = QStringLiteral("Head of EDI");
    ASSERT_TRUE(window.editing().addUpdate(id, first));
    core::UpdateRequest second;
    second.status = core::Status::Delayed;
    second.rag = core::Rag::Amber;
    second.progress = QStringLiteral("Venue fell through; new dates in the autumn, to be confirmed by the Trust's "
                                     "events team after the budget round");
    second.author = QStringLiteral("EDI Partner");
    ASSERT_TRUE(window.editing().addUpdate(id, second));
    auto* history = window.findChild<QListWidget*>("editHistory");
    ASSERT_EQ(history->count(), 2);
    const QString newest = history->item(0)->text();
    EXPECT_TRUE(newest.contains("EDI Partner")) << "who";
    EXPECT_TRUE(newest.contains("Delayed")) << "status in words";
    EXPECT_TRUE(newest.contains("RAG Amber")) << "RAG in words";
    EXPECT_TRUE(newest.contains("Venue fell through")) << "the note";
    EXPECT_TRUE(newest.contains(QLocale().toString(QDate(2024, 4, 15), QLocale::ShortFormat))) << "when";
    EXPECT_TRUE(history->item(1)->text().contains("Met the borough leads")) << "newest first";
    EXPECT_TRUE(history->wordWrap()) << "long notes wrap";
    auto* text = window.findChild<QPlainTextEdit*>("editText");
    EXPECT_LT(history->mapTo(&window, QPoint()).y(), text->mapTo(&window, QPoint()).y())
        << "the history comes before the action's fields";
    EXPECT_TRUE(window.findChild<QPlainTextEdit*>("editProgress")->toPlainText().isEmpty())
        << "a new note starts empty, not as the last one";
    ui::UpdateDialog dialog(*window.document().row(id), QStringLiteral("Head of EDI"), &window);
    EXPECT_TRUE(dialog.findChild<QPlainTextEdit*>("updateNote")->toPlainText().isEmpty());
}

} // namespace
