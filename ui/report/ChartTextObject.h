#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QChart;
class QGraphicsScene;
class QTextCursor;

namespace wres::ui {

// Charts inside a QTextDocument as objects that paint the chart's scene with the document's
// painter: on a PDF they are vectors, not pictures. Owns the charts it was given.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kType = QTextFormat::UserObject + 1;

    explicit ChartTextObject(QObject* parent = nullptr);
    ~ChartTextObject() override;
    // Inserts the chart at the cursor, drawn in a box of the given size (document units).
    void insert(QTextCursor& cursor, QChart* chart, const QSizeF& size);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
};

} // namespace wres::ui
