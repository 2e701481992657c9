#include "ChartStyle.h"

namespace wres::ui::report::ChartStyle {

Series series(int index)
{
    using Shape = ChartScene::Shape;
    static const Series kSeries[] = {
        {QColor(0x00, 0x5e, 0xb8), {}, Shape::Circle},
        {QColor(0x33, 0x00, 0x72), {4, 2}, Shape::Square},
        {QColor(0xa0, 0x4d, 0x00), {1, 1.6}, Shape::Triangle},
        {QColor(0x00, 0x7f, 0x3b), {5, 2, 1, 2}, Shape::Diamond},
        {QColor(0xae, 0x25, 0x73), {5, 2, 1, 2, 1, 2}, Shape::TriangleDown},
        {QColor(0x42, 0x55, 0x63), {8, 3}, Shape::Cross},
    };
    return kSeries[index % int(std::size(kSeries))];
}

QList<double> referenceDashes()
{
    return {3, 3};
}

QList<double> targetDashes()
{
    return {7, 2, 2, 2};
}

QColor referenceColour()
{
    return QColor(0x42, 0x55, 0x63);
}

QColor targetColour()
{
    return QColor(0x23, 0x1f, 0x20);
}

QColor gridColour()
{
    return QColor(0xd8, 0xdd, 0xe0);
}

QColor axisColour()
{
    return QColor(0x42, 0x55, 0x63);
}

QColor bandFill()
{
    return QColor(0xe8, 0xed, 0xee);
}

QColor bandStroke()
{
    return QColor(0x76, 0x86, 0x92);
}

} // namespace wres::ui::report::ChartStyle
