#include "TopAlignedDelegate.h"

namespace wres::ui {

void TopAlignedDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->decorationAlignment = Qt::AlignLeft | Qt::AlignTop;
}

} // namespace wres::ui
