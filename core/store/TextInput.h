#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace wres::core::TextInput {

// Refuses (InvalidRequest, nothing changed) a text the plan cannot keep (domain/TextLimits: longer
// than a spreadsheet cell, a NUL, half a character), naming it: "Action 2.3, progress: the text is
// 40,000 characters long; …". what is called only when there is something to say.
void require(const QString& text, const std::function<QString()>& what);
void require(const QStringList& texts, const std::function<QString()>& what);

} // namespace wres::core::TextInput
