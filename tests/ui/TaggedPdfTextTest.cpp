// Text written by the tagged-PDF writer: extracted as typed, in reading order, each word's box
// where it was painted and as tall as its font size, fonts embedded as subsets with their own
// bold and italic files, and characters a font lacks taken from a font that has them.
#include "PdfTestTools.h"
#include "TestSupport.h"
#include "report/pdf/TaggedPdfWriter.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QRawFont>
#include <QRegularExpression>

#include <functional>
#include <gtest/gtest.h>

using namespace wres::test;
using wres::ui::pdf::StructureType;
using wres::ui::pdf::TaggedPdfWriter;

namespace {

const QString kSymbols = QStringLiteral("⚠ ▲ ▼ ● ■ ◆ ✓ — … • ≥ ± ŵ ŷ");

QFont font(const QString& family, double points, bool bold = false, bool italic = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QFont dejaVu(double points, bool bold = false, bool italic = false)
{
    return font(QStringLiteral("DejaVu Sans"), points, bold, italic);
}

class TaggedPdfText : public ::testing::Test
{
protected:
    // Paints one page at 300 dpi on A4 with the report's margins; returns the file.
    QString write(const std::function<void(TaggedPdfWriter&, QPainter&)>& paint)
    {
        const QString path = m_scratch.path(QStringLiteral("text-%1.pdf").arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        TaggedPdfWriter pdf(&file, 300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                                      QPageLayout::Millimeter));
        {
            QPainter painter(&pdf);
            pdf.beginElement(StructureType::Document);
            paint(pdf, painter);
            pdf.endElement();
        }
        EXPECT_TRUE(pdf.finish()) << pdf.errorString().toStdString();
        m_warnings = pdf.warnings();
        m_printable = pdf.pageLayout().paintRectPixels(300);
        return path;
    }
    QString text(const QString& path) { return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out; }
    QString rawText(const QString& path)
    {
        return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}).out;
    }
    QString facts(const QString& path) { return runSupportScript(QStringLiteral("pdf_facts.py"), path).out; }
    Scratch m_scratch;
    int m_files = 0;
    QStringList m_warnings;
    QRect m_printable;
};

TEST_F(TaggedPdfText, ExtractsTheTypedTextInReadingOrder)
{
    const QStringList paragraphs = {QStringLiteral("Workforce Race Equality Standard 2024/25"),
                                    QStringLiteral("Shortlisting: 1.06 → similar; staff offered flexible working."),
                                    QStringLiteral("Overdue ⚠ 3 actions — see the plan (page 7)."),
                                    QStringLiteral("Croeso i'r adroddiad: ŵ ŷ ≥ ± • …")};
    const QString path = write([&](TaggedPdfWriter& pdf, QPainter& painter) {
        double y = 100;
        for (const QString& paragraph : paragraphs) {
            pdf.beginElement(StructureType::P);
            painter.setFont(dejaVu(y < 200 ? 14 : 9, y < 200));
            painter.drawText(QPointF(0, y), paragraph);
            pdf.endElement();
            y += 120;
        }
    });
    // Spaces, punctuation, symbols and ligature-prone words ("staff", "offered", "flexible") as typed.
    EXPECT_EQ(text(path).trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts), paragraphs);
}

TEST_F(TaggedPdfText, WordBoxesAreWhereTheyWerePaintedAndAsTallAsTheirSize)
{
    struct Painted
    {
        QString word;
        QFont font;
        QPointF at;   // baseline start, device units
        double width; // advance, device units
    };
    QList<Painted> painted;
    const double k = 72.0 / 300;
    const QString path = write([&](TaggedPdfWriter& pdf, QPainter& painter) {
        double y = 150;
        const QList<QFont> fonts = {
            dejaVu(8), dejaVu(9), dejaVu(9, true), dejaVu(12, false, true), dejaVu(20, true), dejaVu(9, true, true)};
        for (const QFont& f : fonts) {
            painter.setFont(f);
            const QFontMetricsF metrics(f, &pdf);
            double x = 100;
            pdf.beginElement(StructureType::P);
            for (const QString& word : {QStringLiteral("Board"), QStringLiteral("paper"), QStringLiteral("staff⚠"),
                                        QStringLiteral("2024/25")}) {
                painter.drawText(QPointF(x, y), word);
                painted.append({word, f, QPointF(x, y), metrics.horizontalAdvance(word)});
                x += metrics.horizontalAdvance(word) + 80;
            }
            pdf.endElement();
            y += 150;
        }
    });
    const QList<Word> words = pageWords(path, 1);
    ASSERT_EQ(words.size(), painted.size());
    for (const Painted& p : painted) {
        const QRawFont raw = QRawFont::fromFont(p.font);
        const double size = p.font.pointSizeF();
        const double ascent = raw.ascent() / raw.pixelSize(), descent = raw.descent() / raw.pixelSize();
        const QPointF baseline((m_printable.left() + p.at.x()) * k, (m_printable.top() + p.at.y()) * k);
        SCOPED_TRACE(p.word.toStdString() + " at " + std::to_string(size) + " pt");
        // The word of that text nearest to where it was painted (pdftotext orders words its own way).
        const auto nearest = std::min_element(words.begin(), words.end(), [&](const Word& a, const Word& b) {
            const auto distance = [&](const Word& w) {
                return w.text != p.word ? 1e9 : std::hypot(w.box.left() - baseline.x(), w.box.bottom() - baseline.y());
            };
            return distance(a) < distance(b);
        });
        ASSERT_EQ(nearest->text, p.word);
        const QRectF& box = nearest->box;
        EXPECT_NEAR(box.left(), baseline.x(), 0.5);
        EXPECT_NEAR(box.right(), baseline.x() + p.width * k, 0.5);
        EXPECT_NEAR(box.top(), baseline.y() - ascent * size, 0.5);
        EXPECT_NEAR(box.bottom(), baseline.y() + descent * size, 0.5);
        // The height is the font size times the font's ascent plus descent (1.164 for DejaVu Sans).
        EXPECT_NEAR(box.height() / (ascent + descent), size, 0.05);
    }
}

