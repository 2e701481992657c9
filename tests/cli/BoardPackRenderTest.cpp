// The board pack as print and web page, read back as a reader gets them: the PDF through
// poppler (word boxes, text) and pikepdf (text sizes), the web page as text; both made by the
// program as a real process, on the demo (full, public, a lead's brief), the four published plans
// of tests/data/examples and a synthetic plan of 1,000 actions with long notes.
#include "CliRun.h"
#include "TestSupport.h"
#include "store/Database.h"
#include "store/PlanStore.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <gtest/gtest.h>

using wres::test::Result;
using wres::test::Scratch;

namespace {

Result tool(const QString& program, const QStringList& arguments, int timeout = 300000)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(timeout)) << program.toStdString();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// A script of tests/support, run by the Python that has pikepdf (Debian's python3-pikepdf).
Result script(const char* name, const QStringList& arguments)
{
    return tool(QStringLiteral(WRES_PYTHON), QStringList{QStringLiteral(WRES_SUPPORT_DIR "/") + name} + arguments);
}

QString pdfText(const QString& pdf)
{
    const Result r = tool("pdftotext", {"-raw", "-enc", "UTF-8", pdf, "-"});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    return r.out;
}

// One case: a plan file and the pack options that make one output of it.
struct Case
{
    std::string name;
    QString db;
    QStringList options;
};

class Fixtures
{
public:
    static Fixtures& get()
    {
        static Fixtures fixtures;
        return fixtures;
    }
    const QList<Case>& small() const { return m_small; }
    const Case& synthetic() const { return m_synthetic; }
    QString path(const QString& name) const { return m_scratch.path(name); }

private:
    Fixtures()
    {
        const QString demo = m_scratch.path("demo.wres");
        EXPECT_EQ(wres::test::run({"demo", "--db", demo}).exit, 0);
        const QStringList today{"--today", "2024-07-01"};
        m_small << Case{"demo", demo, today + QStringList{"--meeting", "Trust Board, 25 July 2024"}}
                << Case{"demo_public", demo, today + QStringList{"--redact"}}
                << Case{"demo_brief", demo, today + QStringList{"--lead", "Head of EDI"}};
        for (const char* example :
             {"ambulance-trust-2022-23", "mental-health-trust-2022-23", "partnership-trust-2022-24", "trust-2020-21"}) {
            const QString db = m_scratch.path(QString::fromUtf8(example) + ".wres");
            const Result imported = wres::test::run(
                {"import", "--db", db, wres::test::dataPath(QStringLiteral("examples/%1.csv").arg(example))});
            EXPECT_EQ(imported.exit, 0) << imported.err.toStdString();
            m_small << Case{example, db, today};
        }
        m_synthetic.name = "synthetic_1000";
        m_synthetic.db = m_scratch.path("synthetic.wres");
        const Result made = tool(QStringLiteral(WRES_SYNTH_EXE),
                                 {"--db", m_synthetic.db, "--actions", "1000", "--updates", "2000", "--long-texts"});
        EXPECT_EQ(made.exit, 0) << made.err.toStdString();
        m_synthetic.options = today;
    }
    Scratch m_scratch;
    QList<Case> m_small;
    Case m_synthetic;
};

QString make(const Case& c, const QString& suffix)
{
    const QString out = Fixtures::get().path(QString::fromStdString(c.name) + suffix);
    if (QFile::exists(out))
        return out;
    const Result r = wres::test::run(QStringList{"board-pack", "--db", c.db, "-o", out} + c.options);
    EXPECT_EQ(r.exit, 0) << c.name << ": " << r.err.toStdString();
    return out;
}

TEST(BoardPackRender, TheWebPageAndThePdfSayTheSame)
{
    for (const Case& c : Fixtures::get().small()) {
        const Result r = script("report_text.py", {make(c, ".html"), make(c, ".pdf")});
        EXPECT_EQ(r.exit, 0) << c.name << ":\n" << r.out.toStdString() << r.err.toStdString();
    }
}

