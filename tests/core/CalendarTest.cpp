#include "io/Calendar.h"

#include "io/PlanJson.h"
#include "timescale/TimescaleParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <gtest/gtest.h>
#include <optional>

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

// A tiny RFC 5545 reader for the property test: unfolds the lines, splits each into name and
// value, and unescapes TEXT values, refusing anything the RFC does not allow.
struct Property
{
    QString name;
    QString value; // raw, as written after the colon
};

struct Parsed
{
    QList<Property> properties;
    QStringList errors;
};

Parsed parseIcs(const QByteArray& bytes)
{
    Parsed parsed;
    QList<QByteArray> physical;
    qsizetype start = 0;
    for (qsizetype at = bytes.indexOf("\r\n"); at >= 0; at = bytes.indexOf("\r\n", start)) {
        physical << bytes.mid(start, at - start);
        start = at + 2;
    }
    if (start != bytes.size())
        parsed.errors << "the file does not end in CRLF";
    QList<QByteArray> logical;
    for (const QByteArray& line : physical) {
        if (line.size() > 75)
            parsed.errors << "a line longer than 75 octets";
        if (line.contains('\r') || line.contains('\n'))
            parsed.errors << "a bare CR or LF inside a line";
        if (QString::fromUtf8(line).toUtf8() != line)
            parsed.errors << "a line that is not whole UTF-8 (a character split by folding)";
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty())
                parsed.errors << "a continuation with nothing to continue";
            else
                logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    for (const QByteArray& line : logical) {
        const QString text = QString::fromUtf8(line);
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            parsed.errors << "a line without a property name: " + text;
            continue;
        }
        parsed.properties << Property{text.left(colon).section(QLatin1Char(';'), 0, 0), text.mid(colon + 1)};
    }
    return parsed;
}

// The TEXT value unescaped; an unescaped ',' or ';' (a list or parameter separator) or a backslash
// before anything else is an error.
std::optional<QString> unescapeText(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u',' || c == u';')
            return std::nullopt;
        if (c.unicode() < 0x20 && c != u'\t')
            return std::nullopt; // TEXT holds no control characters
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (++i == value.size())
            return std::nullopt;
        const QChar e = value[i];
        if (e == u'n' || e == u'N')
            out += QLatin1Char('\n');
        else if (e == u'\\' || e == u';' || e == u',')
            out += e;
        else
            return std::nullopt;
    }
    return out;
}

QString randomText(QRandomGenerator& random, int maxPieces)
{
    static const QStringList pieces = {
        "a",
        "Head of EDI",
        " ",
        "\r\n",
        "\n",
        "\r",
        ";",
        ",",
        "\\",
        ":",
        "\\n",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "\r\nUID:injected@evil\r\n",
        "\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT\r\n",
        "UID:x",
        "\t",
        "\x1b[31m",
        "\x7f",
        QString(QChar(0x85)),
        QString(QChar(0x2028)),
        "é",
        "e\u0301",
        "日本語",
        QString::fromUtf8("\xF0\x9F\x98\x80"),
        QString(40, QLatin1Char('x')),
        "DESCRIPTION:",
        "\"",
        "=",
    };
    QString text;
    const int n = random.bounded(maxPieces + 1);
    for (int i = 0; i < n; ++i)
        text += pieces[random.bounded(int(pieces.size()))];
    return text;
}

