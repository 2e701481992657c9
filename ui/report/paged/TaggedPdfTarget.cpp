#include "TaggedPdfTarget.h"

#include "report/pdf/TaggedPdfWriter.h"

namespace wres::ui::report {
namespace {

pdf::StructureType typeOf(PageStructure::Element element)
{
    using E = PageStructure::Element;
    using T = pdf::StructureType;
    switch (element) {
    case E::Document:
        return T::Document;
    case E::Sect:
        return T::Sect;
    case E::H1:
        return T::H1;
    case E::H2:
        return T::H2;
    case E::H3:
        return T::H3;
    case E::P:
        return T::P;
    case E::L:
        return T::L;
    case E::LI:
        return T::LI;
    case E::Lbl:
        return T::Lbl;
    case E::LBody:
        return T::LBody;
    case E::Table:
        return T::Table;
    case E::Caption:
        return T::Caption;
    case E::THead:
        return T::THead;
    case E::TBody:
        return T::TBody;
    case E::TR:
        return T::TR;
    case E::TH:
        return T::TH;
    case E::TD:
        return T::TD;
    case E::Figure:
        return T::Figure;
    case E::TOC:
        return T::TOC;
    case E::TOCI:
        return T::TOCI;
    case E::Link:
        return T::Link;
    }
    return T::Div;
}

pdf::ArtifactKind kindOf(PageStructure::Artifact artifact)
{
    switch (artifact) {
    case PageStructure::Artifact::Header:
        return pdf::ArtifactKind::Header;
    case PageStructure::Artifact::Footer:
        return pdf::ArtifactKind::Footer;
    case PageStructure::Artifact::Pagination:
        return pdf::ArtifactKind::Page;
    case PageStructure::Artifact::Layout:
        break;
    }
    return pdf::ArtifactKind::Layout;
}

} // namespace

QPaintDevice& TaggedPdfTarget::device()
{
    return m_pdf;
}

QPageLayout TaggedPdfTarget::pageLayout() const
{
    return m_pdf.pageLayout();
}

void TaggedPdfTarget::setPageLayout(const QPageLayout& layout)
{
    m_pdf.setPageLayout(layout);
}

bool TaggedPdfTarget::newPage()
{
    return m_pdf.newPage();
}

void TaggedPdfTarget::beginElement(Element element, const Options& options)
{
    pdf::ElementOptions o;
    o.alternateText = options.alternative;
    o.scope = options.scope == Scope::Column ? pdf::HeaderScope::Column
              : options.scope == Scope::Row  ? pdf::HeaderScope::Row
                                             : pdf::HeaderScope::None;
    o.columnSpan = options.columnSpan;
    if (element == Element::L)
        o.numbering = options.numbered ? pdf::ListNumbering::Decimal : pdf::ListNumbering::Disc;
    m_pdf.beginElement(typeOf(element), o);
}

void TaggedPdfTarget::endElement()
{
    m_pdf.endElement();
}

void TaggedPdfTarget::beginArtifact(Artifact kind)
{
    m_pdf.beginArtifact(kindOf(kind));
}

void TaggedPdfTarget::endArtifact()
{
    m_pdf.endArtifact();
}

void TaggedPdfTarget::bookmark(const QString& title, int level, const QPointF& at)
{
    m_pdf.addBookmark(title, level, at);
}

void TaggedPdfTarget::destination(const QString& name, const QPointF& at)
{
    m_pdf.addDestination(name, at);
}

void TaggedPdfTarget::link(const QRectF& area, const QString& destination, const QString& description)
{
    m_pdf.addLink(area, destination, description);
}

} // namespace wres::ui::report
