#include "ZipReader.h"

#include "domain/TextLimits.h"
#include "io/XlsxLimits.h"
#include "io/ZipMemberDevice.h"

#include <QCoreApplication>

namespace wres::core {
namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;

quint16 u16(const QByteArray& b, qsizetype at)
{
    return quint16(uchar(b[at]) | uchar(b[at + 1]) << 8);
}

quint32 u32(const QByteArray& b, qsizetype at)
{
    return quint32(uchar(b[at])) | quint32(uchar(b[at + 1])) << 8 | quint32(uchar(b[at + 2])) << 16 |
           quint32(uchar(b[at + 3])) << 24;
}

} // namespace

ZipReader::ZipReader(QByteArray bytes) : m_bytes(std::move(bytes))
{
    const qsizetype size = m_bytes.size();
    if (size < 22)
        return;
    // The end-of-directory record is within the last 64 KB + 22 bytes (its comment is at most 64 KB).
    qsizetype end = -1;
    for (qsizetype at = size - 22; at >= 0 && at >= size - 22 - 65535; --at)
        if (u32(m_bytes, at) == kEndOfDirectory) {
            end = at;
            break;
        }
    if (end < 0)
        return;
    const quint16 count = u16(m_bytes, end + 10);
    const quint32 directorySize = u32(m_bytes, end + 12);
    const quint32 directoryOffset = u32(m_bytes, end + 16);
    if (directoryOffset == 0xffffffffu || qsizetype(directoryOffset) + directorySize > end)
        return; // Zip64, or not a sound package
    if (count > XlsxLimits::kMaxParts) {
        m_problem = QCoreApplication::translate("wres", "the workbook has %1 parts, more than the %2 a workbook may "
                                                        "have; the file is refused")
                        .arg(TextLimits::number(count), TextLimits::number(XlsxLimits::kMaxParts));
        return;
    }
    qsizetype at = directoryOffset;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > end || u32(m_bytes, at) != kDirectoryEntry)
            return;
        Entry e;
        e.flags = u16(m_bytes, at + 8);
        e.method = u16(m_bytes, at + 10);
        e.crc = u32(m_bytes, at + 16);
        e.compressedSize = u32(m_bytes, at + 20);
        e.size = u32(m_bytes, at + 24);
        const quint16 nameLength = u16(m_bytes, at + 28);
        const quint16 extraLength = u16(m_bytes, at + 30);
        const quint16 commentLength = u16(m_bytes, at + 32);
        e.localOffset = u32(m_bytes, at + 42);
        if (at + 46 + nameLength > end)
            return;
        const QString name = QString::fromUtf8(m_bytes.constData() + at + 46, nameLength);
        m_entries.insert(name.toLower(), e);
        m_names << name;
        at += 46 + nameLength + extraLength + commentLength;
    }
    m_valid = true;
}

std::unique_ptr<QIODevice> ZipReader::open(const QString& name, QString* problem) const
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd())
        return nullptr;
    const Entry& e = *it;
    const QString damaged =
        QCoreApplication::translate("wres", "the workbook is damaged: its part %1 cannot be read").arg(name);
    const auto refuse = [&](const QString& why) -> std::unique_ptr<QIODevice> {
        if (problem)
            *problem = why;
        return nullptr;
    };
    if ((e.flags & 1) != 0 || (e.method != 0 && e.method != 8))
        return refuse(damaged); // encrypted, or compressed in a way workbooks never are
    if (qint64(e.size) > XlsxLimits::kMaxPartBytes)
        return refuse(QCoreApplication::translate("wres", "the workbook's part %1 inflates to %2 MB, more than the "
                                                          "%3 MB allowed for one part of a workbook; the file is "
                                                          "refused")
                          .arg(name)
                          .arg(qint64(e.size) / (1024 * 1024))
                          .arg(XlsxLimits::kMaxPartBytes / (1024 * 1024)));
    const qsizetype local = e.localOffset;
    if (local + 30 > m_bytes.size() || u32(m_bytes, local) != kLocalHeader)
        return refuse(damaged);
    const qsizetype data = local + 30 + u16(m_bytes, local + 26) + u16(m_bytes, local + 28);
    if (data + qsizetype(e.compressedSize) > m_bytes.size() || (e.method == 0 && e.compressedSize != e.size))
        return refuse(damaged);
    return std::make_unique<ZipMemberDevice>(m_bytes, data, e, name, m_inflated);
}

std::optional<QByteArray> ZipReader::file(const QString& name, QString* problem) const
{
    const std::unique_ptr<QIODevice> device = open(name, problem);
    if (!device)
        return std::nullopt;
    QByteArray out;
    out.reserve(qsizetype(m_entries.value(name.toLower()).size));
    char buffer[65536];
    for (;;) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0) {
            if (problem)
                *problem = device->errorString();
            return std::nullopt;
        }
        if (n == 0)
            break;
        out.append(buffer, qsizetype(n));
    }
    return out;
}

} // namespace wres::core
