#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/MessageBox.h"
#include "plan/ActionTableModel.h"
#include "plan/PlanSession.h"
#include "window/EditorController.h"
#include "window/FileController.h"
#include "window/MyActionsBar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QUrl>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class Workspace : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ui::MessageBox::setHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            messages << text;
            return QMessageBox::Ok;
        });
        demo = scratch.path("demo.wres");
        test::writeDemo(demo);
        window = std::make_unique<ui::MainWindow>();
        ASSERT_TRUE(window->openFile(demo));
        table = window->findChild<QTableView*>("actionTable");
    }
    void TearDown() override { ui::MessageBox::setHook({}); }

    int shown() const { return table->model()->rowCount(); }
    QString count() const { return window->findChild<QLabel*>("filterCount")->text(); }
    template <typename T> T* find(const char* name) const
    {
        T* widget = window->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    test::Scratch scratch;
    QString demo;
    QStringList messages;
    std::unique_ptr<ui::MainWindow> window;
    QTableView* table = nullptr;
};

TEST_F(Workspace, FiltersCombineShowTheCountAndClearInOneClick)
{
    ASSERT_EQ(shown(), 12);
    EXPECT_EQ(count(), "All 12 actions");
    find<QLineEdit>("filterText")->setText("B-ME network");
    EXPECT_EQ(shown(), 3) << "text in any case, in action text";
    find<QLineEdit>("filterText")->setText("");
    auto* lead = find<QComboBox>("filterLead");
    lead->setCurrentIndex(lead->findText("Head of EDI"));
    EXPECT_EQ(shown(), 7);
    auto* status = find<QComboBox>("filterStatus");
    status->setCurrentIndex(status->findData(int(core::Status::NotStarted)));
    EXPECT_EQ(shown(), 1) << "Head of EDI and Not started";
    EXPECT_EQ(count(), "1 of 12 actions match");
    find<QPushButton>("filterClear")->click();
    EXPECT_EQ(shown(), 12);
    auto* indicator = find<QComboBox>("filterIndicator");
    indicator->setCurrentIndex(indicator->findData(3));
    EXPECT_EQ(shown(), 6) << "theme 2's indicators apply to its actions";
    find<QPushButton>("filterClear")->click();
    auto* theme = find<QComboBox>("filterTheme");
    theme->setCurrentIndex(3);
    EXPECT_EQ(shown(), 2);
    find<QPushButton>("filterClear")->click();
    find<QCheckBox>("filterOverdue")->setChecked(true);
    EXPECT_EQ(shown(), 6) << "the six dated actions are all past due by now";
    find<QPushButton>("filterClear")->click();
    find<QCheckBox>("filterStale")->setChecked(true);
    EXPECT_EQ(shown(), 12) << "no action has an update yet";
}

TEST_F(Workspace, MyActionsShowsOneLeadOverdueFirstAndIsRemembered)
{
    auto* lead = find<QComboBox>("myLead");
    lead->setCurrentIndex(lead->findText("Head of Clinical Education"));
    window->myActionsBar().showMyActions("Head of Clinical Education");
    ASSERT_EQ(shown(), 3);
    const QModelIndex first = table->model()->index(0, ui::ActionTableModel::DueColumn);
    EXPECT_TRUE(first.data().toString().contains("overdue"));
    EXPECT_TRUE(table->model()->index(2, ui::ActionTableModel::DueColumn).data().toString().contains("Ongoing"));
    EXPECT_EQ(QSettings().value("myActions/lead").toString(), "Head of Clinical Education");

    ui::MainWindow again;
    ASSERT_TRUE(again.openFile(demo));
    auto* remembered = again.findChild<QComboBox*>("myLead");
    EXPECT_EQ(remembered->currentText(), "Head of Clinical Education");
    window->myActionsBar().showMyActions({});
    EXPECT_EQ(shown(), 12);
}

