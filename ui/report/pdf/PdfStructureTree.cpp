#include "PdfStructureTree.h"

#include "PdfFile.h"
#include "PdfSyntax.h"
#include "PdfTrees.h"

#include <QCoreApplication>

namespace wres::ui::pdf {
namespace {

using PdfSyntax::reference;

bool isGrouping(StructureType type)
{
    switch (type) {
    case StructureType::Document:
    case StructureType::Part:
    case StructureType::Sect:
    case StructureType::Div:
    case StructureType::L:
    case StructureType::Table:
    case StructureType::THead:
    case StructureType::TBody:
    case StructureType::TFoot:
    case StructureType::TR:
    case StructureType::TOC:
        return true;
    default:
        return false;
    }
}

int headingLevel(StructureType type)
{
    switch (type) {
    case StructureType::H1:
        return 1;
    case StructureType::H2:
        return 2;
    case StructureType::H3:
        return 3;
    case StructureType::H4:
        return 4;
    case StructureType::H5:
        return 5;
    case StructureType::H6:
        return 6;
    default:
        return 0;
    }
}

QByteArray numberingName(ListNumbering numbering)
{
    switch (numbering) {
    case ListNumbering::None:
        return "None";
    case ListNumbering::Disc:
        return "Disc";
    case ListNumbering::Circle:
        return "Circle";
    case ListNumbering::Square:
        return "Square";
    case ListNumbering::Decimal:
        return "Decimal";
    case ListNumbering::UpperRoman:
        return "UpperRoman";
    case ListNumbering::LowerRoman:
        return "LowerRoman";
    case ListNumbering::UpperAlpha:
        return "UpperAlpha";
    case ListNumbering::LowerAlpha:
        return "LowerAlpha";
    }
    return "None";
}

} // namespace

const char* structureTypeTag(StructureType type)
{
    static const char* const kNames[] = {"Document", "Part",  "Sect",  "Div",  "H1",  "H2",  "H3",      "H4",
                                         "H5",       "H6",    "P",     "L",    "LI",  "Lbl", "LBody",   "Table",
                                         "THead",    "TBody", "TFoot", "TR",   "TH",  "TD",  "Caption", "Figure",
                                         "TOC",      "TOCI",  "Link",  "Span", "Note"};
    return kNames[int(type)];
}

QByteArray structureTypeName(StructureType type)
{
    return structureTypeTag(type);
}

PdfStructureTree::PdfStructureTree(PdfFile& file) : m_file(file), m_root(file.allocate()) {}

void PdfStructureTree::appendKid(int element)
{
    QByteArray& kids = m_open.empty() ? m_rootKids : m_open.back().kids;
    PdfSyntax::appendReference(kids, element);
    kids += ' ';
    if (!m_open.empty())
        ++m_open.back().kidCount;
}

void PdfStructureTree::begin(StructureType type, const ElementOptions& options)
{
    if (!m_artifacts.empty())
        m_errors << QCoreApplication::translate("wres", "A structure element (%1) was begun inside an artifact.")
                        .arg(QString::fromLatin1(structureTypeName(type)));
    Element element{type, m_file.allocate(), m_open.empty() ? m_root : m_open.back().object, options, {}, 0, 0, 0, {}};
    if (type == StructureType::Note && element.options.id.isEmpty())
        element.options.id = "note-" + QByteArray::number(++m_notes);
    if (!element.options.id.isEmpty())
        m_ids.emplace_back(PdfSyntax::literalString(element.options.id), reference(element.object));
    if (const int level = headingLevel(type)) {
        if (level > m_lastHeading + 1)
            m_warnings << (m_lastHeading == 0
                               ? QCoreApplication::translate("wres", "The first heading is level %1, not 1.").arg(level)
                               : QCoreApplication::translate("wres", "Heading level %1 follows level %2: a level is "
                                                                     "skipped.")
                                     .arg(level)
                                     .arg(m_lastHeading));
        m_lastHeading = level;
    }
    appendKid(element.object);
    if (type == StructureType::Figure)
        ++m_openFigures;
    m_open.push_back(std::move(element));
}

bool PdfStructureTree::end()
{
    if (m_open.empty()) {
        m_errors << QCoreApplication::translate("wres", "A structure element was ended, but none was open.");
        return false;
    }
    Element element = std::move(m_open.back());
    m_open.pop_back();
    if (element.type == StructureType::Figure) {
        --m_openFigures;
        if (element.options.alternateText.trimmed().isEmpty() && element.options.actualText.isEmpty())
            m_errors << QCoreApplication::translate("wres", "A figure has no alternative text (PDF/UA requires one).");
    }
    write(element);
    return true;
}

bool PdfStructureTree::setActualText(const QString& text)
{
    if (m_open.empty())
        return false;
    m_open.back().options.actualText = text;
    return true;
}

bool PdfStructureTree::setAlternateText(const QString& text)
{
    if (m_open.empty())
        return false;
    m_open.back().options.alternateText = text;
    return true;
}

void PdfStructureTree::beginArtifact(ArtifactKind kind)
{
    m_artifacts.push_back(kind);
}

bool PdfStructureTree::endArtifact()
{
    if (m_artifacts.empty()) {
        m_errors << QCoreApplication::translate("wres", "An artifact was ended, but none was open.");
        return false;
    }
    m_artifacts.pop_back();
    return true;
}

PdfStructureTree::Owner PdfStructureTree::owner(bool text)
{
    if (!m_artifacts.empty())
        return {0, {}, m_artifacts.back()};
    if (m_open.empty())
        return {};
    const Element& element = m_open.back();
    if (isGrouping(element.type) && !text)
        return {};
    return {element.object, structureTypeTag(element.type)};
}

void PdfStructureTree::addMarkedContent(int element, int page, int mcid)
{
    for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
        if (it->object != element)
            continue;
        if (it->page == 0)
            it->page = page;
        if (it->page == page) {
            PdfSyntax::appendInt(it->kids, mcid);
        } else {
            it->kids += "<</Type/MCR/Pg " + reference(page) + "/MCID ";
            PdfSyntax::appendInt(it->kids, mcid);
            it->kids += ">>";
        }
        it->kids += ' ';
        ++it->kidCount;
        return;
    }
}

