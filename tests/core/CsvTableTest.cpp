#include "io/CsvTable.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

CsvTable read(const QByteArray& bytes, Problems& problems)
{
    return readCsv(bytes, QStringLiteral("in.csv"), problems);
}

TEST(CsvTable, ReadsQuotesEmbeddedLineBreaksCrlfAndBom)
{
    Problems problems;
    const CsvTable table = read("\xEF\xBB\xBF"
                                "a,b,c\r\n"
                                "1,\"two, with comma\",\"three\r\nlines \"\"quoted\"\"\"\r\n"
                                "\r\n"
                                "x,,z\n",
                                problems);
    ASSERT_TRUE(problems.isEmpty());
    EXPECT_EQ(table.header, (QStringList{"a", "b", "c"}));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].fields, (QStringList{"1", "two, with comma", "three\nlines \"quoted\""}));
    EXPECT_EQ(table.records[0].line, 2);
    EXPECT_EQ(table.records[1].fields, (QStringList{"x", "", "z"}));
    EXPECT_EQ(table.records[1].line, 5) << "line numbers count the physical lines, blank ones included";
}

TEST(CsvTable, LastRecordWithoutLineEnd)
{
    Problems problems;
    const CsvTable table = read("a,b\n1,\"2\"", problems);
    ASSERT_TRUE(problems.isEmpty());
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].fields, (QStringList{"1", "2"}));
}

TEST(CsvTable, UnterminatedQuoteNamesTheLineWhereItOpened)
{
    Problems problems;
    read("a,b\n1,2\n3,\"never closed\n4,5\n", problems);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("never closed")));
    EXPECT_EQ(problems[0].toString().left(9), QStringLiteral("in.csv:3:"));
}

TEST(CsvTable, TextAfterClosingQuoteIsAnError)
{
    Problems problems;
    read("a,b\n\"x\"y,2\n", problems);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 2);
}

TEST(CsvTable, InvalidUtf8NamesTheLine)
{
    Problems problems;
    read("a,b\nok,fine\nbad,\xff\xfe\n", problems);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("UTF-8")));
    Problems overlong;
    read("a\n\xC0\xAF\n", overlong);
    EXPECT_EQ(overlong.size(), 1) << "an overlong encoding is not valid UTF-8";
    Problems truncated;
    read("a\n\xE2\x82", truncated);
    EXPECT_EQ(truncated.size(), 1) << "a sequence cut off at the end is not valid UTF-8";
}

TEST(CsvTable, EmptyFileIsAnError)
{
    for (const QByteArray& bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\n")}) {
        Problems problems;
        read(bytes, problems);
        EXPECT_EQ(problems.size(), 1);
    }
}

TEST(CsvTable, WriterQuotesOnlyWhenNeededAndRoundTrips)
{
    QByteArray out;
    const QStringList fields{"plain", "with, comma", "with \"quote\"", "two\nlines", " padded", ""};
    appendCsvRecord(out, fields);
    EXPECT_EQ(out, QByteArray("plain,\"with, comma\",\"with \"\"quote\"\"\",\"two\nlines\",\" padded\",\r\n"));
    Problems problems;
    const CsvTable table = read("h1,h2,h3,h4,h5,h6\r\n" + out, problems);
    ASSERT_TRUE(problems.isEmpty());
    EXPECT_EQ(table.records[0].fields, fields);
}

TEST(CsvTable, FormulaGuardIsAddedAndRemovedExactly)
{
    for (const char* text : {"=SUM(A1)", "+44 20", "-5", "@cmd", "\tx", "'=already", "''+x"})
        EXPECT_EQ(unguardCsvText(guardCsvText(QString::fromUtf8(text))), QString::fromUtf8(text)) << text;
    EXPECT_EQ(guardCsvText(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    EXPECT_EQ(guardCsvText(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(guardCsvText(QStringLiteral("'tis")), QStringLiteral("'tis"));
    EXPECT_EQ(unguardCsvText(QStringLiteral("'tis")), QStringLiteral("'tis")) << "an ordinary apostrophe stays";
}

} // namespace
