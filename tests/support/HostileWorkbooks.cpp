#include "HostileWorkbooks.h"

#include "io/ZipReader.h"

#include <QtEndian>

#include <stdexcept>
#include <zlib.h>

namespace wres::test::HostileWorkbooks {
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

// Raw deflate (as zip members hold it) of everything the generator gives, with its CRC and size.
struct Deflated
{
    QByteArray data;
    quint32 crc = 0;
    quint32 size = 0;
};

Deflated deflatedMember(const Generator& generate)
{
    Deflated out;
    z_stream stream{};
    if (deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    uLong crc = crc32(0L, nullptr, 0);
    quint64 size = 0;
    char buffer[65536];
    const auto pump = [&](const QByteArray& chunk, int flush) {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.constData()));
        stream.avail_in = uInt(chunk.size());
        do {
            stream.next_out = reinterpret_cast<Bytef*>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, flush);
            out.data.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    };
    generate([&](const QByteArray& chunk) {
        crc = crc32(crc, reinterpret_cast<const Bytef*>(chunk.constData()), uInt(chunk.size()));
        size += quint64(chunk.size());
        pump(chunk, Z_NO_FLUSH);
    });
    pump(QByteArray(), Z_FINISH);
    deflateEnd(&stream);
    if (size > 0xffffffffu)
        throw std::runtime_error("a member over 4 GB needs Zip64");
    out.crc = quint32(crc);
    out.size = quint32(size);
    return out;
}

const QByteArray kHeaderCells[] = {"theme", "objective", "action", "leads", "timescale", "status"};

QByteArray inlineCell(const QByteArray& reference, const QByteArray& text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// Chunks of a repeated piece, count times, as a generator.
std::function<void(const std::function<void(const QByteArray&)>&)>
repeated(const QByteArray& head, const QByteArray& piece, qint64 count, const QByteArray& tail)
{
    return [=](const std::function<void(const QByteArray&)>& sink) {
        sink(head);
        QByteArray chunk;
        for (qint64 i = 0; i < count; ++i) {
            chunk += piece;
            if (chunk.size() > 1 << 20) {
                sink(chunk);
                chunk.clear();
            }
        }
        sink(chunk + tail);
    };
}

const QByteArray kSheetHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
                              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
const QByteArray kSheetTail = "</sheetData></worksheet>";

QList<Member> packageParts(const QByteArray& sheets, const QByteArray& relations, const QByteArray& sharedStrings)
{
    QList<Member> members;
    members << Member{"[Content_Types].xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
                      "Extension=\"xml\" ContentType=\"application/xml\"/></Types>"};
    members << Member{"xl/workbook.xml",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
                          sheets + "</sheets></workbook>"};
    members << Member{"xl/_rels/workbook.xml.rels",
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                          relations + "</Relationships>"};
    if (!sharedStrings.isEmpty())
        members << Member{"xl/sharedStrings.xml",
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                              sharedStrings + "</sst>"};
    return members;
}

const QByteArray kOneSheet = "<sheet name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/>";
const QByteArray kOneRelation = "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                                "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>";

// A workbook whose sheet part is generated (for parts larger than the test should hold).
QByteArray generatedWorkbook(const Generator& sheet, const QByteArray& sharedStrings = {})
{
    QList<Member> members = packageParts(kOneSheet, kOneRelation, sharedStrings);
    members << Member{"xl/worksheets/sheet1.xml", {}, sheet};
    return deflatedZip(members);
}

QByteArray planRow(int row)
{
    const QByteArray r = QByteArray::number(row);
    const QByteArray cells[] = {"Recruitment", "Inclusive recruitment", "Diverse panels", "Head of EDI", "June 2024",
                                "In progress"};
    QByteArray out = "<row r=\"" + r + "\">";
    for (int c = 0; c < 6; ++c)
        out += inlineCell(QByteArray(1, char('A' + c)) + r, cells[c]);
    return out + "</row>";
}

} // namespace

