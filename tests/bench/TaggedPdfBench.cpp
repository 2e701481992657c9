// The tagged-PDF writer against QPdfWriter on the board pack's bulk: 2,000 A4 pages of 9 pt table
// text (about 60 rows of 3-6 cells a page, wrapped with QTextLayout), tagged Table/TR/TH/TD with a
// heading per table, the repeated header row and the page footer as artifacts. Reports wall time,
// peak resident memory of the run (the high-water mark is reset first) and the file size.
// NoWriter paints the same pages on a device that draws nothing: the layout's share of both.
// Run one at a time for a clean memory figure: --benchmark_filter=TaggedPdfWriter (or QPdfWriter).
#include "report/pdf/TaggedPdfWriter.h"

#include <QApplication>
#include <QFile>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextLayout>

#include <benchmark/benchmark.h>
#include <functional>
#include <optional>

namespace {

using wres::ui::pdf::ArtifactKind;
using wres::ui::pdf::ElementOptions;
using wres::ui::pdf::HeaderScope;
using wres::ui::pdf::StructureType;
using wres::ui::pdf::TaggedPdfWriter;

constexpr int kPages = 2000;
constexpr int kPagesPerTable = 20;

const char* const kWords[] = {"staff",    "survey",    "Black",        "band",       "recruitment", "progress",
                              "the",      "of",        "board",        "Trust",      "equality",    "action",
                              "review",   "and",       "shortlisting", "likelihood", "appointed",   "network",
                              "2024/25",  "complete",  "delayed",      "leadership", "manager",     "disciplinary",
                              "training", "workforce", "report",       "to"};

// The same pseudo-random text for both writers.
class Words
{
public:
    QString next(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i) {
            m_state = m_state * 1103515245u + 12345u;
            if (i)
                text += QLatin1Char(' ');
            text += QLatin1String(kWords[(m_state >> 16) % (sizeof kWords / sizeof *kWords)]);
        }
        return text;
    }
    int between(int low, int high)
    {
        m_state = m_state * 1103515245u + 12345u;
        return low + int((m_state >> 16) % unsigned(high - low + 1));
    }

private:
    unsigned m_state = 1;
};

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toDouble() / 1024.0;
    return 0;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Cell
{
    Cell(const QString& text, const QFont& font, QPaintDevice* device) : layout(text, font, device) {}
    QTextLayout layout;
    double height = 0;
};

// Paints the pages; `pdf` is null for QPdfWriter, which cannot tag.
void paintPages(QPaintDevice& device, const std::function<bool()>& newPage, TaggedPdfWriter* pdf)
{
    const auto tag = [pdf](StructureType type, const ElementOptions& options = {}) {
        if (pdf)
            pdf->beginElement(type, options);
    };
    const auto end = [pdf] {
        if (pdf)
            pdf->endElement();
    };
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(9);
    body.setStyleStrategy(QFont::PreferNoShaping);
    QFont bold = body;
    bold.setBold(true);
    QFont heading = bold;
    heading.setPointSizeF(14);
    const double width = device.width(), height = device.height();
    const double padding = device.logicalDpiX() * 0.008;
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    Words words;
    QPainter painter(&device);
    painter.setPen(Qt::black);
    tag(StructureType::Document);
    for (int page = 0; page < kPages; ++page) {
        if (page > 0)
            newPage();
        const int columns = words.between(3, 6);
        const double columnWidth = width / columns;
        double y = 0;
        if (page % kPagesPerTable == 0) {
            if (page > 0) {
                end(); // TBody
                end(); // Table
                end(); // Sect
            }
            tag(StructureType::Sect);
            tag(StructureType::H1);
            painter.setFont(heading);
            const QString title = QStringLiteral("Table %1: ").arg(page / kPagesPerTable + 1) + words.next(4);
            painter.drawText(QPointF(0, y + 60), title);
            if (pdf)
                pdf->addBookmark(title, 1, QPointF(0, y));
            end();
            y += 90;
            tag(StructureType::Table);
        }
        // The header row: content on a table's first page, a repeated artifact after.
        const bool first = page % kPagesPerTable == 0;
        if (pdf && !first)
            pdf->beginArtifact(ArtifactKind::Layout);
        if (first) {
            tag(StructureType::THead);
            tag(StructureType::TR);
        }
        painter.setFont(bold);
        for (int c = 0; c < columns; ++c) {
            if (first)
                tag(StructureType::TH, ElementOptions::header(HeaderScope::Column));
            painter.drawText(QPointF(c * columnWidth + padding, y + 40), QStringLiteral("Column %1").arg(c + 1));
            if (first)
                end();
        }
        if (first) {
            end(); // TR
            end(); // THead
            tag(StructureType::TBody);
        }
        if (pdf && !first)
            pdf->endArtifact();
        y += 55;
        painter.drawLine(QPointF(0, y), QPointF(width, y));
        const double footer = height - 60;
        while (true) {
            std::vector<std::unique_ptr<Cell>> cells;
            double rowHeight = 0;
            for (int c = 0; c < columns; ++c) {
                auto cell = std::make_unique<Cell>(words.next(words.between(1, 7 - columns)), body, &device);
                cell->layout.setTextOption(wrap);
                cell->layout.beginLayout();
                for (QTextLine line = cell->layout.createLine(); line.isValid(); line = cell->layout.createLine()) {
                    line.setLineWidth(columnWidth - 2 * padding);
                    line.setPosition(QPointF(0, cell->height));
                    cell->height += line.height();
                }
                cell->layout.endLayout();
                rowHeight = std::max(rowHeight, cell->height + 2 * padding);
                cells.push_back(std::move(cell));
            }
            if (y + rowHeight > footer)
                break;
            tag(StructureType::TR);
            for (int c = 0; c < columns; ++c) {
                tag(StructureType::TD);
                cells[std::size_t(c)]->layout.draw(&painter, QPointF(c * columnWidth + padding, y + padding));
                end();
            }
            end();
            y += rowHeight;
            painter.drawLine(QPointF(0, y), QPointF(width, y)); // a rule: an artifact of the TBody
        }
        if (pdf)
            pdf->beginArtifact(ArtifactKind::Footer);
        painter.setFont(body);
        painter.drawText(QRectF(0, footer, width, 60), Qt::AlignCenter,
                         QStringLiteral("Page %1 of %2").arg(page + 1).arg(kPages));
        if (pdf)
            pdf->endArtifact();
    }
    end(); // TBody
    end(); // Table
    end(); // Sect
    end(); // Document
    painter.end();
}

