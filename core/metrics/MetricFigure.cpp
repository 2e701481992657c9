#include "MetricFigure.h"

namespace wres::core {

bool MetricFigure::restsOnCountBelow(qint64 threshold) const
{
    for (const MetricPart& part : parts)
        if ((part.count && *part.count < threshold) || (part.total && *part.total < threshold))
            return true;
    return false;
}

} // namespace wres::core
