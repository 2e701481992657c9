// Text through workbooks: every character a plan can hold comes back from an exported workbook
// exactly as it went in (control characters, a literal _x0001_, U+FFFE and U+FFFF), escaped as
// Office Open XML says; NUL and half characters are refused at input, naming the field.
#include "io/XlsxText.h"

#include "TestSupport.h"
#include "TroublesomeText.h"
#include "WorkbookEdit.h"
#include "domain/TextLimits.h"
#include "io/PlanCsv.h"
#include "io/PlanXlsx.h"
#include "io/Xlsx.h"
#include "io/XlsxWriter.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

using wres::test::troublesomeText;

bool xmlCanHold(QChar c)
{
    const char16_t u = c.unicode();
    return !(u < 0x20 && u != u'\t' && u != u'\n') && u != 0xFFFE && u != 0xFFFF;
}

TEST(XlsxText, EscapingIsUndoneExactlyAndLeavesNothingXmlCannotHold)
{
    std::mt19937 random(11);
    for (int i = 0; i < 5000; ++i) {
        const QString text = troublesomeText(random, {true, true, true, true});
        const QString escaped = XlsxText::escaped(text);
        ASSERT_EQ(XlsxText::unescaped(escaped), text) << escaped.toStdString();
        for (qsizetype k = 0; k < escaped.size(); ++k) {
            const QChar c = escaped[k];
            ASSERT_TRUE(xmlCanHold(c)) << "U+" << std::hex << int(c.unicode()) << " in " << escaped.toStdString();
            if (c.isHighSurrogate())
                ASSERT_TRUE(k + 1 < escaped.size() && escaped[++k].isLowSurrogate()) << "a lone surrogate left";
            else
                ASSERT_FALSE(c.isLowSurrogate()) << "a lone surrogate left";
        }
    }
    EXPECT_EQ(XlsxText::escaped("a\u0001b"), "a_x0001_b");
    EXPECT_EQ(XlsxText::escaped("_x0001_"), "_x005F_x0001_") << "a literal escape keeps its underscore";
    EXPECT_EQ(XlsxText::escaped("\r\n\t"), "_x000D_\n\t") << "CR would become LF in XML";
    EXPECT_EQ(XlsxText::escaped("_x00_ _X"), "_x005F_x00_ _x005F_X") << "LibreOffice reads even _x00_ as an escape";
    EXPECT_EQ(XlsxText::unescaped(u"_x005f_x0041_ _x0041_ _x41_"), "_x0041_ A _x41_");
}

// Cells written by our writer and read by our reader: any text at all, NUL and lone surrogates
// included (a plan cannot hold those, but a workbook made of anything must not break).
TEST(XlsxText, EveryTextRoundTripsThroughOurWriterAndReader)
{
    std::mt19937 random(12);
    QStringList texts;
    for (int i = 0; i < 600; ++i)
        texts << troublesomeText(random, {true, true, true, true});
    XlsxWriter::Workbook book;
    lxw_worksheet* sheet = book.sheet("Texts");
    for (int i = 0; i < texts.size(); ++i)
        XlsxWriter::text(sheet, i, 0, texts[i]);
    const QByteArray bytes = book.close();
    const Xlsx::Workbook read = Xlsx::readWorkbook(bytes, "t.xlsx");
    ASSERT_TRUE(read.problems.isEmpty()) << read.problems.front().toString().toStdString();
    QHash<int, QString> byRow;
    for (const Xlsx::Row& row : read.sheets.front().rows)
        byRow.insert(row.number, row.cell(0));
    for (int i = 0; i < texts.size(); ++i)
        ASSERT_EQ(byRow.value(i + 1), texts[i]) << "row " << i + 1 << ": " << XlsxText::escaped(texts[i]).toStdString();
}

PlanJson::Document planWith(const QStringList& texts)
{
    PlanJson::Document document;
    document.plan = wres::test::samplePlan();
    int i = 0;
    for (ThemeData& theme : document.plan.themes)
        for (ObjectiveData& objective : theme.objectives)
            for (ActionData& action : objective.actions) {
                action.progress = texts.value(i++);
                action.milestones = texts.value(i++);
            }
    return document;
}

