// The board pack from the window holds WRES, WDES or both (issue 18): chosen in the real dialog, as
// `board-pack --framework` chooses, and found in the exported web page and PDF.
#include "TestSupport.h"
#include "WindowDriver.h"
#include "WindowTest.h"
#include "report/BoardPackDialog.h"
#include "window/PrintController.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QProcess>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace wres;

namespace {

class WdesBoardPackWindow : public test::WindowTest
{
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_TRUE(window.openFile(demo));
        fixToday(QDate(2024, 7, 1));
    }

    // Exports the public web page through the menu and the dialog, the framework chosen by its words.
    QString exportWebPage(const QString& choice, const QString& name)
    {
        const QString path = scratch.path(name);
        QStringList offered;
        test::whenDialog([&](QWidget* dialog) {
            auto* frameworks = dialog->findChild<QComboBox*>("packFrameworks");
            for (int i = 0; i < frameworks->count(); ++i)
                offered << frameworks->itemText(i);
            frameworks->setCurrentIndex(frameworks->findText(choice, Qt::MatchStartsWith));
            static_cast<QDialog*>(dialog)->accept();
        });
        ui::Prompts::setNextFileName(path);
        test::trigger(window, "actionExportWebPage");
        EXPECT_EQ(offered.size(), 3) << "WRES, WDES, or both";
        return QString::fromUtf8(test::readFile(path));
    }
};

TEST_F(WdesBoardPackWindow, TheDialogChoosesWresWdesOrBothAndTheWebPageHoldsThem)
{
    const QString wres = exportWebPage("WRES:", "wres.html");
    const QString wdes = exportWebPage("WDES:", "wdes.html");
    const QString both = exportWebPage("WRES and WDES", "both.html");
    for (const QString& page : {wres, wdes, both})
        ASSERT_TRUE(page.contains("<html")) << "every export wrote a page";
    const QString wdes9a = "WDES metric 9a: Staff engagement score";
    const QString wres2 = "Indicator 2: Appointment from shortlisting";
    EXPECT_TRUE(wres.contains("2. WRES metrics"));
    EXPECT_TRUE(wres.contains(wres2));
    EXPECT_FALSE(wres.contains(wdes9a));
    EXPECT_TRUE(wdes.contains("2. WDES metrics"));
    EXPECT_TRUE(wdes.contains(wdes9a));
    EXPECT_TRUE(wdes.contains("WDES metric 1: Workforce representation by band"));
    EXPECT_FALSE(wdes.contains(wres2)) << "no WRES indicator in a WDES pack";
    EXPECT_FALSE(wdes.contains("Indicator 910")) << "a WDES metric is named by its code, never its stored number";
    EXPECT_TRUE(both.contains("2. WRES and WDES metrics"));
    EXPECT_TRUE(both.contains(wdes9a));
    EXPECT_TRUE(both.contains(wres2));
    EXPECT_LT(both.indexOf(wres2), both.indexOf(wdes9a)) << "WRES first";
    EXPECT_TRUE(both.contains("Appendix: the WRES and WDES indicators"));
    // WDES charts are drawn (an SVG per chart, with its title), as WRES's are.
    EXPECT_GT(wdes.count("<svg"), 10);
    EXPECT_TRUE(messages.isEmpty()) << messages.join('\n').toStdString();
}

TEST_F(WdesBoardPackWindow, TheDialogsChoiceReachesTheOptionsAndThePdfHoldsWdes)
{
    ui::BoardPackDialog dialog(*window.document().session(), "Export PDF…");
    auto* frameworks = dialog.findChild<QComboBox*>("packFrameworks");
    EXPECT_EQ(dialog.options().frameworks, QStringList{"WRES"}) << "WRES by default, as the command line";
    frameworks->setCurrentIndex(2);
    EXPECT_EQ(dialog.options().frameworks, (QStringList{"WRES", "WDES"}));
    frameworks->setCurrentIndex(1);
    core::BoardPackOptions options = dialog.options();
    EXPECT_EQ(options.frameworks, QStringList{"WDES"});
    auto* contents = dialog.findChild<QComboBox*>("packContents");
    contents->setCurrentIndex(1);
    EXPECT_FALSE(frameworks->isEnabled()) << "a lead's brief has no metrics to choose";

    options.date = QDate(2024, 7, 1);
    const QString pdf = scratch.path("wdes.pdf");
    ASSERT_TRUE(window.printing().exportBoardPack(pdf, options));
    QProcess pdftotext; // poppler-utils, as a reader of the PDF would have
    pdftotext.start("pdftotext", {"-layout", pdf, "-"});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains("2. WDES metrics")) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains("WDES metric 8: Reasonable adjustments"));
    EXPECT_FALSE(text.contains("Indicator 2: Appointment"));
}

} // namespace
