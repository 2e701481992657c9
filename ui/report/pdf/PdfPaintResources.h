#pragma once

#include <QByteArray>
#include <QHash>
#include <QSizeF>
#include <QTransform>

#include <utility>
#include <vector>

namespace wres::ui::pdf {

class PdfFile;

// The graphics-state parameter dictionaries (constant alpha, /ca and /CA) and tiling patterns
// (Qt's hatch brushes, texture brushes and tiled pixmaps) of a document, each written once.
class PdfPaintResources
{
public:
    explicit PdfPaintResources(PdfFile& file);

    // Fill and stroke alpha, 0-255.
    int alphaState(int fill, int stroke);
    QByteArray stateName(int index) const { return "G" + QByteArray::number(index); }
    int stateObject(int index) const { return m_states[std::size_t(index)].object; }
    bool firstStateUseOnPage(int index, int page)
    {
        return std::exchange(m_states[std::size_t(index)].lastPage, page) != page;
    }

    // An uncoloured pattern (painted in the fill colour) of one of Qt's 8x8 hatch brushes;
    // `toDefault` maps pattern space (one unit per pattern pixel) to the page's default space.
    int hatchPattern(int style, const QTransform& toDefault);
    // A coloured pattern repeating an image XObject of the given tile size.
    int imagePattern(int image, const QByteArray& imageName, const QSizeF& tile, const QTransform& toDefault);
    QByteArray patternName(int index) const { return "P" + QByteArray::number(index); }
    int patternObject(int index) const { return m_patterns[std::size_t(index)].object; }
    bool firstPatternUseOnPage(int index, int page)
    {
        return std::exchange(m_patterns[std::size_t(index)].lastPage, page) != page;
    }

    static QByteArray matrix(const QTransform& transform);

private:
    struct Resource
    {
        int object;
        int lastPage = -1;
    };
    int pattern(const QByteArray& key, const QByteArray& entries, const QByteArray& content);

    PdfFile& m_file;
    QHash<int, int> m_stateByAlpha;
    std::vector<Resource> m_states;
    QHash<QByteArray, int> m_patternByKey;
    std::vector<Resource> m_patterns;
};

} // namespace wres::ui::pdf
