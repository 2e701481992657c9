#include "PdfDocument.h"

#include "PdfSyntax.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace wres::ui::pdf {
namespace {

using PdfSyntax::reference;

QByteArray artifactTag(ArtifactKind kind)
{
    switch (kind) {
    case ArtifactKind::Layout:
        return "/Artifact <</Type/Layout>>BDC\n";
    case ArtifactKind::Page:
        return "/Artifact <</Type/Page>>BDC\n";
    case ArtifactKind::Header:
        return "/Artifact <</Type/Pagination/Subtype/Header>>BDC\n";
    case ArtifactKind::Footer:
        return "/Artifact <</Type/Pagination/Subtype/Footer>>BDC\n";
    case ArtifactKind::Watermark:
        return "/Artifact <</Type/Pagination/Subtype/Watermark>>BDC\n";
    case ArtifactKind::Background:
        return "/Artifact <</Type/Background>>BDC\n";
    }
    return "/Artifact BMC\n";
}

QByteArray box(const QRectF& r)
{
    return '[' + PdfSyntax::real(r.left(), 3) + ' ' + PdfSyntax::real(r.top(), 3) + ' ' +
           PdfSyntax::real(r.right(), 3) + ' ' + PdfSyntax::real(r.bottom(), 3) + ']';
}

} // namespace

PdfDocument::PdfDocument(QIODevice* output, int resolution)
    : m_resolution(std::max(1, resolution)), m_layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()),
      m_file(output), m_fonts(m_file), m_images(m_file), m_paintResources(m_file), m_structure(m_file),
      m_navigation(m_file), m_pagesObject(m_file.allocate())
{}

PdfDocument::~PdfDocument() = default;

PdfDocument::Page& PdfDocument::page()
{
    if (!m_page)
        beginPage();
    return *m_page;
}

int PdfDocument::pageIndex()
{
    return page().index;
}

const QTransform& PdfDocument::deviceToUser()
{
    return page().deviceToUser;
}

QByteArray& PdfDocument::content()
{
    return page().content;
}

void PdfDocument::beginPage()
{
    Page p;
    p.index = int(m_pages.size());
    p.object = m_file.allocate();
    p.layout = m_layout;
    const double k = 72.0 / m_resolution;
    const QRect printable = m_layout.paintRectPixels(m_resolution);
    const double height = m_layout.fullRectPoints().height();
    p.deviceToUser = QTransform(k, 0, 0, -k, printable.left() * k, height - printable.top() * k);
    p.content.reserve(64 * 1024);
    m_pages.push_back(p.object);
    m_page.emplace(std::move(p));
}

void PdfDocument::endPage()
{
    Page& p = page();
    closeClip(p);
    if (p.markedOpen)
        p.content += "EMC\n";
    const int contents = m_file.allocate();
    m_file.addStream(contents, {}, p.content, PdfFile::Compression::Fast);

    QByteArray resources = "<<";
    if (!p.fonts.isEmpty())
        resources += "/Font <<" + p.fonts + ">>";
    if (!p.images.isEmpty())
        resources += "/XObject <<" + p.images + ">>";
    if (!p.states.isEmpty())
        resources += "/ExtGState <<" + p.states + ">>";
    if (!p.patterns.isEmpty())
        resources += "/Pattern <<" + p.patterns + ">>";
    if (p.patternSpace)
        resources += "/ColorSpace <</CSp [/Pattern/DeviceRGB]>>";
    resources += ">>";

    QByteArray body = "<</Type/Page/Parent " + reference(m_pagesObject) + "/MediaBox " +
                      box(p.layout.fullRectPoints()) + "/Resources " + resources + "/Contents " + reference(contents) +
                      "/Tabs/S";
    if (p.mcids > 0) {
        const int key = m_structure.nextParentKey();
        const int array = m_file.allocate();
        m_file.addObject(array, '[' + p.parentArray + ']');
        m_structure.addParentTreeEntry(key, reference(array));
        body += "/StructParents " + QByteArray::number(key);
    }
    if (!p.annotations.isEmpty())
        body += "/Annots [" + p.annotations + ']';
    body += ">>";
    m_file.addObject(p.object, body);
    m_page.reset();
}

bool PdfDocument::newPage()
{
    if (m_finished)
        return false;
    page();
    endPage();
    beginPage();
    return true;
}

void PdfDocument::closeClip(Page& p)
{
    if (p.clip == 0)
        return;
    p.content += "Q\n";
    p.clip = 0;
}

PdfDocument::TextState& PdfDocument::textState()
{
    Page& p = page();
    return p.clip ? p.inClip : p.outside;
}

QByteArray& PdfDocument::beginPrimitive(bool text, quint64 clip, const QByteArray& clipOperators)
{
    Page& p = page();
    const PdfStructureTree::Owner owner = m_structure.owner(text);
    const int token = owner.element ? owner.element : -1 - int(owner.artifact);
    if (!p.markedOpen || token != p.markedOwner) {
        closeClip(p); // q … Q and marked content nest
        openMarkedContent(p, owner, token);
    }
    if (clip != p.clip) {
        closeClip(p);
        if (clip) {
            p.content += "q\n" + clipOperators;
            p.clip = clip;
            p.inClip = p.outside;
        }
    }
    return p.content;
}

void PdfDocument::openMarkedContent(Page& p, const PdfStructureTree::Owner& owner, int token)
{
    if (p.markedOpen)
        p.content += "EMC\n";
    if (owner.element) {
        const int mcid = p.mcids++;
        PdfSyntax::appendReference(p.parentArray, owner.element);
        p.parentArray += ' ';
        m_structure.addMarkedContent(owner.element, p.object, mcid);
        p.content += '/';
        p.content += owner.tag;
        p.content += " <</MCID ";
        PdfSyntax::appendInt(p.content, mcid);
        p.content += ">>BDC\n";
    } else {
        p.content += artifactTag(owner.artifact);
    }
    p.markedOpen = true;
    p.markedOwner = token;
}

