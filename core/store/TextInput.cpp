#include "TextInput.h"

#include "StoreError.h"
#include "domain/TextLimits.h"

#include <QCoreApplication>

namespace wres::core::TextInput {

void require(const QString& text, const std::function<QString()>& what)
{
    if (const QString why = TextLimits::problem(text); !why.isEmpty())
        throw InvalidRequest(QCoreApplication::translate("wres", "%1: %2. Nothing was saved.").arg(what(), why));
}

void require(const QStringList& texts, const std::function<QString()>& what)
{
    for (const QString& text : texts)
        require(text, what);
}

} // namespace wres::core::TextInput