// Issue 15 item 6: the PDF (full, public, a brief) has a structure tree a screen reader can walk —
// headings H1-H3 in order, tables with column and row header cells, figures whose alternative
// text states their figures, nothing outside structure or artifacts — in English (/Lang en-GB),
// its title in the window bar, a bookmark for every section, indicator and theme, and a contents
// whose page numbers are where its links lead.
TEST(BoardPackRender, ThePdfIsTaggedNavigableAndSaysItsLanguage)
{
    const QList<Case>& all = Fixtures::get().small();
    for (int i = 0; i < 3; ++i) {
        const Case& c = all[i];
        const QString pdf = make(c, ".pdf");
        const Result facts = script("pdf_facts.py", {pdf});
        ASSERT_EQ(facts.exit, 0) << facts.err.toStdString();
        EXPECT_TRUE(facts.out.contains("lang en-GB\n")) << c.name;
        EXPECT_TRUE(facts.out.contains("display-doc-title true")) << c.name;
        EXPECT_TRUE(facts.out.contains("marked true")) << c.name;
        EXPECT_TRUE(
            facts.out.contains(QRegularExpression("\\ntitle [^\\n]*Workforce Race Equality Standard Action Plan "
                                                  "2023/2024")))
            << c.name;
        const Result tree = script("pdf_structure.py", {pdf});
        ASSERT_EQ(tree.exit, 0) << tree.err.toStdString();
        const QString s = tree.out;
        EXPECT_FALSE(s.contains("problem:")) << c.name << "\n" << s.toStdString();
        EXPECT_FALSE(s.contains("unmarked @")) << c.name << ": all text is structure or artifact";
        // Headings never skip a level.
        int last = 0;
        static const QRegularExpression heading("^\\s*H(\\d) @", QRegularExpression::MultilineOption);
        for (auto m = heading.globalMatch(s); m.hasNext();) {
            const int level = m.next().captured(1).toInt();
            EXPECT_LE(level, last + 1) << c.name << ": H" << last << " then H" << level;
            last = level;
        }
        EXPECT_TRUE(s.contains("[Table:Scope=Column]")) << c.name;
        EXPECT_TRUE(s.contains(QRegularExpression("\\n\\s*TD @"))) << c.name;
        if (c.name == "demo_brief") {
            EXPECT_TRUE(s.contains("H1 @1 'Actions for Head of EDI'"));
            continue;
        }
        // The key messages are a list: items with their bullet as a label and the message as a body.
        EXPECT_TRUE(s.contains("L [List:ListNumbering=Disc]")) << c.name;
        EXPECT_TRUE(s.contains(QRegularExpression("LI\\n\\s*Lbl @1 '•'\\n\\s*LBody @1 '\\d+ actions in 3 themes")))
            << c.name;
        for (const char* section : {"1. Executive summary", "2. WRES metrics", "3. Action plan", "4. What has changed",
                                    "5. Appendix: the WRES indicators"}) {
            EXPECT_TRUE(s.contains(
                QRegularExpression(QStringLiteral("H1 @\\d+ '%1'").arg(QRegularExpression::escape(section)))))
                << c.name << ": " << section;
            EXPECT_TRUE(facts.out.contains(QStringLiteral("outline 1 \"%1\"").arg(section))) << section;
        }
        for (int n = 1; n <= 9; ++n)
            EXPECT_TRUE(facts.out.contains(QStringLiteral("outline 2 \"Indicator %1:").arg(n))) << c.name << n;
        EXPECT_TRUE(facts.out.contains("outline 2 \"Leadership, Learning & Development\"")) << "themes too";
        // A first report says in one line that there is nothing to compare, and the appendix follows
        // on the same page; themes follow one another rather than each taking a new page.
        static const QRegularExpression bookmark("outline (\\d) \"([^\"]*)\" @(\\d+)");
        QMap<QString, int> onPage;
        for (auto m = bookmark.globalMatch(facts.out); m.hasNext();) {
            const auto match = m.next();
            onPage.insert(match.captured(2), match.captured(3).toInt());
        }
        EXPECT_EQ(onPage.value("4. What has changed"), onPage.value("5. Appendix: the WRES indicators")) << c.name;
        if (c.name == "demo") {
            // The third theme starts on the page where the second ends (its last action, 2.3.3).
            const int third = onPage.value("Staff Experience (Inclusion & Belonging)");
            const Result page =
                tool("pdftotext", {"-f", QString::number(third), "-l", QString::number(third), make(c, ".pdf"), "-"});
            EXPECT_TRUE(page.out.contains("2.3.3")) << "themes follow one another on page " << third;
        }
        // Every chart is a Figure whose words state its figures.
        static const QRegularExpression figure("Figure @\\d+ \\[Alt='([^']*)'");
        int figures = 0;
        for (auto m = figure.globalMatch(s); m.hasNext();) {
            const QString alt = m.next().captured(1);
            EXPECT_TRUE(alt.contains(QRegularExpression("\\d"))) << alt.toStdString();
            ++figures;
        }
        EXPECT_EQ(figures, s.count(QRegularExpression("\\n\\s*Figure "))) << "no Figure without its words";
        EXPECT_EQ(figures, 11) << "the status chart and ten indicator charts";
        if (c.name == "demo") {
            EXPECT_TRUE(s.contains("Relative likelihood: 2019/20 1.74, 2020/21 1.63, 2021/22 1.52, 2022/23 1.42."));
        }
        // The contents: each entry's page number is the page its link leads to.
        static const QRegularExpression entry("Link @\\d+ '([^']*) (\\d+)'\\n\\s*OBJR Link -> (\\S+) ");
        static const QRegularExpression dest("dest \"([^\"]+)\" @(\\d+)");
        QHash<QString, int> pageOf;
        for (auto m = dest.globalMatch(facts.out); m.hasNext();) {
            const auto d = m.next();
            pageOf.insert(d.captured(1), d.captured(2).toInt());
        }
        int entries = 0;
        for (auto m = entry.globalMatch(s); m.hasNext();) {
            const auto e = m.next();
            EXPECT_EQ(e.captured(2).toInt(), pageOf.value(e.captured(3), -1)) << e.captured(1).toStdString();
            ++entries;
        }
        EXPECT_EQ(entries, 5 + 1 + 9 + 3) << "sections, the exceptions, indicators and themes";
    }
}

