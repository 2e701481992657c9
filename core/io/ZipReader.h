#pragma once

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wres::core {

// Reads the members of a zip package held in memory (an .xlsx workbook): stored or deflated
// members, checked against their CRC. No Zip64, no encryption (both refused as invalid). Written
// here rather than taken from QuaZip because QuaZip exports minizip's zip functions under their
// own names, and libxlsxwriter, which calls minizip's, then crashes in QuaZip's.
// Bounded (io/XlsxLimits.h): a package of more than kMaxParts members is not valid; a member is
// inflated as it is read, never past kMaxPartBytes, and the members read from one package never
// past kMaxInflatedBytes together, so a zip bomb stops at the limit, not at the end of memory.
class ZipReader
{
public:
    explicit ZipReader(QByteArray bytes);
    bool isValid() const { return m_valid; }
    // Why the package is not valid, as the end of a sentence; empty when it is, or when it is
    // simply not a zip package.
    const QString& problem() const { return m_problem; }
    // The member inflated as it is read (a sequential device), or null when there is none by that
    // name (any case) or it cannot be read (problem says why). The device fails (read() gives -1,
    // errorString() says why) when the member is damaged or inflates past a limit.
    std::unique_ptr<QIODevice> open(const QString& name, QString* problem = nullptr) const;
    // The member's whole content; nullopt when there is none by that name (any case), it is damaged
    // or it is over a limit (problem says which).
    std::optional<QByteArray> file(const QString& name, QString* problem = nullptr) const;
    bool contains(const QString& name) const { return m_entries.contains(name.toLower()); }
    // The members' names as stored, in the package's order.
    const QStringList& names() const { return m_names; }

    struct Entry
    {
        quint16 method = 0;
        quint16 flags = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };

private:
    QByteArray m_bytes;
    QHash<QString, Entry> m_entries; // by lower-case name
    QStringList m_names;
    bool m_valid = false;
    QString m_problem;
    std::shared_ptr<qint64> m_inflated = std::make_shared<qint64>(0); // by every member read so far
};

} // namespace wres::core
