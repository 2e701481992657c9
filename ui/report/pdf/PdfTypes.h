#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace wres::ui::pdf {

// The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4) that a report needs. They are
// written under their standard names, so the document needs no role map.
enum class StructureType
{
    Document,
    Part,
    Sect,
    Div,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    THead,
    TBody,
    TFoot,
    TR,
    TH,
    TD,
    Caption,
    Figure,
    TOC,
    TOCI,
    Link,
    Span,
    Note,
};

// Which cells a table header cell heads (the Table attribute /Scope).
enum class HeaderScope
{
    None,
    Column,
    Row,
    Both,
};

// How the items of a list are marked (the List attribute /ListNumbering).
enum class ListNumbering
{
    None,
    Disc,
    Circle,
    Square,
    Decimal,
    UpperRoman,
    LowerRoman,
    UpperAlpha,
    LowerAlpha,
};

// What kind of content an artifact is (PDF 1.7, 14.8.2.2): running headers and footers and page
// numbers are pagination, rules and boxes are layout.
enum class ArtifactKind
{
    Layout,
    Page,
    Header,     // /Pagination /Subtype /Header
    Footer,     // /Pagination /Subtype /Footer (page numbers too)
    Watermark,  // /Pagination /Subtype /Watermark
    Background, // /Background (PDF 1.7)
};

// The optional entries of a structure element.
struct ElementOptions
{
    QString alternateText;                         // /Alt: required for a Figure (PDF/UA 7.3), stating what it shows
    QString actualText;                            // /ActualText: the text that replaces the element's content
    QString title;                                 // /T
    QString language;                              // /Lang, when the element's language differs from the document's
    QByteArray id;                                 // /ID; a Note gets one made up when none is given (PDF/UA 7.9)
    HeaderScope scope = HeaderScope::None;         // TH: /Scope
    int rowSpan = 1;                               // TH, TD: /RowSpan
    int columnSpan = 1;                            // TH, TD: /ColSpan
    QList<QByteArray> headers;                     // TH, TD: /Headers (the /ID of the header cells)
    ListNumbering numbering = ListNumbering::None; // L: /ListNumbering

    // Shorthands for the common cases.
    static ElementOptions alternate(const QString& text)
    {
        ElementOptions options;
        options.alternateText = text;
        return options;
    }
    static ElementOptions header(HeaderScope scope)
    {
        ElementOptions options;
        options.scope = scope;
        return options;
    }
    static ElementOptions list(ListNumbering numbering)
    {
        ElementOptions options;
        options.numbering = numbering;
        return options;
    }
};

// The standard name of a structure type, e.g. "TH".
QByteArray structureTypeName(StructureType type);
const char* structureTypeTag(StructureType type);

} // namespace wres::ui::pdf
