#include "Tag.h"

namespace wres::core {

QString Tag::toText() const
{
    return kind.isEmpty() ? name : kind + QStringLiteral(": ") + name;
}

Tags parseTags(const QString& text)
{
    Tags tags;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.simplified();
        if (part.isEmpty())
            continue;
        const qsizetype colon = part.indexOf(QStringLiteral(": "));
        Tag tag;
        if (colon > 0) {
            tag.kind = part.left(colon).trimmed();
            tag.name = part.mid(colon + 2).trimmed();
        } else {
            tag.name = part;
        }
        if (!tags.contains(tag))
            tags << tag;
    }
    return tags;
}

QString tagsToText(const Tags& tags)
{
    QStringList parts;
    for (const Tag& tag : tags)
        parts << tag.toText();
    return parts.join(QStringLiteral("; "));
}

} // namespace wres::core
