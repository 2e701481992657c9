// The board pack's renderer in-process: line breaking, page layout, structure and charts, checked
// as properties over many generated inputs rather than one example each.
#include "report/chart/ChartLayout.h"
#include "report/chart/ChartStyle.h"
#include "report/chart/ChartWords.h"
#include "report/model/ReportPalette.h"
#include "report/paged/PagedLayout.h"
#include "report/text/FontBook.h"
#include "report/text/TextFlow.h"

#include <QImage>
#include <QRandomGenerator>
#include <QTextBoundaryFinder>

#include <gtest/gtest.h>

using namespace wres::ui::report;

namespace {

// A device like the PDF writer's: 300 dots per inch.
QImage& device()
{
    static QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        const int dotsPerMetre = int(300 / 0.0254 + 0.5);
        i.setDotsPerMeterX(dotsPerMetre);
        i.setDotsPerMeterY(dotsPerMetre);
        return i;
    }();
    return image;
}

QString randomText(QRandomGenerator& random, int words)
{
    static const QStringList kWords = {
        "staff",
        "co-ordinated",
        "self-declaration",
        "Communications",
        "576.5",
        "a",
        "of",
        "the",
        "recommendations",
        "BME",
        "2024/25",
        "well-being",
        "https://www.england.nhs.uk/about/equality/equality-hub/workforce-race-equality-standard/",
        "•",
        "⚠",
        "Freedom",
        "Guardians",
        "Supercalifragilisticexpialidocious-level"};
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += random.bounded(12) == 0  ? QStringLiteral("\n")
                    : random.bounded(8) == 0 ? QStringLiteral("  ")
                                             : QStringLiteral(" ");
        text += kWords.at(int(random.bounded(kWords.size())));
    }
    return text;
}

ChartSpec::Series series(const QString& name, const QList<std::optional<double>>& values)
{
    ChartSpec::Series s;
    s.name = name;
    s.values = values;
    return s;
}

QString lineText(const LaidText& laid, const LaidText::Line& line)
{
    QString s;
    for (int r = line.firstRun; r < line.firstRun + line.runCount; ++r)
        s += laid.text.mid(laid.runs[std::size_t(r)].from, laid.runs[std::size_t(r)].length);
    return s;
}

// Lines break only at spaces (dropped), after a hyphen, at a typed line break, or inside a word
// wider than the whole width; no character other than the spaces at a break is lost; no line is
// wider than the width unless it is one piece of such a word.
TEST(ReportTextFlow, BreaksOnlyAtSpacesOrHyphensAndDropsNothing)
{
    FontBook fonts(&device());
    QRandomGenerator random(7);
    for (int round = 0; round < 300; ++round) {
        const QString text = randomText(random, 1 + int(random.bounded(80)));
        const double width = fonts.unitsPerPoint() * (20 + random.bounded(300));
        Spans spans;
        if (random.bounded(3) == 0) {
            const int cut = int(random.bounded(text.size()));
            spans << Span{text.left(cut), Span::Bold} << Span{text.mid(cut), Span::Plain};
        } else {
            spans << Span{text, Span::Plain};
        }
        const LaidText laid = TextFlow::lay(fonts, spans, 8.5, width);
        ASSERT_EQ(laid.text, text);
        int at = 0; // where the next line must start, after the separator
        for (std::size_t i = 0; i < laid.lines.size(); ++i) {
            const LaidText::Line& line = laid.lines[i];
            if (line.runCount == 0) { // an empty line: two line breaks in a row
                ASSERT_EQ(text.at(at), QLatin1Char('\n')) << text.toStdString();
                ++at;
                continue;
            }
            const int start = laid.runs[std::size_t(line.firstRun)].from;
            const QString separator = text.mid(at, start - at);
            for (QChar c : separator) {
                ASSERT_TRUE(c == QLatin1Char(' ') || c == QLatin1Char('\n'))
                    << "only spaces and line breaks are dropped: '" << separator.toStdString() << "'";
            }
            ASSERT_LE(separator.count(QLatin1Char('\n')), 1);
            const QString drawn = lineText(laid, line);
            ASSERT_EQ(text.mid(start, drawn.size()), drawn) << "lines are the text, in order";
            at = start + int(drawn.size());
            // What ends the line: the text, a space or line break, a hyphen, or a word too long.
            if (at < text.size() && text.at(at) != QLatin1Char(' ') && text.at(at) != QLatin1Char('\n') &&
                !drawn.endsWith(QLatin1Char('-'))) {
                int wordStart = at;
                while (wordStart > 0 && text.at(wordStart - 1) != QLatin1Char(' ') &&
                       text.at(wordStart - 1) != QLatin1Char('\n'))
                    --wordStart;
                int wordEnd = at;
                while (wordEnd < text.size() && text.at(wordEnd) != QLatin1Char(' ') &&
                       text.at(wordEnd) != QLatin1Char('\n'))
                    ++wordEnd;
                const QString word = text.mid(wordStart, wordEnd - wordStart);
                const int font = fonts.font(8.5, Span::Plain);
                ASSERT_GT(fonts.width(font, word), width * 0.9)
                    << "broke inside '" << word.toStdString() << "', which fits its width";
            }
            double drawnWidth = 0;
            for (int r = line.firstRun; r < line.firstRun + line.runCount; ++r) {
                const auto& run = laid.runs[std::size_t(r)];
                drawnWidth = run.x + fonts.width(run.font, text.mid(run.from, run.length));
            }
            if (drawn.contains(QLatin1Char(' '))) {
                ASSERT_LE(drawnWidth, width + 1) << "a line of several words fits: " << drawn.toStdString();
            }
        }
        const QString rest = text.mid(at);
        for (QChar c : rest) {
            ASSERT_TRUE(c == QLatin1Char(' ') || c == QLatin1Char('\n')) << "nothing after the last line";
        }
    }
}

