#pragma once

#include "io/ZipReader.h"

#include <QIODevice>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

namespace wres::core {

// One XML part of a workbook read as a stream, straight from the zip member as it inflates, with
// the bounds of io/XlsxLimits.h: elements nested deeper than kMaxXmlDepth stop the reading (Qt's
// reader would otherwise keep a stack as deep as the file asks), and a text is never kept past the
// length asked for, however long it is in the file.
class XmlPartReader
{
public:
    // The part of that name; with no such part, isOpen() is false and problem() says why if it is
    // there but cannot be read.
    XmlPartReader(const ZipReader& zip, const QString& part);
    bool isOpen() const { return m_device != nullptr; }
    QXmlStreamReader& xml() { return m_xml; }
    // The next token; false at the end of the part or on any failure (then failed() is true).
    bool next();
    bool failed() const;
    // How deep the current element is (the root is 1).
    int depth() const { return m_depth; }
    // Why reading failed: the part over a limit or damaged, nested too deep, or not XML.
    QString problem() const;
    // Inside the start of an element: the text of it and all its descendants' <t> elements (or
    // of the element itself when it has no <t>), leaving out phonetic runs (<rPh>), up to
    // maxLength UTF-16 code units; length is the whole text's. Ends on the element's end.
    QString text(qint64 maxLength, qint64* length);

private:
    std::unique_ptr<QIODevice> m_device;
    QXmlStreamReader m_xml;
    QString m_part;
    QString m_problem;
    int m_depth = 0;
};

} // namespace wres::core
