// The public version in the window: the file's rule in Preferences, the Metrics tab's public view
// under each rule, and the review of free text before a public pack is written.
#include "MainWindow.h"
#include "PublicationSupport.h"
#include "TestSupport.h"
#include "WindowTest.h"
#include "dialogs/MessageBox.h"
#include "dialogs/PreferencesDialog.h"
#include "document/PlanDocument.h"
#include "metrics/MetricGridModel.h"
#include "metrics/MetricsTab.h"
#include "plan/PlanSession.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "window/PrintController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace wres;
using core::SuppressionRule;

namespace {

QString cell(ui::MetricsTab& tab, const QString& rowLabel, const QString& period)
{
    auto* model = tab.findChild<QTableView*>("metricGrid")->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->headerData(r, Qt::Vertical).toString() == rowLabel)
            for (int c = 0; c < model->columnCount(); ++c)
                if (model->headerData(c, Qt::Horizontal).toString() == period)
                    return model->index(r, c).data().toString();
    return "<missing>";
}

SuppressionRule storedRule(const QString& path)
{
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    return core::MetricStore(*db).suppressionRule();
}

class PublicationWindow : public test::WindowTest
{};

TEST_F(PublicationWindow, PreferencesShowAndStoreTheFilesRule)
{
    ui::PlanDocument document;
    document.setSession(ui::PlanSession::open(demo));
    ui::PreferencesDialog dialog(nullptr, &document);
    auto* preset = dialog.findChild<QComboBox*>("suppressionPreset");
    auto* threshold = dialog.findChild<QSpinBox*>("customThreshold");
    auto* board = dialog.findChild<QCheckBox*>("exempt9");
    auto* note = dialog.findChild<QLabel*>("methodNotePreview");
    ASSERT_TRUE(preset && threshold && board && note);
    EXPECT_EQ(preset->currentText(), "WRES (below 10)");
    EXPECT_TRUE(board->isChecked()) << "the board is published in full by default";
    EXPECT_FALSE(threshold->isEnabled()) << "only the custom rule takes a threshold";
    EXPECT_TRUE(note->text().contains("indicator 9 (Board representation)"));
    EXPECT_EQ(dialog.findChildren<QCheckBox*>(QRegularExpression("^exempt\\d+$")).size(), 9)
        << "one box per indicator of the framework";

    preset->setCurrentIndex(preset->findData("custom"));
    EXPECT_TRUE(threshold->isEnabled());
    // Typing a threshold outside 1-100 is refused by the field itself.
    threshold->selectAll();
    QTest::keyClicks(threshold, "150");
    EXPECT_LE(threshold->value(), 100);
    threshold->setValue(0);
    EXPECT_EQ(threshold->value(), 1);
    threshold->setValue(6);
    board->setChecked(false);
    EXPECT_TRUE(note->text().contains("Any count below 6")) << note->text().toStdString();
    EXPECT_TRUE(note->text().contains("No indicator is exempt"));
    static_cast<QDialog&>(dialog).accept();
    const SuppressionRule stored = storedRule(demo);
    EXPECT_EQ(stored.preset, SuppressionRule::Preset::Custom);
    EXPECT_EQ(stored.threshold(), 6);
    EXPECT_TRUE(stored.exempt.isEmpty());
}

TEST_F(PublicationWindow, ABadStoredRuleIsSaidAndReplacedWithAValidOne)
{
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase("QSQLITE", "raw");
        sql.setDatabaseName(demo);
        ASSERT_TRUE(sql.open());
        QSqlQuery(sql).exec("INSERT INTO settings (name, value) VALUES ('redaction_exempt', '12')");
        sql.close();
    }
    QSqlDatabase::removeDatabase("raw");
    ui::PlanDocument document;
    document.setSession(ui::PlanSession::open(demo));
    ui::PreferencesDialog dialog(nullptr, &document);
    EXPECT_TRUE(dialog.findChild<QLabel*>("fileSettingsProblem")->text().contains("redaction_exempt: '12'"));
    // The command line refuses it too, naming the setting, and writes nothing.
    const test::CliRun r = test::runInProcess({"metrics", "--db", demo, "--redact"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("redaction_exempt")) << r.err.toStdString();
    static_cast<QDialog&>(dialog).accept();
    EXPECT_EQ(storedRule(demo), SuppressionRule::defaults());
}

