#include "ActionTableView.h"

#include "ActionTableModel.h"
#include "widgets/TopAlignedDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace wres::ui {
namespace {

constexpr int kMeasureAllUpTo = 400;

// Default widths in average characters: enough for the usual content, wrapping the rest.
int widthOf(int column)
{
    switch (column) {
    case ActionTableModel::ReferenceColumn:
        return 6;
    case ActionTableModel::ThemeColumn:
        return 12;
    case ActionTableModel::LeadsColumn:
        return 14;
    case ActionTableModel::TimescaleColumn:
        return 14;
    case ActionTableModel::DueColumn:
        return 11;
    case ActionTableModel::StatusColumn:
        return 14; // "In progress" on one line beside its symbol
    case ActionTableModel::RagColumn:
        return 10; // "G Green": the symbol and the word
    case ActionTableModel::IndicatorsColumn:
        return 9;
    case ActionTableModel::LastUpdateColumn:
        return 11;
    default:
        return 30;
    }
}

} // namespace

ActionTableView::ActionTableView(QWidget* parent) : QTableView(parent), m_sizing(new QTimer(this))
{
    setObjectName(QStringLiteral("actionTable"));
    setAccessibleName(tr("Actions"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setTabKeyNavigation(false);                    // Tab moves on to the editor; arrows move between actions
    setItemDelegate(new TopAlignedDelegate(this)); // status and RAG symbols beside their words
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setMinimumSectionSize(36);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setToolTip(tr("Right-click to choose the columns shown"));
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ActionTableView::showColumnMenu);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &ActionTableView::scheduleSizing);
    // A column the user drags wider or narrower, or moves, is their layout: no more fitting.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (QApplication::mouseButtons() & Qt::LeftButton)
            m_fitWhenShown = false;
    });
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { m_fitWhenShown = false; });
    m_sizing->setSingleShot(true);
    m_sizing->setInterval(0);
    connect(m_sizing, &QTimer::timeout, this, &ActionTableView::sizeVisibleRows);
    setOneLine(false);
}

int ActionTableView::defaultWidth(int column) const
{
    return std::max(fontMetrics().averageCharWidth() * widthOf(column) + 12, headingWidth(column));
}

int ActionTableView::headingWidth(int column) const
{
    const QString heading = model() ? model()->headerData(column, Qt::Horizontal).toString() : QString();
    QFont font = horizontalHeader()->font();
    font.setBold(true); // the style may embolden the heading of the sorted column
    return QFontMetrics(font).horizontalAdvance(heading) + style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 +
           style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 8;
}

void ActionTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    // Never narrower than its heading (with room for the sort arrow), so no heading is cut.
    for (int column = 0; column < ActionTableModel::ColumnCount; ++column)
        setColumnWidth(column, defaultWidth(column));
    horizontalHeader()->setSectionResizeMode(ActionTableModel::ActionColumn, QHeaderView::Stretch);
    setColumnHidden(ActionTableModel::TimescaleColumn, true); // the Due column reads it; its tooltip says it
    connect(model, &QAbstractItemModel::modelReset, this, &ActionTableView::scheduleSizing);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ActionTableView::scheduleSizing);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ActionTableView::scheduleSizing);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ActionTableView::scheduleSizing);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        // One action changed: its row may need another height.
        if (!m_oneLine && from.row() == to.row())
            resizeRowToContents(from.row());
        else
            scheduleSizing();
    });
}

void ActionTableView::setOneLine(bool oneLine)
{
    m_oneLine = oneLine;
    setWordWrap(!oneLine);
    setTextElideMode(oneLine ? Qt::ElideRight : Qt::ElideNone);
    const int line = fontMetrics().lineSpacing() + 8;
    verticalHeader()->setDefaultSectionSize(line);
    verticalHeader()->setMinimumSectionSize(line);
    if (oneLine && model())
        for (int row = 0; row < model()->rowCount(); ++row)
            setRowHeight(row, line);
    scheduleSizing();
}

void ActionTableView::fitColumnsTo(int width)
{
    const int readable = fontMetrics().averageCharWidth() * 25;
    int used = 0;
    // Always shown first; then the others while the action keeps a readable width.
    const int always[] = {ActionTableModel::ReferenceColumn, ActionTableModel::LeadsColumn, ActionTableModel::DueColumn,
                          ActionTableModel::StatusColumn, ActionTableModel::RagColumn};
    const int optional[] = {ActionTableModel::ThemeColumn, ActionTableModel::IndicatorsColumn,
                            ActionTableModel::LastUpdateColumn};
    // Default widths (a hidden column has none of its own to measure).
    for (int column : always) {
        setColumnHidden(column, false);
        used += defaultWidth(column);
    }
    for (int column : optional) {
        const bool fits = used + defaultWidth(column) + readable <= width;
        setColumnHidden(column, !fits);
        if (fits)
            used += defaultWidth(column);
    }
    setColumnHidden(ActionTableModel::TimescaleColumn, true);
}

void ActionTableView::scheduleSizing()
{
    if (!m_oneLine)
        m_sizing->start();
}

void ActionTableView::sizeVisibleRows()
{
    if (m_oneLine || !model())
        return;
    // A plan of the usual size is measured whole, so scrolling never moves a row under the reader;
    // a very large one only where the reader looks.
    if (model()->rowCount() <= kMeasureAllUpTo) {
        for (int row = 0; row < model()->rowCount(); ++row)
            resizeRowToContents(row);
        return;
    }
    const int height = viewport()->height();
    int row = rowAt(0);
    if (row < 0)
        row = 0;
    // Measuring a row can make it taller and push the next ones down: walk until past the bottom.
    for (; row < model()->rowCount() && rowViewportPosition(row) < height; ++row)
        resizeRowToContents(row);
}

void ActionTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    // Until the user lays the columns out themselves, they follow the table's width.
    if (m_fitWhenShown && isVisible() && viewport()->width() > 100)
        fitColumnsTo(viewport()->width());
    scheduleSizing();
}

void ActionTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (dy)
        scheduleSizing();
}

void ActionTableView::showColumnMenu(const QPoint& at)
{
    QMenu menu(this);
    for (int column = 0; column < ActionTableModel::ColumnCount; ++column) {
        if (column == ActionTableModel::ActionColumn)
            continue;
        QAction* toggle = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!isColumnHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            m_fitWhenShown = false; // the user's own choice from now on
            setColumnHidden(column, !shown);
        });
    }
    menu.exec(horizontalHeader()->mapToGlobal(at));
}

} // namespace wres::ui