int PdfStructureTree::addAnnotation(int annotation, int page)
{
    const QByteArray objr = "<</Type/OBJR/Obj " + reference(annotation) + "/Pg " + reference(page) + ">>";
    if (!m_open.empty() && m_open.back().type == StructureType::Link) {
        Element& link = m_open.back();
        if (link.page == 0)
            link.page = page;
        link.kids += objr + ' ';
        ++link.kidCount;
        return link.object;
    }
    Element link{
        StructureType::Link, m_file.allocate(), m_open.empty() ? m_root : m_open.back().object, {}, objr, 0, 0, 0, {}};
    link.page = page;
    link.kidCount = 1;
    appendKid(link.object);
    write(link);
    return link.object;
}

void PdfStructureTree::notePainted(int page, const QRectF& bounds)
{
    if (bounds.isEmpty())
        return;
    for (Element& element : m_open) {
        if (element.type != StructureType::Figure)
            continue;
        if (element.boxPage == 0)
            element.boxPage = page;
        if (element.boxPage == page)
            element.box = element.box.isNull() ? bounds : element.box.united(bounds);
    }
}

QByteArray PdfStructureTree::attributes(const Element& element) const
{
    const ElementOptions& options = element.options;
    QList<QByteArray> owners;
    if (element.type == StructureType::Figure && !element.box.isNull()) {
        const QRectF& b = element.box;
        owners << "<</O/Layout/Placement/Block/BBox [" + PdfSyntax::real(b.left(), 2) + ' ' +
                      PdfSyntax::real(b.top(), 2) + ' ' + PdfSyntax::real(b.right(), 2) + ' ' +
                      PdfSyntax::real(b.bottom(), 2) + "]>>";
    }
    if (element.type == StructureType::TH || element.type == StructureType::TD) {
        QByteArray table;
        static const char* const kScopes[] = {nullptr, "Column", "Row", "Both"};
        if (element.type == StructureType::TH && options.scope != HeaderScope::None)
            table += "/Scope/" + QByteArray(kScopes[int(options.scope)]);
        if (options.rowSpan > 1)
            table += "/RowSpan " + QByteArray::number(options.rowSpan);
        if (options.columnSpan > 1)
            table += "/ColSpan " + QByteArray::number(options.columnSpan);
        if (!options.headers.isEmpty()) {
            table += "/Headers [";
            for (const QByteArray& header : options.headers)
                table += PdfSyntax::literalString(header) + ' ';
            table += ']';
        }
        if (!table.isEmpty())
            owners << "<</O/Table" + table + ">>";
    }
    if (element.type == StructureType::L && options.numbering != ListNumbering::None)
        owners << "<</O/List/ListNumbering/" + numberingName(options.numbering) + ">>";
    if (owners.isEmpty())
        return {};
    if (owners.size() == 1)
        return "/A " + owners.front();
    return "/A [" + owners.join(' ') + ']';
}