// Property: whatever the plan's text, leads and identity hold (CR, LF, ; , \, control characters,
// non-ASCII, whole iCalendar lines), the file parses to exactly one VEVENT per open dated action,
// with only the properties the program writes, each once per event, and the text read back intact.
TEST(Calendar, NoTextOrIdentityCanInjectAPropertyOrAnEvent)
{
    QRandomGenerator random(5545);
    const QSet<QString> allowed = {"BEGIN",  "END",          "VERSION",     "PRODID",     "CALSCALE",
                                   "METHOD", "X-WR-CALNAME", "UID",         "DTSTAMP",    "DTSTART",
                                   "DTEND",  "SUMMARY",      "DESCRIPTION", "CATEGORIES", "TRANSP"};
    const QStringList once = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "CATEGORIES", "TRANSP"};
    int events = 0;
    for (int round = 0; round < 400; ++round) {
        SCOPED_TRACE(round);
        PlanInfo plan;
        plan.uid = random.bounded(3) == 0 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : randomText(random, 6);
        plan.title = randomText(random, 8);
        QList<ActionRow> rows;
        int expected = 0;
        const int count = random.bounded(8);
        for (int i = 0; i < count; ++i) {
            ActionRow row;
            row.id = 1 + random.bounded(100000);
            row.number = randomText(random, 2);
            row.objectiveNumber = randomText(random, 1);
            row.text = randomText(random, 10);
            row.leads = {randomText(random, 4), randomText(random, 4)};
            row.timescale = TimescaleParser::parse(random.bounded(3) ? QStringLiteral("March 2025") : "Ongoing");
            row.timescale.text = randomText(random, 4) + row.timescale.text;
            row.status = random.bounded(4) == 0 ? Status::Complete : Status::InProgress;
            rows << row;
            if (!row.isClosed() && row.timescale.kind == Timescale::Kind::Dated)
                ++expected;
        }
        const Calendar::Written written =
            Calendar::render(plan, rows, QDateTime(QDate(2025, 1, 2), QTime(3, 4), Qt::UTC));
        const Parsed parsed = parseIcs(written.bytes);
        ASSERT_TRUE(parsed.errors.isEmpty()) << parsed.errors.join("; ").toStdString();
        int vevents = 0;
        int depth = 0;
        QMap<QString, int> inEvent;
        QSet<QString> uids;
        for (const Property& p : parsed.properties) {
            ASSERT_TRUE(allowed.contains(p.name)) << "an injected property: " << p.name.toStdString();
            if (p.name == u"BEGIN") {
                ASSERT_TRUE(p.value == u"VCALENDAR" || p.value == u"VEVENT") << p.value.toStdString();
                ++depth;
                if (p.value == u"VEVENT") {
                    ++vevents;
                    inEvent.clear();
                }
            } else if (p.name == u"END") {
                if (p.value == u"VEVENT") {
                    for (const QString& name : once)
                        EXPECT_EQ(inEvent.value(name), 1) << name.toStdString();
                }
                --depth;
            } else {
                ++inEvent[p.name];
            }
            if (p.name == u"UID") {
                EXPECT_FALSE(uids.contains(p.value)) << "one UID per event";
                uids << p.value;
                EXPECT_TRUE(
                    QRegularExpression("^wres-[A-Za-z0-9._-]+-action-\\d+@wres-tracker$").match(p.value).hasMatch())
                    << p.value.toStdString();
            }
            if (p.name == u"SUMMARY" || p.name == u"DESCRIPTION" || p.name == u"X-WR-CALNAME") {
                ASSERT_TRUE(unescapeText(p.value).has_value()) << "not a TEXT value: " << p.value.toStdString();
            }
        }
        EXPECT_EQ(depth, 0);
        EXPECT_EQ(vevents, expected) << "one VEVENT per open dated action";
        EXPECT_EQ(written.events, expected) << "the count is of events, not of text";
        // The text comes back: each lead, with its line breaks and control characters aside.
        const auto plain = [](QString t) {
            t.replace("\r\n", "\n").replace('\r', '\n');
            QString out;
            for (const QChar c : t)
                if (c == u'\n' || c == u'\t' || !(c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F)))
                    out += c;
            return out;
        };
        int descriptions = 0;
        for (const Property& p : parsed.properties)
            if (p.name == u"DESCRIPTION") {
                const QString description = *unescapeText(p.value);
                const ActionRow* row = nullptr;
                for (const ActionRow& r : rows)
                    if (!r.isClosed() && r.timescale.kind == Timescale::Kind::Dated &&
                        description.contains(plain(r.leads.join("; "))) &&
                        description.contains(plain(r.text.trimmed())))
                        row = &r;
                EXPECT_NE(row, nullptr) << "the description carries the action's text and leads";
                ++descriptions;
            }
        EXPECT_EQ(descriptions, expected);
        events += expected;
    }
    EXPECT_GT(events, 400) << "the rounds made events to check";
}

// Identities are validated where they come in: a plan uid in a JSON file must be a plain token.
TEST(Calendar, APlanIdentityFromAFileMustBeAPlainToken)
{
    const auto document = [](const QString& uid) {
        QJsonObject plan{{"uid", uid}, {"title", "T"}};
        return QJsonDocument(QJsonObject{{"format", "wres-tracker-plan"},
                                         {"format_version", 1},
                                         {"plan", plan},
                                         {"themes", QJsonArray()}})
            .toJson();
    };
    for (const QString& bad : {QString("x\r\nBEGIN:VEVENT\r\nUID:y"), QString("a b"), QString("-start"),
                               QString("uid;x"), QString(65, QLatin1Char('a')), QString("é")}) {
        const auto read = PlanJson::read(document(bad), "p.json", 9);
        ASSERT_EQ(read.problems.size(), 1) << bad.toStdString();
        EXPECT_TRUE(read.problems[0].toString().startsWith("p.json: plan.uid: not a plan identity"))
            << read.problems[0].toString().toStdString();
    }
    for (const QString& good : {QUuid::createUuid().toString(QUuid::WithoutBraces), QString("plan-uid"), QString("")})
        EXPECT_TRUE(PlanJson::read(document(good), "p.json", 9).problems.isEmpty()) << good.toStdString();
}

} // namespace
