// Text through a lead's spreadsheet program: an exported workbook re-saved by LibreOffice (as
// the tests do for every workbook a person would touch) still holds every character as it was.
#include "CliRun.h"
#include "TestSupport.h"
#include "TroublesomeText.h"
#include "io/PlanCsv.h"
#include "io/PlanXlsx.h"
#include "io/Xlsx.h"
#include "io/XlsxText.h"
#include "io/XlsxWriter.h"

#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace wres::test;
using namespace wres::core;

namespace {

// Carriage returns are left out: LibreOffice's cells hold paragraphs, and a CR in a text of several
// lines comes back from it as a line feed (Excel keeps it; so do our writer and reader).
TEST(WorkbookText, ControlCharactersAndLiteralEscapesSurviveALibreOfficeResave)
{
    ASSERT_FALSE(QStandardPaths::findExecutable("soffice").isEmpty()) << "LibreOffice is installed by script/test";
    std::mt19937 random(14);
    PlanJson::Document document;
    document.plan = samplePlan();
    ObjectiveData& objective = document.plan.themes[0].objectives[0];
    const ActionData model = objective.actions.front();
    for (int i = 0; i < 150; ++i) {
        ActionData action = model;
        action.number = QStringLiteral("1.%1").arg(i + 3);
        action.progress = troublesomeText(random, {false, false, false, false});
        action.milestones = troublesomeText(random, {false, false, false, false});
        objective.actions << action;
    }
    Scratch scratch;
    const QString exported = scratch.write("plan.xlsx", PlanXlsx::write(document));
    const QString resaved = convertWithLibreOffice(exported, "xlsx", scratch.path("lo"));
    ASSERT_NE(readFile(resaved), readFile(exported)) << "LibreOffice wrote its own workbook";
    const auto read = PlanXlsx::read(readFile(resaved), "plan.xlsx", 9);
    ASSERT_TRUE(read.problems.isEmpty()) << read.problems.front().toString().toStdString();
    const QList<ActionData>& back = read.plan.themes[0].objectives[0].actions;
    ASSERT_EQ(back.size(), objective.actions.size());
    for (int i = 0; i < back.size(); ++i) {
        // Compared escaped, so that a difference shows its characters.
        EXPECT_EQ(XlsxText::escaped(back[i].progress), XlsxText::escaped(objective.actions[i].progress)) << i;
        EXPECT_EQ(XlsxText::escaped(back[i].milestones), XlsxText::escaped(objective.actions[i].milestones)) << i;
    }
    EXPECT_EQ(PlanCsv::write(read.plan), PlanCsv::write(document.plan)) << "byte for byte";
}

// Cells of any text LibreOffice can hold (U+FFFE and U+FFFF too, which a plan cannot: TextLimits),
// through our writer, LibreOffice and our reader.
TEST(WorkbookText, EveryCharacterACellCanHoldSurvivesALibreOfficeResave)
{
    std::mt19937 random(15);
    QStringList texts;
    for (int i = 0; i < 300; ++i)
        texts << troublesomeText(random, {false, false, false, true});
    XlsxWriter::Workbook book;
    lxw_worksheet* sheet = book.sheet("Texts");
    for (int i = 0; i < texts.size(); ++i)
        XlsxWriter::text(sheet, i, 0, texts[i]);
    Scratch scratch;
    const QString written = scratch.write("texts.xlsx", book.close());
    const QString resaved = convertWithLibreOffice(written, "xlsx", scratch.path("lo"));
    const Xlsx::Workbook read = Xlsx::readWorkbook(readFile(resaved), "texts.xlsx");
    ASSERT_TRUE(read.problems.isEmpty()) << read.problems.front().toString().toStdString();
    QHash<int, QString> byRow;
    for (const Xlsx::Row& row : read.sheets.front().rows)
        byRow.insert(row.number, row.cell(0));
    for (int i = 0; i < texts.size(); ++i)
        EXPECT_EQ(XlsxText::escaped(byRow.value(i + 1)), XlsxText::escaped(texts[i])) << "row " << i + 1;
}

} // namespace