TEST(BoardPackRender, NoTwoWordsOverlapOnAnyPage)
{
    QList<Case> cases = Fixtures::get().small();
    cases << Fixtures::get().synthetic();
    for (const Case& c : cases) {
        const Result r = script("pdf_overlaps.py", {make(c, ".pdf")});
        EXPECT_EQ(r.exit, 0) << c.name << ":\n" << r.out.left(4000).toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(" 0 overlapping pairs")) << c.name;
    }
}

TEST(BoardPackRender, NoTextIsSmallerThanEightPoints)
{
    QList<Case> cases = Fixtures::get().small();
    cases << Fixtures::get().synthetic();
    for (const Case& c : cases) {
        // The synthetic plan's first 120 pages hold every style its 1,100 pages use.
        const Result r = script("pdf_text_sizes.py", {make(c, ".pdf"), "8", "120"});
        EXPECT_EQ(r.exit, 0) << c.name << ": " << r.err.toStdString();
        EXPECT_GT(r.out.count('\n'), 100) << c.name << ": the sizes were read";
    }
}

// 1,000 actions with notes of up to 400 words, hyphenated words and web addresses: every cell of the
// web page is in the PDF, word for word, and the PDF has no word the page has not (so no word was
// broken anywhere but after a hyphen, except a web address longer than its column).
TEST(BoardPackRender, TheSyntheticPlansLongNotesArePrintedWhole)
{
    const Case& c = Fixtures::get().synthetic();
    const Result r = script("report_text.py", {make(c, ".html"), make(c, ".pdf")});
    EXPECT_EQ(r.exit, 0) << r.out.left(4000).toStdString() << r.err.toStdString();
    const QString flat = pdfText(make(c, ".pdf")).simplified();
    const QString html = QString::fromUtf8(wres::test::readFile(make(c, ".html")));
    for (const char* word : {"Communications", "recommended", "576.5", "2024/25"}) {
        const QString w = QString::fromUtf8(word);
        EXPECT_GT(html.count(w), 100) << word;
        EXPECT_EQ(flat.count(w), html.count(w)) << word << " is never broken";
    }
}

