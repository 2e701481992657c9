#pragma once

#include "report/chart/ChartSpec.h"
#include "report/model/Tone.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

namespace wres::ui::report {

// A report as meaning, not appearance: the one source from which the HTML page and the paged
// document (PDF, print, preview) are both rendered, so the two cannot say different things.
// Built once from core::BoardPack or core::LeadBrief (BoardPackModel, LeadBriefModel).

// A piece of inline text with its emphasis. '\n' inside text is a line break kept as typed.
struct Span
{
    enum Style : quint8
    {
        Plain = 0,
        Bold = 1,
        Italic = 2,
    };
    QString text;
    quint8 style = Plain;
};
using Spans = QList<Span>;

Spans plain(const QString& text);
Spans bold(const QString& text);
Spans italic(const QString& text);
// "Label: text" with the label in bold.
Spans labelled(const QString& label, const QString& text);
// The text of spans as one string.
QString textOf(const Spans& spans);

enum class Align : quint8
{
    Start,
    End, // numbers
    Centre,
};

struct Heading
{
    int level = 1; // 1-3
    QString text;
    QString id;            // anchor, named destination and contents target; unique in the document
    bool contents = false; // listed in the contents and as a bookmark
    bool title = false;    // the document's title on its cover, set larger
};

struct Paragraph
{
    enum class Role : quint8
    {
        Body,
        Lead,  // larger, under a title
        Note,  // set apart in a box: the public/not-for-publication notice, cautions
        Small, // the method note, source lines
    };
    Spans spans;
    Role role = Role::Body;
};

struct ListBlock
{
    QList<Spans> items;
    bool ordered = false;
};

struct Cell
{
    Spans content;
    Tone tone = Tone::None;
    Align align = Align::Start;
};

struct Column
{
    QString header;
    double share = 10; // of the table's width, per cent: a weight where content is alike
    Align align = Align::Start;
    double minimum = 0; // per cent of the table's width it never goes below (room to write in)
};

struct Row
{
    QList<Cell> cells;      // one per column; a spanning row has one
    bool spanning = false;  // one cell across the table (an objective under a theme)
    bool rowHeader = false; // the first cell heads the row (TH scope=row)
    Tone tone = Tone::None; // of the whole row (Objective, Total)
};

struct Table
{
    enum class Shape : quint8
    {
        Text, // rows of prose (plans, changes): stacked as labelled blocks on a narrow screen
        Grid, // numbers by period or status: scrolls in its own labelled region on a narrow screen
    };
    QString id;
    QString caption; // said above the table (and as its <caption> / Caption element)
    bool captionShown = true;
    bool columnHeaders = true; // a header row naming the columns (a cover sheet has row headers only)
    QList<Column> columns;
    QList<Row> rows;
    Shape shape = Shape::Text;
    QString empty; // said instead of the table when it has no rows
};

// A chart with the words that state its figures, followed by those figures as a table.
struct Figure
{
    QString id;
    ChartSpec chart;
    QString alternative; // what the chart shows, every figure in it
    Table data;
};

// The contents list: the headings marked `contents`, with page numbers in the paged document.
struct Contents
{
    QString title;
};

// Where a paged rendering starts a new page (each section, each indicator, each theme), and
// the way round the pages from there on: the action plan's wide tables go on landscape pages, as
// published plans do.
struct PageBreak
{
    enum class Turn : quint8
    {
        Keep,
        Portrait,
        Landscape,
    };
    Turn turn = Turn::Keep;
};

// A key of coloured swatches with their words (the status key).
struct Key
{
    struct Entry
    {
        Tone tone = Tone::None;
        QString text;
    };
    QString label;
    QList<Entry> entries;
    Spans after; // words after the swatches (the RAG letters, "Ind.")
};

using Block = std::variant<Heading, Paragraph, ListBlock, Table, Figure, Contents, PageBreak, Key>;

struct ReportDocument
{
    QString title; // the document's title (window bar, <title>), also the running header
    QString language = QStringLiteral("en-GB");
    QString subject; // a line for the PDF's metadata
    QList<Block> blocks;

    void add(Block block) { blocks.append(std::move(block)); }
    // The headings listed in the contents, in order.
    QList<const Heading*> contentsEntries() const;
};

} // namespace wres::ui::report
