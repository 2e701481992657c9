#pragma once

#include "ActionFilter.h"
#include "domain/PlanData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wres::ui {

// The filters above the action table: text as you type, lead, status, RAG, indicator, theme,
// overdue, due soon, no recent update (core::ActionQuery's rules). Shows how many actions match; one click (or
// Escape in the search box) clears them all.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The choices offered: the plan's leads and themes.
    void setPlan(const core::PlanData& plan, const QStringList& leads);
    ActionFilter filter() const;
    void setLead(const QString& lead);
    void clear();
    void setCount(int shown, int total);
    void focusSearch();

signals:
    void changed(const wres::ui::ActionFilter& filter);

private:
    void emitChanged();

    QLineEdit* m_text;
    QComboBox* m_lead;
    QComboBox* m_status;
    QComboBox* m_rag;
    QComboBox* m_indicator;
    QComboBox* m_theme;
    QCheckBox* m_overdue;
    QCheckBox* m_dueSoon;
    QCheckBox* m_stale;
    QLabel* m_count;
    QPushButton* m_clear;
    bool m_quiet = false;
};

} // namespace wres::ui
