#include "PlanData.h"

namespace wres::core {

bool isPlainUid(const QString& text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool alnum = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!alnum && (i == 0 || (c != u'-' && c != u'.' && c != u'_')))
            return false;
    }
    return true;
}

int PlanData::actionCount() const
{
    int count = 0;
    for (const ThemeData& theme : themes)
        for (const ObjectiveData& objective : theme.objectives)
            count += int(objective.actions.size());
    return count;
}

} // namespace wres::core
