#pragma once

#include <QTableView>

class QTimer;

namespace wres::ui {

// The table of actions as a reader needs it: rows as tall as their wrapped text (or one line each,
// a setting), the Action column taking the room left, columns shown or hidden from the header's
// menu, and Tab leaving the table rather than walking its cells. A plan of a few hundred actions has
// every row measured; a larger one only the rows in view, as they come into view, so a plan of
// 10,000 actions stays quick.
class ActionTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ActionTableView(QWidget* parent = nullptr);

    void setOneLine(bool oneLine);
    bool oneLine() const { return m_oneLine; }
    // Shows the columns that fit a table this wide (Action keeps at least a readable width); the
    // user's own choice, once made, is kept in the header's state instead.
    void fitColumnsTo(int width);
    // Fits the columns to the table's width when shown and as it is resized, until the user lays
    // them out themselves (drags, moves, or chooses columns); no layout of the user's yet.
    void fitColumnsWhenShown() { m_fitWhenShown = true; }
    // Measures the rows in view now (normally done once the event loop runs).
    void sizeVisibleRows();

    void setModel(QAbstractItemModel* model) override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void scheduleSizing();
    // The width a column needs to show its heading whole, and its width before the user's own.
    int headingWidth(int column) const;
    int defaultWidth(int column) const;
    void showColumnMenu(const QPoint& at);

    QTimer* m_sizing;
    bool m_oneLine = false;
    bool m_fitWhenShown = false;
};

} // namespace wres::ui
