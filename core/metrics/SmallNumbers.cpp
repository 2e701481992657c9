#include "SmallNumbers.h"

#include <QCoreApplication>
#include <QStringList>

namespace wres::core::SmallNumbers {

bool applies(const MetricFigure& figure)
{
    if (figure.redacted || !figure.value)
        return false;
    for (const MetricPart& part : figure.parts)
        if ((part.count && *part.count < kBelow) || (part.total && *part.total < kBelow))
            return true;
    return false;
}

QString flag()
{
    return QCoreApplication::translate("BoardPack", "based on small numbers");
}

QString sentence(const QStringList& figures, const QString& period)
{
    if (figures.isEmpty())
        return {};
    QString list = figures.size() == 1 ? figures.front()
                                       : QStringList(figures.mid(0, figures.size() - 1)).join(QStringLiteral(", ")) +
                                             QCoreApplication::translate("BoardPack", " and ") + figures.back();
    return QCoreApplication::translate("BoardPack",
                                       "Based on small numbers (fewer than %1 people in a group or in all): %2 in %3. "
                                       "A change of one or two people moves %4 noticeably.")
        .arg(kBelow)
        .arg(list, period,
             figures.size() == 1 ? QCoreApplication::translate("BoardPack", "this figure")
                                 : QCoreApplication::translate("BoardPack", "these figures"));
}

QString methodSentence()
{
    return QCoreApplication::translate("BoardPack",
                                       "A figure is marked \"based on small numbers\" when any count or total behind "
                                       "it is below %1: a change of one or two people moves it noticeably, so its "
                                       "change on the previous year is read with care.")
        .arg(kBelow);
}

} // namespace wres::core::SmallNumbers
