#pragma once

#include <QStyledItemDelegate>

namespace wres::ui {

// Editors for the metric grid that refuse, as the user types, what cannot be a count (a minus
// sign, a decimal point, letters other than R) or a published value.
class MetricCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace wres::ui