QByteArray deflatedZip(const QList<Member>& members)
{
    QByteArray out;
    QByteArray directory;
    for (const Member& m : members) {
        const QByteArray name = m.name.toUtf8();
        const Deflated d = deflatedMember(
            m.generate ? m.generate : [&](const std::function<void(const QByteArray&)>& sink) { sink(m.bytes); });
        const quint32 size = m.claimedSize ? m.claimedSize : d.size;
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0x0800);
        put16(out, 8);
        put16(out, 0);
        put16(out, 0x21);
        put32(out, d.crc);
        put32(out, quint32(d.data.size()));
        put32(out, size);
        put16(out, quint16(name.size()));
        put16(out, 0);
        out += name;
        out += d.data;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0x0800);
        put16(directory, 8);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, d.crc);
        put32(directory, quint32(d.data.size()));
        put32(directory, size);
        put16(directory, quint16(name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += name;
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

QByteArray deflated(const QByteArray& workbook, const QString& replaced, const Generator& by)
{
    const core::ZipReader reader(workbook);
    QList<Member> members;
    for (const QString& name : reader.names())
        members << (name == replaced ? Member{name, {}, by} : Member{name, reader.file(name).value_or(QByteArray())});
    return deflatedZip(members);
}

QByteArray headerRow()
{
    QByteArray out = "<row r=\"1\">";
    for (int c = 0; c < 6; ++c)
        out += inlineCell(QByteArray(1, char('A' + c)) + "1", kHeaderCells[c]);
    return out + "</row>";
}

QByteArray workbook(const QByteArray& sheetData, const QByteArray& sharedStrings)
{
    QList<Member> members = packageParts(kOneSheet, kOneRelation, sharedStrings);
    members << Member{"xl/worksheets/sheet1.xml", kSheetHead + sheetData + kSheetTail};
    return deflatedZip(members);
}

namespace {

Generator fixed(const QByteArray& sheetData)
{
    return
        [sheetData](const std::function<void(const QByteArray&)>& sink) { sink(kSheetHead + sheetData + kSheetTail); };
}

// A shape whose hostility is its sheet: the workbook is that sheet (and the shared strings given).
Shape sheetShape(const char* name, const char* description, bool refused, const char* limit, const Generator& sheet,
                 const QByteArray& sharedStrings = {})
{
    return Shape{QString::fromLatin1(name),
                 QString::fromUtf8(description),
                 refused,
                 QString::fromUtf8(limit),
                 [=] { return generatedWorkbook(sheet, sharedStrings); },
                 sheet};
}

const QByteArray kSst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

QByteArray withParts(const QList<Member>& extra, const QByteArray& sheets = kOneSheet,
                     const QByteArray& relations = kOneRelation)
{
    QList<Member> members = packageParts(sheets, relations, {});
    members << Member{"xl/worksheets/sheet1.xml", kSheetHead + headerRow() + kSheetTail};
    return deflatedZip(members + extra);
}

} // namespace

QList<Shape> shapes()
{
    QList<Shape> list;
    QByteArray xfd = headerRow();
    for (int r = 2; r <= 4001; ++r)
        xfd += "<row r=\"" + QByteArray::number(r) + "\">" + inlineCell("XFD" + QByteArray::number(r), "x") + "</row>";
    list << sheetShape("xfd-cells", "one cell at column XFD on each of 4,000 rows", true, "to the right of the table",
                       fixed(xfd));
    list << sheetShape("empty-rows", "a million empty rows, then one action", false, "",
                       [](const std::function<void(const QByteArray&)>& sink) {
                           sink(kSheetHead + headerRow());
                           QByteArray chunk;
                           for (int r = 2; r <= 1000001; ++r) {
                               chunk += "<row r=\"" + QByteArray::number(r) + "\"/>";
                               if (chunk.size() > 1 << 20) {
                                   sink(chunk);
                                   chunk.clear();
                               }
                           }
                           sink(chunk + planRow(1000002) + kSheetTail);
                       });
    list << sheetShape("row-beyond-grid", "a row numbered 2,000,000", true, "beyond the last row",
                       fixed(headerRow() + planRow(2000000)));
    list << sheetShape("column-beyond-grid", "a cell at column XFE", true, "beyond the last column",
                       fixed(headerRow() + "<row r=\"2\">" + inlineCell("XFE2", "x") + "</row>"));
    list << sheetShape("long-cell", "a cell of 40,000 characters", true, "32,767",
                       fixed(headerRow() + "<row r=\"2\">" + inlineCell("C2", QByteArray(40000, 'a')) + "</row>"));
    list << sheetShape("deep-xml", "elements nested a million deep", true, "deep",
                       repeated(kSheetHead + headerRow() + "<row r=\"2\">", "<x>", 1000000, QByteArray()));
    list << sheetShape("zip-bomb", "a sheet part that inflates to 128 MB", true, "inflates to",
                       repeated(kSheetHead + headerRow(), "<!-- -->", 1 << 24, kSheetTail));
    {
        Shape lying{"lying-zip-bomb", "a sheet part that says it holds 1 KB and inflates to 128 MB", true, "damaged",
                    [] {
                        QList<Member> members = packageParts(kOneSheet, kOneRelation, {});
                        members << Member{"xl/worksheets/sheet1.xml",
                                          {},
                                          repeated(kSheetHead + headerRow(), "<!-- -->", 1 << 24, kSheetTail),
                                          1024};
                        return deflatedZip(members);
                    }};
        list << lying;
    }
    // 61 rows of 16,384 cells and one more row: every cell the one shared string.
    list << sheetShape(
        "many-cells", "1,000,001 filled cells", true, "filled cells",
        [](const std::function<void(const QByteArray&)>& sink) {
            sink(kSheetHead + headerRow());
            const QByteArray row = "<c t=\"s\"><v>0</v></c>";
            for (int r = 2; r <= 63; ++r)
                sink("<row r=\"" + QByteArray::number(r) + "\">" +
                     row.repeated(r == 63 ? 1000001 - 61 * 16384 : 16384) + "</row>");
            sink(kSheetTail);
        },
        "<si><t>a</t></si>");
    list << sheetShape("many-rows", "200,001 filled rows", true, "filled rows",
                       repeated(kSheetHead + headerRow(), "<row><c t=\"s\"><v>0</v></c></row>", 200001, kSheetTail),
                       "<si><t>a</t></si>");
    list << sheetShape("long-attribute", "a cell reference 39 million characters long", true, "beyond the last column",
                       repeated(kSheetHead + headerRow() + "<row r=\"2\"><c r=\"", "A", 39000000,
                                "2\"><v>1</v></c></row>" + kSheetTail));
    list << sheetShape("long-text-run", "one cell's text 39 million characters long", true, "32,767",
                       repeated(kSheetHead + headerRow() + "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>", "a",
                                39000000, "</t></is></c></row>" + kSheetTail));
    list << Shape{
        "everything-at-once", "shared strings near their limit, then a 39-million-character text", true, "32,767", [] {
            QList<Member> members = packageParts(kOneSheet, kOneRelation, {});
            members << Member{"xl/sharedStrings.xml",
                              {},
                              repeated(kSst, "<si><t>" + QByteArray(32000, 'a') + "</t></si>", 780, "</sst>")};
            members << Member{"xl/worksheets/sheet1.xml",
                              {},
                              repeated(kSheetHead + headerRow() +
                                           "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" "
                                           "t=\"inlineStr\"><is><t>",
                                       "a", 39000000, "</t></is></c></row>" + kSheetTail)};
            return deflatedZip(members);
        }};
    list << Shape{"many-shared-strings", "1,000,001 shared strings", true, "shared strings", [] {
                      return withParts(
                          {Member{"xl/sharedStrings.xml", {}, repeated(kSst, "<si><t>a</t></si>", 1000001, "</sst>")}});
                  }};
    list << Shape{"huge-shared-strings", "800 shared strings of 32,000 characters", true, "characters together", [] {
                      return withParts(
                          {Member{"xl/sharedStrings.xml",
                                  {},
                                  repeated(kSst, "<si><t>" + QByteArray(32000, 'a') + "</t></si>", 800, "</sst>")}});
                  }};
    list << Shape{"many-parts", "5,000 parts", true, "parts", [] {
                      QList<Member> extra;
                      for (int i = 0; i < 5000; ++i)
                          extra << Member{QStringLiteral("xl/media/empty%1.bin").arg(i), QByteArray()};
                      return withParts(extra);
                  }};
    list << Shape{"many-sheets", "300 sheets", true, "sheets", [] {
                      QByteArray sheets, relations;
                      for (int i = 1; i <= 300; ++i) {
                          const QByteArray n = QByteArray::number(i);
                          sheets += "<sheet name=\"S" + n + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
                          relations += "<Relationship Id=\"rId" + n + "\" Target=\"worksheets/sheet1.xml\"/>";
                      }
                      return withParts({}, sheets, relations);
                  }};
    list << Shape{"many-styles", "70,000 cell styles", true, "cell styles", [] {
                      return withParts({Member{"xl/styles.xml",
                                               {},
                                               repeated("<styleSheet xmlns=\"http://schemas.openxmlformats.org/"
                                                        "spreadsheetml/2006/main\"><cellXfs>",
                                                        "<xf numFmtId=\"0\"/>", 70000, "</cellXfs></styleSheet>")}});
                  }};
    return list;
}

} // namespace wres::test::HostileWorkbooks
