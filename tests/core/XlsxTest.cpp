#include "io/Xlsx.h"

#include "TestSupport.h"
#include "io/PlanCsv.h"
#include "io/PlanXlsx.h"
#include "io/ZipReader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace wres::core;

namespace {

PlanJson::Document sampleDocument()
{
    PlanJson::Document document;
    document.plan = wres::test::samplePlan();
    document.plan.themes[0].objectives[0].actions[1].progress = "=SUM(A1:A9) looks like a formula";
    StatusUpdate update;
    update.recordedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);
    update.author = "Head of EDI";
    update.status = Status::InProgress;
    update.rag = Rag::Amber;
    update.note = "Panels trained";
    document.plan.themes[0].objectives[0].actions[0].updates << update;
    document.metrics << MetricCount{2, "2023/24", {}, "BME", 12, 100, std::nullopt, 0};
    return document;
}

QString part(const QByteArray& workbook, const QString& name)
{
    const auto bytes = ZipReader(workbook).file(name);
    EXPECT_TRUE(bytes.has_value()) << name.toStdString();
    return bytes ? QString::fromUtf8(*bytes) : QString();
}

TEST(Xlsx, TheWorkbookHasThePlanSheetSetUpForReadingAndPrinting)
{
    const QByteArray workbook = PlanXlsx::write(sampleDocument());
    ASSERT_TRUE(workbook.startsWith("PK"));
    const QString book = part(workbook, "xl/workbook.xml");
    for (const char* sheet : {"name=\"Plan\"", "name=\"Leads\"", "name=\"Metrics\"", "name=\"History\""})
        EXPECT_TRUE(book.contains(sheet)) << sheet;
    EXPECT_TRUE(book.contains("_xlnm.Print_Titles")) << "the header row is repeated on every printed page";
    const QString plan = part(workbook, "xl/worksheets/sheet1.xml");
    EXPECT_TRUE(plan.contains("ySplit=\"1\"")) << "the header row is frozen";
    EXPECT_TRUE(plan.contains("<autoFilter"));
    EXPECT_TRUE(plan.contains("paperSize=\"9\"")) << "A4";
    EXPECT_TRUE(plan.contains("orientation=\"landscape\""));
    EXPECT_TRUE(plan.contains("<cols>")) << "column widths are set";
    // A row whose action wraps to two lines is made two lines high (spreadsheets do not grow it).
    EXPECT_TRUE(plan.contains(QRegularExpression("<row r=\"2\"[^>]* ht=\"30\"[^>]*customHeight=\"1\"")))
        << plan.left(2000).toStdString();
    EXPECT_FALSE(plan.contains("<f>")) << "no cell is a formula";
    const QString strings = part(workbook, "xl/sharedStrings.xml");
    EXPECT_TRUE(strings.contains("=SUM(A1:A9) looks like a formula")) << "written as text";
    EXPECT_TRUE(strings.contains("In progress")) << "status in words";
    const QString styles = part(workbook, "xl/styles.xml");
    EXPECT_TRUE(styles.contains("FFFFB81C")) << "and in its colour";
    EXPECT_TRUE(styles.contains("wrapText=\"1\""));
    EXPECT_TRUE(part(workbook, "xl/worksheets/sheet4.xml").contains("<v>")) << "history rows";
    EXPECT_TRUE(strings.contains("Panels trained"));
    EXPECT_TRUE(part(workbook, "xl/worksheets/sheet3.xml").contains("<v>12</v>")) << "counts as numbers";
}

TEST(Xlsx, AnExportedWorkbookImportsBackAsTheSamePlan)
{
    const PlanJson::Document document = sampleDocument();
    const auto read = PlanXlsx::read(PlanXlsx::write(document), "plan.xlsx", 9);
    ASSERT_TRUE(read.problems.isEmpty()) << read.problems.front().toString().toStdString();
    EXPECT_EQ(PlanCsv::write(read.plan), PlanCsv::write(document.plan));
}