TEST_F(Workspace, AnUpdateFromTheWindowIsRecordedAndShown)
{
    const qint64 id = table->model()->index(0, 0).data(ui::ActionTableModel::ActionIdRole).toLongLong();
    core::UpdateRequest request;
    request.status = core::Status::Delayed;
    request.rag = core::Rag::Red;
    request.progress = QStringLiteral("Career days moved to the autumn");
    request.author = QStringLiteral("Head of Recruitment");
    ASSERT_TRUE(window->editing().addUpdate(id, request));
    EXPECT_TRUE(table->model()->index(0, ui::ActionTableModel::StatusColumn).data().toString().contains("Delayed"));
    EXPECT_FALSE(table->model()->index(0, ui::ActionTableModel::LastUpdateColumn).data().toString().isEmpty());
    const auto session = ui::PlanSession::open(demo);
    bool found = false;
    for (const core::ActionRow& row : session->actions())
        found =
            found || (row.id == id && row.status == core::Status::Delayed && row.progress.startsWith("Career days"));
    EXPECT_TRUE(found) << "the update is in the file";
    EXPECT_EQ(session->history(id).size(), 1);

    EXPECT_FALSE(window->editing().addUpdate(9999, request));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("no action with id 9999"));
}

TEST_F(Workspace, TheDashboardListsOverdueActionsAndCountsPerIndicator)
{
    if (const QByteArray folder = qgetenv("WRES_SCREENSHOTS"); !folder.isEmpty()) {
        window->resize(1500, 900);
        window->show();
        find<QTabWidget>("tabs")->setCurrentIndex(1);
        QCoreApplication::processEvents();
        window->grab().save(QString::fromLocal8Bit(folder) + "/dashboard.png");
        find<QTabWidget>("tabs")->setCurrentIndex(0);
        auto* lead = find<QComboBox>("filterLead");
        lead->setCurrentIndex(lead->findText("Head of EDI"));
        QCoreApplication::processEvents();
        window->grab().save(QString::fromLocal8Bit(folder) + "/plan-filtered.png");
        find<QPushButton>("filterClear")->click();
    }
    // Kept up to date while shown: the dashboard is looked at.
    window->show();
    find<QTabWidget>("tabs")->setCurrentIndex(1);
    auto* overdue = find<QListWidget>("overdueList");
    EXPECT_EQ(overdue->count(), 6);
    auto* counts = find<QTableWidget>("indicatorCounts");
    ASSERT_EQ(counts->rowCount(),
              9 + core::Framework::wdes().indicators.size() + core::Framework::hia().indicators.size())
        << "WRES, then WDES and the high impact actions";
    EXPECT_EQ(counts->item(2, 1)->text(), "6") << "indicator 3: theme 2's six actions";
    EXPECT_EQ(counts->item(0, 1)->text(), "4");
    emit counts->cellActivated(2, 0);
    EXPECT_EQ(find<QTabWidget>("tabs")->currentIndex(), 0);
    EXPECT_EQ(shown(), 6);
}

TEST_F(Workspace, TheLayoutIsKeptBetweenRuns)
{
    auto* splitter = find<QSplitter>("mainSplitter");
    splitter->setSizes({200, 1100});
    table->setColumnWidth(ui::ActionTableModel::LeadsColumn, 333);
    find<QTabWidget>("tabs")->setCurrentIndex(1);
    window->close();
    ui::MainWindow again;
    EXPECT_EQ(again.findChild<QTableView*>("actionTable")->columnWidth(ui::ActionTableModel::LeadsColumn), 333);
    EXPECT_EQ(again.findChild<QTabWidget*>("tabs")->currentIndex(), 1);
}

TEST_F(Workspace, ANewPlanIsCreatedOpenedAndRemembered)
{
    const QString path = scratch.path("new.wres");
    ASSERT_TRUE(window->files().newPlan(path, "Example NHS Trust", "WRES Action Plan 2025/26", "2025/26"));
    EXPECT_TRUE(window->windowTitle().startsWith("new.wres"));
    auto* navigator = window->findChild<QTreeView*>("navigator");
    const QModelIndex plan = navigator->model()->index(0, 0);
    EXPECT_EQ(plan.data().toString(), "WRES Action Plan 2025/26");
    EXPECT_EQ(navigator->model()->rowCount(plan), 1) << "a first theme to start from";
    EXPECT_EQ(window->files().recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(window->files().recentFiles().value(1), QFileInfo(demo).absoluteFilePath());
    EXPECT_FALSE(window->files().newPlan(demo, "x", "y", "z")) << "never over an existing file";
    EXPECT_TRUE(messages.last().contains("already exists"));
}

TEST_F(Workspace, DroppingAPlanFileOpensIt)
{
    const QString other = scratch.path("other.wres");
    test::writeDemo(other);
    // The offscreen platform delivers no drag and drop, so the drop's handler is called as a drop would.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(other)});
    EXPECT_TRUE(window->files().openDropped(data));
    EXPECT_EQ(window->currentFile(), other);
}

} // namespace
