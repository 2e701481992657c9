#include "PageTarget.h"

#include <QPagedPaintDevice>

namespace wres::ui::report {

QPaintDevice& PagedDeviceTarget::device()
{
    return m_device;
}

QPageLayout PagedDeviceTarget::pageLayout() const
{
    return m_device.pageLayout();
}

void PagedDeviceTarget::setPageLayout(const QPageLayout& layout)
{
    m_device.setPageLayout(layout);
}

bool PagedDeviceTarget::newPage()
{
    return m_device.newPage();
}

} // namespace wres::ui::report