TEST_F(TaggedPdfText, WordWidthsFollowTheLayout)
{
    // Where Qt's layout put each word (QTextLayout at the device's resolution), the PDF has it.
    QList<std::pair<QString, QRectF>> expected;
    const double k = 72.0 / 300;
    const QString path = write([&](TaggedPdfWriter& pdf, QPainter& painter) {
        const QRect printable = pdf.pageLayout().paintRectPixels(300);
        const QFont f = dejaVu(9);
        painter.setFont(f);
        const QString line =
            QStringLiteral("The Trust will review shortlisting panels every quarter, starting in April.");
        const QFontMetricsF metrics(f, &pdf);
        pdf.beginElement(StructureType::P);
        painter.drawText(QPointF(0, 200), line);
        pdf.endElement();
        double x = 0;
        for (const QString& word : line.split(QLatin1Char(' '))) {
            const double width = metrics.horizontalAdvance(word);
            expected.append({word, QRectF((printable.left() + x) * k, 0, width * k, 1)});
            x += metrics.horizontalAdvance(word + QLatin1Char(' '));
        }
    });
    const QList<Word> words = pageWords(path, 1);
    ASSERT_EQ(words.size(), expected.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        EXPECT_EQ(words[i].text, expected[i].first);
        EXPECT_NEAR(words[i].box.left(), expected[i].second.left(), 0.5) << expected[i].first.toStdString();
        EXPECT_NEAR(words[i].box.right(), expected[i].second.right(), 0.5) << expected[i].first.toStdString();
    }
}

TEST_F(TaggedPdfText, FontSizesAreTheSizesAsked)
{
    const QString path = write([](TaggedPdfWriter& pdf, QPainter& painter) {
        double y = 100;
        for (const double size : {7.5, 8.0, 9.0, 12.0, 20.0}) {
            pdf.beginElement(StructureType::P);
            painter.setFont(dejaVu(size));
            painter.drawText(QPointF(0, y), QStringLiteral("Size"));
            pdf.endElement();
            y += 150;
        }
    });
    // 9 pt at 300 dpi is 37.5 pixels, which Qt draws at 38: Tf still says 9.
    EXPECT_TRUE(facts(path).contains(QStringLiteral("font-size 7.5 8 9 12 20\n"))) << facts(path).toStdString();
}

