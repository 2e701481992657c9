#include "TrueTypeFont.h"

#include <QRawFont>

#include <algorithm>
#include <map>

namespace wres::ui::pdf {
namespace {

quint32 u16(const QByteArray& table, qsizetype at)
{
    if (at < 0 || at + 2 > table.size())
        return 0;
    return quint32(quint8(table[at])) << 8 | quint8(table[at + 1]);
}

int s16(const QByteArray& table, qsizetype at)
{
    return int(qint16(quint16(u16(table, at))));
}

quint32 u32(const QByteArray& table, qsizetype at)
{
    return u16(table, at) << 16 | u16(table, at + 2);
}

void put16(QByteArray& out, quint32 value)
{
    out += char((value >> 8) & 0xff);
    out += char(value & 0xff);
}

void put32(QByteArray& out, quint32 value)
{
    put16(out, value >> 16);
    put16(out, value & 0xffff);
}

void set32(QByteArray& table, qsizetype at, quint32 value)
{
    table[at] = char(value >> 24);
    table[at + 1] = char((value >> 16) & 0xff);
    table[at + 2] = char((value >> 8) & 0xff);
    table[at + 3] = char(value & 0xff);
}

quint32 checksum(const QByteArray& data)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < data.size(); i += 4) {
        quint32 word = 0;
        for (int b = 0; b < 4; ++b)
            word = word << 8 | (i + b < data.size() ? quint8(data[i + b]) : 0);
        sum += word;
    }
    return sum;
}

// The PostScript name from the name table: Windows Unicode first, then Macintosh Roman.
QByteArray readPostScriptName(const QByteArray& name)
{
    const quint32 count = u16(name, 2);
    const quint32 strings = u16(name, 4);
    QByteArray mac;
    for (quint32 i = 0; i < count; ++i) {
        const qsizetype record = 6 + 12 * qsizetype(i);
        const quint32 platform = u16(name, record), id = u16(name, record + 6);
        const quint32 length = u16(name, record + 8), offset = u16(name, record + 10);
        if (id != 6 || strings + offset + length > quint32(name.size()))
            continue;
        const QByteArray raw = name.mid(qsizetype(strings + offset), qsizetype(length));
        if (platform == 3 || platform == 0) {
            QByteArray ascii;
            for (qsizetype c = 1; c < raw.size(); c += 2)
                ascii += raw[c];
            return ascii;
        }
        if (platform == 1)
            mac = raw;
    }
    return mac;
}

} // namespace

TrueTypeFont::TrueTypeFont(const QRawFont& font)
{
    m_head = font.fontTable("head");
    m_hhea = font.fontTable("hhea");
    m_maxp = font.fontTable("maxp");
    m_hmtx = font.fontTable("hmtx");
    m_loca = font.fontTable("loca");
    m_glyf = font.fontTable("glyf");
    m_valid = m_head.size() >= 54 && m_hhea.size() >= 36 && m_maxp.size() >= 6 && !m_hmtx.isEmpty() &&
              !m_loca.isEmpty() && !m_glyf.isEmpty();
    if (!m_valid)
        return;
    m_cvt = font.fontTable("cvt ");
    m_fpgm = font.fontTable("fpgm");
    m_prep = font.fontTable("prep");
    m_unitsPerEm = std::max<int>(16, int(u16(m_head, 18)));
    m_bbox = QRectF(QPointF(s16(m_head, 36), s16(m_head, 38)), QPointF(s16(m_head, 40), s16(m_head, 42)));
    m_longLoca = s16(m_head, 50) == 1;
    m_glyphCount = int(u16(m_maxp, 4));
    m_metricCount = std::max<int>(1, int(u16(m_hhea, 34)));
    m_ascent = s16(m_hhea, 4);
    m_descent = s16(m_hhea, 6);
    int capHeight = 0;
    const QByteArray os2 = font.fontTable("OS/2");
    if (os2.size() >= 78) {
        m_weightClass = int(u16(os2, 4));
        // Serif by IBM family class, or by PANOSE (Latin text with a serif style).
        const int familyClass = s16(os2, 30) >> 8;
        const int panoseFamily = quint8(os2[32]), panoseSerif = quint8(os2[33]);
        m_serif =
            (familyClass >= 1 && familyClass <= 7) || (panoseFamily == 2 && panoseSerif >= 2 && panoseSerif <= 10);
        if (u16(os2, 0) >= 2 && os2.size() >= 90)
            capHeight = s16(os2, 88);
    }
    const QByteArray post = font.fontTable("post");
    if (post.size() >= 16) {
        m_italicAngle = double(qint32(u32(post, 4))) / 65536.0;
        m_fixedPitch = u32(post, 12) != 0;
    }
    m_postScriptName = readPostScriptName(font.fontTable("name"));
    const qsizetype locaNeeded = qsizetype(m_glyphCount + 1) * (m_longLoca ? 4 : 2);
    m_valid = m_loca.size() >= locaNeeded && m_hmtx.size() >= 4 * m_metricCount;
    // A font whose OS/2 table predates the cap height (DejaVu's) has it as the top of its "H".
    if (capHeight == 0 && m_valid) {
        const QByteArray h = glyphData(font.glyphIndexesForString(QStringLiteral("H")).value(0));
        capHeight = h.size() >= 10 ? s16(h, 8) : int(m_ascent * 0.7);
    }
    m_capHeight = capHeight;
}