// A plan whose notes are 400 and 1,500 numbered words: every word is printed, once, in order; the
// row taller than a page runs on under "(continued)".
TEST(BoardPackRender, ARowTallerThanAPageSplitsBetweenLinesAndDropsNothing)
{
    Scratch scratch;
    QString longNote;
    QString note400;
    for (int i = 1; i <= 1500; ++i)
        longNote += QStringLiteral("w%1 ").arg(i, 4, 10, QLatin1Char('0'));
    for (int i = 1; i <= 400; ++i)
        note400 += QStringLiteral("n%1 ").arg(i, 3, 10, QLatin1Char('0'));
    QByteArray csv = "theme,objective_no,objective,action_no,action,leads,timescale,status,progress\r\n";
    csv += "Theme,1,Objective,1,Short action,Lead A,March 2025,In progress,\"" + note400.trimmed().toUtf8() + "\"\r\n";
    csv += "Theme,1,Objective,2,Long action,Lead B,March 2025,In progress,\"" + longNote.trimmed().toUtf8() + "\"\r\n";
    const QString db = scratch.path("long.wres");
    ASSERT_EQ(wres::test::run({"import", "--db", db, scratch.write("long.csv", csv)}).exit, 0);
    const QString pdf = scratch.path("long.pdf");
    ASSERT_EQ(wres::test::run({"board-pack", "--db", db, "-o", pdf}).exit, 0);
    const QString text = pdfText(pdf);
    const QStringList words = text.split(QRegularExpression("\\s+"), Qt::SkipEmptyParts);
    QStringList notes;
    QStringList shortNotes;
    for (const QString& w : words) {
        if (QRegularExpression("^w\\d{4}$").match(w).hasMatch())
            notes << w;
        if (QRegularExpression("^n\\d{3}$").match(w).hasMatch())
            shortNotes << w;
    }
    ASSERT_EQ(shortNotes.size(), 400) << "a 400-word note prints all 400 words";
    ASSERT_EQ(notes.size(), 1500);
    for (int i = 0; i < 1500; ++i)
        ASSERT_EQ(notes[i], QStringLiteral("w%1").arg(i + 1, 4, 10, QLatin1Char('0'))) << "in order, once";
    EXPECT_GE(text.count("(continued)"), 2) << "the row says it runs on";
    EXPECT_EQ(script("pdf_overlaps.py", {pdf}).exit, 0);
}

// Rows that fit on a page are never split: the first and last word of each action are on one page.
TEST(BoardPackRender, ARowThatFitsOnAPageIsNeverSplit)
{
    Scratch scratch;
    QByteArray csv = "theme,objective_no,objective,action_no,action,leads,timescale,status,progress\r\n";
    for (int i = 1; i <= 60; ++i) {
        QString filler;
        for (int w = 0; w < 20 + (i * 37) % 90; ++w)
            filler += QStringLiteral("word ");
        csv += QStringLiteral("Theme,1,Objective,%1,Begin%1 %2 Finish%1,Lead,March 2025,In progress,Note %1\r\n")
                   .arg(i)
                   .arg(filler.trimmed())
                   .toUtf8();
    }
    const QString db = scratch.path("rows.wres");
    ASSERT_EQ(wres::test::run({"import", "--db", db, scratch.write("rows.csv", csv)}).exit, 0);
    const QString pdf = scratch.path("rows.pdf");
    ASSERT_EQ(wres::test::run({"board-pack", "--db", db, "-o", pdf}).exit, 0);
    const QStringList pages = pdfText(pdf).split('\f');
    const auto pageOf = [&pages](const QString& word) {
        for (int p = 0; p < pages.size(); ++p)
            if (pages[p].contains(QRegularExpression("\\b" + word + "\\b")))
                return p;
        return -1;
    };
    int seen = 0;
    for (int i = 1; i <= 60; ++i) {
        const int begin = pageOf(QStringLiteral("Begin%1").arg(i));
        ASSERT_GE(begin, 0) << i;
        EXPECT_EQ(begin, pageOf(QStringLiteral("Finish%1").arg(i))) << "action " << i << " was split";
        seen = std::max(seen, begin);
    }
    EXPECT_GT(seen, 3) << "the plan runs over several pages";
}