// Random documents of headings, paragraphs, lists, keys, figures and tables with cells of up to
// 600 words: on every page, every piece of text lies inside the page's body and no two overlap;
// every line of every text is placed exactly once (artifacts, such as a repeated header row, apart).
TEST(ReportPagedLayout, NothingOverlapsNothingIsLostOrPlacedTwice)
{
    FontBook fonts(&device());
    const QSizeF body(fonts.unitsPerPoint() * 505, fonts.unitsPerPoint() * 760);
    const QSizeF wide(fonts.unitsPerPoint() * 762, fonts.unitsPerPoint() * 500);
    QRandomGenerator random(11);
    for (int round = 0; round < 12; ++round) {
        ReportDocument doc;
        doc.title = QStringLiteral("Random report");
        for (int b = 0; b < 30; ++b) {
            switch (random.bounded(8)) {
            case 0:
                doc.add(Heading{1 + int(random.bounded(3)), randomText(random, 6), QStringLiteral("h%1").arg(b), true,
                                false});
                break;
            case 1:
                doc.add(Paragraph{plain(randomText(random, 1 + int(random.bounded(300)))),
                                  Paragraph::Role(random.bounded(4))});
                break;
            case 2:
                doc.add(
                    ListBlock{{plain(randomText(random, 20)), plain(randomText(random, 90))}, random.bounded(2) == 0});
                break;
            case 3:
                doc.add(PageBreak{random.bounded(3) == 0 ? PageBreak::Turn::Landscape : PageBreak::Turn::Portrait});
                break;
            case 4: {
                Figure f;
                f.chart.title = randomText(random, 8);
                f.chart.categories = {QStringLiteral("2019/20"), QStringLiteral("2020/21"), QStringLiteral("2021/22")};
                f.chart.series << series(QStringLiteral("BME"), {1.2, std::nullopt, 1.4});
                f.alternative = ChartWords::describe(f.chart);
                doc.add(f);
                break;
            }
            case 5:
                doc.add(Contents{QStringLiteral("Contents")});
                break;
            default: {
                Table t;
                t.caption = randomText(random, 4);
                const int columns = 2 + int(random.bounded(8));
                for (int c = 0; c < columns; ++c)
                    t.columns << Column{randomText(random, 1 + int(random.bounded(2))), 100.0 / columns};
                for (int r = int(random.bounded(40)); r > 0; --r) {
                    Row row;
                    row.spanning = random.bounded(6) == 0;
                    row.rowHeader = random.bounded(2) == 0;
                    for (int c = 0; c < (row.spanning ? 1 : columns); ++c) {
                        const int words = random.bounded(10) == 0 ? 600 : int(random.bounded(40));
                        row.cells << Cell{plain(randomText(random, words)), Tone(random.bounded(12))};
                    }
                    t.rows << row;
                }
                t.empty = QStringLiteral("Nothing here.");
                doc.add(t);
            }
            }
        }
        const PagedDocument paged = PagedLayout::lay(doc, fonts, body, wide);
        std::map<int, std::vector<int>> placed; // text ref -> times each line was placed as content
        for (std::size_t p = 0; p < paged.pages.size(); ++p) {
            const QSizeF& size = paged.bodyOf(paged.pages[p]);
            QList<QRectF> boxes;
            int artifact = 0;
            for (const PagedDocument::Op& op : paged.pages[p].ops) {
                if (op.kind == PagedDocument::Op::Kind::BeginArtifact)
                    ++artifact;
                if (op.kind == PagedDocument::Op::Kind::EndArtifact)
                    --artifact;
                if (op.kind != PagedDocument::Op::Kind::Text)
                    continue;
                const LaidText& laid = paged.texts[std::size_t(op.ref)];
                const double top0 = laid.lines[std::size_t(op.from)].top;
                for (int i = op.from; i < op.to; ++i) {
                    const LaidText::Line& line = laid.lines[std::size_t(i)];
                    if (!artifact) {
                        auto& counts = placed[op.ref];
                        counts.resize(laid.lines.size(), 0);
                        ++counts[std::size_t(i)];
                    }
                    if (line.runCount == 0)
                        continue;
                    const auto& last = laid.runs[std::size_t(line.firstRun + line.runCount - 1)];
                    const double right = last.x + fonts.width(last.font, laid.text.mid(last.from, last.length));
                    const double left = laid.runs[std::size_t(line.firstRun)].x;
                    // The glyphs' box: the line less its leading.
                    const QFontMetricsF& m = fonts.metrics(laid.runs[std::size_t(line.firstRun)].font);
                    const double baseline = op.y + (line.top - top0) + line.ascent;
                    const QRectF box(op.x + left, baseline - m.ascent(), right - left, m.ascent() + m.descent());
                    ASSERT_GE(box.top(), -1) << "page " << p;
                    ASSERT_LE(box.bottom(), size.height() + 1) << "page " << p << ": below the body";
                    ASSERT_LE(box.right(), size.width() + 1) << "page " << p << ": past the right margin";
                    for (const QRectF& other : boxes) {
                        const QRectF both = box.intersected(other);
                        ASSERT_FALSE(both.width() > 1 && both.height() > 1)
                            << "page " << p << ": '"
                            << laid.text.mid(laid.runs[std::size_t(line.firstRun)].from, 20).toStdString()
                            << "' overlaps other text";
                    }
                    boxes << box;
                }
            }
            ASSERT_EQ(artifact, 0);
        }
        for (const auto& [ref, counts] : placed)
            for (std::size_t i = 0; i < counts.size(); ++i) {
                ASSERT_EQ(counts[i], 1) << "text " << ref << " line " << i << " placed " << counts[i] << " times";
            }
        // Every laid text of the body that holds lines is placed somewhere (nothing dropped).
        std::size_t withLines = 0;
        for (const auto& [ref, counts] : placed)
            withLines += counts.empty() ? 0 : 1;
        EXPECT_GT(withLines, 10u);
    }
}

