// The actions can be read: the whole text wraps and rows grow to fit (or one line each, a setting),
// the Action column takes the room left, the theme has a column, each action shows its one
// reference; My actions shows all of a lead's actions whatever the navigator shows.
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "plan/ActionTableModel.h"
#include "plan/ActionTableView.h"
#include "plan/PlanPane.h"
#include "plan/PlanTreeModel.h"
#include "window/MyActionsBar.h"
#include "window/Settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class ReadableTable : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        openDemoOnALaptop();
        table = window.planPane().table();
        table->sizeVisibleRows();
    }
    int lineHeight() const { return table->verticalHeader()->defaultSectionSize(); }
    ui::ActionTableView* table = nullptr;
};

TEST_F(ReadableTable, TheWholeActionWrapsAndItsRowGrowsToFit)
{
    ASSERT_GT(table->model()->rowCount(), 3);
    const QString text = table->model()->index(0, ui::ActionTableModel::ActionColumn).data().toString();
    EXPECT_TRUE(text.contains('\n')) << "the whole text, every bullet";
    EXPECT_TRUE(table->wordWrap());
    EXPECT_GT(table->rowHeight(0), 2 * lineHeight()) << "the row is as tall as its text";
    // The last action, scrolled to, is as tall as its text.
    const int last = table->model()->rowCount() - 1;
    QApplication::processEvents();
    table->scrollTo(table->model()->index(last, 0));
    EXPECT_TRUE(QTest::qWaitFor([&] { return table->rowHeight(last) > lineHeight(); }, 1000));
    const int lines = table->model()->index(last, ui::ActionTableModel::ActionColumn).data().toString().count('\n') + 1;
    EXPECT_GT(lines, 1);
    EXPECT_GE(table->rowHeight(last), lines * table->fontMetrics().lineSpacing()) << "the last row, scrolled to";

    // Edit ▸ One Line per Action: the first line only, every row one line high, and kept.
    test::trigger(window, "actionOneLine");
    QApplication::processEvents();
    EXPECT_FALSE(table->model()->index(0, ui::ActionTableModel::ActionColumn).data().toString().contains('\n'));
    EXPECT_EQ(table->rowHeight(0), lineHeight());
    EXPECT_TRUE(ui::Settings::instance().oneLineRows());
    test::trigger(window, "actionOneLine");
    table->sizeVisibleRows();
    EXPECT_GT(table->rowHeight(0), 2 * lineHeight());
}

TEST_F(ReadableTable, NoColumnHeadingIsCut)
{
    QFont bold = table->horizontalHeader()->font();
    bold.setBold(true);
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (table->isColumnHidden(column))
            continue;
        const QString heading = table->model()->headerData(column, Qt::Horizontal).toString();
        EXPECT_GE(table->columnWidth(column), QFontMetrics(bold).horizontalAdvance(heading) + 8)
            << heading.toStdString();
    }
}

TEST_F(ReadableTable, EveryRagAndStatusWordFitsBesideItsSymbol)
{
    const QFontMetrics metrics = table->fontMetrics();
    const int symbol = table->iconSize().isValid() ? table->iconSize().width() : 16;
    for (const char* word : {"Green", "Amber", "Red", "Blue"})
        EXPECT_GE(table->columnWidth(ui::ActionTableModel::RagColumn),
                  metrics.horizontalAdvance(QString::fromLatin1(word)) + symbol + 12)
            << word;
    EXPECT_GE(table->columnWidth(ui::ActionTableModel::StatusColumn),
              metrics.horizontalAdvance(QStringLiteral("In progress")) + symbol + 12);
}

TEST_F(ReadableTable, TheStatusSymbolSitsBesideItsWordInATallRow)
{
    // Row 0 (1.1.1, "In progress") is many lines tall; its status symbol, drawn in colour, must be
    // on the word's line, not in the middle of the row.
    table->selectionModel()->clear();
    QApplication::processEvents();
    ASSERT_GT(table->rowHeight(0), 4 * lineHeight());
    const QRect cell = table->visualRect(table->model()->index(0, ui::ActionTableModel::StatusColumn));
    const QImage image = table->viewport()->grab().toImage();
    int firstColoured = -1;
    for (int y = cell.top(); y <= cell.bottom() && firstColoured < 0; ++y)
        for (int x = cell.left(); x <= cell.right(); ++x)
            if (QColor(image.pixel(x, y)).hsvSaturation() > 120) {
                firstColoured = y;
                break;
            }
    ASSERT_GE(firstColoured, 0) << "the symbol is drawn in colour";
    EXPECT_LT(firstColoured - cell.top(), 2 * table->fontMetrics().lineSpacing())
        << "the symbol is " << firstColoured - cell.top() << " px below the top of a " << cell.height() << " px row";
}

TEST_F(ReadableTable, TheActionColumnTakesTheRoomLeftAndTheThemeAndReferenceAreShown)
{
    QHeaderView* header = table->horizontalHeader();
    EXPECT_EQ(header->sectionResizeMode(ui::ActionTableModel::ActionColumn), QHeaderView::Stretch);
    int widest = 0;
    for (int column = 0; column < ui::ActionTableModel::ColumnCount; ++column)
        if (!table->isColumnHidden(column) && column != ui::ActionTableModel::ActionColumn)
            widest = std::max(widest, table->columnWidth(column));
    EXPECT_GT(table->columnWidth(ui::ActionTableModel::ActionColumn), widest) << "the widest column at 1366×768";
    EXPECT_GE(table->columnWidth(ui::ActionTableModel::ActionColumn), table->fontMetrics().averageCharWidth() * 25);
    EXPECT_FALSE(table->isColumnHidden(ui::ActionTableModel::ThemeColumn));
    EXPECT_EQ(table->model()->headerData(ui::ActionTableModel::ThemeColumn, Qt::Horizontal).toString(), "Theme");
    EXPECT_TRUE(table->model()->index(0, ui::ActionTableModel::ThemeColumn).data().toString().startsWith("Workforce"));
    EXPECT_EQ(table->model()->index(0, ui::ActionTableModel::ReferenceColumn).data().toString(), "1.1.1")
        << "the one reference (the demo numbers restart in each theme)";
    EXPECT_EQ(table->model()->index(4, ui::ActionTableModel::ReferenceColumn).data().toString(), "2.1.1");
}

TEST_F(ReadableTable, MyActionsShowsAllOfTheLeadsActionsWhateverTheNavigatorShows)
{
    QTreeView* navigator = window.planPane().navigator();
    const QModelIndex plan = navigator->model()->index(0, 0);
    navigator->setCurrentIndex(navigator->model()->index(2, 0, plan)); // the third theme alone
    ASSERT_EQ(window.planPane().shownCount(), 2);
    auto* lead = window.findChild<QComboBox*>("myLead");
    lead->setCurrentIndex(lead->findText("Head of EDI"));
    test::press(window, Qt::Key_M, Qt::ControlModifier);
    EXPECT_TRUE(window.findChild<QAction*>("actionMyActions")->isChecked());
    EXPECT_EQ(window.planPane().shownCount(), 7) << "all seven, in every theme";
    EXPECT_TRUE(table->model()->index(0, ui::ActionTableModel::DueColumn).data().toString().contains("overdue"))
        << "overdue first";
    test::press(window, Qt::Key_M, Qt::ControlModifier);
    EXPECT_EQ(window.planPane().shownCount(), 12) << "off again: the whole plan";
}

} // namespace