// The public version names no one who made a change (the full version does): leads are roles of the
// plan, but the person who recorded an update is not the website's business.
TEST(BoardPackRender, ThePublicVersionDoesNotSayWhoMadeEachChange)
{
    Scratch scratch;
    const QString db = scratch.path("demo.wres");
    ASSERT_EQ(wres::test::run({"demo", "--db", db}).exit, 0);
    ASSERT_EQ(wres::test::run({"board-pack", "--db", db, "-o", scratch.path("first.pdf"), "--record", "July"}).exit, 0);
    ASSERT_EQ(wres::test::run({"update", "--db", db, "--action", "7", "--status", "Delayed", "--progress",
                               "Waiting for the policy framework", "--author", "Jane Smith"})
                  .exit,
              0);
    for (const char* suffix : {".pdf", ".html"}) {
        const QString full = scratch.path(QStringLiteral("full%1").arg(suffix));
        const QString open = scratch.path(QStringLiteral("public%1").arg(suffix));
        ASSERT_EQ(wres::test::run({"board-pack", "--db", db, "-o", full}).exit, 0);
        ASSERT_EQ(wres::test::run({"board-pack", "--db", db, "-o", open, "--redact"}).exit, 0);
        const auto text = [](const QString& path) {
            return path.endsWith(".pdf") ? pdfText(path) : QString::fromUtf8(wres::test::readFile(path));
        };
        EXPECT_TRUE(text(full).contains("Jane Smith")) << suffix;
        EXPECT_FALSE(text(open).contains("Jane Smith")) << suffix;
        EXPECT_TRUE(text(open).contains("Waiting for the policy framework"))
            << suffix << ": the change itself is there";
    }
}

TEST(BoardPackRender, MilestonesArePrintedInThePlanTables)
{
    const Case* partnership = nullptr;
    for (const Case& c : Fixtures::get().small())
        if (c.name == "partnership-trust-2022-24")
            partnership = &c;
    ASSERT_NE(partnership, nullptr);
    const QString flat = pdfText(make(*partnership, ".pdf")).simplified();
    EXPECT_TRUE(flat.contains("Milestones"));
    EXPECT_TRUE(flat.contains("Production of revised policy and process February 2023"));
    EXPECT_TRUE(flat.contains("Commence new training Winter 2022"));
}

TEST(BoardPackRender, AnActionThatInheritsItsThemesIndicatorsSaysSoInThePlanTable)
{
    // Every action listing none of its own, under a theme that has some, reads "theme's" (in italics)
    // in the Ind. column; the theme's own are stated under its heading; an action's own are printed.
    const Case& demo = Fixtures::get().small().front();
    auto db = wres::core::Database::open(demo.db, wres::core::Database::Mode::ReadOnly);
    const wres::core::PlanStore plans(*db);
    const wres::core::PlanData plan = plans.load(plans.plans().front().id, false);
    int inheriting = 0;
    int themed = 0;
    for (const wres::core::ThemeData& theme : plan.themes) {
        themed += theme.indicators.isEmpty() ? 0 : 1;
        for (const wres::core::ObjectiveData& objective : theme.objectives)
            for (const wres::core::ActionData& action : objective.actions)
                inheriting += action.indicators.isEmpty() && !theme.indicators.isEmpty() ? 1 : 0;
    }
    ASSERT_GT(inheriting, 0) << "the demo must have actions that inherit";
    const QString html = QString::fromUtf8(wres::test::readFile(make(demo, ".html")));
    EXPECT_EQ(html.count("data-label=\"Ind.\"><em>theme's</em>"), inheriting);
    EXPECT_EQ(html.count("WRES indicators:"), themed);
    EXPECT_TRUE(pdfText(make(demo, ".pdf")).simplified().contains("theme's"));
}

