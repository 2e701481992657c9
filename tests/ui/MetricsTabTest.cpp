#include "metrics/MetricsTab.h"

#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/MessageBox.h"
#include "document/PlanDocument.h"
#include "metrics/MetricGridModel.h"
#include "plan/PlanSession.h"
#include "window/PlanTransfers.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QScatterSeries>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class MetricsTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        demo = scratch.path("demo.wres");
        test::writeDemo(demo);
        document.setSession(ui::PlanSession::open(demo));
        tab.resize(1500, 950);
        tab.setDocument(&document);
    }

    // The grid cell for a row label and a period.
    QString cell(const QString& rowLabel, const QString& period)
    {
        auto* grid = tab.findChild<QTableView*>("metricGrid");
        auto* model = grid->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->headerData(r, Qt::Vertical).toString() == rowLabel)
                for (int c = 0; c < model->columnCount(); ++c)
                    if (model->headerData(c, Qt::Horizontal).toString() == period)
                        return model->index(r, c).data().toString();
        return "<missing>";
    }

    void screenshot(const QString& name)
    {
        const QByteArray folder = qgetenv("WRES_SCREENSHOTS");
        QCoreApplication::processEvents(); // let the layout settle before the picture
        if (!folder.isEmpty())
            tab.grab().save(QString::fromLocal8Bit(folder) + "/" + name);
    }

    test::Scratch scratch;
    QString demo;
    ui::PlanDocument document;
    ui::MetricsTab tab;
};

TEST_F(MetricsTabTest, ShowsCountsFiguresChangeNarrativeAndLinkedActions)
{
    tab.show();
    tab.showIndicator(2);
    EXPECT_EQ(cell("White appointed", "2022/23"), "822");
    EXPECT_EQ(cell("BME shortlisted", "2022/23"), "1670");
    EXPECT_EQ(cell("Relative likelihood", "2022/23"), "1.42");
    EXPECT_TRUE(cell("change on previous period", "2022/23").contains("better"));
    EXPECT_TRUE(tab.findChild<QLabel*>("narrative")->text().startsWith("In 2022/23, White applicants were 1.42 times"));
    auto* actions = tab.findChild<QListWidget*>("linkedActions");
    EXPECT_EQ(actions->count(), 10) << "themes 1 and 2 list indicator 2";
    screenshot("metrics-indicator-2.png");

    tab.showIndicator(1);
    EXPECT_EQ(cell("Overall: % BME", "March 2023"), "19.0");
    screenshot("metrics-indicator-1.png");
    tab.showIndicator(5);
    screenshot("metrics-indicator-5.png");
    tab.showIndicator(9);
    screenshot("metrics-indicator-9.png");
}

TEST_F(MetricsTabTest, RedactionReachesTheGridTheNarrativeAndTheChart)
{
    tab.show();
    tab.showIndicator(3);
    // The two-year rolling headline (issue 18); the chart draws the year alone beside it.
    EXPECT_EQ(cell("Relative likelihood (two-year rolling average)", "2022/23"), "1.12");
    auto countPoints = [&] {
        int points = 0;
        for (QAbstractSeries* series : tab.findChild<QChartView*>("metricChart")->chart()->series())
            if (auto* scatter = qobject_cast<QScatterSeries*>(series))
                points += int(scatter->count());
        return points;
    };
    EXPECT_EQ(countPoints(), 6) << "three rolling (2019/20 published, 2021/22, 2022/23) and three single years";
    tab.setRedacted(true);
    EXPECT_EQ(cell("Relative likelihood (two-year rolling average)", "2022/23"), "R")
        << "9 BME staff entered disciplinary";
    EXPECT_EQ(cell("BME entering formal disciplinary", "2022/23"), "R") << "the small count itself";
    EXPECT_EQ(cell("White headcount", "2022/23"), "R") << "every count behind the hidden ratio";
    EXPECT_EQ(cell("White headcount", "2021/22"), "5220") << "a shown figure keeps its counts";
    auto* grid = tab.findChild<QTableView*>("metricGrid");
    EXPECT_FALSE(grid->model()->flags(grid->model()->index(0, 0)) & Qt::ItemIsEditable)
        << "the public view is read-only";
    EXPECT_EQ(countPoints(), 4) << "no point for a redacted figure (2022/23's, both resting on 9)";
    EXPECT_TRUE(tab.findChild<QLabel*>("narrative")->text().contains("(R)"));
    screenshot("metrics-indicator-3-redacted.png");

    const QString svg = scratch.path("chart.svg");
    QString error;
    ASSERT_TRUE(tab.saveChart(svg, &error)) << error.toStdString();
    const QByteArray drawing = test::readFile(svg);
    EXPECT_TRUE(drawing.startsWith("<?xml"));
    EXPECT_FALSE(drawing.contains("0.92")) << "the redacted figure is nowhere in the drawing";
    const QString png = scratch.path("chart.png");
    ASSERT_TRUE(tab.saveChart(png, &error));
    EXPECT_GT(QImage(png).width(), 1000);
    EXPECT_FALSE(tab.saveChart(scratch.path("no/such/folder/chart.png"), &error));
    EXPECT_TRUE(error.contains("Cannot write") && error.contains("does not exist"));
}

