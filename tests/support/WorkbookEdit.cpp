#include "WorkbookEdit.h"

#include "io/XlsxText.h"
#include "io/ZipReader.h"

#include <QRegularExpression>
#include <QtEndian>

#include <stdexcept>
#include <zlib.h>

namespace wres::test {
namespace {

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

QString escaped(const QString& text)
{
    return core::XlsxText::escaped(text).toHtmlEscaped();
}

} // namespace

QByteArray zip(const QList<std::pair<QString, QByteArray>>& members)
{
    QByteArray out;
    QByteArray directory;
    for (const auto& [name, data] : members) {
        const QByteArray utf8 = name.toUtf8();
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0x0800); // UTF-8 names
        put16(out, 0);      // stored
        put16(out, 0);
        put16(out, 0x21);
        put32(out, crc);
        put32(out, quint32(data.size()));
        put32(out, quint32(data.size()));
        put16(out, quint16(utf8.size()));
        put16(out, 0);
        out += utf8;
        out += data;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0x0800);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, quint32(data.size()));
        put32(directory, quint32(data.size()));
        put16(directory, quint16(utf8.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += utf8;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(members.size()));
    put16(out, quint16(members.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

QByteArray setCells(const QByteArray& workbook, const QString& part, const QMap<QString, QString>& cells)
{
    const core::ZipReader reader(workbook);
    if (!reader.isValid())
        throw std::runtime_error("not a zip package");
    QList<std::pair<QString, QByteArray>> members;
    bool found = false;
    for (const QString& name : reader.names()) {
        QByteArray data = reader.file(name).value();
        if (name.compare(part, Qt::CaseInsensitive) == 0) {
            found = true;
            QString xml = QString::fromUtf8(data);
            for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
                // <c r="J3" s="5"/> or <c r="J3" s="5" t="s"><v>7</v></c>: keep the style, set the text.
                const QRegularExpression cell(
                    QStringLiteral("<c r=\"%1\"((?: s=\"\\d+\")?)[^>]*?(?:/>|>.*?</c>)").arg(it.key()));
                const QRegularExpressionMatch m = cell.match(xml);
                const QString style = m.hasMatch() ? m.captured(1) : QString();
                const QString replacement =
                    it.value().isEmpty()
                        ? QStringLiteral("<c r=\"%1\"%2/>").arg(it.key(), style)
                        : QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t xml:space=\"preserve\">%3</t></is></c>")
                              .arg(it.key(), style, escaped(it.value()));
                if (m.hasMatch()) {
                    xml.replace(m.capturedStart(), m.capturedLength(), replacement);
                    continue;
                }
                const QString row = QString(it.key()).remove(QRegularExpression(QStringLiteral("^[A-Z]+")));
                const QRegularExpression rowElement(QStringLiteral("<row r=\"%1\"[^>]*?(/>|>.*?</row>)").arg(row));
                const QRegularExpressionMatch r = rowElement.match(xml);
                if (!r.hasMatch())
                    xml.replace(QStringLiteral("</sheetData>"),
                                QStringLiteral("<row r=\"%1\">%2</row></sheetData>").arg(row, replacement));
                else if (r.captured(1) == u"/>")
                    xml.replace(r.capturedStart(), r.capturedLength(),
                                QStringLiteral("<row r=\"%1\">%2</row>").arg(row, replacement));
                else
                    xml.insert(r.capturedEnd() - 6, replacement);
            }
            if (!xml.contains(QStringLiteral("</sheetData>")))
                throw std::runtime_error(("no sheet data in " + part).toStdString());
            data = xml.toUtf8();
        }
        members << std::make_pair(name, data);
    }
    if (!found)
        throw std::runtime_error(("no part " + part).toStdString());
    return zip(members);
}

QByteArray part(const QByteArray& workbook, const QString& name)
{
    return core::ZipReader(workbook).file(name).value_or(QByteArray());
}

QByteArray setParts(const QByteArray& workbook, const QMap<QString, std::optional<QByteArray>>& parts)
{
    const core::ZipReader reader(workbook);
    if (!reader.isValid())
        throw std::runtime_error("not a zip package");
    QList<std::pair<QString, QByteArray>> members;
    QMap<QString, std::optional<QByteArray>> left = parts;
    for (const QString& name : reader.names()) {
        const auto given = left.find(name);
        if (given == left.end()) {
            members << std::make_pair(name, reader.file(name).value());
            continue;
        }
        if (*given)
            members << std::make_pair(name, **given);
        left.erase(given);
    }
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        if (*it)
            members << std::make_pair(it.key(), **it);
    return zip(members);
}

QByteArray addSheet(const QByteArray& workbook, const QString& name, const QByteArray& sheetXml, bool hidden,
                    int before)
{
    QByteArray book = part(workbook, QStringLiteral("xl/workbook.xml"));
    QByteArray relations = part(workbook, QStringLiteral("xl/_rels/workbook.xml.rels"));
    QByteArray types = part(workbook, QStringLiteral("[Content_Types].xml"));
    const QByteArray file = "sheet" + QByteArray::number(900 + before) + ".xml";
    const QByteArray id = "rIdAdded" + QByteArray::number(before);
    const QByteArray element = "<sheet name=\"" + name.toHtmlEscaped().toUtf8() + "\" sheetId=\"" +
                               QByteArray::number(900 + before) + "\"" +
                               (hidden ? QByteArray(" state=\"hidden\"") : QByteArray()) + " r:id=\"" + id + "\"/>";
    qsizetype at = book.indexOf("<sheet ");
    for (int i = 0; i < before && at >= 0; ++i)
        at = book.indexOf("<sheet ", at + 1);
    if (at < 0)
        at = book.indexOf("</sheets>");
    book.insert(at, element);
    relations.replace("</Relationships>", "<Relationship Id=\"" + id +
                                              "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                              "relationships/worksheet\" Target=\"worksheets/" +
                                              file + "\"/></Relationships>");
    types.replace("</Types>", "<Override PartName=\"/xl/worksheets/" + file +
                                  "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                                  "worksheet+xml\"/></Types>");
    return setParts(workbook, {{QStringLiteral("xl/workbook.xml"), book},
                               {QStringLiteral("xl/_rels/workbook.xml.rels"), relations},
                               {QStringLiteral("[Content_Types].xml"), types},
                               {QStringLiteral("xl/worksheets/") + QString::fromLatin1(file), sheetXml}});
}

} // namespace wres::test
