// Small workbooks that ask for a great deal (tests/support/HostileWorkbooks): each is refused with
// a message naming the limit and the file (and the sheet and cell where known), as a plan and as a
// returned request's hidden sheet or answers; what is within the limits is read, sparsely. Their
// whole-process memory is measured by tests/bench/HostileWorkbookMemory (CTest: under 200 MB).
#include "HostileWorkbooks.h"
#include "TestSupport.h"
#include "WorkbookEdit.h"
#include "io/PlanXlsx.h"
#include "io/RequestWorkbook.h"
#include "io/Xlsx.h"
#include "io/XlsxLimits.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "updates/UpdateRequests.h"

#include <gtest/gtest.h>

using namespace wres::core;
namespace Hostile = wres::test::HostileWorkbooks;

namespace {

QString messages(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

class WorkbookLimits : public ::testing::TestWithParam<Hostile::Shape>
{};

// Reading a workbook is the same on either backend: these run once, on SQLite files.
#define WRES_WORKBOOKS_ONCE()                                                                                          \
    if (!wres::test::testServer().isEmpty())                                                                           \
    GTEST_SKIP() << "reading workbooks does not depend on the backend"

TEST_P(WorkbookLimits, AreKeptAsAPlanAndAsARequestsHiddenSheetOrAnswers)
{
    WRES_WORKBOOKS_ONCE();
    const Hostile::Shape& shape = GetParam();
    const QByteArray bytes = shape.make();
    EXPECT_LT(bytes.size(), 10 * 1024 * 1024) << "a hostile file is a small one";
    const auto plan = PlanXlsx::read(bytes, "hostile.xlsx", 9);
    if (!shape.refused) {
        ASSERT_TRUE(plan.problems.isEmpty()) << messages(plan.problems).toStdString();
        EXPECT_EQ(plan.plan.actionCount(), 1);
        return;
    }
    ASSERT_FALSE(plan.problems.isEmpty()) << shape.description.toStdString();
    const QString said = plan.problems.front().toString();
    EXPECT_TRUE(said.startsWith("hostile.xlsx:")) << said.toStdString();
    EXPECT_TRUE(said.contains(shape.limit)) << said.toStdString();
    EXPECT_TRUE(plan.plan.themes.isEmpty());
    if (!shape.sheet)
        return;

    // The same sheet in a returned request, as its hidden record and as its answers.
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "plan.wres"), Database::Mode::CreateIfMissing);
    const qint64 planId = PlanStore(*db).addPlan(wres::test::samplePlan());
    UpdateRequests::Options options;
    options.lead = "Head of EDI";
    const QByteArray request = RequestWorkbook::write(UpdateRequests::gather(*db, planId, options).front());
    for (const char* part : {"xl/worksheets/sheet2.xml", "xl/worksheets/sheet1.xml"}) {
        const QByteArray returnedBytes = Hostile::deflated(request, QString::fromLatin1(part), shape.sheet);
        EXPECT_LT(returnedBytes.size(), 10 * 1024 * 1024);
        const auto returned = RequestWorkbook::read(returnedBytes, "lead.xlsx");
        ASSERT_FALSE(returned.problems.isEmpty()) << part;
        if (shape.limit != "to the right of the table") { // a plan's rule: a request's sheets are read sparse
            EXPECT_TRUE(messages(returned.problems).contains(shape.limit))
                << part << ": " << messages(returned.problems).toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(EveryShape, WorkbookLimits, ::testing::ValuesIn(Hostile::shapes()), [](const auto& test) {
    return QString(test.param.name).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
});

TEST(WorkbookLimit, ACellAtColumnXfdOnEveryRowIsOneCellARow)
{
    QByteArray rows = Hostile::headerRow();
    for (int r = 2; r <= 4001; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) +
                "\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
    const QByteArray bytes = Hostile::workbook(rows);
    EXPECT_LT(bytes.size(), 40 * 1024) << "the issue's 38 KB workbook";
    const Xlsx::Workbook book = Xlsx::readWorkbook(bytes, "xfd.xlsx");
    ASSERT_TRUE(book.problems.isEmpty());
    const Xlsx::Worksheet& sheet = book.sheets.front();
    ASSERT_EQ(sheet.rows.size(), 4001);
    for (int r = 1; r < sheet.rows.size(); ++r) {
        ASSERT_EQ(sheet.rows[r].cells.size(), 1) << "sparse: one cell kept, not 16,384";
        EXPECT_EQ(sheet.rows[r].cells.front().column, XlsxLimits::kMaxColumns - 1);
    }
    EXPECT_EQ(sheet.rows[1].cell(16383), "x");
    EXPECT_EQ(sheet.rows[1].cell(0), "");
    // As a plan, the cell outside the table is named (once per row, never by widening the row).
    const auto plan = PlanXlsx::read(bytes, "xfd.xlsx", 9);
    ASSERT_EQ(plan.problems.size(), 4000);
    EXPECT_EQ(plan.problems.front().toString(),
              "xfd.xlsx:Plan!XFD2: a filled cell to the right of the table, whose header ends at column F; move it "
              "into the table or clear it");
}

TEST(WorkbookLimit, CellsOutOfOrderOrRepeatedAreKeptOnceByColumn)
{
    const QByteArray rows = Hostile::headerRow() +
                            "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>c</t></is></c><c r=\"A2\" "
                            "t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>last</t></is>"
                            "</c><c t=\"inlineStr\"><is><t>d</t></is></c></row>";
    const Xlsx::Workbook book = Xlsx::readWorkbook(Hostile::workbook(rows), "order.xlsx");
    ASSERT_TRUE(book.problems.isEmpty());
    const Xlsx::Row& row = book.sheets.front().rows[1];
    EXPECT_EQ(row.texts(4), QStringList({"a", "", "last", "d"}));
}

TEST(WorkbookLimit, OnlyTheSheetsARequestHasAreRead)
{
    WRES_WORKBOOKS_ONCE();
    // A lead's own sheet of notes, however hostile, is not read at all.
    wres::test::Scratch scratch;
    auto db = Database::open(wres::test::storeLocation(scratch, "plan.wres"), Database::Mode::CreateIfMissing);
    const qint64 planId = PlanStore(*db).addPlan(wres::test::samplePlan());
    UpdateRequests::Options options;
    options.lead = "Head of EDI";
    const QByteArray request = RequestWorkbook::write(UpdateRequests::gather(*db, planId, options).front());
    QByteArray deep = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    deep += QByteArray("<x>").repeated(100000);
    const QByteArray withNotes = wres::test::addSheet(request, "My notes", deep, false, 9);
    EXPECT_TRUE(RequestWorkbook::read(withNotes, "lead.xlsx").problems.isEmpty());
    EXPECT_FALSE(Xlsx::readWorkbook(withNotes, "lead.xlsx").problems.isEmpty()) << "read whole, it is refused";
}

} // namespace
