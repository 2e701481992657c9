#include "io/Calendar.h"

#include "timescale/TimescaleParser.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

ActionRow action(qint64 id, const QString& number, const QString& text, const QString& timescale, Status status)
{
    ActionRow row;
    row.id = id;
    row.number = number;
    row.reference = number;
    row.text = text;
    row.leads = {"Head of EDI", "Head of Recruitment"};
    row.timescale = TimescaleParser::parse(timescale);
    row.status = status;
    return row;
}

TEST(Calendar, OneAllDayEventPerOpenDatedActionInRfc5545Form)
{
    PlanInfo plan;
    plan.uid = "plan-uid";
    plan.title = "WRES Action Plan 2024/25";
    const QList<ActionRow> rows = {
        action(7, "1.2", "• Diverse panels, for Band 8a; then review\nSecond line", "30.06.2024", Status::InProgress),
        action(8, "1.3", "Done already", "June 2024", Status::Complete),
        action(9, "1.4", "No date", "Ongoing", Status::NotStarted),
        action(10, "2.1", QString(300, QChar(0x00E9)), "March 2025", Status::NotStarted), // é: two octets each
    };
    const QByteArray ics = Calendar::write(plan, rows, QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC));
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), 2) << "the complete and the undated actions are left out";
    EXPECT_EQ(ics.count("\n"), ics.count("\r\n")) << "every line ends in CRLF";
    for (const QByteArray& line : ics.split('\n')) {
        EXPECT_LE(line.size(), 76) << "75 octets and the CR: " << line.constData();
        EXPECT_TRUE(QString::fromUtf8(line).toUtf8() == line) << "no character split by folding";
    }
    // Unfolded, the content lines say what they should.
    const QString unfolded = QString::fromUtf8(ics).replace("\r\n ", "");
    EXPECT_TRUE(unfolded.contains("UID:wres-plan-uid-action-7@wres-tracker\r\n"));
    EXPECT_TRUE(unfolded.contains("DTSTAMP:20240501T093000Z\r\n"));
    EXPECT_TRUE(unfolded.contains("DTSTART;VALUE=DATE:20240630\r\nDTEND;VALUE=DATE:20240701\r\n"));
    EXPECT_TRUE(unfolded.contains("SUMMARY:Due: 1.2 Diverse panels\\, for Band 8a\\; then review\r\n"))
        << unfolded.toStdString();
    EXPECT_TRUE(unfolded.contains("Leads: Head of EDI\\; Head of Recruitment\\n")) << "the leads are named";
    EXPECT_TRUE(unfolded.contains("WRES Action Plan 2024/25\\nAction 1.2")) << "and the plan";
    EXPECT_TRUE(unfolded.contains("DTSTART;VALUE=DATE:20250331\r\n"));
    EXPECT_TRUE(unfolded.contains(QString(300, QChar(0x00E9)))) << "long text survives folding whole";
}

TEST(Calendar, TextIsEscapedAndLinesFolded)
{
    EXPECT_EQ(Calendar::escapeText("a,b;c\\d\r\ne"), "a\\,b\\;c\\\\d\\ne");
    const QByteArray folded = Calendar::fold(QByteArray(160, 'x'));
    EXPECT_EQ(folded, QByteArray(75, 'x') + "\r\n " + QByteArray(74, 'x') + "\r\n " + QByteArray(11, 'x') + "\r\n");
    EXPECT_EQ(Calendar::fold("short"), "short\r\n");
}

} // namespace