// The structure said while painting: balanced, properly nested, a Figure always with words stating
// it, a header cell always with its scope.
TEST(ReportPagedLayout, TheStructureIsBalancedAndComplete)
{
    FontBook fonts(&device());
    ReportDocument doc;
    doc.add(Heading{1, QStringLiteral("Title"), QStringLiteral("t"), true, false});
    doc.add(Contents{QStringLiteral("Contents")});
    Figure f;
    f.chart.kind = ChartSpec::Kind::StackedBars;
    f.chart.title = QStringLiteral("Actions by status");
    f.chart.categories = {QStringLiteral("Theme")};
    f.chart.series << ChartSpec::Series{QStringLiteral("Complete"), {3.0}, Tone::Complete, QStringLiteral("●")};
    f.alternative = ChartWords::describe(f.chart);
    f.data.caption = QStringLiteral("Figures");
    f.data.columns = {Column{QStringLiteral("Theme"), 50}, Column{QStringLiteral("Complete"), 50}};
    f.data.rows << Row{{Cell{plain(QStringLiteral("Theme"))}, Cell{plain(QStringLiteral("3"))}}, false, true};
    doc.add(f);
    doc.add(ListBlock{{plain(QStringLiteral("one")), plain(QStringLiteral("two"))}, true});
    const PagedDocument paged = PagedLayout::lay(doc, fonts, QSizeF(2000, 3000), QSizeF(3000, 2000));
    using Element = PageStructure::Element;
    QList<Element> stack;
    int figures = 0;
    int headers = 0;
    for (const auto& page : paged.pages)
        for (const auto& op : page.ops) {
            if (op.kind == PagedDocument::Op::Kind::Begin) {
                const auto& [element, options] = paged.elements[std::size_t(op.ref)];
                const Element parent = stack.isEmpty() ? Element::Document : stack.last();
                if (element == Element::TD || element == Element::TH) {
                    EXPECT_EQ(parent, Element::TR);
                }
                if (element == Element::TR) {
                    EXPECT_TRUE(parent == Element::THead || parent == Element::TBody);
                }
                if (element == Element::LI) {
                    EXPECT_EQ(parent, Element::L);
                }
                if (element == Element::TOCI) {
                    EXPECT_EQ(parent, Element::TOC);
                }
                if (element == Element::Figure) {
                    ++figures;
                    EXPECT_TRUE(options.alternative.contains(QStringLiteral("Theme: 0 not started")) ||
                                options.alternative.contains(QStringLiteral("3 complete")))
                        << options.alternative.toStdString();
                }
                if (element == Element::TH) {
                    ++headers;
                    EXPECT_NE(options.scope, PageStructure::Scope::None);
                }
                stack << element;
            } else if (op.kind == PagedDocument::Op::Kind::End) {
                ASSERT_FALSE(stack.isEmpty());
                stack.removeLast();
            }
        }
    EXPECT_TRUE(stack.isEmpty());
    EXPECT_EQ(figures, 1);
    // A chart is as wide as the text column, at its left edge.
    ASSERT_EQ(paged.charts.size(), 1u);
    EXPECT_DOUBLE_EQ(paged.charts.front().size.width(), 2000.0);
    for (const auto& page : paged.pages)
        for (const auto& op : page.ops)
            if (op.kind == PagedDocument::Op::Kind::Chart) {
                EXPECT_EQ(op.x, 0.0f);
            }
    EXPECT_EQ(headers, 3) << "two column headers and a row header";
}

