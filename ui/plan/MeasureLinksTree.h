#pragma once

#include "domain/IndicatorLinks.h"

#include <QTreeWidget>

namespace wres::ui {

// The measures of the frameworks beside the plan's own that an action can be linked to: WDES metrics
// and the EDI Improvement Plan's high impact actions (HIA), grouped by framework and nested as their
// catalogues nest them (WDES 4 > 4a > 4a(i); HIA 2 > 2a). Each is a check box: Space ticks the
// current one, the arrows move and open the groups. A framework with a link opens when an action
// is shown, so every link is seen.
//
// A link no item stands for (a measure this version's catalogue lacks) is kept as it was and given
// back by links(), so saving an action never drops a link it could not show.
class MeasureLinksTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit MeasureLinksTree(QWidget* parent = nullptr);

    void setLinks(const QList<core::IndicatorRef>& links);
    // The ticked measures in catalogue order (WDES, then HIA), then the links kept unshown.
    QList<core::IndicatorRef> links() const;
    // Puts two lists of links in the order links() gives, so that they can be compared.
    static QList<core::IndicatorRef> ordered(const QList<core::IndicatorRef>& links);
    // The item for a measure, or nullptr.
    QTreeWidgetItem* itemFor(const core::IndicatorRef& link) const;

signals:
    void linksChanged();

private:
    void fitHeight();

    QList<core::IndicatorRef> m_unshown;
    bool m_loading = false;
};

} // namespace wres::ui
