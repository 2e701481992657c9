#include "PdfMetadata.h"

#include "PdfFile.h"
#include "PdfSyntax.h"

namespace wres::ui::pdf {
namespace {

QByteArray xml(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray isoDate(const QDateTime& when)
{
    return when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate).toLatin1();
}

} // namespace

int PdfMetadata::writeInformation(PdfFile& file) const
{
    QByteArray body = "<<";
    const auto add = [&body](const char* key, const QString& value) {
        if (!value.isEmpty())
            body += "/" + QByteArray(key) + ' ' + PdfSyntax::textString(value);
    };
    add("Title", title);
    add("Author", author);
    add("Subject", subject);
    add("Keywords", keywords);
    add("Creator", creator);
    add("Producer", producer);
    body += "/CreationDate " + PdfSyntax::date(created) + "/ModDate " + PdfSyntax::date(created) + ">>";
    const int object = file.allocate();
    file.addObject(object, body);
    return object;
}

int PdfMetadata::writeXmp(PdfFile& file) const
{
    QByteArray packet = "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
    packet += "<dc:format>application/pdf</dc:format>\n";
    if (!title.isEmpty())
        packet +=
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n";
    if (!author.isEmpty())
        packet += "<dc:creator><rdf:Seq><rdf:li>" + xml(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    if (!subject.isEmpty())
        packet += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(subject) +
                  "</rdf:li></rdf:Alt></dc:description>\n";
    if (!language.isEmpty())
        packet += "<dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (!keywords.isEmpty())
        packet += "<pdf:Keywords>" + xml(keywords) + "</pdf:Keywords>\n";
    if (!producer.isEmpty())
        packet += "<pdf:Producer>" + xml(producer) + "</pdf:Producer>\n";
    if (!creator.isEmpty())
        packet += "<xmp:CreatorTool>" + xml(creator) + "</xmp:CreatorTool>\n";
    packet += "<xmp:CreateDate>" + isoDate(created) + "</xmp:CreateDate>\n<xmp:ModifyDate>" + isoDate(created) +
              "</xmp:ModifyDate>\n";
    packet += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    const int object = file.allocate();
    // Left uncompressed, so that programs which do not parse PDF can still find it.
    file.addStream(object, "/Type/Metadata/Subtype/XML", packet, PdfFile::Compression::None);
    return object;
}

} // namespace wres::ui::pdf
