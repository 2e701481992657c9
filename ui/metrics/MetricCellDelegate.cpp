#include "MetricCellDelegate.h"

#include "MetricGridModel.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace wres::ui {

QWidget* MetricCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    const auto* model = qobject_cast<const MetricGridModel*>(index.model());
    using RowKind = MetricGridModel::RowKind;
    const RowKind kind = model ? model->row(index.row()).kind : RowKind::Count;
    static const QRegularExpression count(QStringLiteral("\\d{0,9}|[Rr]"));
    static const QRegularExpression value(QStringLiteral("-?\\d{0,6}([.]\\d{0,6})?"));
    static const QRegularExpression score(QStringLiteral("\\d{0,2}([.]\\d{0,3})?"));
    static const QRegularExpression answer(QStringLiteral("[YyNn01]|[Yy][Ee][Ss]?|[Nn][Oo]"));
    switch (kind) {
    case RowKind::Published:
        editor->setValidator(new QRegularExpressionValidator(value, editor));
        editor->setAccessibleName(tr("Published value"));
        break;
    case RowKind::Score:
        editor->setValidator(new QRegularExpressionValidator(score, editor));
        editor->setAccessibleName(tr("Score from 0 to 10"));
        break;
    case RowKind::Answer:
        editor->setValidator(new QRegularExpressionValidator(answer, editor));
        editor->setAccessibleName(tr("Yes or No"));
        break;
    case RowKind::Narrative:
        editor->setAccessibleName(tr("Practical example"));
        return editor; // free text, left-aligned
    default:
        editor->setValidator(new QRegularExpressionValidator(count, editor));
        editor->setAccessibleName(tr("Whole number, or R"));
        break;
    }
    editor->setAlignment(Qt::AlignRight);
    return editor;
}

} // namespace wres::ui
