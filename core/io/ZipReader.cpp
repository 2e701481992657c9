#include "ZipReader.h"

#include <zlib.h>

namespace wres::core {
namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kLargestMember = 256u * 1024 * 1024; // a plan's sheet is far smaller; refuses zip bombs

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

std::optional<QByteArray> ZipReader::file(const QString& name) const
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd())
        return std::nullopt;
    const Entry& e = *it;
    if ((e.flags & 1) != 0 || e.size > kLargestMember || (e.method != 0 && e.method != 8))
        return std::nullopt; // encrypted, too large, or compressed in a way workbooks never are
    const qsizetype local = e.localOffset;
    if (local + 30 > m_bytes.size() || u32(m_bytes, local) != kLocalHeader)
        return std::nullopt;
    const qsizetype data = local + 30 + u16(m_bytes, local + 26) + u16(m_bytes, local + 28);
    if (data + qsizetype(e.compressedSize) > m_bytes.size())
        return std::nullopt;
    QByteArray out;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            return std::nullopt;
        out = m_bytes.mid(data, e.size);
    } else {
        out.resize(e.size);
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return std::nullopt;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_bytes.constData() + data));
        stream.avail_in = e.compressedSize;
        stream.next_out = reinterpret_cast<Bytef*>(out.data());
        stream.avail_out = e.size;
        const int result = inflate(&stream, Z_FINISH);
        const uLong produced = stream.total_out;
        inflateEnd(&stream);
        if (result != Z_STREAM_END || produced != e.size)
            return std::nullopt;
    }
    if (crc32(0L, reinterpret_cast<const Bytef*>(out.constData()), uInt(out.size())) != e.crc)
        return std::nullopt;
    return out;
}

} // namespace wres::core