void PdfStructureTree::write(const Element& element)
{
    // Written in place, as a report has hundreds of thousands; /Type /StructElem is optional
    // (Table 323) and left out.
    QByteArray& out = m_file.beginObject(element.object);
    out += "<</S/";
    out += structureTypeTag(element.type);
    out += "/P ";
    PdfSyntax::appendReference(out, element.parent);
    if (const int page = element.page ? element.page : element.boxPage) {
        out += "/Pg ";
        PdfSyntax::appendReference(out, page);
    }
    if (element.kidCount > 0) { // kids end with a space; a single kid needs no array
        out += element.kidCount > 1 ? "/K [" : "/K ";
        out.append(element.kids.constData(), element.kids.size() - 1);
        if (element.kidCount > 1)
            out += ']';
    }
    const ElementOptions& options = element.options;
    if (!options.alternateText.isEmpty())
        out += "/Alt " + PdfSyntax::textString(options.alternateText);
    if (!options.actualText.isEmpty())
        out += "/ActualText " + PdfSyntax::textString(options.actualText);
    if (!options.title.isEmpty())
        out += "/T " + PdfSyntax::textString(options.title);
    if (!options.language.isEmpty())
        out += "/Lang " + PdfSyntax::textString(options.language);
    if (!options.id.isEmpty())
        out += "/ID " + PdfSyntax::literalString(options.id);
    switch (element.type) {
    case StructureType::Figure:
    case StructureType::TH:
    case StructureType::TD:
    case StructureType::L:
        out += attributes(element);
        break;
    default:
        break;
    }
    out += ">>";
    m_file.endObject();
}

bool PdfStructureTree::finish()
{
    if (!m_open.empty())
        m_errors << QCoreApplication::translate("wres", "%n structure element(s) were not ended, the last a %1.",
                                                nullptr, int(m_open.size()))
                        .arg(QString::fromLatin1(structureTypeName(m_open.back().type)));
    if (!m_artifacts.empty())
        m_errors << QCoreApplication::translate("wres", "An artifact was not ended.");
    if (!m_errors.isEmpty())
        return false;
    QByteArray root = "<</Type/StructTreeRoot";
    if (!m_rootKids.isEmpty())
        root += "/K [" + m_rootKids.trimmed() + ']';
    root += "/ParentTree " + reference(PdfTrees::writeNumberTree(m_file, m_parentTree));
    root += "/ParentTreeNextKey " + QByteArray::number(m_nextKey);
    if (!m_ids.empty())
        root += "/IDTree " + reference(PdfTrees::writeNameTree(m_file, m_ids));
    root += ">>";
    m_file.addObject(m_root, root);
    return true;
}

} // namespace wres::ui::pdf
