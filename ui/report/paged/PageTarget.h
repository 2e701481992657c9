#pragma once

#include "PageStructure.h"

#include <QPageLayout>

class QPaintDevice;
class QPagedPaintDevice;

namespace wres::ui::report {

// Where pages are painted: a device with pages, and what it keeps of the structure.
class PageTarget
{
public:
    virtual ~PageTarget() = default;
    virtual QPaintDevice& device() = 0;
    virtual QPageLayout pageLayout() const = 0;
    virtual void setPageLayout(const QPageLayout& layout) = 0;
    virtual bool newPage() = 0;
    virtual PageStructure& structure() = 0;
};

// A QPrinter or QPdfWriter: pages, and no structure.
class PagedDeviceTarget : public PageTarget
{
public:
    explicit PagedDeviceTarget(QPagedPaintDevice& device) : m_device(device) {}
    QPaintDevice& device() override;
    QPageLayout pageLayout() const override;
    void setPageLayout(const QPageLayout& layout) override;
    bool newPage() override;
    PageStructure& structure() override { return m_structure; }

private:
    QPagedPaintDevice& m_device;
    PageStructure m_structure;
};

} // namespace wres::ui::report
