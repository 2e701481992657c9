// Screen readers: every control a user can reach, in the window on each tab and in every dialog,
// has an accessible name; status and RAG cells speak words; each chart gives its figures as text.
#include "EveryWindow.h"
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "metrics/MetricsTab.h"
#include "plan/ActionTableModel.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"

#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QTabWidget>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Accessibility : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openDemoOnALaptop();
    }
};

TEST_F(Accessibility, EveryControlInEveryWindowAndDialogHasAName)
{
    QStringList nameless;
    int windows = 0;
    test::forEachWindow(
        window, scratch.path({}),
        [&](QWidget& shown, const QString& what) {
            ++windows;
            for (const QString& control : test::namelessControls(shown))
                nameless << what + QStringLiteral(": ") + control;
        },
        [this] { installHook(); });
    EXPECT_GE(windows, 16);
    EXPECT_TRUE(nameless.isEmpty()) << nameless.join('\n').toStdString();
}

TEST_F(Accessibility, StatusAndRagCellsSpeakTheirWords)
{
    ui::ActionTableView* table = window.planPane().table();
    QAccessibleInterface* view = QAccessible::queryAccessibleInterface(table);
    ASSERT_NE(view, nullptr);
    QAccessibleTableInterface* cells = view->tableInterface();
    ASSERT_NE(cells, nullptr);
    QAccessibleInterface* status = cells->cellAt(0, ui::ActionTableModel::StatusColumn);
    QAccessibleInterface* rag = cells->cellAt(5, ui::ActionTableModel::RagColumn);
    ASSERT_TRUE(status && rag);
    EXPECT_EQ(status->text(QAccessible::Name), "Status: In progress");
    EXPECT_EQ(rag->text(QAccessible::Name), "RAG: none");
}

TEST_F(Accessibility, EachChartGivesItsFiguresAsText)
{
    auto* tabs = window.findChild<QTabWidget*>("tabs");
    tabs->setCurrentIndex(1);
    QApplication::processEvents();
    auto* status = window.findChild<QChartView*>("statusChart");
    EXPECT_TRUE(status->accessibleDescription().contains("Leadership, Learning & Development: 6 actions"))
        << status->accessibleDescription().toStdString();
    tabs->setCurrentIndex(2);
    auto* metrics = window.findChild<ui::MetricsTab*>("metricsTab");
    metrics->showIndicator(2);
    auto* chart = window.findChild<QChartView*>("metricChart");
    EXPECT_TRUE(chart->accessibleDescription().contains("2022/23 Relative likelihood: 1.42"))
        << chart->accessibleDescription().toStdString();
    QAccessibleInterface* spoken = QAccessible::queryAccessibleInterface(chart);
    EXPECT_FALSE(spoken->text(QAccessible::Name).isEmpty());
    EXPECT_EQ(spoken->text(QAccessible::Description), chart->accessibleDescription());
}

} // namespace
