#include "FilterBar.h"

#include "framework/Framework.h"
#include "style/StatusStyle.h"
#include "widgets/FlowLayout.h"
#include "widgets/TypeAheadComboBox.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace wres::ui {
namespace {

constexpr int kAny = -1;
constexpr int kFrameworkRole = Qt::UserRole + 1;

QComboBox* combo(const QString& name, const QString& accessible)
{
    auto* box = new TypeAheadComboBox;
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
    return box;
}

} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent), m_text(new QLineEdit), m_lead(combo(QStringLiteral("filterLead"), tr("Lead"))),
      m_status(combo(QStringLiteral("filterStatus"), tr("Status"))),
      m_rag(combo(QStringLiteral("filterRag"), tr("RAG"))),
      m_indicator(combo(QStringLiteral("filterIndicator"), tr("Indicator or measure"))),
      m_theme(combo(QStringLiteral("filterTheme"), tr("Theme"))), m_overdue(new QCheckBox(tr("&Overdue"))),
      m_dueSoon(new QCheckBox(tr("Due in &%1 days").arg(core::ActionQuery::kDueSoonDays))),
      m_stale(new QCheckBox(tr("No update for &%1 days").arg(core::ActionQuery::kStaleDays))), m_count(new QLabel),
      m_clear(new QPushButton(tr("&Clear filters")))
{
    setObjectName(QStringLiteral("filterBar"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Search actions, leads, progress… (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search"));
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_text, this, &FilterBar::clear);
    escape->setContext(Qt::WidgetShortcut);
    m_overdue->setObjectName(QStringLiteral("filterOverdue"));
    m_dueSoon->setObjectName(QStringLiteral("filterDueSoon"));
    m_stale->setObjectName(QStringLiteral("filterStale"));
    m_count->setObjectName(QStringLiteral("filterCount"));
    m_count->setAccessibleName(tr("Actions shown"));
    m_clear->setObjectName(QStringLiteral("filterClear"));

    m_status->addItem(tr("Any status"), kAny);
    for (core::Status s :
         {core::Status::NotStarted, core::Status::InProgress, core::Status::Delayed, core::Status::Complete})
        m_status->addItem(StatusStyle::statusIcon(s), StatusStyle::statusText(s), int(s));
    m_status->addItem(tr("No status"), int(core::Status::None));
    m_rag->addItem(tr("Any RAG"), kAny);
    for (core::Rag r : {core::Rag::Red, core::Rag::Amber, core::Rag::Green, core::Rag::Blue})
        m_rag->addItem(StatusStyle::ragIcon(r), StatusStyle::ragText(r), int(r));
    m_rag->addItem(tr("No RAG"), int(core::Rag::None));
    m_indicator->addItem(tr("Any indicator"), kAny);
    // WRES's as ever ("2. Appointment…"), then each other framework's measures after a separator,
    // named with their framework ("WDES 4a. …", "HIA 2. …"): a heading finds the measures under it.
    for (const core::Framework* framework : core::Framework::all()) {
        const bool own = framework->code == core::Framework::wres().code;
        if (!own)
            m_indicator->insertSeparator(m_indicator->count());
        for (const core::Indicator& i : framework->indicators) {
            m_indicator->addItem(own ? QStringLiteral("%1. %2").arg(i.code, i.shortTitle)
                                     : QStringLiteral("%1. %2").arg(i.label(), i.shortTitle),
                                 i.number);
            m_indicator->setItemData(m_indicator->count() - 1, framework->code, kFrameworkRole);
        }
    }

    // Narrow windows: the boxes give way before the window grows.
    for (QComboBox* box : {m_lead, m_status, m_rag, m_indicator, m_theme})
        box->setMinimumContentsLength(6);
    // Except the indicators': "Any indicator" whole (the measures' titles are long; the list is wider).
    m_indicator->setMinimumContentsLength(int(m_indicator->itemText(0).size()));
    m_indicator->view()->setMinimumWidth(m_indicator->fontMetrics().averageCharWidth() * 50);
    // The search box on its own line with the count and Clear; the choices below wrap onto as many
    // lines as the pane's width needs, so the filters never make the window wider.
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_text, 1);
    top->addWidget(m_count);
    top->addWidget(m_clear);
    auto* choices = new FlowLayout;
    for (QWidget* choice :
         std::initializer_list<QWidget*>{m_lead, m_theme, m_indicator, m_status, m_rag, m_overdue, m_dueSoon, m_stale})
        choices->addWidget(choice);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(top);
    layout->addLayout(choices);

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::emitChanged);
    for (QComboBox* box : {m_lead, m_status, m_rag, m_indicator, m_theme})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    for (QCheckBox* box : {m_overdue, m_dueSoon, m_stale})
        connect(box, &QCheckBox::toggled, this, &FilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
}

void FilterBar::setPlan(const core::PlanData& plan, const QStringList& leads)
{
    m_quiet = true;
    const QString lead = m_lead->currentData().toString();
    m_lead->clear();
    m_lead->addItem(tr("Any lead"), QString());
    for (const QString& name : leads)
        m_lead->addItem(name, name);
    m_lead->setCurrentIndex(std::max(0, m_lead->findData(lead)));
    const qint64 theme = m_theme->currentData().toLongLong();
    m_theme->clear();
    m_theme->addItem(tr("Any theme"), qint64(0));
    for (const core::ThemeData& t : plan.themes)
        m_theme->addItem(t.name, t.id);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
    m_quiet = false;
    emitChanged();
}

ActionFilter FilterBar::filter() const
{
    ActionFilter f;
    f.text = m_text->text();
    f.lead = m_lead->currentData().toString();
    if (const int s = m_status->currentData().toInt(); s != kAny)
        f.status = core::Status(s);
    if (const int r = m_rag->currentData().toInt(); r != kAny)
        f.rag = core::Rag(r);
    if (const int i = m_indicator->currentData().toInt(); i != kAny) {
        f.indicator = i;
        f.indicatorFramework = m_indicator->currentData(kFrameworkRole).toString();
    }
    if (const qint64 t = m_theme->currentData().toLongLong(); t != 0)
        f.themeId = t;
    f.overdue = m_overdue->isChecked();
    f.dueSoon = m_dueSoon->isChecked();
    f.noRecentUpdate = m_stale->isChecked();
    return f;
}

void FilterBar::setLead(const QString& lead)
{
    m_lead->setCurrentIndex(std::max(0, m_lead->findData(lead)));
}

void FilterBar::clear()
{
    m_quiet = true;
    m_text->clear();
    for (QComboBox* box : {m_lead, m_status, m_rag, m_indicator, m_theme})
        box->setCurrentIndex(0);
    for (QCheckBox* box : {m_overdue, m_dueSoon, m_stale})
        box->setChecked(false);
    m_quiet = false;
    emitChanged();
}

void FilterBar::setCount(int shown, int total)
{
    m_count->setText(shown == total ? tr("All %1 actions").arg(total)
                                    : tr("%1 of %2 actions match").arg(shown).arg(total));
    m_clear->setEnabled(!filter().isEmpty());
}

void FilterBar::focusSearch()
{
    m_text->setFocus();
    m_text->selectAll();
}

void FilterBar::emitChanged()
{
    if (!m_quiet)
        emit changed(filter());
}

} // namespace wres::ui
