#pragma once

#include "PageTarget.h"

namespace wres::ui::pdf {
class TaggedPdfWriter;
}

namespace wres::ui::report {

// Pages on the tagged-PDF writer: what the layout says about what it paints (headings, tables,
// figures with their words, lists, the contents; artifacts; bookmarks, destinations and links)
// becomes the PDF's structure tree and navigation.
class TaggedPdfTarget : public PageTarget, public PageStructure
{
public:
    explicit TaggedPdfTarget(pdf::TaggedPdfWriter& writer) : m_pdf(writer) {}

    QPaintDevice& device() override;
    QPageLayout pageLayout() const override;
    void setPageLayout(const QPageLayout& layout) override;
    bool newPage() override;
    PageStructure& structure() override { return *this; }

    void beginElement(Element element, const Options& options) override;
    void endElement() override;
    void beginArtifact(Artifact kind) override;
    void endArtifact() override;
    void bookmark(const QString& title, int level, const QPointF& at) override;
    void destination(const QString& name, const QPointF& at) override;
    void link(const QRectF& area, const QString& destination, const QString& description) override;

private:
    pdf::TaggedPdfWriter& m_pdf;
};

} // namespace wres::ui::report