TEST(XlsxText, APlansTextsSurviveExportAndImportByteForByte)
{
    std::mt19937 random(13);
    for (int round = 0; round < 60; ++round) {
        QStringList texts;
        for (int i = 0; i < 8; ++i)
            texts << troublesomeText(random);
        const PlanJson::Document document = planWith(texts);
        const auto read = PlanXlsx::read(PlanXlsx::write(document), "plan.xlsx", 9);
        ASSERT_TRUE(read.problems.isEmpty()) << read.problems.front().toString().toStdString();
        ASSERT_EQ(PlanCsv::write(read.plan), PlanCsv::write(document.plan)) << "round " << round;
    }
}

TEST(XlsxText, NulHalfCharactersAndNonCharactersInAWorkbookAreRefusedNamingTheCell)
{
    const QByteArray exported = PlanXlsx::write(planWith({"fine"}));
    // Column M is progress; row 2 the first action (1.1).
    for (const QString& bad : {QStringLiteral("before\u0000after"), QString(QChar(0xD800)), QStringLiteral("a\uFFFEb"),
                               QStringLiteral("\uFFFF")}) {
        const QByteArray edited = wres::test::setCells(exported, "xl/worksheets/sheet1.xml", {{"M2", bad}});
        const auto read = PlanXlsx::read(edited, "plan.xlsx", 9);
        ASSERT_EQ(read.problems.size(), 1);
        const QString message = read.problems.front().toString();
        EXPECT_TRUE(message.startsWith("plan.xlsx:Plan!M2: action 1.1: the text holds ")) << message.toStdString();
        EXPECT_TRUE(message.endsWith("; remove it") || message.endsWith("; retype that character"))
            << message.toStdString();
        EXPECT_TRUE(read.plan.themes.isEmpty());
    }
}

TEST(XlsxText, ALongTextIsCountedAsExcelCountsIt)
{
    // 32,767 characters of two UTF-8 bytes each fit; 16,384 emoji are 32,768 UTF-16 units and do not.
    EXPECT_TRUE(TextLimits::problem(QString(32767, QChar(u'é'))).isEmpty());
    QString emoji;
    for (int i = 0; i < 16384; ++i)
        emoji += QStringLiteral("😀");
    EXPECT_EQ(TextLimits::problem(emoji), "the text is 32,768 characters long, and a spreadsheet cell holds at most "
                                          "32,767 (counted as Excel counts them); shorten it");
    // And the writer puts the whole of the longest text in a cell, every character.
    const QString longest = QString(32767, QChar(u'é'));
    const auto read = PlanXlsx::read(PlanXlsx::write(planWith({longest})), "plan.xlsx", 9);
    ASSERT_TRUE(read.problems.isEmpty());
    EXPECT_EQ(read.plan.themes[0].objectives[0].actions[0].progress, longest);
}

TEST(XlsxText, ATextKeptFromBeforeTheLimitIsExportedCutWithANoteAndAWarning)
{
    const QString tooLong = QStringLiteral("Start. ") + QString(40000, QLatin1Char('x'));
    QStringList warnings;
    const QByteArray bytes = PlanXlsx::write(planWith({tooLong}), &warnings);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.front(), "Plan!M2: action 1.1, progress: 40,007 characters, more than a spreadsheet cell "
                                "holds (32,767); the workbook holds it cut, with a note saying so. Shorten it in "
                                "the plan to export it whole.");
    const auto read = PlanXlsx::read(bytes, "plan.xlsx", 9);
    ASSERT_TRUE(read.problems.isEmpty());
    const QString cut = read.plan.themes[0].objectives[0].actions[0].progress;
    EXPECT_EQ(cut.size(), TextLimits::kMaxText);
    EXPECT_TRUE(cut.startsWith("Start. xxx"));
    EXPECT_TRUE(cut.endsWith("[… cut here by WRES Tracker: the whole text is 40,007 characters, more than a "
                             "spreadsheet cell holds; the plan keeps it in full]"))
        << cut.right(200).toStdString();
}

} // namespace
