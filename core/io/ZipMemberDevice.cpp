#include "ZipMemberDevice.h"

#include "domain/TextLimits.h"
#include "io/XlsxLimits.h"

#include <QCoreApplication>

#include <algorithm>

namespace wres::core {
namespace {

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
}

} // namespace

ZipMemberDevice::ZipMemberDevice(const QByteArray& package, qsizetype dataOffset, const ZipReader::Entry& entry,
                                 const QString& name, std::shared_ptr<qint64> inflated)
    : m_package(package), m_at(dataOffset), m_entry(entry), m_name(name), m_inflated(std::move(inflated))
{
    if (m_entry.method == 8) {
        m_streamOpen = inflateInit2(&m_stream, -MAX_WBITS) == Z_OK;
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_package.constData() + m_at));
        m_stream.avail_in = m_entry.compressedSize;
    }
    m_crc = crc32(0L, nullptr, 0);
    QIODevice::open(QIODevice::ReadOnly);
}

ZipMemberDevice::~ZipMemberDevice()
{
    if (m_streamOpen)
        inflateEnd(&m_stream);
}

qint64 ZipMemberDevice::fail(const QString& why)
{
    m_failed = true;
    setErrorString(why);
    return -1;
}

qint64 ZipMemberDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_finished || maxSize <= 0)
        return 0;
    const QString damaged =
        QCoreApplication::translate("wres", "the workbook is damaged: its part %1 cannot be read").arg(m_name);
    // Never more than the member says it holds, nor than the limits leave.
    const qint64 room =
        std::min<qint64>({maxSize, qint64(m_entry.size) - m_produced + 1, XlsxLimits::kMaxPartBytes - m_produced + 1,
                          XlsxLimits::kMaxInflatedBytes - *m_inflated + 1, qint64(1) << 30});
    qint64 produced = 0;
    bool end = false;
    if (m_entry.method == 0) {
        produced = std::min<qint64>(room, qint64(m_entry.size) - m_produced);
        memcpy(data, m_package.constData() + m_at + m_produced, size_t(produced));
        end = m_produced + produced == qint64(m_entry.size);
    } else {
        if (!m_streamOpen)
            return fail(damaged);
        m_stream.next_out = reinterpret_cast<Bytef*>(data);
        m_stream.avail_out = uInt(room);
        // A block header alone inflates to nothing: go on until there is something to give.
        while (produced == 0 && !end) {
            const int result = inflate(&m_stream, Z_NO_FLUSH);
            produced = room - m_stream.avail_out;
            if (result == Z_STREAM_END)
                end = true;
            else if (result != Z_OK)
                return fail(damaged);
        }
    }
    m_produced += produced;
    *m_inflated += produced;
    if (m_produced > XlsxLimits::kMaxPartBytes)
        return fail(QCoreApplication::translate("wres", "the workbook's part %1 inflates to more than %2, the limit "
                                                        "for one part of a workbook; the file is refused")
                        .arg(m_name, megabytes(XlsxLimits::kMaxPartBytes)));
    if (*m_inflated > XlsxLimits::kMaxInflatedBytes)
        return fail(QCoreApplication::translate("wres", "the workbook's parts inflate to more than %1 together, the "
                                                        "limit for a whole workbook; the file is refused")
                        .arg(megabytes(XlsxLimits::kMaxInflatedBytes)));
    if (m_produced > qint64(m_entry.size))
        return fail(damaged);
    m_crc = crc32(m_crc, reinterpret_cast<const Bytef*>(data), uInt(produced));
    if (end) {
        m_finished = true;
        if (m_produced != qint64(m_entry.size) || m_crc != m_entry.crc)
            return fail(damaged);
    }
    return produced;
}

} // namespace wres::core
