#include "PdfPaintResources.h"

#include "PdfFile.h"
#include "PdfSyntax.h"

#include <QBrush>
#include <QImage>
#include <QPainter>

namespace wres::ui::pdf {
namespace {

// Qt's own pixels for a hatch brush, read back from the raster engine, so the PDF shows the
// pattern that the screen and printer show.
QByteArray hatchCell(int style)
{
    QImage cell(8, 8, QImage::Format_ARGB32_Premultiplied);
    cell.fill(Qt::transparent);
    {
        QPainter painter(&cell);
        painter.fillRect(QRect(0, 0, 8, 8), QBrush(Qt::black, Qt::BrushStyle(style)));
    }
    QByteArray content;
    for (int y = 0; y < 8; ++y) {
        for (int x = 0; x < 8;) {
            if (qAlpha(cell.pixel(x, y)) < 128) {
                ++x;
                continue;
            }
            int end = x;
            while (end < 8 && qAlpha(cell.pixel(end, y)) >= 128)
                ++end;
            content +=
                QByteArray::number(x) + ' ' + QByteArray::number(y) + ' ' + QByteArray::number(end - x) + " 1 re\n";
            x = end;
        }
    }
    return content + "f\n";
}

} // namespace

PdfPaintResources::PdfPaintResources(PdfFile& file) : m_file(file) {}

QByteArray PdfPaintResources::matrix(const QTransform& t)
{
    QByteArray out = "[";
    for (const double v : {t.m11(), t.m12(), t.m21(), t.m22()}) {
        PdfSyntax::appendReal(out, v, 6);
        out += ' ';
    }
    PdfSyntax::appendReal(out, t.dx(), 4);
    out += ' ';
    PdfSyntax::appendReal(out, t.dy(), 4);
    return out + ']';
}

int PdfPaintResources::alphaState(int fill, int stroke)
{
    const int key = fill << 8 | stroke;
    const auto known = m_stateByAlpha.constFind(key);
    if (known != m_stateByAlpha.constEnd())
        return known.value();
    const int object = m_file.allocate();
    m_file.addObject(object, "<</Type/ExtGState/ca " + PdfSyntax::real(fill / 255.0, 4) + "/CA " +
                                 PdfSyntax::real(stroke / 255.0, 4) + ">>");
    const int index = int(m_states.size());
    m_states.push_back({object});
    m_stateByAlpha.insert(key, index);
    return index;
}

int PdfPaintResources::pattern(const QByteArray& key, const QByteArray& entries, const QByteArray& content)
{
    const auto known = m_patternByKey.constFind(key);
    if (known != m_patternByKey.constEnd())
        return known.value();
    const int object = m_file.allocate();
    m_file.addStream(object, entries, content, PdfFile::Compression::Best);
    const int index = int(m_patterns.size());
    m_patterns.push_back({object});
    m_patternByKey.insert(key, index);
    return index;
}

int PdfPaintResources::hatchPattern(int style, const QTransform& toDefault)
{
    const QByteArray placement = matrix(toDefault);
    return pattern("hatch " + QByteArray::number(style) + placement,
                   "/Type/Pattern/PatternType 1/PaintType 2/TilingType 1/BBox [0 0 8 8]/XStep 8/YStep 8"
                   "/Resources <<>>/Matrix " +
                       placement,
                   hatchCell(style));
}

int PdfPaintResources::imagePattern(int image, const QByteArray& imageName, const QSizeF& tile,
                                    const QTransform& toDefault)
{
    const QByteArray placement = matrix(toDefault);
    const QByteArray w = PdfSyntax::real(tile.width(), 4), h = PdfSyntax::real(tile.height(), 4);
    return pattern("image " + QByteArray::number(image) + ' ' + w + ' ' + h + placement,
                   "/Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox [0 0 " + w + ' ' + h + "]/XStep " + w +
                       "/YStep " + h + "/Resources <</XObject <</" + imageName + ' ' + PdfSyntax::reference(image) +
                       ">>>>/Matrix " + placement,
                   w + " 0 0 -" + h + " 0 " + h + " cm /" + imageName + " Do\n");
}

} // namespace wres::ui::pdf
