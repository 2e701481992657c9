#include "MyActionsBar.h"

#include "Settings.h"
#include "document/PlanDocument.h"
#include "plan/PlanPane.h"
#include "plan/PlanSession.h"
#include "widgets/TypeAheadComboBox.h"

#include <QComboBox>
#include <QLabel>

namespace wres::ui {

MyActionsBar::MyActionsBar(PlanPane& pane, const PlanDocument& document, QWidget* parent)
    : QToolBar(tr("My actions"), parent), m_pane(pane), m_document(document), m_lead(new TypeAheadComboBox)
{
    setObjectName(QStringLiteral("myActionsBar"));
    m_toggle = addAction(tr("My actions"));
    m_toggle->setObjectName(QStringLiteral("actionMyActions"));
    m_toggle->setCheckable(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_toggle->setToolTip(tr("Show all of this lead's actions, overdue first (Ctrl+M)"));
    auto* label = new QLabel(tr("  Lead: "));
    label->setBuddy(m_lead);
    m_lead->setObjectName(QStringLiteral("myLead"));
    m_lead->setAccessibleName(tr("Lead for My actions"));
    m_lead->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_lead->setMinimumContentsLength(16);
    addWidget(label);
    addWidget(m_lead);
    addSeparator();

    connect(m_toggle, &QAction::toggled, this,
            [this](bool on) { showMyActions(on ? m_lead->currentText() : QString()); });
    connect(m_lead, &QComboBox::currentTextChanged, this, [this](const QString& lead) {
        Settings::instance().set(Settings::Key::MyActionsLead, lead);
        if (m_toggle->isChecked())
            showMyActions(lead);
    });
    connect(&pane, &PlanPane::myActionsChanged, this, [this](bool on) {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(on);
    });
    connect(&document, &PlanDocument::reloaded, this, &MyActionsBar::fillLeads);
    connect(&document, &PlanDocument::outlineChanged, this, &MyActionsBar::fillLeads);
}

void MyActionsBar::fillLeads()
{
    const PlanSession* session = m_document.session();
    const QSignalBlocker block(m_lead);
    const QString current = m_lead->currentText();
    m_lead->clear();
    if (!session)
        return;
    m_lead->addItems(session->leads());
    // A lead's login on a team plan: their own actions; otherwise the one chosen last time.
    QString wanted = Settings::instance().get(Settings::Key::MyActionsLead).toString();
    if (session->isTeam() && session->role() == core::ServerRoles::Role::Lead && !session->roleLead().isEmpty())
        wanted = session->roleLead();
    if (!current.isEmpty() && m_lead->findText(current, Qt::MatchFixedString) >= 0 && !session->isTeam())
        wanted = current;
    m_lead->setCurrentIndex(std::max(0, int(m_lead->findText(wanted, Qt::MatchFixedString))));
    if (m_toggle->isChecked())
        m_pane.showMyActions(m_lead->currentText());
}

void MyActionsBar::showMyActions(const QString& lead)
{
    if (!lead.isEmpty()) {
        const QSignalBlocker block(m_lead);
        m_lead->setCurrentIndex(std::max(0, int(m_lead->findText(lead, Qt::MatchFixedString))));
        Settings::instance().set(Settings::Key::MyActionsLead, m_lead->currentText());
    }
    m_pane.showMyActions(lead.isEmpty() ? QString() : m_lead->currentText());
}

} // namespace wres::ui