int TrueTypeFont::advance(quint32 glyph) const
{
    const quint32 index = std::min<quint32>(glyph, quint32(m_metricCount - 1));
    return int(u16(m_hmtx, 4 * qsizetype(index)));
}

QByteArray TrueTypeFont::glyphData(quint32 glyph) const
{
    if (glyph >= quint32(m_glyphCount))
        return {};
    const quint32 start = m_longLoca ? u32(m_loca, 4 * qsizetype(glyph)) : 2 * u16(m_loca, 2 * qsizetype(glyph));
    const quint32 end = m_longLoca ? u32(m_loca, 4 * qsizetype(glyph + 1)) : 2 * u16(m_loca, 2 * qsizetype(glyph + 1));
    if (end <= start || end > quint32(m_glyf.size()))
        return {};
    return m_glyf.mid(qsizetype(start), qsizetype(end - start));
}

QByteArray TrueTypeFont::subset(std::vector<bool> used) const
{
    used.resize(std::size_t(m_glyphCount), false);
    if (m_glyphCount > 0)
        used[0] = true;
    // Composite glyphs are drawn from other glyphs: keep those too (and theirs, in turn).
    std::vector<quint32> pending;
    for (std::size_t g = 0; g < used.size(); ++g)
        if (used[g])
            pending.push_back(quint32(g));
    while (!pending.empty()) {
        const QByteArray data = glyphData(pending.back());
        pending.pop_back();
        if (data.size() < 10 || s16(data, 0) >= 0)
            continue;
        qsizetype at = 10;
        for (bool more = true; more && at + 4 <= data.size();) {
            const quint32 flags = u16(data, at);
            const quint32 component = u16(data, at + 2);
            at += 4 + ((flags & 0x0001) ? 4 : 2);
            at += (flags & 0x0008) ? 2 : (flags & 0x0040) ? 4 : (flags & 0x0080) ? 8 : 0;
            more = flags & 0x0020;
            if (component < used.size() && !used[component]) {
                used[component] = true;
                pending.push_back(component);
            }
        }
    }

    QByteArray glyf, loca;
    loca.reserve(4 * qsizetype(m_glyphCount + 1));
    for (int g = 0; g < m_glyphCount; ++g) {
        put32(loca, quint32(glyf.size()));
        if (used[std::size_t(g)]) {
            glyf += glyphData(quint32(g));
            while (glyf.size() % 4)
                glyf += '\0';
        }
    }
    put32(loca, quint32(glyf.size()));
    QByteArray head = m_head;
    head[50] = 0; // indexToLocFormat: long offsets
    head[51] = 1;
    set32(head, 8, 0); // checkSumAdjustment, set below

    std::map<QByteArray, QByteArray> tables{{"glyf", glyf},   {"head", head}, {"hhea", m_hhea},
                                            {"hmtx", m_hmtx}, {"loca", loca}, {"maxp", m_maxp}};
    if (!m_cvt.isEmpty())
        tables.emplace("cvt ", m_cvt);
    if (!m_fpgm.isEmpty())
        tables.emplace("fpgm", m_fpgm);
    if (!m_prep.isEmpty())
        tables.emplace("prep", m_prep);

    const auto count = quint32(tables.size());
    quint32 power = 1, log = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log;
    }
    QByteArray out;
    put32(out, 0x00010000);
    put16(out, count);
    put16(out, power * 16);
    put16(out, log);
    put16(out, count * 16 - power * 16);
    quint32 offset = 12 + 16 * count;
    QByteArray data;
    qsizetype headAt = 0;
    for (const auto& [tag, table] : tables) { // std::map keeps the tags sorted, as the directory must be
        out += tag;
        put32(out, checksum(table));
        put32(out, offset + quint32(data.size()));
        put32(out, quint32(table.size()));
        if (tag == "head")
            headAt = qsizetype(offset) + data.size();
        data += table;
        while (data.size() % 4)
            data += '\0';
    }
    out += data;
    set32(out, headAt + 8, 0xB1B0AFBA - checksum(out));
    return out;
}

} // namespace wres::ui::pdf
