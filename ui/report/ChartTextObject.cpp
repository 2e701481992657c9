#include "ChartTextObject.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QTextCursor>

namespace wres::ui {
namespace {

constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kChartSize = QTextFormat::UserProperty + 2;
// Charts are laid out at a screen-like width, with their box's proportions, then scaled into the
// box, fonts and all.
constexpr double kLogicalWidth = 960;

QFont withoutLigatures(QFont font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

// A PDF reader must find "staff" in a chart as s-t-a-f-f, not with an "ff" glyph: every text of the
// chart is set without ligatures (scripts that need shaping keep it).
void noLigatures(QChart& chart)
{
    chart.setTitleFont(withoutLigatures(chart.titleFont()));
    chart.legend()->setFont(withoutLigatures(chart.legend()->font()));
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsFont(withoutLigatures(axis->labelsFont()));
        axis->setTitleFont(withoutLigatures(axis->titleFont()));
    }
}

} // namespace

ChartTextObject::ChartTextObject(QObject* parent) : QObject(parent) {}

ChartTextObject::~ChartTextObject() = default;

void ChartTextObject::insert(QTextCursor& cursor, QChart* chart, const QSizeF& size)
{
    auto scene = std::make_unique<QGraphicsScene>();
    chart->setAnimationOptions(QChart::NoAnimation);
    noLigatures(*chart);
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
