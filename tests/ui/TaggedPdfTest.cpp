// The tagged-PDF writer's structure, navigation, metadata and validity, read back with pikepdf
// (tests/support/pdf_structure.py and pdf_facts.py), poppler-utils and qpdf.
#include "PdfTestTools.h"
#include "TaggedPdfSample.h"
#include "TestSupport.h"
#include "report/pdf/TaggedPdfWriter.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wres::test;
using wres::ui::pdf::ArtifactKind;
using wres::ui::pdf::ElementOptions;
using wres::ui::pdf::StructureType;
using wres::ui::pdf::TaggedPdfWriter;

namespace {

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QFont bodyFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QPageLayout bareA4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
}

class TaggedPdf : public ::testing::Test
{
protected:
    QString sample()
    {
        const QString path = m_scratch.path(QStringLiteral("sample.pdf"));
        const SampleResult result = writeSampleDocument(path);
        EXPECT_TRUE(result.finished) << result.error.toStdString();
        EXPECT_TRUE(result.warnings.isEmpty()) << result.warnings.join(QLatin1Char('\n')).toStdString();
        return path;
    }
    QString facts(const QString& path)
    {
        const ToolRun run = runSupportScript(QStringLiteral("pdf_facts.py"), path);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out;
    }
    QString structure(const QString& path)
    {
        const ToolRun run = runSupportScript(QStringLiteral("pdf_structure.py"), path);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out;
    }
    Scratch m_scratch;
};

TEST_F(TaggedPdf, StructureTreeHoldsEveryElementInReadingOrder)
{
    // Headings H1-H6, paragraphs, a list with labels, a table with column and row headers, a
    // caption and a spanning footer cell, a figure with its alternative text and box, a note with
    // its ID, a span in Welsh, a table of contents whose links point ahead, links with their
    // annotations (OBJR), and the artifacts listed apart; every MCID and annotation leads back
    // to its element through the parent tree (a "problem:" line otherwise).
    const QString expected = QString::fromUtf8(readFile(dataPath(QStringLiteral("tagged-pdf/structure.txt"))));
    EXPECT_EQ(structure(sample()).toStdString(), expected.toStdString());
}

TEST_F(TaggedPdf, ArtifactsStayOutOfTheStructure)
{
    const QStringList tree = lines(structure(sample()));
    const QString elements = tree.filter(QRegularExpression(QStringLiteral("^ *[A-Z]"))).join(QLatin1Char('\n'));
    // Running headers, page numbers and the watermark are artifacts, and nothing is unmarked.
    for (const char* furniture : {"WRES board paper'", "Page 1 of 3", "Page 3 of 3", "DRAFT"})
        EXPECT_FALSE(elements.contains(QLatin1String(furniture))) << furniture;
    EXPECT_TRUE(tree.contains(QStringLiteral("artifact @3 Pagination/Footer 'Page 3 of 3'")));
    EXPECT_TRUE(tree.contains(QStringLiteral("artifact @3 Pagination/Watermark 'DRAFT'")));
    EXPECT_TRUE(tree.filter(QStringLiteral("unmarked")).isEmpty());
}

