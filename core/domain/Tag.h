#pragma once

#include <QList>
#include <QString>

namespace wres::core {

// A label from a framework beside WRES that a theme or action carries, e.g. kind "People Promise",
// name "We are compassionate and inclusive".
struct Tag
{
    QString kind;
    QString name;

    // "People Promise: We work flexibly", or just the name when kind is empty.
    QString toText() const;
    friend bool operator==(const Tag&, const Tag&) = default;
};

using Tags = QList<Tag>;

// "Kind: Name; Kind: Name" <-> tags. The kind is everything before the first ": ".
Tags parseTags(const QString& text);
QString tagsToText(const Tags& tags);

} // namespace wres::core