// A workbook written cell by cell, as a person or another program would make one.
QByteArray handMade(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill)
{
    QTemporaryDir folder;
    const QByteArray path = QFile::encodeName(folder.filePath("made.xlsx"));
    lxw_workbook* book = workbook_new(path.constData());
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Sheet One");
    fill(book, sheet);
    EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
    QFile file(QString::fromLocal8Bit(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void header(lxw_worksheet* sheet)
{
    const char* names[] = {"theme", "objective_no", "objective", "action_no", "action", "leads", "timescale", "status"};
    for (int c = 0; c < 8; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), names[c], nullptr);
}

TEST(Xlsx, CellsAreReadAsTheUserSeesThem)
{
    const QByteArray workbook = handMade([](lxw_workbook* book, lxw_worksheet* sheet) {
        header(sheet);
        lxw_format* monthYear = workbook_add_format(book);
        format_set_num_format(monthYear, "mmm-yy");
        lxw_format* day = workbook_add_format(book);
        format_set_num_format(day, "dd/mm/yyyy");
        for (int r = 1; r <= 3; ++r) {
            worksheet_write_string(sheet, lxw_row_t(r), 0, "Recruitment", nullptr);
            worksheet_write_number(sheet, lxw_row_t(r), 1, 1, nullptr); // a number typed as a number
            worksheet_write_string(sheet, lxw_row_t(r), 2, "Inclusive recruitment", nullptr);
            worksheet_write_string(sheet, lxw_row_t(r), 4, "Diverse panels", nullptr);
            worksheet_write_string(sheet, lxw_row_t(r), 7, "In progress", nullptr);
        }
        worksheet_write_number(sheet, 1, 3, 1.1, nullptr);
        worksheet_write_number(sheet, 1, 6, 45444, monthYear); // "June 2024" as Excel stores it
        worksheet_write_number(sheet, 2, 3, 1.2, nullptr);
        worksheet_write_number(sheet, 2, 6, 45473, day); // 30/06/2024
        worksheet_write_number(sheet, 3, 3, 1.3, nullptr);
        worksheet_write_string(sheet, 3, 6, "Ongoing", nullptr);
        worksheet_write_blank(sheet, 5, 0, nullptr); // an empty row is no row
    });
    const Xlsx::Sheet sheet = Xlsx::readFirstSheet(workbook, "made.xlsx");
    ASSERT_TRUE(sheet.problems.isEmpty()) << sheet.problems.front().toString().toStdString();
    EXPECT_EQ(sheet.name, "Sheet One");
    ASSERT_EQ(sheet.table.records.size(), 3);
    EXPECT_EQ(sheet.table.records[0].line, 2) << "a record's line is its row";
    EXPECT_EQ(sheet.table.records[0].fields[1], "1") << "whole numbers without a decimal point";
    EXPECT_EQ(sheet.table.records[0].fields[3], "1.1");
    EXPECT_EQ(sheet.table.records[0].fields[6], "June 2024") << "a month shown as a month";
    EXPECT_EQ(sheet.table.records[1].fields[6], "30.06.2024");
    const auto read = PlanXlsx::read(workbook, "made.xlsx", 9);
    ASSERT_TRUE(read.problems.isEmpty()) << read.problems.front().toString().toStdString();
    const auto& actions = read.plan.themes[0].objectives[0].actions;
    ASSERT_EQ(actions.size(), 3);
    EXPECT_EQ(actions[0].timescale.due, QDate(2024, 6, 30)) << "June 2024 is due at its end";
    EXPECT_EQ(actions[1].timescale.due, QDate(2024, 6, 30));
}

TEST(Xlsx, ProblemsNameTheFileSheetAndCell)
{
    const QByteArray workbook = handMade([](lxw_workbook*, lxw_worksheet* sheet) {
        header(sheet);
        worksheet_write_string(sheet, 1, 4, "An action", nullptr);
        worksheet_write_string(sheet, 1, 7, "Done", nullptr);
        worksheet_write_string(sheet, 2, 4, "Another", nullptr);
        worksheet_write_string(sheet, 2, 7, "Complete", nullptr);
    });
    const auto read = PlanXlsx::read(workbook, "plan.xlsx", 9);
    ASSERT_EQ(read.problems.size(), 1);
    EXPECT_TRUE(read.problems[0].toString().startsWith("plan.xlsx:Sheet One!H2: "))
        << read.problems[0].toString().toStdString();
    EXPECT_TRUE(read.plan.themes.isEmpty()) << "nothing from a file with a problem";

    const QByteArray noPlan = handMade([](lxw_workbook*, lxw_worksheet* sheet) {
        worksheet_write_string(sheet, 0, 0, "Name", nullptr);
        worksheet_write_string(sheet, 0, 1, "Salary", nullptr);
        worksheet_write_string(sheet, 1, 0, "x", nullptr);
    });
    const auto wrong = PlanXlsx::read(noPlan, "staff.xlsx", 9);
    ASSERT_FALSE(wrong.problems.isEmpty());
    EXPECT_TRUE(wrong.problems[0].toString().startsWith("staff.xlsx:Sheet One!A1: "))
        << wrong.problems[0].toString().toStdString();
    EXPECT_TRUE(wrong.problems[0].message.contains("unknown column"));
}

TEST(Xlsx, OldProtectedDamagedAndForeignFilesAreRefusedPlainly)
{
    const QByteArray ole2 = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0');
    auto message = [](const QByteArray& bytes) {
        const auto sheet = Xlsx::readFirstSheet(bytes, "f.xlsx");
        return sheet.problems.isEmpty() ? QString() : sheet.problems.front().toString();
    };
    EXPECT_TRUE(message(ole2).contains("old Excel 97-2003 workbook (.xls)")) << message(ole2).toStdString();
    const QByteArray encrypted = ole2 + QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o", 28);
    EXPECT_TRUE(message(encrypted).contains("protected by a password")) << message(encrypted).toStdString();
    EXPECT_TRUE(message("theme,action\r\n").contains("not an Excel workbook"));
    EXPECT_TRUE(message(QByteArray()).startsWith("f.xlsx: "));

    QByteArray damaged = PlanXlsx::write(sampleDocument());
    damaged.truncate(damaged.size() / 2); // the directory at the end is gone
    EXPECT_FALSE(message(damaged).isEmpty());
    QByteArray flipped = PlanXlsx::write(sampleDocument());
    const qsizetype at = flipped.indexOf("xl/worksheets/sheet1.xml") + 40; // inside the sheet's data
    flipped[at] = char(flipped[at] ^ 0x55);
    EXPECT_FALSE(message(flipped).isEmpty()) << "a damaged part is caught by its checksum";
}

TEST(Xlsx, ColumnNames)
{
    EXPECT_EQ(Xlsx::columnName(0), "A");
    EXPECT_EQ(Xlsx::columnName(25), "Z");
    EXPECT_EQ(Xlsx::columnName(26), "AA");
    EXPECT_EQ(Xlsx::cellName(701, 12), "ZZ12");
    EXPECT_EQ(Xlsx::cellName(702, 1), "AAA1");
}

} // namespace
