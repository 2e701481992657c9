#include "PdfImages.h"

#include "PdfFile.h"
#include "PdfSyntax.h"

namespace wres::ui::pdf {

PdfImages::PdfImages(PdfFile& file) : m_file(file) {}

int PdfImages::add(const QByteArray& key, const QImage& source)
{
    const QImage image = source.convertToFormat(QImage::Format_RGBA8888); // straight (not premultiplied) alpha
    const int width = image.width(), height = image.height();
    QByteArray colour, alpha;
    const bool grey = image.allGray();
    colour.reserve(qsizetype(width) * height * (grey ? 1 : 3));
    alpha.reserve(qsizetype(width) * height);
    bool opaque = true;
    for (int y = 0; y < height; ++y) {
        const uchar* row = image.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            const uchar* pixel = row + 4 * x;
            colour += char(pixel[0]);
            if (!grey) {
                colour += char(pixel[1]);
                colour += char(pixel[2]);
            }
            alpha += char(pixel[3]);
            opaque = opaque && pixel[3] == 255;
        }
    }
    const QByteArray size =
        "/Width " + QByteArray::number(width) + "/Height " + QByteArray::number(height) + "/BitsPerComponent 8";
    QByteArray entries =
        "/Type/XObject/Subtype/Image" + size + (grey ? "/ColorSpace/DeviceGray" : "/ColorSpace/DeviceRGB");
    if (!opaque) {
        const int mask = m_file.allocate();
        m_file.addStream(mask, "/Type/XObject/Subtype/Image" + size + "/ColorSpace/DeviceGray", alpha,
                         PdfFile::Compression::Best);
        entries += "/SMask " + PdfSyntax::reference(mask);
    }
    const int object = m_file.allocate();
    m_file.addStream(object, entries, colour, PdfFile::Compression::Best);
    const int index = int(m_objects.size());
    m_objects.push_back(object);
    m_lastPage.push_back(-1);
    m_byKey.insert(key, index);
    return index;
}

} // namespace wres::ui::pdf
