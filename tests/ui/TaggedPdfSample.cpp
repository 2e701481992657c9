#include "TaggedPdfSample.h"

#include "report/pdf/TaggedPdfWriter.h"

#include <QFile>
#include <QPainter>

namespace wres::test {

using ui::pdf::ArtifactKind;
using ui::pdf::ElementOptions;
using ui::pdf::HeaderScope;
using ui::pdf::ListNumbering;
using ui::pdf::StructureType;
using ui::pdf::TaggedPdfWriter;

namespace {

QFont font(double points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Opens an element for its scope.
class Tag
{
public:
    Tag(TaggedPdfWriter& pdf, StructureType type, const ElementOptions& options = {}) : m_pdf(pdf)
    {
        m_pdf.beginElement(type, options);
    }
    ~Tag() { m_pdf.endElement(); }
    Tag(const Tag&) = delete;
    Tag& operator=(const Tag&) = delete;

private:
    TaggedPdfWriter& m_pdf;
};

class Artifact
{
public:
    Artifact(TaggedPdfWriter& pdf, ArtifactKind kind) : m_pdf(pdf) { m_pdf.beginArtifact(kind); }
    ~Artifact() { m_pdf.endArtifact(); }
    Artifact(const Artifact&) = delete;
    Artifact& operator=(const Artifact&) = delete;

private:
    TaggedPdfWriter& m_pdf;
};

void pageFurniture(TaggedPdfWriter& pdf, QPainter& painter, int page)
{
    const double width = pdf.width();
    painter.save();
    painter.setPen(Qt::black);
    {
        Artifact header(pdf, ArtifactKind::Header);
        painter.setFont(font(8));
        painter.drawText(QPointF(0, 40), QStringLiteral("WRES board paper"));
    }
    {
        Artifact rule(pdf, ArtifactKind::Layout);
        painter.drawLine(QPointF(0, 60), QPointF(width, 60));
    }
    {
        Artifact footer(pdf, ArtifactKind::Footer);
        painter.setFont(font(8));
        painter.drawText(QRectF(0, pdf.height() - 60, width, 60), Qt::AlignCenter,
                         QStringLiteral("Page %1 of 3").arg(page));
    }
    {
        Artifact marks(pdf, ArtifactKind::Page);
        painter.drawLine(QPointF(0, pdf.height()), QPointF(30, pdf.height()));
    }
    painter.restore();
}

void contentsPage(TaggedPdfWriter& pdf, QPainter& painter)
{
    {
        Artifact background(pdf, ArtifactKind::Background);
        painter.fillRect(QRectF(0, 80, pdf.width(), 200), QColor(0xe8, 0xed, 0xee));
    }
    pageFurniture(pdf, painter, 1);
    pdf.addDestination(QStringLiteral("contents"), QPointF(0, 100));
    pdf.addBookmark(QStringLiteral("Contents"), 1, QPointF(0, 100));
    painter.setFont(font(20, true));
    {
        Tag h1(pdf, StructureType::H1);
        painter.drawText(QPointF(0, 200), QStringLiteral("WRES board paper 2024/25"));
    }
    Tag toc(pdf, StructureType::TOC);
    painter.setFont(font(11));
    const QList<std::pair<QString, QString>> entries = {{QStringLiteral("1 Summary"), QStringLiteral("summary")},
                                                        {QStringLiteral("2 Action plan"), QStringLiteral("plan")}};
    double y = 400;
    int page = 2;
    for (const auto& [title, destination] : entries) {
        Tag item(pdf, StructureType::TOCI);
        Tag link(pdf, StructureType::Link);
        const QRectF area(0, y - 45, 1500, 60);
        painter.drawText(QPointF(0, y), title);
        painter.drawText(QPointF(1400, y), QString::number(page++));
        pdf.addLink(area, destination, QStringLiteral("Go to ") + title);
        y += 80;
    }
}

void summaryPage(TaggedPdfWriter& pdf, QPainter& painter)
{
    pageFurniture(pdf, painter, 2);
    Tag sect(pdf, StructureType::Sect);
    pdf.addDestination(QStringLiteral("summary"), QPointF(0, 100));
    pdf.addBookmark(QStringLiteral("1 Summary"), 1, QPointF(0, 100));
    {
        Tag h1(pdf, StructureType::H1);
        painter.setFont(font(20, true));
        painter.drawText(QPointF(0, 200), QStringLiteral("1 Summary"));
    }
    painter.setFont(font(9));
    {
        Tag p(pdf, StructureType::P);
        painter.drawText(QPointF(0, 300), QStringLiteral("The Trust's staff survey shows progress."));
        ElementOptions welsh;
        welsh.language = QStringLiteral("cy");
        Tag span(pdf, StructureType::Span, welsh);
        painter.drawText(QPointF(0, 345), QStringLiteral("Croeso i'r adroddiad ŵ ŷ"));
    }
    pdf.addBookmark(QStringLiteral("1.1 Key messages"), 2, QPointF(0, 400));
    {
        Tag h2(pdf, StructureType::H2);
        painter.setFont(font(14, true));
        painter.drawText(QPointF(0, 460), QStringLiteral("1.1 Key messages"));
    }
    painter.setFont(font(9));
    {
        Tag list(pdf, StructureType::L, ElementOptions::list(ListNumbering::Disc));
        // Each item's symbol is a span whose actual text says what it means.
        const QList<std::pair<QString, QString>> items = {
            {QStringLiteral("Shortlisting ratio improved"), QStringLiteral("▲")},
            {QStringLiteral("Two actions are overdue"), QStringLiteral("⚠")}};
        const QStringList meanings = {QStringLiteral("(up)"), QStringLiteral("(warning)")};
        double y = 540;
        for (qsizetype i = 0; i < items.size(); ++i) {
            Tag li(pdf, StructureType::LI);
            {
                Tag label(pdf, StructureType::Lbl);
                painter.drawText(QPointF(20, y), QStringLiteral("•"));
            }
            Tag body(pdf, StructureType::LBody);
            painter.drawText(QPointF(80, y), items[i].first);
            Tag symbol(pdf, StructureType::Span);
            pdf.setActualText(meanings[i]);
            painter.drawText(QPointF(700, y), items[i].second);
            y += 45;
        }
    }
    pdf.addBookmark(QStringLiteral("Figures"), 3, QPointF(0, 680));
    {
        Tag h3(pdf, StructureType::H3);
        painter.setFont(font(11, true));
        painter.drawText(QPointF(0, 720), QStringLiteral("Figures"));
    }
    painter.setFont(font(10, true));
    const StructureType deeper[] = {StructureType::H4, StructureType::H5, StructureType::H6};
    const QString deeperTitles[] = {QStringLiteral("Shortlisting"), QStringLiteral("By band"),
                                    QStringLiteral("Bands 5-7")};
    for (int level = 0; level < 3; ++level) {
        Tag heading(pdf, deeper[level]);
        painter.drawText(QPointF(0, 780 + 50 * level), deeperTitles[level]);
    }
    {
        Tag figure(pdf, StructureType::Figure,
                   ElementOptions::alternate(QStringLiteral("Bar chart: White staff 24.1%, BME staff 12.0%.")));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x00, 0x5e, 0xb8));
        painter.drawRect(QRectF(200, 1000, 482, 80));
        painter.setBrush(QBrush(QColor(0x42, 0x55, 0x63), Qt::DiagCrossPattern));
        painter.drawRect(QRectF(200, 1100, 240, 80));
        painter.setPen(QPen(Qt::black, 3));
        painter.drawLine(QPointF(200, 980), QPointF(200, 1200));
        painter.setFont(font(8));
        painter.drawText(QPointF(0, 1050), QStringLiteral("White"));
        painter.drawText(QPointF(0, 1150), QStringLiteral("BME"));
    }
    painter.setPen(Qt::black);
    painter.setFont(font(9));
    Tag p(pdf, StructureType::P);
    painter.drawText(QPointF(0, 1300), QStringLiteral("Based on small numbers"));
    Tag note(pdf, StructureType::Note);
    painter.drawText(QPointF(600, 1300), QStringLiteral("1 Fewer than 20 cases."));
}

void planPage(TaggedPdfWriter& pdf, QPainter& painter)
{
    pageFurniture(pdf, painter, 3);
    {
        Artifact watermark(pdf, ArtifactKind::Watermark);
        painter.save();
        painter.translate(1200, 2400);
        painter.rotate(-30);
        painter.setFont(font(40, true));
        painter.setPen(QColor(0, 0, 0, 40));
        painter.drawText(QPointF(0, 0), QStringLiteral("DRAFT"));
        painter.restore();
    }
    Tag part(pdf, StructureType::Part);
    Tag sect(pdf, StructureType::Sect);
    pdf.addDestination(QStringLiteral("plan"), QPointF(0, 100));
    pdf.addBookmark(QStringLiteral("2 Action plan"), 1, QPointF(0, 100));
    {
        Tag h1(pdf, StructureType::H1);
        painter.setFont(font(20, true));
        painter.drawText(QPointF(0, 200), QStringLiteral("2 Action plan"));
    }
    const double columns[] = {0, 300, 1400, 2100};
    double y = 300;
    { // the table ends before the paragraph below
        Tag table(pdf, StructureType::Table);
        {
            Tag caption(pdf, StructureType::Caption);
            painter.setFont(font(9, false, true));
            painter.drawText(QPointF(0, y), QStringLiteral("Table 1: actions by theme"));
        }
        y += 60;
        const auto row = [&](const QStringList& cells, StructureType first, StructureType rest,
                             const ElementOptions& firstOptions, const ElementOptions& restOptions, bool bold) {
            Tag tr(pdf, StructureType::TR);
            painter.fillRect(QRectF(0, y - 40, columns[3], 55), QColor(0xf4, 0xf6, 0xf7)); // shading: an artifact
            painter.setFont(font(9, bold));
            for (int c = 0; c < int(cells.size()); ++c) {
                Tag cell(pdf, c == 0 ? first : rest, c == 0 ? firstOptions : restOptions);
                painter.drawText(QPointF(columns[c] + 10, y), cells[c]);
            }
            painter.drawLine(QPointF(0, y + 15), QPointF(columns[3], y + 15)); // a rule: an artifact
            y += 60;
        };
        {
            Tag head(pdf, StructureType::THead);
            const ElementOptions column = ElementOptions::header(HeaderScope::Column);
            row({QStringLiteral("Ref"), QStringLiteral("Action"), QStringLiteral("Status")}, StructureType::TH,
                StructureType::TH, column, column, true);
        }
        {
            Tag body(pdf, StructureType::TBody);
            const ElementOptions rowHeader = ElementOptions::header(HeaderScope::Row);
            row({QStringLiteral("1.1.1"), QStringLiteral("Reverse mentoring"), QStringLiteral("Complete ✓")},
                StructureType::TH, StructureType::TD, rowHeader, {}, false);
            row({QStringLiteral("1.1.2"), QStringLiteral("Shortlisting panels — ≥ 2 members"),
                 QStringLiteral("Delayed ▼")},
                StructureType::TH, StructureType::TD, rowHeader, {}, false);
        }
        {
            Tag foot(pdf, StructureType::TFoot);
            ElementOptions spanning;
            spanning.columnSpan = 3;
            Tag tr(pdf, StructureType::TR);
            Tag td(pdf, StructureType::TD, spanning);
            painter.setFont(font(9, true, true));
            painter.drawText(QPointF(10, y), QStringLiteral("2 actions ± 0"));
        }
    }
    y += 100;
    Tag div(pdf, StructureType::Div);
    Tag p(pdf, StructureType::P);
    painter.setFont(font(9));
    painter.drawText(QPointF(0, y), QStringLiteral("Back to the"));
    {
        Tag link(pdf, StructureType::Link);
        painter.drawText(QPointF(230, y), QStringLiteral("contents"));
        pdf.addLink(QRectF(230, y - 40, 200, 50), QStringLiteral("contents"), QStringLiteral("Back to the contents"));
    }
    {
        Tag link(pdf, StructureType::Link);
        painter.drawText(QPointF(500, y), QStringLiteral("WRES guidance"));
        pdf.addUriLink(QRectF(500, y - 40, 400, 50), QStringLiteral("https://www.england.nhs.uk/wres/"),
                       QStringLiteral("The WRES guidance on the NHS England website"));
    }
}

} // namespace

SampleResult writeSampleDocument(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, file.errorString(), {}};
    TaggedPdfWriter pdf(&file, 300);
    pdf.setTitle(QStringLiteral("WRES board paper 2024/25"));
    pdf.setAuthor(QStringLiteral("EDI team"));
    pdf.setSubject(QStringLiteral("Workforce Race Equality Standard"));
    pdf.setCreator(QStringLiteral("WRES Tracker tests"));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                                  QPageLayout::Millimeter));
    QPainter painter(&pdf);
    {
        Tag document(pdf, StructureType::Document);
        contentsPage(pdf, painter);
        pdf.newPage();
        summaryPage(pdf, painter);
        pdf.newPage();
        planPage(pdf, painter);
    }
    painter.end();
    SampleResult result;
    result.finished = pdf.finish();
    result.error = pdf.errorString();
    result.warnings = pdf.warnings();
    return result;
}

} // namespace wres::test
