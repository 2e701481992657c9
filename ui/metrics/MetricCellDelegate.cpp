#include "MetricCellDelegate.h"

#include "MetricGridModel.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace wres::ui {

QWidget* MetricCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    const auto* model = qobject_cast<const MetricGridModel*>(index.model());
    const bool published = model && model->row(index.row()).kind == MetricGridModel::RowKind::Published;
    static const QRegularExpression count(QStringLiteral("\\d{0,9}|[Rr]"));
    static const QRegularExpression value(QStringLiteral("-?\\d{0,6}([.]\\d{0,6})?"));
    editor->setValidator(new QRegularExpressionValidator(published ? value : count, editor));
    editor->setAlignment(Qt::AlignRight);
    editor->setAccessibleName(published ? tr("Published value") : tr("Whole number, or R"));
    return editor;
}

} // namespace wres::ui