TEST_F(TaggedPdfText, FontsAreEmbeddedSubsetsWithUnicodeMaps)
{
    const QString path = write([](TaggedPdfWriter& pdf, QPainter& painter) {
        pdf.beginElement(StructureType::P);
        int i = 0;
        for (const QFont& f : {dejaVu(9), dejaVu(9, true), dejaVu(9, false, true), dejaVu(9, true, true)}) {
            painter.setFont(f);
            painter.drawText(QPointF(0, 100 + 60 * i++), QStringLiteral("Board paper ") + kSymbols);
        }
        pdf.endElement();
    });
    const QStringList rows =
        runTool(QStringLiteral("pdffonts"), {path}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QStringList names;
    for (const QString& row : rows) {
        const QStringList fields = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(fields.size(), 8) << row.toStdString();
        names << fields[0].mid(7) + QLatin1Char(' ') + fields[0]; // sorted by the name after the tag
        EXPECT_TRUE(row.contains(QRegularExpression(QStringLiteral("Identity-H\\s+yes\\s+yes\\s+yes"))))
            << row.toStdString();
    }
    names.sort();
    ASSERT_EQ(names.size(), 4);
    // The real bold and oblique files, each with a subset tag.
    const QStringList faces = {QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Bold"),
                               QStringLiteral("DejaVuSans-BoldOblique"), QStringLiteral("DejaVuSans-Oblique")};
    for (qsizetype i = 0; i < faces.size(); ++i)
        EXPECT_TRUE(QRegularExpression(QLatin1Char(' ') + QStringLiteral("[A-Z]{6}\\+") + faces[i] + QLatin1Char('$'))
                        .match(names[i])
                        .hasMatch())
            << names[i].toStdString();
    EXPECT_TRUE(m_warnings.isEmpty()) << m_warnings.join(QLatin1Char('\n')).toStdString();
    // Subsets: four faces of DejaVu Sans are 2.6 MB as files; the document holds only the glyphs used.
    EXPECT_LT(QFile(path).size(), 120 * 1024);
    // pdftotext -raw keeps the spaces between symbols that its layout mode takes for letter spacing.
    EXPECT_EQ(rawText(path).count(kSymbols), 4);
}

TEST_F(TaggedPdfText, FontDescriptorsDescribeTheirFonts)
{
    const QString path = write([](TaggedPdfWriter& pdf, QPainter& painter) {
        pdf.beginElement(StructureType::P);
        int i = 0;
        for (const QFont& f : {dejaVu(9), dejaVu(9, true, true), font(QStringLiteral("DejaVu Sans Mono"), 9),
                               font(QStringLiteral("DejaVu Serif"), 9)}) {
            painter.setFont(f);
            painter.drawText(QPointF(0, 100 + 60 * i++), QStringLiteral("Board"));
        }
        pdf.endElement();
    });
    const QStringList said = facts(path).split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^font ")));
    const auto line = [&](const QString& name) {
        const QStringList found = said.filter(QRegularExpression(QStringLiteral("^font ") + name + QLatin1Char(' ')));
        return found.isEmpty() ? QString() : found.front();
    };
    // Flags: 1 fixed pitch, 2 serif, 4 symbolic, 64 italic; DejaVu's ascent, descent and cap height.
    EXPECT_TRUE(line(QStringLiteral("DejaVuSans"))
                    .startsWith(QStringLiteral("font DejaVuSans flags 4 italic 0 ascent 928 descent -236 cap 729 ")))
        << said.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        line(QStringLiteral("DejaVuSans-BoldOblique"))
            .startsWith(QStringLiteral("font DejaVuSans-BoldOblique flags 68 italic -11 ascent 928 descent -236")));
    EXPECT_TRUE(line(QStringLiteral("DejaVuSansMono")).contains(QStringLiteral(" flags 5 ")));
    EXPECT_TRUE(line(QStringLiteral("DejaVuSerif")).contains(QStringLiteral(" flags 6 ")));
    // Bolder fonts have thicker stems.
    const auto stem = [&](const QString& name) {
        return QRegularExpression(QStringLiteral("stemv (\\d+)")).match(line(name)).captured(1).toInt();
    };
    EXPECT_GT(stem(QStringLiteral("DejaVuSans-BoldOblique")), stem(QStringLiteral("DejaVuSans")));
}

TEST_F(TaggedPdfText, SubsetsKeepTheGlyphsUsedAndTheirComponents)
{
    // "É" is a composite glyph in DejaVu Sans (E and an accent): its parts must stay in the subset.
    const QString word = QStringLiteral("Élan");
    const QString path = write([&](TaggedPdfWriter& pdf, QPainter& painter) {
        pdf.beginElement(StructureType::P);
        painter.setFont(dejaVu(40));
        painter.drawText(QPointF(100, 300), word);
        pdf.endElement();
    });
    const QString said = facts(path);
    const QRegularExpressionMatch subset =
        QRegularExpression(QStringLiteral("font DejaVuSans .* glyphs (\\d+) outlines (\\d+) mapped (\\d+)"))
            .match(said);
    ASSERT_TRUE(subset.hasMatch()) << said.toStdString();
    const int glyphs = subset.captured(1).toInt(), outlines = subset.captured(2).toInt(),
              mapped = subset.captured(3).toInt();
    const QByteArray maxp = QRawFont::fromFont(dejaVu(40)).fontTable("maxp");
    ASSERT_GE(maxp.size(), 6);
    EXPECT_EQ(glyphs, quint8(maxp[4]) << 8 | quint8(maxp[5])); // every glyph id kept
    EXPECT_EQ(mapped, 4);
    EXPECT_GT(outlines, mapped + 1); // .notdef, the four glyphs and the composite's parts
    EXPECT_LT(outlines, mapped + 6);
    // Drawn whole: the page looks like the same text painted by Qt.
    const QImage rendered = renderPage(path, 1, 300);
    QImage expected(rendered.size(), QImage::Format_RGB32);
    expected.fill(Qt::white);
    {
        QPainter painter(&expected);
        painter.translate(m_printable.topLeft());
        QFont f = dejaVu(40);
        f.setPixelSize(qRound(40.0 * 300 / 72)); // 40 pt at 300 dpi, on an image of 96 dpi
        painter.setFont(f);
        painter.drawText(QPointF(100, 300), word);
    }
    const QRect area(m_printable.left() + 80, m_printable.top() + 100, 900, 260);
    EXPECT_GT(inkedShare(rendered.copy(area)), 0.05);
    EXPECT_LT(differingShare(rendered.copy(area), expected.copy(area), 80), 0.03);
}