TEST_F(MetricsTabTest, TypedCountsAreCheckedThenSaved)
{
    tab.showIndicator(2);
    auto* grid = tab.findChild<QTableView*>("metricGrid");
    auto* model = qobject_cast<ui::MetricGridModel*>(grid->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int appointed = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->headerData(r, Qt::Vertical).toString() == "BME appointed")
            appointed = r;
    ASSERT_GE(appointed, 0);
    const int last = model->columnCount() - 1;
    EXPECT_FALSE(model->setData(model->index(appointed, last), "99999"));
    EXPECT_TRUE(tab.findChild<QLabel*>("metricMessage")->text().contains("more than its total"));
    EXPECT_FALSE(model->setData(model->index(appointed, last), "-3"));
    EXPECT_EQ(cell("Relative likelihood", "2022/23"), "1.42") << "nothing saved";

    EXPECT_TRUE(model->setData(model->index(appointed, last), "300"));
    EXPECT_EQ(cell("BME appointed", "2022/23"), "300");
    EXPECT_NE(cell("Relative likelihood", "2022/23"), "1.42");
    bool stored = false;
    const auto reopened = ui::PlanSession::open(demo);
    for (const core::MetricCount& m : reopened->metricCounts())
        stored = stored || (m.indicator == 2 && m.period == "2022/23" && m.group == "BME" && m.count == 300);
    EXPECT_TRUE(stored) << "the typed count is in the file";
}

TEST(MetricsUndo, ATypedCountIsUndoneInTheWindow)
{
    test::Scratch scratch;
    const QString db = scratch.path("plan.wres");
    test::writeDemo(db);
    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(db));
    auto* tab = window.findChild<ui::MetricsTab*>("metricsTab");
    tab->showIndicator(2);
    auto* model = qobject_cast<ui::MetricGridModel*>(tab->findChild<QTableView*>("metricGrid")->model());
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->headerData(r, Qt::Vertical).toString() == "BME appointed")
            row = r;
    ASSERT_GE(row, 0);
    ASSERT_TRUE(model->setData(model->index(row, model->columnCount() - 1), "300"));
    EXPECT_EQ(model->index(row, model->columnCount() - 1).data().toString(), "300");
    window.undoStack()->undo();
    EXPECT_EQ(model->index(row, model->columnCount() - 1).data().toString(), "227");
    const auto session = ui::PlanSession::open(db);
    for (const core::MetricCount& m : session->metricCounts())
        if (m.indicator == 2 && m.period == "2022/23" && m.group == "BME") {
            EXPECT_EQ(*m.count, 227) << "the file has the old count again";
        }
}

TEST(MetricsWindow, ImportingBadMetricsIsRefusedWithTheProblems)
{
    test::Scratch scratch;
    QStringList messages;
    ui::MessageBox::setHook([&](QMessageBox::Icon, const QString&, const QString& text) {
        messages << text;
        return QMessageBox::Ok;
    });
    const QString db = scratch.path("plan.wres");
    test::writeDemo(db);
    ui::MainWindow window;
    ASSERT_TRUE(window.openFile(db));
    const QString bad =
        scratch.write("bad.csv", "indicator,period,category,group,count,total,value\n2,2024/25,,BME,5,2,\n");
    EXPECT_FALSE(window.transfers().importMetrics(bad));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("bad.csv:2: count: the count 5 is more than its total 2"));
    const QString good = scratch.write("good.csv", "indicator,period,category,group,count,total,value\n"
                                                   "2,2023/24,,White,400,2000,\n2,2023/24,,BME,100,1000,\n");
    EXPECT_TRUE(window.transfers().importMetrics(good));
    EXPECT_EQ(window.findChild<QTabWidget*>("tabs")->currentWidget()->objectName(), "metricsTab");
    ui::MessageBox::setHook({});
}

} // namespace