// The same pages painted on a device that draws nothing: Qt's text layout and QPainter's own
// work, the part of both figures that is no writer's.
class NullEngine : public QPaintEngine
{
public:
    NullEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override {}
    using QPaintEngine::drawEllipse;
    using QPaintEngine::drawLines;
    using QPaintEngine::drawPoints;
    using QPaintEngine::drawPolygon;
    using QPaintEngine::drawRects;
    void drawRects(const QRectF*, int) override {}
    void drawLines(const QLineF*, int) override {}
    void drawEllipse(const QRectF&) override {}
    void drawPath(const QPainterPath&) override {}
    void drawPoints(const QPointF*, int) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawTextItem(const QPointF&, const QTextItem& item) override { benchmark::DoNotOptimize(item.text()); }
    Type type() const override { return QPaintEngine::User; }
};

class NullDevice : public QPaintDevice
{
public:
    QPaintEngine* paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        const QRect printable = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                                            QPageLayout::Millimeter)
                                    .paintRectPixels(300);
        switch (metric) {
        case PdmWidth:
            return printable.width();
        case PdmHeight:
            return printable.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 300;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return metric == PdmDepth ? 32 : 1;
        }
    }

private:
    mutable NullEngine m_engine;
};

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 14),
                       QPageLayout::Millimeter);
}

void TaggedPdfWriter2000Pages(benchmark::State& state)
{
    QTemporaryDir dir;
    // WRES_BENCH_PDF keeps the file for a look.
    const QString path = qEnvironmentVariableIsSet("WRES_BENCH_PDF") ? qEnvironmentVariable("WRES_BENCH_PDF")
                                                                     : dir.filePath(QStringLiteral("tagged.pdf"));
    for (auto _ : state) {
        resetPeak();
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        TaggedPdfWriter pdf(&file, 300);
        pdf.setTitle(QStringLiteral("Benchmark"));
        pdf.setPageLayout(a4());
        paintPages(
            pdf, [&pdf] { return pdf.newPage(); }, &pdf);
        if (!pdf.finish())
            state.SkipWithError(pdf.errorString().toUtf8().constData());
        file.close();
        state.counters["peak_MB"] = peakMegabytes();
        state.counters["file_MB"] = double(QFile(path).size()) / (1024 * 1024);
        state.counters["pages"] = pdf.pageCount();
    }
}

void QPdfWriter2000Pages(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qpdfwriter.pdf"));
    for (auto _ : state) {
        resetPeak();
        {
            QPdfWriter writer(path);
            writer.setResolution(300);
            writer.setPageLayout(a4());
            paintPages(
                writer, [&writer] { return writer.newPage(); }, nullptr);
        }
        state.counters["peak_MB"] = peakMegabytes();
        state.counters["file_MB"] = double(QFile(path).size()) / (1024 * 1024);
    }
}

void NoWriter2000Pages(benchmark::State& state)
{
    for (auto _ : state) {
        resetPeak();
        NullDevice device;
        paintPages(
            device, [] { return true; }, nullptr);
        state.counters["peak_MB"] = peakMegabytes();
    }
}

} // namespace

BENCHMARK(NoWriter2000Pages)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(TaggedPdfWriter2000Pages)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(QPdfWriter2000Pages)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
