#include "ChartTextObject.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextCursor>

namespace wres::ui {
namespace {

constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kChartSize = QTextFormat::UserProperty + 2;
// Charts are laid out at a screen-like width, with their box's proportions, then scaled into the
// box, fonts and all.
constexpr double kLogicalWidth = 960;

} // namespace

ChartTextObject::ChartTextObject(QObject* parent) : QObject(parent) {}

ChartTextObject::~ChartTextObject() = default;

void ChartTextObject::insert(QTextCursor& cursor, QChart* chart, const QSizeF& size)
{
    auto scene = std::make_unique<QGraphicsScene>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->resize(QSizeF(kLogicalWidth, kLogicalWidth * size.height() / size.width())); // never shown: size by hand
    scene->addItem(chart);
    m_scenes.push_back(std::move(scene));
    QTextCharFormat format;
    format.setObjectType(kType);
    format.setProperty(kChartIndex, int(m_scenes.size() - 1));
    format.setProperty(kChartSize, size);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return format.property(kChartSize).toSizeF();
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format)
{
    const int index = format.property(kChartIndex).toInt();
    if (index < 0 || index >= int(m_scenes.size()))
        return;
    QGraphicsScene& scene = *m_scenes[std::size_t(index)];
    scene.render(painter, rect, scene.itemsBoundingRect(), Qt::KeepAspectRatio);
}

} // namespace wres::ui