void PdfDocument::notePainted(const QRectF& userBounds)
{
    m_structure.notePainted(page().object, userBounds);
}

QByteArray PdfDocument::useFont(int face)
{
    Page& p = page();
    const QByteArray name = m_fonts.resourceName(face);
    if (m_fonts.firstUseOnPage(face, p.index))
        p.fonts += '/' + name + ' ' + reference(m_fonts.object(face));
    return name;
}

QByteArray PdfDocument::useImage(int index)
{
    Page& p = page();
    const QByteArray name = m_images.resourceName(index);
    if (m_images.firstUseOnPage(index, p.index))
        p.images += '/' + name + ' ' + reference(m_images.object(index));
    return name;
}

QByteArray PdfDocument::useAlphaState(int index)
{
    Page& p = page();
    const QByteArray name = m_paintResources.stateName(index);
    if (m_paintResources.firstStateUseOnPage(index, p.index))
        p.states += '/' + name + ' ' + reference(m_paintResources.stateObject(index));
    return name;
}

QByteArray PdfDocument::usePattern(int index)
{
    Page& p = page();
    p.patternSpace = true;
    const QByteArray name = m_paintResources.patternName(index);
    if (m_paintResources.firstPatternUseOnPage(index, p.index))
        p.patterns += '/' + name + ' ' + reference(m_paintResources.patternObject(index));
    return name;
}

void PdfDocument::addBookmark(const QString& title, int level, const QPointF& at)
{
    Page& p = page();
    m_navigation.addBookmark(title, level, p.object, p.deviceToUser.map(at));
}

bool PdfDocument::addDestination(const QString& name, const QPointF& at)
{
    Page& p = page();
    return m_navigation.addDestination(name, p.object, p.deviceToUser.map(at));
}

void PdfDocument::addLink(const QRectF& area, const QString& destination, const QString& uri,
                          const QString& description)
{
    Page& p = page();
    QString contents = description.trimmed();
    if (contents.isEmpty()) { // PDF/UA wants every link described
        contents = uri.isEmpty() ? destination : uri;
        addWarning(QCoreApplication::translate("wres", "A link to %1 has no description.").arg(contents));
    }
    const int annotation = m_file.allocate();
    const int key = m_structure.nextParentKey();
    const int element = m_structure.addAnnotation(annotation, p.object);
    m_structure.addParentTreeEntry(key, reference(element));
    QByteArray body = "<</Type/Annot/Subtype/Link/Rect " + box(p.deviceToUser.mapRect(area)) +
                      "/Border [0 0 0]/F 4/P " + reference(p.object) + "/StructParent " + QByteArray::number(key) +
                      "/Contents " + PdfSyntax::textString(contents);
    if (uri.isEmpty()) {
        m_navigation.noteLinkTarget(destination);
        body += "/Dest " + PdfNavigation::destinationKey(destination);
    } else {
        body += "/A <</S/URI/URI " + PdfSyntax::literalString(uri.toUtf8()) + ">>";
    }
    body += ">>";
    m_file.addObject(annotation, body);
    p.annotations += reference(annotation) + ' ';
}

void PdfDocument::addWarning(const QString& warning)
{
    if (!m_warnings.contains(warning))
        m_warnings << warning;
}

QStringList PdfDocument::warnings() const
{
    return m_warnings + m_structure.warnings();
}

bool PdfDocument::finish()
{
    if (m_finished)
        return m_error.isEmpty();
    m_finished = true;
    page();
    endPage();
    int outlines = 0, destinations = 0;
    const bool structured = m_structure.finish();
    const bool navigable = m_navigation.finish(&outlines, &destinations);
    if (!structured || !navigable) {
        m_error = (m_structure.errors() + m_navigation.errors()).join(QLatin1Char(' '));
        return false;
    }
    m_fonts.finish();

    QByteArray kids;
    for (const int object : m_pages)
        kids += reference(object) + ' ';
    m_file.addObject(m_pagesObject,
                     "<</Type/Pages/Kids [" + kids + "]/Count " + QByteArray::number(qsizetype(m_pages.size())) + ">>");
    const int info = m_metadata.writeInformation(m_file);
    const int xmp = m_metadata.writeXmp(m_file);
    QByteArray catalog = "<</Type/Catalog/Pages " + reference(m_pagesObject) + "/StructTreeRoot " +
                         reference(m_structure.rootObject()) +
                         "/MarkInfo <</Marked true>>/ViewerPreferences <</DisplayDocTitle true>>"
                         "/Metadata " +
                         reference(xmp);
    if (!m_metadata.language.isEmpty())
        catalog += "/Lang " + PdfSyntax::textString(m_metadata.language);
    if (outlines)
        catalog += "/Outlines " + reference(outlines) + "/PageMode/UseOutlines";
    if (destinations)
        catalog += "/Names <</Dests " + reference(destinations) + ">>";
    catalog += ">>";
    const int root = m_file.allocate();
    m_file.addObject(root, catalog);

    QCryptographicHash id(QCryptographicHash::Md5);
    id.addData(m_metadata.title.toUtf8());
    id.addData(m_metadata.created.toString(Qt::ISODateWithMs).toUtf8());
    id.addData(QByteArray::number(qsizetype(m_pages.size())));
    if (!m_file.finish(root, info, id.result()))
        m_error = QCoreApplication::translate("wres", "The PDF could not be written: %1").arg(m_file.errorString());
    return m_error.isEmpty();
}

} // namespace wres::ui::pdf