// WCAG 2.1 AA: text on every colour of the report at 4.5:1 or more (the Complete green takes black
// text: white on it is 3.9:1); chart lines and bars at 3:1 or more against the page.
TEST(ReportPalette, EveryTextAndGraphicMeetsAAContrast)
{
    for (int t = 0; t <= int(Tone::Total); ++t) {
        const Tone tone = Tone(t);
        const QColor fill = ReportPalette::fill(tone).alpha() == 0 ? QColor(Qt::white) : ReportPalette::fill(tone);
        EXPECT_GE(ReportPalette::contrast(fill, ReportPalette::ink(tone)), 4.5) << t;
    }
    EXPECT_GE(ReportPalette::contrast(ReportPalette::headerFill(), Qt::white), 4.5);
    EXPECT_GE(ReportPalette::contrast(ReportPalette::heading(), Qt::white), 4.5);
    EXPECT_GE(ReportPalette::contrast(ReportPalette::secondaryText(), Qt::white), 4.5);
    EXPECT_GE(ReportPalette::contrast(ReportPalette::secondaryText(), ReportPalette::noteFill()), 4.5);
    EXPECT_GE(ReportPalette::contrast(ReportPalette::rule(), Qt::white), 3.0);
    for (int s = 0; s < 6; ++s) {
        EXPECT_GE(ReportPalette::contrast(ChartStyle::series(s).colour, Qt::white), 3.0) << s;
    }
    EXPECT_LT(ReportPalette::contrast(ReportPalette::fill(Tone::Complete), Qt::white), 4.5)
        << "the reason Complete takes black text";
    EXPECT_EQ(ReportPalette::ink(Tone::Complete), QColor(Qt::black));
}

