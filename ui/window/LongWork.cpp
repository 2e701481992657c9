#include "LongWork.h"

namespace wres::ui::LongWork {

ProgressHook& progressHook()
{
    static ProgressHook hook;
    return hook;
}

} // namespace wres::ui::LongWork
