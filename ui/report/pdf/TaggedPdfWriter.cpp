#include "TaggedPdfWriter.h"

#include "PdfDocument.h"
#include "PdfPaintEngine.h"

namespace wres::ui::pdf {

TaggedPdfWriter::TaggedPdfWriter(QIODevice* output, int resolution)
    : m_document(std::make_unique<PdfDocument>(output, resolution)),
      m_engine(std::make_unique<PdfPaintEngine>(*m_document))
{}

TaggedPdfWriter::~TaggedPdfWriter() = default;

void TaggedPdfWriter::setTitle(const QString& title)
{
    m_document->metadata().title = title;
}

void TaggedPdfWriter::setAuthor(const QString& author)
{
    m_document->metadata().author = author;
}

void TaggedPdfWriter::setSubject(const QString& subject)
{
    m_document->metadata().subject = subject;
}

void TaggedPdfWriter::setKeywords(const QString& keywords)
{
    m_document->metadata().keywords = keywords;
}

void TaggedPdfWriter::setCreator(const QString& creator)
{
    m_document->metadata().creator = creator;
}

void TaggedPdfWriter::setProducer(const QString& producer)
{
    m_document->metadata().producer = producer;
}

void TaggedPdfWriter::setLanguage(const QString& language)
{
    m_document->metadata().language = language;
}

void TaggedPdfWriter::setCreationDate(const QDateTime& created)
{
    m_document->metadata().created = created;
}

void TaggedPdfWriter::setPageLayout(const QPageLayout& layout)
{
    m_document->setPageLayout(layout);
}

QPageLayout TaggedPdfWriter::pageLayout() const
{
    return m_document->pageLayout();
}

bool TaggedPdfWriter::newPage()
{
    return m_document->newPage();
}

int TaggedPdfWriter::pageCount() const
{
    return m_document->pageCount();
}

int TaggedPdfWriter::resolution() const
{
    return m_document->resolution();
}

void TaggedPdfWriter::beginElement(StructureType type, const ElementOptions& options)
{
    m_document->structure().begin(type, options);
}

void TaggedPdfWriter::endElement()
{
    m_document->structure().end();
}

void TaggedPdfWriter::setActualText(const QString& text)
{
    m_document->structure().setActualText(text);
}

void TaggedPdfWriter::setAlternateText(const QString& text)
{
    m_document->structure().setAlternateText(text);
}

void TaggedPdfWriter::beginArtifact(ArtifactKind kind)
{
    m_document->structure().beginArtifact(kind);
}

void TaggedPdfWriter::endArtifact()
{
    m_document->structure().endArtifact();
}

QPointF TaggedPdfWriter::toDevice(const QPointF& point) const
{
    return m_engine->isActive() ? m_engine->worldTransform().map(point) : point;
}

QRectF TaggedPdfWriter::toDevice(const QRectF& rect) const
{
    return m_engine->isActive() ? m_engine->worldTransform().mapRect(rect) : rect;
}

void TaggedPdfWriter::addBookmark(const QString& title, int level, const QPointF& at)
{
    m_document->addBookmark(title, level, toDevice(at));
}

bool TaggedPdfWriter::addDestination(const QString& name, const QPointF& at)
{
    return m_document->addDestination(name, toDevice(at));
}

void TaggedPdfWriter::addLink(const QRectF& area, const QString& destination, const QString& description)
{
    m_document->addLink(toDevice(area), destination, {}, description);
}

void TaggedPdfWriter::addUriLink(const QRectF& area, const QString& uri, const QString& description)
{
    m_document->addLink(toDevice(area), {}, uri, description);
}

bool TaggedPdfWriter::finish()
{
    return m_document->finish();
}

QString TaggedPdfWriter::errorString() const
{
    return m_document->errorString();
}

QStringList TaggedPdfWriter::warnings() const
{
    return m_document->warnings();
}

QPaintEngine* TaggedPdfWriter::paintEngine() const
{
    return m_engine.get();
}

int TaggedPdfWriter::metric(PaintDeviceMetric metric) const
{
    // Asked for the resolution with every font and text layout made for the device: kept cheap.
    const int dpi = m_document->resolution();
    switch (metric) {
    case PdmWidth:
        return m_document->pageLayout().paintRectPixels(dpi).width();
    case PdmHeight:
        return m_document->pageLayout().paintRectPixels(dpi).height();
    case PdmWidthMM:
        return qRound(m_document->pageLayout().paintRect(QPageLayout::Millimeter).width());
    case PdmHeightMM:
        return qRound(m_document->pageLayout().paintRect(QPageLayout::Millimeter).height());
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace wres::ui::pdf