TEST_F(PublicationWindow, ThePublicViewFollowsEachRule)
{
    ui::PlanDocument document;
    document.setSession(ui::PlanSession::open(demo));
    ui::MetricsTab tab;
    tab.resize(1500, 950);
    tab.setDocument(&document);
    tab.setRedacted(true);
    tab.showIndicator(9);
    EXPECT_EQ(cell(tab, "Board overall: % BME members", "March 2023"), "<missing>");
    EXPECT_EQ(cell(tab, "Board overall: BME members", "March 2023"), "3") << "the board is published by default";
    EXPECT_EQ(cell(tab, "Board overall: Difference (percentage points)", "March 2023"), "+1.0");
    EXPECT_TRUE(tab.findChild<QLabel*>("redactionRule")->text().contains("WRES (below 10)"));

    SuppressionRule mhs = SuppressionRule::defaults();
    mhs.preset = SuppressionRule::Preset::ModelHealthSystem;
    mhs.exempt.clear();
    document.setSuppressionRule(mhs);
    tab.refresh();
    EXPECT_EQ(cell(tab, "Board overall: BME members", "March 2023"), "*");
    EXPECT_EQ(cell(tab, "Board overall: Difference (percentage points)", "March 2023"), "*");
    tab.showIndicator(3);
    // The two-year rolling headline (issue 18) and the year alone: 9 people, not below 7.
    EXPECT_EQ(cell(tab, "Relative likelihood (two-year rolling average)", "2022/23"), "1.12")
        << "9 people: not below 7";

    SuppressionRule nhsd = mhs;
    nhsd.preset = SuppressionRule::Preset::NhsDigital;
    document.setSuppressionRule(nhsd);
    tab.refresh();
    EXPECT_EQ(cell(tab, "BME headcount", "2022/23"), "1260") << "1261 rounded to the nearest 5";
    EXPECT_EQ(cell(tab, "BME entering formal disciplinary", "2022/23"), "10") << "9 rounded";
    tab.showIndicator(1);
    EXPECT_EQ(cell(tab, "Non-clinical Band 8b-9: BME staff", "March 2023"), "*") << "4 is suppressed";
    tab.setRedacted(false);
    EXPECT_EQ(cell(tab, "Non-clinical Band 8b-9: BME staff", "March 2023"), "4") << "the full view shows it";
}

// Before a public pack is written, free text that holds a number is listed; the user goes on,
// leaves the progress notes out, or cancels.
class PublicReview : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        {
            auto db = core::Database::open(demo, core::Database::Mode::OpenExisting);
            core::UpdateRequest update;
            update.progress = "4 of the 7 BME attendees were promoted";
            update.author = "Head of EDI";
            core::ActionStore(*db).recordUpdate(1, update);
        }
        ASSERT_TRUE(window.openFile(demo));
        options.redact = true;
        options.since = QDate(2000, 1, 1);
    }

    QString pdfText(const QString& pdf)
    {
        QProcess p;
        p.start("pdftotext", {"-raw", pdf, "-"});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    core::BoardPackOptions options;
};

TEST_F(PublicReview, CancellingWritesNothing)
{
    answer = QMessageBox::Cancel;
    const QString pdf = scratch.path("public.pdf");
    EXPECT_FALSE(window.printing().exportBoardPack(pdf, options));
    EXPECT_FALSE(QFile::exists(pdf));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains("action 1.1.1, progress note: holds 4, 7")) << messages[0].toStdString();
    EXPECT_TRUE(messages[0].contains("action 1.1.1, update note: holds 4, 7"));
}

TEST_F(PublicReview, LeavingNotesOutKeepsThemOutOfThePdf)
{
    answer = QMessageBox::Discard;
    const QString pdf = scratch.path("public.pdf");
    ASSERT_TRUE(window.printing().exportBoardPack(pdf, options));
    const QString text = pdfText(pdf);
    EXPECT_FALSE(text.contains("BME attendees")) << "neither the latest progress nor the update note";
    EXPECT_TRUE(text.contains("its note is not published"));
    EXPECT_TRUE(text.contains("Method note: small numbers"));
}

TEST_F(PublicReview, GoingOnWritesTheTextAsItIs)
{
    answer = QMessageBox::Yes;
    const QString pdf = scratch.path("public.pdf");
    ASSERT_TRUE(window.printing().exportBoardPack(pdf, options));
    EXPECT_TRUE(pdfText(pdf).contains("4 of the 7 BME attendees were promoted"));
    // The full pack is not reviewed.
    messages.clear();
    options.redact = false;
    ASSERT_TRUE(window.printing().exportBoardPack(scratch.path("full.pdf"), options));
    EXPECT_TRUE(messages.isEmpty());
}

} // namespace
