#include "XmlPartReader.h"

#include "domain/TextLimits.h"
#include "io/XlsxLimits.h"
#include "io/ZipMemberDevice.h"

#include <QCoreApplication>

namespace wres::core {

XmlPartReader::XmlPartReader(const ZipReader& zip, const QString& part) : m_part(part)
{
    m_device = zip.open(part, &m_problem);
    if (m_device)
        m_xml.setDevice(m_device.get());
}

bool XmlPartReader::next()
{
    if (!m_device || failed() || m_xml.atEnd())
        return false;
    m_xml.readNext();
    if (m_xml.hasError())
        return false;
    if (m_xml.isStartElement() && ++m_depth > XlsxLimits::kMaxXmlDepth) {
        m_problem = QCoreApplication::translate("wres", "the workbook's part %1 nests its elements more than %2 deep, "
                                                        "the limit for a workbook; the file is refused")
                        .arg(m_part)
                        .arg(XlsxLimits::kMaxXmlDepth);
        return false;
    }
    if (m_xml.isEndElement())
        --m_depth;
    return !m_xml.atEnd();
}

bool XmlPartReader::failed() const
{
    const auto* member = dynamic_cast<const ZipMemberDevice*>(m_device.get());
    return !m_problem.isEmpty() || m_xml.hasError() || (member && member->failed());
}

QString XmlPartReader::problem() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (const auto* member = dynamic_cast<const ZipMemberDevice*>(m_device.get()); member && member->failed())
        return member->errorString();
    if (m_xml.hasError())
        return QCoreApplication::translate("wres", "the workbook is damaged: its part %1 cannot be read (%2)")
            .arg(m_part, m_xml.errorString());
    return {};
}

QString XmlPartReader::text(qint64 maxLength, qint64* length)
{
    QString kept;
    QString own; // the element's own characters, used when it has no <t> (a <v> or a <t> itself)
    qint64 whole = 0, ownWhole = 0;
    bool sawT = false;
    const int depth = m_depth;
    int phonetic = 0;
    int inT = 0;
    const auto keep = [&](QString& into, qint64& count, QStringView chars) {
        count += chars.size();
        if (into.size() < maxLength)
            into += chars.first(std::min<qsizetype>(chars.size(), maxLength - into.size()));
    };
    while (next()) {
        if (m_xml.isStartElement()) {
            if (m_xml.name() == u"rPh")
                ++phonetic;
            else if (m_xml.name() == u"t" && phonetic == 0) {
                ++inT;
                sawT = true;
            }
        } else if (m_xml.isEndElement()) {
            if (m_depth < depth)
                break; // the element's own end
            if (m_xml.name() == u"rPh")
                --phonetic;
            else if (m_xml.name() == u"t" && phonetic == 0)
                --inT;
        } else if (m_xml.isCharacters()) {
            if (inT > 0)
                keep(kept, whole, m_xml.text());
            else if (m_depth == depth)
                keep(own, ownWhole, m_xml.text());
        }
    }
    if (length)
        *length = sawT ? whole : ownWhole;
    return sawT ? kept : own;
}

} // namespace wres::core