TEST_F(TaggedPdfText, ReportSymbolsAreRealText)
{
    const QString path = write([](TaggedPdfWriter& pdf, QPainter& painter) {
        pdf.beginElement(StructureType::P);
        painter.setFont(dejaVu(9));
        painter.drawText(QPointF(0, 100), kSymbols);
        pdf.endElement();
    });
    EXPECT_EQ(rawText(path).trimmed(), kSymbols);
    EXPECT_FALSE(facts(path).contains(QStringLiteral("notdef")));
    EXPECT_TRUE(m_warnings.isEmpty());
}

TEST_F(TaggedPdfText, CharactersTheFontLacksComeFromAFontThatHasThem)
{
    // DejaVu Serif has no ⚠ or ✓ (QRawFont says which it lacks on this machine).
    const QRawFont serif = QRawFont::fromFont(font(QStringLiteral("DejaVu Serif"), 9));
    QString lacking;
    for (const QChar c : kSymbols)
        if (!c.isSpace() && !serif.supportsCharacter(c))
            lacking += c;
    ASSERT_FALSE(lacking.isEmpty()) << "DejaVu Serif has every symbol: this test needs a font that lacks one";
    const QString line = QStringLiteral("Overdue ") + kSymbols;
    const QString path = write([&](TaggedPdfWriter& pdf, QPainter& painter) {
        pdf.beginElement(StructureType::P);
        painter.setFont(font(QStringLiteral("DejaVu Serif"), 9));
        painter.drawText(QPointF(0, 100), line);
        pdf.endElement();
    });
    EXPECT_EQ(rawText(path).trimmed(), line);
    EXPECT_FALSE(facts(path).contains(QStringLiteral("notdef")));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {path}).out;
    EXPECT_TRUE(fonts.contains(QStringLiteral("+DejaVuSerif "))) << fonts.toStdString();
    EXPECT_TRUE(fonts.contains(QStringLiteral("+DejaVuSans "))) << fonts.toStdString();
    EXPECT_TRUE(m_warnings.isEmpty()) << m_warnings.join(QLatin1Char('\n')).toStdString();
}

TEST_F(TaggedPdfText, CharacterNoFontHasIsAVisibleBoxAndAWarning)
{
    const QString path = write([](TaggedPdfWriter& pdf, QPainter& painter) {
        pdf.beginElement(StructureType::P);
        painter.setFont(dejaVu(20));
        // A character of the supplementary private use area, which no font here has.
        const char32_t missing = 0xF0041;
        painter.drawText(QPointF(0, 200), QStringLiteral("A") + QString::fromUcs4(&missing, 1) + QStringLiteral("B"));
        pdf.endElement();
    });
    ASSERT_EQ(m_warnings.size(), 1);
    EXPECT_TRUE(m_warnings.front().contains(QStringLiteral("U+F0041"))) << m_warnings.front().toStdString();
    EXPECT_FALSE(facts(path).contains(QStringLiteral("notdef")));
    // The box shows between A and B.
    const QImage page = renderPage(path, 1, 144);
    const QList<Word> words = pageWords(path, 1);
    ASSERT_FALSE(words.isEmpty());
    const QRectF a = words.front().box; // "A▯B" is one word; the box is its middle third
    const QRect between(qRound((a.left() + a.width() * 0.4) * 2), qRound(a.top() * 2), qRound(a.width() * 0.2 * 2),
                        qRound(a.height() * 2));
    EXPECT_GT(inkedShare(page.copy(between)), 0.02);
}

TEST_F(TaggedPdfText, RotatedTextIsStillText)
{
    const QString path = write([](TaggedPdfWriter& pdf, QPainter& painter) {
        pdf.beginElement(StructureType::P);
        painter.setFont(dejaVu(9));
        painter.translate(300, 1500);
        painter.rotate(-90);
        painter.drawText(QPointF(0, 0), QStringLiteral("Percentage of staff"));
        pdf.endElement();
    });
    EXPECT_EQ(text(path).trimmed(), QStringLiteral("Percentage of staff"));
    EXPECT_TRUE(facts(path).contains(QStringLiteral("font-size 9\n")));
}

} // namespace
