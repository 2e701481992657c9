#include "LinkRows.h"

#include "framework/Framework.h"

#include <algorithm>

namespace wres::core::LinkRows {

QString join()
{
    return QStringLiteral(" JOIN indicators i ON i.id = x.indicator_id JOIN frameworks f ON f.id = i.framework_id ");
}

void add(IndicatorLinks& links, const QString& framework, int number)
{
    if (framework == Framework::wres().code)
        links.numbers << number;
    else
        links.others << IndicatorRef{framework, number};
}

void sort(IndicatorLinks& links)
{
    std::sort(links.numbers.begin(), links.numbers.end());
    const auto& all = Framework::all();
    auto order = [&](const QString& code) {
        for (qsizetype i = 0; i < all.size(); ++i)
            if (all[i]->code == code)
                return i;
        return all.size();
    };
    std::sort(links.others.begin(), links.others.end(), [&](const IndicatorRef& a, const IndicatorRef& b) {
        return order(a.framework) != order(b.framework) ? order(a.framework) < order(b.framework) : a.number < b.number;
    });
}

} // namespace wres::core::LinkRows
