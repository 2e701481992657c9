#include "MetricFigure.h"

namespace wres::core {

bool MetricFigure::restsOnHiddenCount() const
{
    for (const MetricPart& part : parts)
        if (part.hidden)
            return true;
    return false;
}

} // namespace wres::core