TEST_F(TaggedPdf, CatalogStatesLanguageTitleAndMarking)
{
    const QString path = sample();
    const QStringList said = lines(facts(path));
    for (const char* fact : {"lang en-GB", "title WRES board paper 2024/25", "xmp-title WRES board paper 2024/25",
                             "display-doc-title true", "marked true", "tabs @1 S", "tabs @2 S", "tabs @3 S"})
        EXPECT_TRUE(said.contains(QLatin1String(fact))) << fact;
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(info.out.contains(QStringLiteral("Tagged:          yes"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("Title:           WRES board paper 2024/25")));
    EXPECT_TRUE(info.out.contains(QStringLiteral("Page size:       595 x 842 pts (A4)")));
}

TEST_F(TaggedPdf, LanguageCanBeSet)
{
    const QString path = m_scratch.path(QStringLiteral("welsh.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    TaggedPdfWriter pdf(&file, 300);
    pdf.setLanguage(QStringLiteral("cy"));
    ASSERT_TRUE(pdf.finish()) << pdf.errorString().toStdString();
    file.close();
    EXPECT_TRUE(lines(facts(path)).contains(QStringLiteral("lang cy")));
}

TEST_F(TaggedPdf, BookmarksAndDestinationsLeadToTheirPages)
{
    const QString path = sample();
    const QStringList said = lines(facts(path));
    const QStringList outline = said.filter(QRegularExpression(QStringLiteral("^outline ")));
    EXPECT_EQ(
        outline,
        QStringList({QStringLiteral("outline 1 \"Contents\" @1"), QStringLiteral("outline 1 \"1 Summary\" @2"),
                     QStringLiteral("outline 2 \"1.1 Key messages\" @2"), QStringLiteral("outline 3 \"Figures\" @2"),
                     QStringLiteral("outline 1 \"2 Action plan\" @3")}));
    // The contents page links to destinations defined on later pages.
    for (const char* fact :
         {"dest \"contents\" @1", "dest \"summary\" @2", "dest \"plan\" @3",
          "link @1 -> \"summary\" @2 (Go to 1 Summary)", "link @1 -> \"plan\" @3 (Go to 2 Action plan)",
          "link @3 -> \"contents\" @1 (Back to the contents)",
          "uri @3 -> https://www.england.nhs.uk/wres/ (The WRES guidance on the NHS England website)"})
        EXPECT_TRUE(said.contains(QLatin1String(fact))) << fact;
    // Poppler agrees on the pages.
    const QString dests = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-dests"), path}).out;
    EXPECT_TRUE(dests.contains(QRegularExpression(QStringLiteral("\\n\\s*2 \\[ XYZ[^\\n]*\"summary\""))))
        << dests.toStdString();
    EXPECT_TRUE(dests.contains(QRegularExpression(QStringLiteral("\\n\\s*3 \\[ XYZ[^\\n]*\"plan\""))));
}

TEST_F(TaggedPdf, PassesQpdfAndPopplerWithoutWarnings)
{
    const QString path = sample();
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("No syntax or stream encoding errors found")));
    EXPECT_FALSE(check.out.contains(QStringLiteral("WARNING"), Qt::CaseInsensitive));
    EXPECT_TRUE(check.err.isEmpty()) << check.err.toStdString();
    for (const QStringList& command :
         {QStringList{QStringLiteral("pdfinfo"), path}, QStringList{QStringLiteral("pdffonts"), path},
          QStringList{QStringLiteral("pdftotext"), path, QStringLiteral("-")},
          QStringList{QStringLiteral("pdftotext"), QStringLiteral("-bbox"), path, QStringLiteral("-")},
          QStringList{QStringLiteral("pdftoppm"), QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"),
                      path, m_scratch.path(QStringLiteral("page"))}}) {
        const ToolRun run = runTool(command.front(), command.mid(1));
        EXPECT_EQ(run.exitCode, 0) << command.front().toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << command.front().toStdString() << ": " << run.err.toStdString();
    }
}

TEST_F(TaggedPdf, FigureBoxIsWhatWasPaintedInsideIt)
{
    const QString path = m_scratch.path(QStringLiteral("figure.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    TaggedPdfWriter pdf(&file, 72); // device units are points
    pdf.setPageLayout(bareA4());
    QPainter painter(&pdf);
    pdf.beginElement(StructureType::Document);
    pdf.beginElement(StructureType::Figure, ElementOptions::alternate(QStringLiteral("Two boxes")));
    painter.fillRect(QRectF(100, 200, 50, 40), Qt::black);
    painter.translate(300, 400);
    painter.fillRect(QRectF(0, 0, 20, 10), Qt::black);
    pdf.endElement();
    painter.fillRect(QRectF(500, 700, 10, 10), Qt::black); // outside the figure
    pdf.endElement();
    painter.end();
    ASSERT_TRUE(pdf.finish()) << pdf.errorString().toStdString();
    file.close();
    // From (100, 200) to (320, 410) in device space, y up from the bottom of 842 pt.
    EXPECT_TRUE(structure(path).contains(QStringLiteral("Layout:BBox=[100 432 320 642]")))
        << structure(path).toStdString();
}

// A random tree of elements, leaves holding text painted across page breaks, must read back as
// the same tree: types, nesting, order, the page of each element's first content and its text
// (MCIDs on later pages are marked-content references), with grouping elements' rules as
// artifacts and every MCID reachable through the parent tree.
struct Node
{
    StructureType type;
    QStringList texts;
    std::vector<Node> kids;
};

class RandomDocument
{
public:
    explicit RandomDocument(quint32 seed) : m_random(seed) {}

    std::vector<Node> make(int depth)
    {
        std::vector<Node> nodes;
        const int count = 1 + int(m_random.bounded(3));
        for (int i = 0; i < count; ++i) {
            static const StructureType groups[] = {StructureType::Sect, StructureType::Part, StructureType::Div,
                                                   StructureType::L,    StructureType::LI,   StructureType::Table,
                                                   StructureType::TR,   StructureType::TOC};
            static const StructureType leaves[] = {StructureType::P,       StructureType::Span, StructureType::Lbl,
                                                   StructureType::LBody,   StructureType::TD,   StructureType::TH,
                                                   StructureType::Caption, StructureType::TOCI};
            if (depth > 0 && m_random.bounded(2)) {
                nodes.push_back({groups[m_random.bounded(8)], {}, make(depth - 1)});
            } else {
                Node leaf{leaves[m_random.bounded(8)], {}, {}};
                const int pieces = 1 + int(m_random.bounded(3));
                for (int t = 0; t < pieces; ++t)
                    leaf.texts << QStringLiteral("w%1").arg(++m_words);
                nodes.push_back(leaf);
            }
        }
        return nodes;
    }

    void paint(const std::vector<Node>& nodes, TaggedPdfWriter& pdf, QPainter& painter)
    {
        for (const Node& node : nodes) {
            pdf.beginElement(node.type);
            if (node.texts.isEmpty())
                painter.drawLine(QPointF(0, m_y), QPointF(100, m_y)); // in a grouping element: an artifact
            for (const QString& text : node.texts) {
                if (m_random.bounded(4) == 0) {
                    pdf.newPage();
                    ++m_page;
                    m_y = 50;
                }
                painter.drawText(QPointF(50, m_y), text);
                m_y += 40;
                m_pages[text] = m_page;
            }
            paint(node.kids, pdf, painter);
            pdf.endElement();
        }
    }

    void expect(const std::vector<Node>& nodes, int depth, QStringList& out) const
    {
        for (const Node& node : nodes) {
            QString line = QString(2 * depth, QLatin1Char(' ')) + QString::fromLatin1(structureTypeName(node.type));
            if (!node.texts.isEmpty())
                line += QStringLiteral(" @%1 '%2'")
                            .arg(m_pages.value(node.texts.front()))
                            .arg(node.texts.join(QLatin1Char(' ')));
            out << line;
            expect(node.kids, depth + 1, out);
        }
    }

private:
    QRandomGenerator m_random;
    int m_words = 0;
    int m_page = 1;
    double m_y = 50;
    QHash<QString, int> m_pages;
};

TEST_F(TaggedPdf, RandomStructuresReadBackAsPainted)
{
    QStringList paths;
    QStringList expected;
    for (quint32 seed = 1; seed <= 25; ++seed) {
        RandomDocument document(seed);
        const std::vector<Node> tree = document.make(3);
        const QString path = m_scratch.path(QStringLiteral("random-%1.pdf").arg(seed));
        {
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            TaggedPdfWriter pdf(&file, 150);
            QPainter painter(&pdf);
            painter.setFont(bodyFont());
            document.paint(tree, pdf, painter);
            painter.end();
            ASSERT_TRUE(pdf.finish()) << pdf.errorString().toStdString();
        }
        paths << path;
        expected << QStringLiteral("== ") + path;
        document.expect(tree, 0, expected);
    }
    const ToolRun run = runSupportScript(QStringLiteral("pdf_structure.py"), paths);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Artifact lines aside: the rules drawn in grouping elements are artifacts without text.
    const QStringList actual = lines(run.out).filter(QRegularExpression(QStringLiteral("^(==| *[A-Z])")));
    EXPECT_EQ(actual.join(QLatin1Char('\n')).toStdString(), expected.join(QLatin1Char('\n')).toStdString());
    EXPECT_TRUE(lines(run.out).filter(QStringLiteral("problem")).isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(lines(run.out).filter(QStringLiteral("unmarked")).isEmpty()) << run.out.toStdString();
}

TEST_F(TaggedPdf, LongDocumentKeepsItsTreesSearchable)
{
    // 600 pages and links: the parent tree and the destinations outgrow one leaf (256 entries)
    // and are split under intermediate nodes with /Limits.
    const QString path = m_scratch.path(QStringLiteral("long.pdf"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        TaggedPdfWriter pdf(&file, 72);
        QPainter painter(&pdf);
        painter.setFont(bodyFont());
        pdf.beginElement(StructureType::Document);
        for (int page = 1; page <= 600; ++page) {
            if (page > 1)
                pdf.newPage();
            pdf.beginElement(StructureType::P);
            painter.drawText(QPointF(50, 50), QStringLiteral("page %1").arg(page));
            pdf.endElement();
            pdf.addDestination(QStringLiteral("p%1").arg(page));
            pdf.beginElement(StructureType::Link);
            painter.drawText(QPointF(50, 100), QStringLiteral("next"));
            pdf.addLink(QRectF(50, 90, 40, 12), QStringLiteral("p%1").arg(page % 600 + 1), QStringLiteral("Next page"));
            pdf.endElement();
        }
        pdf.endElement();
        painter.end();
        ASSERT_TRUE(pdf.finish()) << pdf.errorString().toStdString();
    }
    const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    const QStringList tree = lines(structure(path));
    EXPECT_TRUE(tree.filter(QStringLiteral("problem")).isEmpty())
        << tree.filter(QStringLiteral("problem")).join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(tree.contains(QStringLiteral("  P @600 'page 600'")));
    const QStringList said = lines(facts(path));
    EXPECT_TRUE(said.contains(QStringLiteral("dest \"p577\" @577")));
    EXPECT_TRUE(said.contains(QStringLiteral("link @599 -> \"p600\" @600 (Next page)")));
    EXPECT_TRUE(said.contains(QStringLiteral("link @600 -> \"p1\" @1 (Next page)")));
}

// finish() refuses a document whose structure is not whole, and says why.
TEST_F(TaggedPdf, IncompleteStructureFailsToFinish)
{
    const auto attempt = [](const std::function<void(TaggedPdfWriter&, QPainter&)>& paint) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TaggedPdfWriter pdf(&buffer, 72);
        QPainter painter(&pdf);
        painter.setFont(bodyFont());
        paint(pdf, painter);
        painter.end();
        const bool finished = pdf.finish();
        return finished ? QString() : pdf.errorString();
    };
    EXPECT_TRUE(attempt([](TaggedPdfWriter& pdf, QPainter& painter) {
                    pdf.beginElement(StructureType::P);
                    painter.drawText(QPointF(10, 10), QStringLiteral("fine"));
                    pdf.endElement();
                }).isEmpty());
    EXPECT_TRUE(attempt([](TaggedPdfWriter& pdf, QPainter&) {
                    pdf.beginElement(StructureType::Sect);
                }).contains(QStringLiteral("not ended")));
    EXPECT_TRUE(
        attempt([](TaggedPdfWriter& pdf, QPainter&) { pdf.endElement(); }).contains(QStringLiteral("none was open")));
    EXPECT_TRUE(attempt([](TaggedPdfWriter& pdf, QPainter& painter) {
                    pdf.beginElement(StructureType::Figure);
                    painter.fillRect(QRectF(0, 0, 10, 10), Qt::black);
                    pdf.endElement();
                }).contains(QStringLiteral("alternative text")));
    EXPECT_TRUE(attempt([](TaggedPdfWriter& pdf, QPainter&) {
                    pdf.beginElement(StructureType::Figure);
                    pdf.setAlternateText(QStringLiteral("Set afterwards"));
                    pdf.endElement();
                }).isEmpty());
    EXPECT_TRUE(attempt([](TaggedPdfWriter& pdf, QPainter&) {
                    pdf.addLink(QRectF(0, 0, 10, 10), QStringLiteral("nowhere"), QStringLiteral("Go nowhere"));
                }).contains(QStringLiteral("nowhere")));
    EXPECT_TRUE(attempt([](TaggedPdfWriter& pdf, QPainter&) {
                    pdf.beginArtifact(ArtifactKind::Footer);
                }).contains(QStringLiteral("artifact")));
}

TEST_F(TaggedPdf, DestinationNamesAreUnique)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TaggedPdfWriter pdf(&buffer, 72);
    EXPECT_TRUE(pdf.addDestination(QStringLiteral("a")));
    EXPECT_FALSE(pdf.addDestination(QStringLiteral("a")));
    EXPECT_TRUE(pdf.finish());
}

TEST_F(TaggedPdf, SkippedHeadingLevelIsAWarning)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TaggedPdfWriter pdf(&buffer, 72);
    for (const StructureType heading : {StructureType::H1, StructureType::H2, StructureType::H1, StructureType::H3}) {
        pdf.beginElement(heading);
        pdf.endElement();
    }
    EXPECT_TRUE(pdf.finish());
    EXPECT_EQ(pdf.warnings().size(), 1) << pdf.warnings().join(QLatin1Char('\n')).toStdString();
}

TEST_F(TaggedPdf, LinkWithoutDescriptionIsDescribedByItsTargetAndAWarning)
{
    const QString path = m_scratch.path(QStringLiteral("undescribed.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    TaggedPdfWriter pdf(&file, 72);
    pdf.addDestination(QStringLiteral("top"));
    pdf.addLink(QRectF(10, 10, 50, 10), QStringLiteral("top"), QString());
    ASSERT_TRUE(pdf.finish()) << pdf.errorString().toStdString();
    file.close();
    EXPECT_EQ(pdf.warnings(), QStringList{QStringLiteral("A link to top has no description.")});
    EXPECT_TRUE(lines(facts(path)).contains(QStringLiteral("link @1 -> \"top\" @1 (top)")));
}

// An output that takes the first `room` bytes and then fails, as a full disk does.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        if (size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_room -= size;
        return size;
    }

private:
    qint64 m_room;
};

TEST_F(TaggedPdf, WriteFailureIsReported)
{
    for (const qint64 room : {qint64(0), qint64(100), qint64(5000)}) {
        FullDevice device(room);
        TaggedPdfWriter pdf(&device, 300);
        {
            QPainter painter(&pdf);
            painter.setFont(bodyFont());
            for (int page = 0; page < 3; ++page) {
                if (page)
                    pdf.newPage();
                pdf.beginElement(StructureType::P);
                painter.drawText(QPointF(100, 100), QStringLiteral("Some text that must be written"));
                pdf.endElement();
            }
        }
        EXPECT_FALSE(pdf.finish()) << room;
        EXPECT_TRUE(pdf.errorString().contains(QStringLiteral("No space left on device")))
            << pdf.errorString().toStdString();
    }
}

} // namespace
