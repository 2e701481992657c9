#pragma once

#include "io/ZipReader.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>
#include <zlib.h>

namespace wres::core {

// One member of a zip package, inflated as it is read, so that a member is never whole in memory
// and a zip bomb stops at the limit: reading fails (errorString() says why, naming the member and
// the limit) when the member inflates past its recorded size or XlsxLimits::kMaxPartBytes, when the
// package's members together pass XlsxLimits::kMaxInflatedBytes (counted in inflated), or when its
// content does not match its CRC at the end.
class ZipMemberDevice : public QIODevice
{
public:
    ZipMemberDevice(const QByteArray& package, qsizetype dataOffset, const ZipReader::Entry& entry, const QString& name,
                    std::shared_ptr<qint64> inflated);
    ~ZipMemberDevice() override;
    ZipMemberDevice(const ZipMemberDevice&) = delete;
    ZipMemberDevice& operator=(const ZipMemberDevice&) = delete;

    bool isSequential() const override { return true; }
    // Set once reading has failed: the member is damaged or over a limit.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(const QString& why);

    QByteArray m_package;
    qsizetype m_at;
    ZipReader::Entry m_entry;
    QString m_name;
    std::shared_ptr<qint64> m_inflated;
    z_stream m_stream{};
    bool m_streamOpen = false;
    bool m_finished = false;
    bool m_failed = false;
    qint64 m_produced = 0;
    uLong m_crc = 0;
};

} // namespace wres::core
