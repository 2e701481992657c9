// What the tagged-PDF writer's paint engine draws: the page, rendered by poppler, matches the
// same QPainter calls on an image (geometry, clipping, dashes, transforms, alpha, images,
// patterns, text), and nothing is rasterised: a Qt Charts chart comes out as paths and text.
#include "PdfTestTools.h"
#include "TestSupport.h"
#include "report/pdf/TaggedPdfWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QTextDocument>
#include <QValueAxis>

#include <functional>
#include <gtest/gtest.h>

using namespace wres::test;
using wres::ui::pdf::ElementOptions;
using wres::ui::pdf::StructureType;
using wres::ui::pdf::TaggedPdfWriter;

namespace {

constexpr int kDpi = 96;

QPageLayout layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

QImage sprite()
{
    // Opaque colours and a half-transparent corner, at one image pixel per device pixel.
    QImage image(40, 30, QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgba(x * 6, y * 8, 160, x > 30 && y > 20 ? 128 : 255));
    return image;
}

// Every primitive the engine handles, in the device's pixels (96 dpi, so one pixel is 0.75 pt).
void paintPrimitives(QPainter& p)
{
    p.setRenderHint(QPainter::Antialiasing);
    // Fills and strokes: a solid rectangle, colour alpha, constant opacity.
    p.fillRect(QRectF(10, 10, 120, 60), QColor(0x00, 0x5e, 0xb8));
    p.fillRect(QRectF(60, 40, 120, 60), QColor(200, 30, 30, 128));
    p.setOpacity(0.5);
    p.fillRect(QRectF(100, 20, 60, 100), Qt::darkGreen);
    p.setOpacity(1);
    // Odd-even and winding fill of the same star.
    QPainterPath star;
    star.moveTo(260, 10);
    star.lineTo(290, 100);
    star.lineTo(215, 45);
    star.lineTo(305, 45);
    star.lineTo(230, 100);
    star.closeSubpath();
    p.setPen(QPen(Qt::black, 2));
    p.setBrush(QColor(250, 180, 0));
    star.setFillRule(Qt::OddEvenFill);
    p.drawPath(star);
    star.setFillRule(Qt::WindingFill);
    p.drawPath(star.translated(110, 0));
    // Polygon, polyline with a thick pen, round join and flat, square and round caps.
    const QPointF polygon[] = {{450, 20}, {520, 30}, {500, 100}, {440, 80}};
    p.drawPolygon(polygon, 4);
    p.setPen(QPen(Qt::darkBlue, 8, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    const QPointF polyline[] = {{550, 20}, {600, 90}, {650, 30}, {700, 90}};
    p.drawPolyline(polyline, 4);
    int y = 130;
    for (const Qt::PenCapStyle cap : {Qt::FlatCap, Qt::SquareCap, Qt::RoundCap}) {
        p.setPen(QPen(Qt::black, 10, Qt::SolidLine, cap));
        p.drawLine(QPointF(20, y), QPointF(150, y));
        y += 25;
    }
    // Dashes: Qt's styles and a custom pattern with an offset, and a miter join.
    y = 130;
    for (const Qt::PenStyle style : {Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine}) {
        p.setPen(QPen(Qt::black, 3, style, Qt::FlatCap));
        p.drawLine(QPointF(200, y), QPointF(450, y));
        y += 15;
    }
    QPen custom(QColor(0x7a, 0x1f, 0x5c), 4, Qt::CustomDashLine, Qt::FlatCap, Qt::MiterJoin);
    custom.setDashPattern({4, 2, 1, 2});
    custom.setDashOffset(3);
    p.setPen(custom);
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(480, 125, 200, 60));
    // Ellipses, an arc, a pie.
    p.setPen(QPen(Qt::black, 2));
    p.setBrush(QColor(0x33, 0x99, 0x66));
    p.drawEllipse(QRectF(20, 220, 120, 70));
    p.drawPie(QRectF(160, 220, 80, 80), 30 * 16, 250 * 16);
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(260, 220, 80, 80), 0, 200 * 16);
    // Transforms: rotation and scale, with a cosmetic pen that keeps its width.
    p.save();
    p.translate(420, 260);
    p.rotate(30);
    p.setBrush(QColor(0xcc, 0x66, 0x00));
    p.setPen(QPen(Qt::black, 0));
    p.drawRect(QRectF(-50, -25, 100, 50));
    p.scale(3, 1);
    p.setPen(QPen(Qt::black, 2, Qt::SolidLine));
    QPen cosmetic(Qt::red, 2);
    cosmetic.setCosmetic(true);
    p.setPen(cosmetic);
    p.drawLine(QPointF(-20, 40), QPointF(20, 40));
    p.restore();
    // Clipping: a rectangle intersected with an ellipse, a region, then replaced.
    p.save();
    p.setClipRect(QRectF(520, 210, 160, 100));
    QPainterPath ellipse;
    ellipse.addEllipse(QRectF(540, 200, 160, 120));
    p.setClipPath(ellipse, Qt::IntersectClip);
    p.fillRect(QRectF(500, 200, 220, 140), QColor(0x99, 0x00, 0x33));
    p.setClipRegion(QRegion(QRect(20, 320, 50, 50)) + QRegion(QRect(90, 330, 30, 30)), Qt::ReplaceClip);
    p.fillRect(QRectF(0, 300, 200, 100), Qt::black);
    p.restore();
    // Images: drawn twice (written once), with alpha, and a pixmap tiled.
    const QImage image = sprite();
    p.drawImage(QPointF(220, 320), image);
    p.drawImage(QPointF(280, 320), image);
    p.drawTiledPixmap(QRectF(340, 320, 100, 70), QPixmap::fromImage(image), QPointF(5, 5));
    // Hatch brushes (cosmetic: in device pixels) on a background.
    p.setPen(Qt::NoPen);
    p.setBrush(QBrush(Qt::darkBlue, Qt::BDiagPattern));
    p.drawRect(QRectF(460, 330, 60, 60));
    p.setBrush(QBrush(Qt::black, Qt::Dense4Pattern));
    p.drawRect(QRectF(530, 330, 60, 60));
    p.setBrush(QBrush(Qt::darkRed, Qt::CrossPattern));
    p.drawRect(QRectF(600, 330, 60, 60));
    // Text, upright and rotated.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(11);
    font.setStyleStrategy(QFont::PreferNoShaping);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QPointF(20, 440), QStringLiteral("Black staff 12.0% ▲ overdue ⚠"));
    p.save();
    p.translate(680, 520);
    p.rotate(-90);
    p.drawText(QPointF(0, 0), QStringLiteral("Percentage"));
    p.restore();
}