TEST(BoardPackRender, TheWebPageHoldsEverythingItNeedsAndSaysWhatEachPartIs)
{
    const Case& demo = Fixtures::get().small().front();
    const QString html = QString::fromUtf8(wres::test::readFile(make(demo, ".html")));
    EXPECT_TRUE(html.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(html.contains("<html lang=\"en-GB\">"));
    // Nothing is fetched: no scripts, no links, no images, no URLs in the style sheet.
    for (const char* outside : {"<script", "<link", "<img", "src=", "url(", "@import", "<iframe"})
        EXPECT_FALSE(html.contains(QString::fromUtf8(outside), Qt::CaseInsensitive)) << outside;
    static const QRegularExpression href("href=\"([^\"]*)\"");
    for (auto m = href.globalMatch(html); m.hasNext();)
        EXPECT_TRUE(m.next().captured(1).startsWith('#')) << "only links within the page";
    // Every table has a caption, every header cell a scope.
    EXPECT_EQ(html.count("<table"), html.count("<caption"));
    EXPECT_EQ(html.count("<th "), html.count("<th scope=\"col\"") + html.count("<th scope=\"row\""));
    EXPECT_EQ(html.count("<th>"), 0);
    // Every chart is an image labelled by its title and described by the words stating its figures,
    // and is followed by a table of those figures.
    static const QRegularExpression svg("<svg [^>]*role=\"img\"[^>]*aria-labelledby=\"([^ \"]+) ([^\"]+)\"");
    int charts = 0;
    for (auto m = svg.globalMatch(html); m.hasNext();) {
        const auto match = m.next();
        EXPECT_TRUE(html.contains("<title id=\"" + match.captured(1) + "\">"));
        EXPECT_TRUE(html.contains("<desc id=\"" + match.captured(2) + "\">"));
        ++charts;
    }
    EXPECT_EQ(charts, html.count("<svg "));
    EXPECT_GE(charts, 2 * 11) << "status chart and ten indicator charts, each wide and narrow";
    EXPECT_TRUE(html.contains("Relative likelihood: 2019/20 1.74, 2020/21 1.63, 2021/22 1.52, 2022/23 1.42."))
        << "the description states the figures";
    EXPECT_EQ(html.count("<figure>"), charts / 2);
}

TEST(BoardPackRender, AnOutputInAnUnknownFormatOrThatCannotBeWrittenLeavesNothing)
{
    Scratch scratch;
    const QString db = scratch.path("demo.wres");
    ASSERT_EQ(wres::test::run({"demo", "--db", db}).exit, 0);
    Result r = wres::test::run({"board-pack", "--db", db, "-o", scratch.path("pack.docx")});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("-o FILE.pdf or -o FILE.html")) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(scratch.path("pack.docx")));
    r = wres::test::run({"board-pack", "--db", db, "-o", scratch.path("missing/folder/pack.html")});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("Cannot write")) << r.err.toStdString();
    // An existing page is replaced whole or left as it was: never half written.
    const QString page = scratch.write("public.html", "earlier page");
    r = wres::test::run({"board-pack", "--db", db, "-o", page, "--redact"});
    EXPECT_EQ(r.exit, 0);
    EXPECT_TRUE(r.out.contains("as a web page"));
    EXPECT_TRUE(wres::test::readFile(page).endsWith("</html>\n"));
    QDir dir(scratch.path(""));
    EXPECT_TRUE(dir.entryList({"*.tmp", ".*public.html*"}, QDir::Files | QDir::Hidden).isEmpty())
        << "no temporary file is left behind";
}

} // namespace
