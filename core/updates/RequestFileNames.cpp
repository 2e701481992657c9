// UpdateRequests::fileNames: a request's lead made into a file name safe on every system.
#include "UpdateRequests.h"
#include "domain/LeadName.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTextBoundaryFinder>

namespace wres::core::UpdateRequests {
namespace {

constexpr int kSuffixRoom = 8; // "." and the longest suffix used ("xlsx", "pdf")

bool unsafe(char32_t c)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || forbidden.contains(QChar(c)) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0xFEFF || (c >= 0xD800 && c <= 0xDFFF);
}

bool reserved(const QString& base)
{
    // Windows treats these as devices whatever the extension: "NUL.txt", "com1 .xlsx".
    QString stem = base.section(QLatin1Char('.'), 0, 0);
    while (stem.endsWith(QLatin1Char(' ')))
        stem.chop(1);
    stem = stem.toUpper();
    static const QSet<QString> devices = {QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
                                          QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (devices.contains(stem))
        return true;
    if (stem.size() == 4 && (stem.startsWith(u"COM") || stem.startsWith(u"LPT"))) {
        const QChar n = stem[3];
        return (n >= u'1' && n <= u'9') || n == QChar(0x00B9) || n == QChar(0x00B2) || n == QChar(0x00B3);
    }
    return false;
}

QString trimEnds(QString name)
{
    name = name.simplified();
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1); // Windows drops trailing dots and spaces
    return name;
}

// The longest start of text, cut between characters as a reader sees them, within bytes of UTF-8.
QString cut(const QString& text, int bytes)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype keep = 0;
    for (qsizetype at = graphemes.toNextBoundary(); at > 0; at = graphemes.toNextBoundary()) {
        if (text.left(at).toUtf8().size() > bytes)
            break;
        keep = at;
    }
    return text.left(keep);
}

QString mark(const QString& lead)
{
    const QByteArray digest = QCryptographicHash::hash(LeadName::key(lead).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral(" ~") + QString::fromLatin1(digest.toHex().left(8));
}

struct Base
{
    QString text;
    bool marked = false;
};

Base safeBase(const QString& lead)
{
    QString clean;
    for (const char32_t c : LeadName::normalised(lead).toUcs4())
        clean += unsafe(c) ? QStringLiteral("-") : QString::fromUcs4(&c, 1);
    clean = trimEnds(clean);
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1); // a leading dot hides a file
    clean = trimEnds(clean);
    if (clean.isEmpty())
        clean = QStringLiteral("Lead");
    else if (reserved(clean))
        clean.prepend(QStringLiteral("Lead "));
    if (clean.toUtf8().size() + kSuffixRoom <= kMaxFileNameBytes)
        return {clean, false};
    const QString suffix = mark(lead);
    return {trimEnds(cut(clean, kMaxFileNameBytes - kSuffixRoom - int(suffix.toUtf8().size()))) + suffix, true};
}

QString folded(const QString& name)
{
    return LeadName::key(name);
}

} // namespace

QStringList fileNames(const QList<LeadRequest>& requests, const QString& suffix)
{
    QList<Base> bases;
    QHash<QString, int> uses;
    for (const LeadRequest& r : requests) {
        bases << safeBase(r.lead);
        ++uses[folded(bases.last().text)];
    }
    for (qsizetype i = 0; i < bases.size(); ++i) {
        if (bases[i].marked || uses.value(folded(bases[i].text)) < 2)
            continue;
        const QString suffixMark = mark(requests[i].lead);
        bases[i].text =
            trimEnds(cut(bases[i].text, kMaxFileNameBytes - kSuffixRoom - int(suffixMark.toUtf8().size()))) +
            suffixMark;
        bases[i].marked = true;
    }
    QStringList names;
    QSet<QString> taken;
    for (const Base& base : std::as_const(bases)) {
        QString name = base.text + QLatin1Char('.') + suffix;
        // Two leads with one digest (or one lead twice): never one file for both, nor a long one.
        for (int n = 2; taken.contains(folded(name)); ++n) {
            const QString number = QStringLiteral(" (%1)").arg(n);
            const int room = kMaxFileNameBytes - kSuffixRoom - int(number.toUtf8().size());
            name = (base.text.toUtf8().size() > room ? trimEnds(cut(base.text, room)) : base.text) + number +
                   QLatin1Char('.') + suffix;
        }
        taken.insert(folded(name));
        names << name;
    }
    return names;
}

} // namespace wres::core::UpdateRequests
