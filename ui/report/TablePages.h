#pragma once

#include "PagedPart.h"
#include "domain/Rag.h"
#include "domain/Status.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

namespace wres::ui {

// A long table of the report painted directly rather than through a QTextDocument (ten times
// faster on a 10,000-action plan, and linear: a QTextDocument table walks all its rows for every
// page): a heading, lines of introduction, optionally the status key, then the table, with
// full-width rows (an objective) among the cells. Rows are measured first and never split across
// pages (a row taller than a whole page is the one exception); the header row is repeated on every
// page, and a continued page says what it continues. Used for each theme of the action plan, the
// delayed and overdue actions, and what changed.
class TablePages : public PagedPart
{
public:
    struct Column
    {
        enum class Kind
        {
            Text,
            Due,    // the text, then "⚠ overdue" in bold when the row is overdue
            Status, // the status colour, symbol and word
            Rag,    // the RAG colour and letter
        };
        QString header;
        double share = 10; // of the page width, in per cent
        Kind kind = Kind::Text;
    };
    struct Row
    {
        bool spanning = false; // one cell across the table (an objective): cells[0] is its text
        QStringList cells;     // one per column (Status and Rag columns take status and rag instead)
        core::Status status = core::Status::None;
        core::Rag rag = core::Rag::None;
        bool overdue = false;
        int emphasis = 0; // a spanning row: how many leading characters are bold ("Objective 2")
    };
    struct Headings
    {
        QString section;   // above the title on the first page ("3. Action plan"), or empty
        QString title;     // the theme, "Delayed and overdue actions"
        QStringList intro; // lines under the title; text before the first ':' is bold
        bool statusKey = false;
        QString empty; // said under the title when there are no rows
    };

    TablePages(Headings headings, QList<Column> columns, QList<Row> rows);

    int layout(QPagedPaintDevice& device, const QSizeF& body) override;
    void paint(QPainter& painter, int page) const override;

private:
    struct Fonts
    {
        QFont body, bold, section, theme;
    };
    struct Placed
    {
        int row = 0;
        double y = 0;
        double height = 0;
    };
    double rowHeight(const Row& row) const;
    double headerHeight() const;
    double keyHeight() const;
    double introHeight() const;
    void paintIntro(QPainter& painter, double& y) const;
    void paintKey(QPainter& painter, double y) const;
    void paintHeader(QPainter& painter, double y) const;
    void paintRow(QPainter& painter, const Row& row, double y, double height) const;
    double columnX(int column) const;
    double columnWidth(int column) const;
    QString continuedTitle() const;

    Headings m_headings;
    QList<Column> m_columns;
    QList<Row> m_rows;
    Fonts m_fonts;
    QPagedPaintDevice* m_device = nullptr;
    QSizeF m_body;
    double m_padding = 0;
    double m_line = 0; // a thin rule
    QList<QList<Placed>> m_pages;
};

} // namespace wres::ui