// In greyscale, series differ by dash and marker, not colour alone.
TEST(ReportCharts, SeriesDifferByDashAndMarker)
{
    for (int a = 0; a < 6; ++a)
        for (int b = a + 1; b < 6; ++b) {
            EXPECT_NE(ChartStyle::series(a).dashes, ChartStyle::series(b).dashes) << a << " " << b;
            EXPECT_NE(int(ChartStyle::series(a).marker), int(ChartStyle::series(b).marker)) << a << " " << b;
        }
}

// Every word of a chart at 8 pt or more; every status (no status included) in the legend with its
// swatch and count; every bar with its count; lines' legend entries with their marker and dash.
TEST(ReportCharts, WordsAreAtPrintSizeAndLegendsSayEverySeries)
{
    FontBook fonts(&device());
    ChartSpec stacked;
    stacked.kind = ChartSpec::Kind::StackedBars;
    stacked.title = QStringLiteral("Actions by status and theme");
    stacked.categories = {QStringLiteral("Workforce Representation, Recruitment & Retention"), QStringLiteral("Data")};
    const Tone tones[] = {Tone::NotStarted, Tone::InProgress, Tone::Delayed, Tone::Complete, Tone::NoStatus};
    const char* names[] = {"Not started", "In progress", "Delayed", "Complete", "No status"};
    for (int s = 0; s < 5; ++s)
        stacked.series << ChartSpec::Series{
            QString::fromUtf8(names[s]), {double(s), double(5 - s)}, tones[s], ReportPalette::symbol(tones[s])};
    const ChartScene scene = ChartLayout::lay(stacked, fonts, fonts.unitsPerPoint() * 500);
    QStringList words;
    int swatches = 0;
    for (const ChartScene::Item& item : scene.items) {
        if (item.kind == ChartScene::Item::Kind::Text) {
            EXPECT_GE(item.size, 8.0) << item.text.toStdString();
            words << item.text;
        }
        if (item.kind == ChartScene::Item::Kind::Rect && item.fill.alpha() > 0)
            ++swatches;
    }
    for (int s = 0; s < 5; ++s) {
        EXPECT_TRUE(words.contains(QStringLiteral("%1: %2").arg(QString::fromUtf8(names[s])).arg(5)))
            << names[s] << ": the legend gives its total";
    }
    EXPECT_TRUE(words.contains(QStringLiteral("10"))) << "each bar carries its total";
    EXPECT_GE(swatches, 5 + 8) << "a swatch for every status and a segment for every count above 0";

    ChartSpec lines;
    lines.title = QStringLiteral("Indicator 5");
    lines.categories = {QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021")};
    lines.series << series(QStringLiteral("White"), {40.0, 39.0, 38.0})
                 << series(QStringLiteral("BME"), {45.0, std::nullopt, 41.0});
    const ChartScene lineScene = ChartLayout::lay(lines, fonts, fonts.unitsPerPoint() * 500);
    int markers = 0;
    QList<QList<double>> dashes;
    for (const ChartScene::Item& item : lineScene.items) {
        if (item.kind == ChartScene::Item::Kind::Text) {
            EXPECT_GE(item.size, 8.0) << item.text.toStdString();
        }
        if (item.kind == ChartScene::Item::Kind::Marker)
            ++markers;
        if (item.kind == ChartScene::Item::Kind::Path && !item.dashes.isEmpty())
            dashes << item.dashes;
    }
    EXPECT_EQ(markers, 5 + 2) << "a marker on each shown point, and one in each legend entry";
    EXPECT_TRUE(dashes.contains(ChartStyle::series(1).dashes)) << "the BME dash is drawn, in the legend too";
    EXPECT_TRUE(ChartWords::describe(lines).contains(QStringLiteral("BME: 2019 45.0, 2020 no figure, 2021 41.0.")))
        << ChartWords::describe(lines).toStdString();
}

} // namespace
