#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace wres::core {

// Reads the members of a zip package held in memory (an .xlsx workbook): stored or deflated
// members, checked against their CRC. No Zip64, no encryption (both refused as invalid). Written
// here rather than taken from QuaZip because QuaZip exports minizip's zip functions under their
// own names, and libxlsxwriter, which calls minizip's, then crashes in QuaZip's.
class ZipReader
{
public:
    explicit ZipReader(QByteArray bytes);
    bool isValid() const { return m_valid; }
    // The member's content; nullopt when there is none by that name (any case) or it is damaged.
    std::optional<QByteArray> file(const QString& name) const;
    // The members' names as stored, in the package's order.
    const QStringList& names() const { return m_names; }

private:
    struct Entry
    {
        quint16 method = 0;
        quint16 flags = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };
    QByteArray m_bytes;
    QHash<QString, Entry> m_entries; // by lower-case name
    QStringList m_names;
    bool m_valid = false;
};

} // namespace wres::core
