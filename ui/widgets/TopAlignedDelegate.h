#pragma once

#include <QStyledItemDelegate>

namespace wres::ui {

// Draws a cell's icon at the top, beside the first line of its text, as the text is drawn when a
// row grows to fit a long action (the default centres the icon in the row's height, far from its
// word).
class TopAlignedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace wres::ui
