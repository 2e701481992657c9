// The Metrics tab for WDES (issue 18): the framework is chosen by keyboard, every WDES metric is
// listed and laid out as published (1 by band with "not known" apart; 3 with its two-year rolling
// headline and the single year; 9a as scores; 9b as yes or no with its narrative; 10 by its five
// board scopes), typed counts are undo steps that carry their framework, and the sentence, charts,
// targets and linked actions follow the chosen metric.
#include "WindowDriver.h"
#include "WindowTest.h"
#include "dialogs/PreferencesDialog.h"
#include "framework/Framework.h"
#include "metrics/MetricGridModel.h"
#include "metrics/MetricsTab.h"
#include "plan/PlanSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class WdesMetricsTab : public test::WindowTest
{
protected:
    void SetUp() override
    {
        test::WindowTest::SetUp();
        ASSERT_TRUE(window.openFile(demo));
        tab = window.findChild<ui::MetricsTab*>("metricsTab");
        grid = tab->findChild<QTableView*>("metricGrid");
    }

    // The grid row with this label, or -1.
    int rowOf(const QString& label) const
    {
        for (int r = 0; r < grid->model()->rowCount(); ++r)
            if (grid->model()->headerData(r, Qt::Vertical).toString() == label)
                return r;
        return -1;
    }
    int columnOf(const QString& period) const
    {
        for (int c = 0; c < grid->model()->columnCount(); ++c)
            if (grid->model()->headerData(c, Qt::Horizontal).toString() == period)
                return c;
        return -1;
    }
    QString cell(const QString& label, const QString& period) const
    {
        const int r = rowOf(label);
        const int c = columnOf(period);
        return r < 0 || c < 0 ? QStringLiteral("<missing>") : grid->model()->index(r, c).data().toString();
    }
    bool type(const QString& label, const QString& period, const QString& text)
    {
        const int r = rowOf(label);
        const int c = columnOf(period);
        return r >= 0 && c >= 0 && grid->model()->setData(grid->model()->index(r, c), text);
    }
    void show(const QString& code)
    {
        tab->showIndicator(QStringLiteral("WDES"), core::Framework::wdes().indicatorByCode(code)->number);
    }
    // The file's row, read afresh.
    std::optional<core::MetricCount> stored(const QString& framework, const QString& code, const QString& period,
                                            const QString& category, const QString& group)
    {
        const int number = core::Framework::find(framework)->indicatorByCode(code)->number;
        const auto session = ui::PlanSession::open(demo);
        for (const core::MetricCount& m : session->metricCounts())
            if (m.framework == framework && m.indicator == number && m.period == period && m.category == category &&
                m.group == group)
                return m;
        return std::nullopt;
    }

    // For the README (script/screenshots): the tab as the user sees it, in a window of a laptop's size.
    void screenshot(const QString& name)
    {
        const QByteArray folder = qgetenv("WRES_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        window.resize(1500, 900);
        window.findChild<QTabWidget*>("tabs")->setCurrentWidget(tab);
        QApplication::processEvents();
        window.grab().save(QString::fromLocal8Bit(folder) + "/" + name);
    }

    ui::MetricsTab* tab = nullptr;
    QTableView* grid = nullptr;
};

TEST_F(WdesMetricsTab, TheFrameworkIsChosenByKeyboardAndEveryMetricWithFiguresIsListed)
{
    test::showActive(window);
    test::press(window, Qt::Key_M, Qt::AltModifier); // the Metrics tab
    test::press(window, Qt::Key_K, Qt::AltModifier); // Framewor&k
    auto* frameworks = tab->findChild<QComboBox*>("frameworkChoice");
    ASSERT_EQ(QApplication::focusWidget(), frameworks);
    test::press(window, Qt::Key_Down);
    EXPECT_EQ(tab->currentFramework(), "WDES");
    auto* list = tab->findChild<QListWidget*>("indicatorList");
    QStringList listed;
    for (int i = 0; i < list->count(); ++i)
        listed << list->item(i)->text().section('.', 0, 0);
    EXPECT_EQ(listed,
              (QStringList{"1", "2", "3", "4a(i)", "4a(ii)", "4a(iii)", "4b", "5", "6", "7", "8", "9a", "9b", "10"}))
        << "every WDES metric with figures, headings (4, 4a, 9) left to the links";
    EXPECT_EQ(tab->currentIndicator(), core::Framework::wdes().indicatorByCode("1")->number);
    EXPECT_TRUE(tab->findChild<QLabel*>("indicatorTitle")->text().contains("WDES metric 1"));
    test::press(window, Qt::Key_Up);
    EXPECT_EQ(tab->currentFramework(), "WRES");
    EXPECT_EQ(list->count(), 9);
    EXPECT_EQ(test::mnemonicClashes(window), QStringList());
}

TEST_F(WdesMetricsTab, EveryMetricIsLaidOutAsPublished)
{
    window.show();
    QAbstractItemModelTester tester(grid->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    show("1");
    EXPECT_EQ(cell("Overall: Disabled staff", "March 2023"), "284");
    EXPECT_EQ(cell("Overall: Non-disabled staff", "March 2023"), "5542");
    EXPECT_EQ(cell("Overall: Not known staff", "March 2023"), "689") << "not known kept apart";
    EXPECT_EQ(cell("Overall: staff (all groups)", "March 2023"), "6515") << "one headcount for the band";
    EXPECT_EQ(cell("Overall: % Disabled", "March 2023"), "4.4");
    EXPECT_EQ(cell("Overall: % Not known", "March 2023"), "10.6");
    EXPECT_EQ(cell("Medical Consultant: Disabled staff", "March 2022"), "0");
    screenshot("metrics-wdes-1.png");
    EXPECT_EQ(rowOf("Overall: Disabled staff"), grid->model()->rowCount() - 8) << "Overall last, under the bands";

    show("3");
    EXPECT_EQ(cell("Disabled entering formal capability", "2022/23"), "1");
    EXPECT_NE(cell("Relative likelihood (two-year rolling average)", "2022/23"), "<missing>");
    EXPECT_NE(cell("Relative likelihood (single year)", "2022/23"), "<missing>");
    EXPECT_EQ(cell("Relative likelihood (two-year rolling average)", "2021/22"), "-")
        << "no year before 2021/22 to average with";
    screenshot("metrics-wdes-3.png");

    show("9a");
    EXPECT_EQ(cell("Disabled: score (0 to 10)", "2022"), "6.4");
    EXPECT_EQ(cell("Organisation: score (0 to 10)", "2021"), "6.6");
    EXPECT_EQ(cell("Disabled respondents", "2022"), "505");

    show("9b");
    EXPECT_EQ(cell("Answer (Yes or No)", "2023"), "Yes");
    EXPECT_TRUE(cell("Practical example (narrative)", "2023").startsWith("The network co-designed"));
    EXPECT_FALSE(tab->findChild<QChartView*>("metricChart")->isVisibleTo(tab)) << "a yes or no is told in words";
    EXPECT_TRUE(tab->findChild<QLabel*>("narrative")->text().contains("Yes")) << "the sentence gives the answer";
    screenshot("metrics-wdes-9b.png");

    show("10");
    for (const QString scope : {"Board overall", "Voting", "Non-voting", "Executive", "Non-executive"})
        EXPECT_NE(cell(scope + ": Difference (percentage points)", "March 2023"), "<missing>") << scope.toStdString();
    EXPECT_EQ(cell("Non-voting: Disabled members", "March 2023"), "1");
    EXPECT_EQ(cell("Workforce: Disabled staff", "March 2023"), "284");

    show("4a(i)");
    EXPECT_EQ(cell("% Disabled", "2022"), "27.5");
    EXPECT_EQ(cell("Disabled answering yes", "2022"), "139");
    EXPECT_TRUE(tab->findChild<QChartView*>("metricChart")->isVisibleTo(tab));
    EXPECT_FALSE(tab->findChild<QChartView*>("metricChart")->chart()->series().isEmpty());
    EXPECT_FALSE(tab->findChild<QLabel*>("narrative")->text().contains("No figures recorded"));
}

TEST_F(WdesMetricsTab, ABandsHeadcountIsOneUndoStepOverEveryGroupAndKeepsItsFramework)
{
    show("1");
    const QList<core::MetricCount> wresBefore = [&] {
        QList<core::MetricCount> rows;
        const auto session = ui::PlanSession::open(demo);
        for (const core::MetricCount& m : session->metricCounts())
            if (m.framework == "WRES")
                rows << m;
        return rows;
    }();
    const int steps = window.undoStack()->count();
    ASSERT_TRUE(type("Clinical Bands 8a-8b: staff (all groups)", "March 2023", "180"));
    EXPECT_EQ(window.undoStack()->count(), steps + 1) << "one step for the three rows";
    for (const QString group : {"Disabled", "Non-disabled", "Not known"}) {
        const auto row = stored("WDES", "1", "March 2023", "Clinical Bands 8a-8b", group);
        ASSERT_TRUE(row) << group.toStdString();
        EXPECT_EQ(row->total, 180) << group.toStdString();
    }
    EXPECT_EQ(cell("Clinical Bands 8a-8b: staff (all groups)", "March 2023"), "180");
    EXPECT_TRUE(window.undoStack()->undoText().contains("WDES metric 1"));
    window.undoStack()->undo();
    for (const QString group : {"Disabled", "Non-disabled", "Not known"})
        EXPECT_EQ(stored("WDES", "1", "March 2023", "Clinical Bands 8a-8b", group)->total, 178) << group.toStdString();
    EXPECT_EQ(cell("Clinical Bands 8a-8b: staff (all groups)", "March 2023"), "178");
    window.undoStack()->redo();
    EXPECT_EQ(stored("WDES", "1", "March 2023", "Clinical Bands 8a-8b", "Not known")->total, 180);

    // A headcount below a group's count is refused, and nothing changes.
    EXPECT_FALSE(type("Clinical Bands 8a-8b: staff (all groups)", "March 2023", "100"));
    EXPECT_TRUE(tab->findChild<QLabel*>("metricMessage")->text().contains("more than its total"));
    EXPECT_EQ(stored("WDES", "1", "March 2023", "Clinical Bands 8a-8b", "Disabled")->total, 180);

    QList<core::MetricCount> wresAfter;
    const auto session = ui::PlanSession::open(demo);
    for (const core::MetricCount& m : session->metricCounts())
        if (m.framework == "WRES")
            wresAfter << m;
    EXPECT_EQ(wresAfter, wresBefore) << "no WRES row is touched by a WDES count (WRES 1 has the same bands' numbers)";
}

TEST_F(WdesMetricsTab, ScoresAnswersAndNarrativesAreTypedAndUndone)
{
    show("9a");
    EXPECT_FALSE(type("Disabled: score (0 to 10)", "2022", "11"));
    EXPECT_TRUE(tab->findChild<QLabel*>("metricMessage")->text().contains("from 0 to 10"));
    ASSERT_TRUE(type("Disabled: score (0 to 10)", "2022", "6.9"));
    EXPECT_EQ(stored("WDES", "9a", "2022", "", "Disabled")->value, 6.9);
    EXPECT_EQ(stored("WDES", "9a", "2022", "", "Disabled")->total, 505) << "its respondents kept";
    window.undoStack()->undo();
    EXPECT_EQ(stored("WDES", "9a", "2022", "", "Disabled")->value, 6.4);

    show("9b");
    EXPECT_FALSE(type("Answer (Yes or No)", "2023", "maybe"));
    ASSERT_TRUE(type("Answer (Yes or No)", "2023", "no"));
    EXPECT_EQ(cell("Answer (Yes or No)", "2023"), "No");
    EXPECT_EQ(stored("WDES", "9b", "2023", "", "")->value, 0.0);
    EXPECT_TRUE(stored("WDES", "9b", "2023", "", "")->note.startsWith("The network co-designed")) << "note kept";
    ASSERT_TRUE(type("Practical example (narrative)", "2023", "Quarterly listening events with the Board."));
    EXPECT_EQ(stored("WDES", "9b", "2023", "", "")->note, "Quarterly listening events with the Board.");
    EXPECT_TRUE(tab->findChild<QLabel*>("narrative")->text().contains("Quarterly listening events"));
    window.undoStack()->undo();
    window.undoStack()->undo();
    EXPECT_EQ(stored("WDES", "9b", "2023", "", "")->value, 1.0);
    EXPECT_TRUE(stored("WDES", "9b", "2023", "", "")->note.startsWith("The network co-designed"));
}

TEST_F(WdesMetricsTab, ATargetIsAddedToTheWdesMetricAndDrawnOnItsChart)
{
    show("2");
    auto lines = [&] { return tab->findChild<QChartView*>("metricChart")->chart()->series().size(); };
    const auto before = lines();
    ui::Prompts::setNextText(QStringLiteral("1"));
    ui::Prompts::setNextText(QStringLiteral("Parity"));
    ui::Prompts::setNextText(QStringLiteral("2025"));
    tab->findChild<QPushButton*>("addTarget")->click();
    const auto targets = ui::PlanSession::open(demo)->metricTargets();
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets[0].framework, "WDES");
    EXPECT_EQ(targets[0].indicator, core::Framework::wdes().indicatorByCode("2")->number);
    EXPECT_EQ(targets[0].measure, "relative_likelihood");
    EXPECT_GT(lines(), before) << "the target is drawn";
    tab->showIndicator(2);
    bool onWres = false;
    for (QAbstractSeries* s : tab->findChild<QChartView*>("metricChart")->chart()->series())
        onWres = onWres || s->name().contains("Parity");
    EXPECT_FALSE(onWres) << "WRES 2's chart does not draw WDES 2's target";
}

TEST_F(WdesMetricsTab, PreferencesListTheWdesMetricsAndAnExemptOneIsShownInFullInThePublicView)
{
    ui::PreferencesDialog dialog(&window, &window.document());
    QStringList codes;
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>(QRegularExpression("^exemptWdes")))
        codes << box->text();
    EXPECT_EQ(codes.size(), 14) << "every WDES metric with figures: " << codes.join(' ').toStdString();
    auto* board = dialog.findChild<QCheckBox*>("exemptWdes10");
    auto* wresBoard = dialog.findChild<QCheckBox*>("exempt9");
    ASSERT_TRUE(board && wresBoard);
    EXPECT_TRUE(board->isChecked());
    EXPECT_FALSE(board->isEnabled()) << "WDES 10 follows WRES 9 while it is published in full";
    wresBoard->setChecked(false);
    EXPECT_TRUE(board->isEnabled());
    EXPECT_FALSE(board->isChecked()) << "back to its own choice";
    wresBoard->setChecked(true);
    dialog.findChild<QCheckBox*>("exemptWdes8")->setChecked(true);
    EXPECT_TRUE(dialog.findChild<QLabel*>("methodNotePreview")->text().contains("WDES metric 8"));
    static_cast<QDialog&>(dialog).accept(); // OK, as the user presses it
    const int eight = core::Framework::wdes().indicatorByCode("8")->number;
    EXPECT_TRUE(window.document().suppressionRule().exempt.contains(eight));
    EXPECT_FALSE(
        window.document().suppressionRule().exempt.contains(core::Framework::wdes().indicatorByCode("10")->number))
        << "the box that follows WRES 9 is not stored as a choice of its own";

    // The public view of WDES 8 shows a count below 10 that it would otherwise hide.
    show("8");
    ASSERT_TRUE(type("Disabled answering yes", "2022", "7"));
    tab->setRedacted(true);
    EXPECT_EQ(cell("Disabled answering yes", "2022"), "7");
    core::SuppressionRule without = window.document().suppressionRule();
    without.exempt.removeAll(eight);
    ASSERT_TRUE(window.document().setSuppressionRule(without));
    EXPECT_EQ(cell("Disabled answering yes", "2022"), "R") << "not exempt: hidden";
}

} // namespace
