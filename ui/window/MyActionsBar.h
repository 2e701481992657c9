#pragma once

#include <QToolBar>

class QComboBox;

namespace wres::ui {

class PlanDocument;
class PlanPane;

// The My actions toolbar: a lead chosen from the plan's leads (remembered between runs; a lead's
// own on a team plan) and the toggle that shows all of that lead's actions, overdue first.
class MyActionsBar : public QToolBar
{
    Q_OBJECT
public:
    MyActionsBar(PlanPane& pane, const PlanDocument& document, QWidget* parent = nullptr);

    QAction* toggle() const { return m_toggle; }
    QComboBox* leadBox() const { return m_lead; }
    // My actions for this lead (also chosen in the box), or off with an empty lead.
    void showMyActions(const QString& lead);

private:
    void fillLeads();

    PlanPane& m_pane;
    const PlanDocument& m_document;
    QComboBox* m_lead;
    QAction* m_toggle;
};

} // namespace wres::ui