QString writePdf(const QString& path, const std::function<void(QPainter&)>& paint)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    TaggedPdfWriter pdf(&file, kDpi);
    pdf.setPageLayout(layout());
    {
        QPainter painter(&pdf);
        pdf.beginElement(StructureType::Document);
        pdf.beginElement(StructureType::Figure, ElementOptions::alternate(QStringLiteral("Shapes")));
        paint(painter);
        pdf.endElement();
        pdf.endElement();
    }
    return pdf.finish() ? QString() : pdf.errorString();
}

QImage paintImage(const std::function<void(QPainter&)>& paint, const QPointF& shift = {})
{
    const QPageLayout page = layout();
    QImage image(page.fullRectPixels(kDpi).size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(page.paintRectPixels(kDpi).topLeft() + shift);
    paint(painter);
    return image;
}

class TaggedPdfPaint : public ::testing::Test
{
protected:
    QString facts(const QString& path) { return runSupportScript(QStringLiteral("pdf_facts.py"), path).out; }
    Scratch m_scratch;
};

TEST_F(TaggedPdfPaint, PageLooksLikeTheSamePaintingOnAnImage)
{
    const QString path = m_scratch.path(QStringLiteral("primitives.pdf"));
    ASSERT_TRUE(writePdf(path, paintPrimitives).isEmpty());
    const QImage rendered = renderPage(path, 1, kDpi);
    const QImage expected = paintImage(paintPrimitives);
    ASSERT_FALSE(rendered.isNull());
    EXPECT_GT(inkedShare(rendered), 0.08); // not a blank page
    const double differing = differingShare(rendered, expected, 80);
    EXPECT_LT(differing, 0.02);
    // The comparison has teeth: the same painting two pixels off differs.
    EXPECT_GT(differingShare(rendered, paintImage(paintPrimitives, QPointF(2, 2)), 80), 3 * differing);
    if (differing >= 0.02) { // for a look at what differs
        expected.save(QDir::temp().filePath(QStringLiteral("tagged-pdf-expected.png")));
        rendered.save(QDir::temp().filePath(QStringLiteral("tagged-pdf-rendered.png")));
    }
}

TEST_F(TaggedPdfPaint, RichTextLooksLikeOnAnImage)
{
    // The board pack's prose parts are QTextDocuments drawn by their layout: headings, paragraphs,
    // a bulleted list and a table with borders and shaded header cells.
    const QString html =
        QStringLiteral("<h1>Summary</h1><p>The Trust's <b>shortlisting</b> ratio improved to <i>1.06</i> ▲.</p>"
                       "<ul><li>Two actions are overdue ⚠</li><li>One is delayed</li></ul>"
                       "<table border='1' cellspacing='0' cellpadding='4'><tr><th bgcolor='#e8edee'>Band</th>"
                       "<th bgcolor='#e8edee'>BME</th></tr><tr><td>Band 5</td><td>12.0%</td></tr>"
                       "<tr><td>Band 8a and above</td><td>R</td></tr></table>");
    const auto paint = [&html](QPainter& painter) {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(painter.device());
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(11);
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        document.setTextWidth(600);
        document.setHtml(html);
        document.drawContents(&painter);
    };
    const QString path = m_scratch.path(QStringLiteral("rich.pdf"));
    ASSERT_TRUE(writePdf(path, paint).isEmpty());
    const QImage rendered = renderPage(path, 1, kDpi);
    EXPECT_GT(inkedShare(rendered), 0.01);
    EXPECT_LT(differingShare(rendered, paintImage(paint), 80), 0.01);
    const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
    for (const char* words : {"Summary", "The Trust's shortlisting ratio improved to 1.06 ▲.",
                              "Two actions are overdue", "Band 8a and above"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(words))) << words << " in " << text.toStdString();
}

TEST_F(TaggedPdfPaint, NothingIsRasterised)
{
    const QString path = m_scratch.path(QStringLiteral("primitives.pdf"));
    ASSERT_TRUE(writePdf(path, paintPrimitives).isEmpty());
    const QString said = facts(path);
    // Only the two drawImage calls draw images (the tiled pixmap is a pattern), each small.
    EXPECT_TRUE(said.contains(QStringLiteral("images @1 2 (largest 0%)"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QRegularExpression(QStringLiteral("paths @1 [1-9][0-9]"))));
    // Drawn twice, written once (both draws name the same object), its transparency a soft mask.
    const ToolRun images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    const QStringList rows = images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    const QStringList drawn = rows.filter(QRegularExpression(QStringLiteral("\\s+image\\s+40\\s+30\\s")));
    ASSERT_EQ(drawn.size(), 2) << images.out.toStdString();
    const auto object = [](const QString& row) { return row.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(10); };
    EXPECT_EQ(object(drawn[0]), object(drawn[1])) << images.out.toStdString();
    EXPECT_EQ(rows.filter(QRegularExpression(QStringLiteral("\\s+smask\\s+40\\s+30\\s"))).size(), 2);
}

TEST_F(TaggedPdfPaint, GradientIsItsAverageColour)
{
    const QString path = m_scratch.path(QStringLiteral("gradient.pdf"));
    ASSERT_TRUE(writePdf(path, [](QPainter& p) {
                    QLinearGradient gradient(QPointF(0, 0), QPointF(200, 0));
                    gradient.setColorAt(0, QColor(0, 0, 200));
                    gradient.setColorAt(1, QColor(200, 0, 0));
                    p.fillRect(QRectF(0, 0, 200, 100), gradient);
                }).isEmpty());
    const QImage page = renderPage(path, 1, kDpi);
    const QPoint middle = layout().paintRectPixels(kDpi).topLeft() + QPoint(100, 50);
    const QColor colour = page.pixelColor(middle);
    EXPECT_NEAR(colour.red(), 100, 3);
    EXPECT_NEAR(colour.blue(), 100, 3);
    EXPECT_FALSE(facts(path).contains(QStringLiteral("images @1")));
}

TEST_F(TaggedPdfPaint, ChartIsVectorsAndText)
{
    auto* chart = new QChart;
    chart->setTitle(QStringLiteral("Relative likelihood of appointment"));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* bars = new QBarSeries;
    auto* white = new QBarSet(QStringLiteral("White"));
    *white << 24.1 << 26.0;
    auto* bme = new QBarSet(QStringLiteral("BME"));
    *bme << 12.0 << 15.5;
    bme->setBrush(QBrush(Qt::darkBlue, Qt::Dense3Pattern));
    bars->append(white);
    bars->append(bme);
    chart->addSeries(bars);
    auto* line = new QLineSeries;
    line->setName(QStringLiteral("Target"));
    line->append(0, 20);
    line->append(1, 20);
    chart->addSeries(line);
    auto* years = new QBarCategoryAxis;
    years->append({QStringLiteral("2023/24"), QStringLiteral("2024/25")});
    auto* share = new QValueAxis;
    share->setRange(0, 30);
    share->setTitleText(QStringLiteral("Percentage of staff"));
    chart->addAxis(years, Qt::AlignBottom);
    chart->addAxis(share, Qt::AlignLeft);
    bars->attachAxis(years);
    bars->attachAxis(share);
    line->attachAxis(share);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(QSizeF(800, 500));

    const QString path = m_scratch.path(QStringLiteral("chart.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    TaggedPdfWriter pdf(&file, 300);
    pdf.setPageLayout(layout());
    {
        QPainter painter(&pdf);
        pdf.beginElement(StructureType::Figure, ElementOptions::alternate(QStringLiteral(
                                                    "Bar chart: White 24.1% and 26.0%, BME 12.0% and 15.5%.")));
        scene.render(&painter, QRectF(0, 0, 2000, 1250), scene.itemsBoundingRect(), Qt::KeepAspectRatio);
        pdf.endElement();
    }
    ASSERT_TRUE(pdf.finish()) << pdf.errorString().toStdString();
    file.close();
    const QString said = facts(path);
    EXPECT_FALSE(said.contains(QStringLiteral("images @"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QRegularExpression(QStringLiteral("paths @1 [1-9][0-9]+")))) << said.toStdString();
    const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
    for (const char* label :
         {"Relative likelihood of appointment", "2023/24", "2024/25", "White", "BME", "30", "Percentage of staff"})
        EXPECT_TRUE(text.contains(QLatin1String(label))) << label << " in " << text.toStdString();
    EXPECT_GT(inkedShare(renderPage(path, 1, 50)), 0.02);
}

} // namespace
