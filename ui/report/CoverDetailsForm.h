#pragma once

#include "domain/CoverDetails.h"
#include "metrics/ChangeJudgement.h"

#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace wres::ui {

// The board paper's cover and the change tolerances as a form: the board-pack dialog's second page.
// Shows the plan's kept words (empty purpose and recommendation show the default as a placeholder).
class CoverDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit CoverDetailsForm(QWidget* parent = nullptr);

    void setCover(const core::CoverDetails& cover, const QString& frameworkName);
    core::CoverDetails cover() const;
    void setTolerance(const core::ChangeTolerance& tolerance);
    core::ChangeTolerance tolerance() const;

private:
    QLineEdit* m_agendaItem;
    QLineEdit* m_author;
    QLineEdit* m_presenter;
    QPlainTextEdit* m_purpose;
    QPlainTextEdit* m_recommendation;
    QPlainTextEdit* m_committees;
    QLineEdit* m_organisation;
    QLineEdit* m_updatesTo;
    QDoubleSpinBox* m_ratio;
    QDoubleSpinBox* m_points;
};

} // namespace wres::ui
