#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>

#include <utility>
#include <vector>

namespace wres::ui::pdf {

class PdfFile;

// Image XObjects (ISO 32000-1, 8.9.5): 8-bit DeviceRGB (DeviceGray when the image is grey),
// Flate-compressed, with a soft mask for transparency. Each distinct image is written once, when
// first drawn, under a key naming its pixels (QImage/QPixmap cache key and source rectangle).
class PdfImages
{
public:
    explicit PdfImages(PdfFile& file);

    // The image under this key, or -1 when it has not been written yet.
    int find(const QByteArray& key) const { return m_byKey.value(key, -1); }
    // Writes the image now; returns its index.
    int add(const QByteArray& key, const QImage& image);
    int object(int index) const { return m_objects[std::size_t(index)]; }
    QByteArray resourceName(int index) const { return "Im" + QByteArray::number(index); }
    bool firstUseOnPage(int index, int page) { return std::exchange(m_lastPage[std::size_t(index)], page) != page; }

private:
    PdfFile& m_file;
    QHash<QByteArray, int> m_byKey;
    std::vector<int> m_objects;
    std::vector<int> m_lastPage;
};

} // namespace wres::ui::pdf
