#include "CsvTable.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

namespace wres::core {
namespace {

// Byte offset of the first invalid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int extra = 0;
        unsigned int codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        static constexpr unsigned int kMinimum[] = {0, 0x80, 0x800, 0x10000};
        if (codePoint < kMinimum[extra] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

int lineOfOffset(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

bool isBlank(const QStringList& fields)
{
    return fields.size() == 1 && fields.front().isEmpty();
}

} // namespace

CsvTable readCsv(const QByteArray& input, const QString& fileName, Problems& problems)
{
    CsvTable table;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        problems << Problem{
            fileName, 0, {}, QCoreApplication::translate("wres", "the file is empty; a header row is expected")};
        return table;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        problems << Problem{
            fileName,
            lineOfOffset(bytes, bad),
            {},
            QCoreApplication::translate("wres", "the file is not valid UTF-8 (byte %1); save it as \"CSV UTF-8\"")
                .arg(bad + 1)};
        return table;
    }
    const QString text = QString::fromUtf8(bytes);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field just closed
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endField = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&](int nextLine) {
        endField();
        if (!isBlank(record.fields))
            records << record;
        record = CsvRecord{};
        record.line = nextLine;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                field += u'\n';
                ++i;
                ++line;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord(line);
        } else if (afterQuote) {
            problems << Problem{fileName,
                                line,
                                {},
                                QCoreApplication::translate(
                                    "wres", "unexpected text after a closing quote (field %1); a quote inside a "
                                            "quoted field is written as two quotes \"\"")
                                    .arg(record.fields.size() + 1)};
            return table;
        } else if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            quoteLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        problems << Problem{
            fileName,
            quoteLine,
            {},
            QCoreApplication::translate("wres", "a quoted field (field %1) is never closed; add the closing quote")
                .arg(record.fields.size() + 1)};
        return table;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || afterQuote)
        endRecord(line);

    if (records.isEmpty()) {
        problems << Problem{
            fileName, 0, {}, QCoreApplication::translate("wres", "the file is empty; a header row is expected")};
        return table;
    }
    table.header = records.takeFirst().fields;
    table.records = std::move(records);
    return table;
}

void appendCsvRecord(QByteArray& out, const QStringList& fields)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    bool first = true;
    for (const QString& field : fields) {
        if (!first)
            out += ',';
        first = false;
        // Encode straight into the output (no temporary per field), then look at the bytes once:
        // quote when a separator, quote or line break is inside, or spaces at either end.
        const qsizetype start = out.size();
        out.resize(start + encoder.requiredSpace(field.size()));
        char* end = encoder.appendToBuffer(out.data() + start, field);
        out.truncate(end - out.constData());
        const QByteArrayView bytes(out.constData() + start, out.size() - start);
        bool quote = !bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' ');
        qsizetype quotes = 0;
        for (const char c : bytes) {
            quotes += c == '"';
            quote = quote || c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote)
            continue;
        if (quotes == 0) {
            out.insert(start, '"'); // the field is at the end of the buffer: a short move
            out += '"';
            continue;
        }
        const QByteArray raw(out.constData() + start, out.size() - start);
        out.truncate(start);
        out += '"';
        qsizetype from = 0;
        for (qsizetype at = raw.indexOf('"'); at >= 0; at = raw.indexOf('"', from)) {
            out.append(raw.constData() + from, at - from + 1);
            out += '"';
            from = at + 1;
        }
        out.append(raw.constData() + from, raw.size() - from);
        out += '"';
    }
    out += "\r\n";
}

namespace {

bool startsWithTrigger(const QString& text, qsizetype from)
{
    if (from >= text.size())
        return false;
    const QChar c = text.at(from);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

qsizetype leadingApostrophes(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u'\'')
        ++i;
    return i;
}

} // namespace

QString guardCsvText(const QString& text)
{
    return startsWithTrigger(text, leadingApostrophes(text)) ? QLatin1Char('\'') + text : text;
}

QString unguardCsvText(const QString& text)
{
    const qsizetype apostrophes = leadingApostrophes(text);
    return apostrophes > 0 && startsWithTrigger(text, apostrophes) ? text.mid(1) : text;
}

} // namespace wres::core
