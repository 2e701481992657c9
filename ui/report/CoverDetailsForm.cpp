#include "CoverDetailsForm.h"

#include "report/PackCover.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace wres::ui {
namespace {

QPlainTextEdit* shortText(const QString& name, int lines)
{
    auto* edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLineEdit* line(const QString& name, const QString& example)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(example);
    return edit;
}

} // namespace

CoverDetailsForm::CoverDetailsForm(QWidget* parent)
    : QWidget(parent), m_agendaItem(line(QStringLiteral("coverAgendaItem"), tr("e.g. 9.2"))),
      m_author(line(QStringLiteral("coverAuthor"), tr("e.g. Head of EDI"))),
      m_presenter(line(QStringLiteral("coverPresenter"), tr("e.g. Director of People"))),
      m_purpose(shortText(QStringLiteral("coverPurpose"), 3)),
      m_recommendation(shortText(QStringLiteral("coverRecommendation"), 3)),
      m_committees(shortText(QStringLiteral("coverCommittees"), 3)),
      m_organisation(line(QStringLiteral("coverOrganisation"), QString())),
      m_updatesTo(line(QStringLiteral("coverUpdatesTo"), core::PackCover::defaultUpdatesTo())),
      m_ratio(new QDoubleSpinBox), m_points(new QDoubleSpinBox)
{
    m_committees->setPlaceholderText(tr("One a line, e.g. EDI Workforce Group, 7 June 2026"));
    m_ratio->setObjectName(QStringLiteral("similarRatio"));
    m_ratio->setRange(0.0, core::ChangeTolerance::kMaxRatio);
    m_ratio->setDecimals(2);
    m_ratio->setSingleStep(0.01);
    m_points->setObjectName(QStringLiteral("similarPoints"));
    m_points->setRange(0.0, core::ChangeTolerance::kMaxPoints);
    m_points->setDecimals(1);
    m_points->setSingleStep(0.5);
    m_points->setSuffix(tr(" percentage points"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Agenda item:"), m_agendaItem);
    form->addRow(tr("A&uthor:"), m_author);
    form->addRow(tr("Presen&ted by:"), m_presenter);
    form->addRow(tr("Purp&ose:"), m_purpose);
    form->addRow(tr("&Recommendation or decision:"), m_recommendation);
    form->addRow(tr("Seen before by (comm&ittees):"), m_committees);
    form->addRow(tr("Or&ganisation on the cover:"), m_organisation);
    form->addRow(tr("&Leads report progress to:"), m_updatesTo);
    auto* note = new QLabel(tr("A change smaller than these is called similar, not better or worse:"));
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Relative li&kelihood:"), m_ratio);
    form->addRow(tr("Percentage or differe&nce:"), m_points);
}

void CoverDetailsForm::setCover(const core::CoverDetails& cover, const QString& frameworkName)
{
    m_agendaItem->setText(cover.agendaItem);
    m_author->setText(cover.author);
    m_presenter->setText(cover.presenter);
    m_purpose->setPlainText(cover.purpose);
    m_purpose->setPlaceholderText(core::PackCover::defaultPurpose(frameworkName));
    m_recommendation->setPlainText(cover.recommendation);
    m_recommendation->setPlaceholderText(core::PackCover::defaultRecommendation());
    m_committees->setPlainText(cover.committees.join(QLatin1Char('\n')));
    m_organisation->setText(cover.organisation);
    m_updatesTo->setText(cover.updatesTo);
}

core::CoverDetails CoverDetailsForm::cover() const
{
    core::CoverDetails cover;
    cover.agendaItem = m_agendaItem->text().trimmed();
    cover.author = m_author->text().trimmed();
    cover.presenter = m_presenter->text().trimmed();
    cover.purpose = m_purpose->toPlainText().trimmed();
    cover.recommendation = m_recommendation->toPlainText().trimmed();
    for (const QString& committee : m_committees->toPlainText().split(QLatin1Char('\n')))
        if (!committee.simplified().isEmpty())
            cover.committees << committee.simplified();
    cover.organisation = m_organisation->text().trimmed();
    cover.updatesTo = m_updatesTo->text().trimmed();
    return cover;
}

void CoverDetailsForm::setTolerance(const core::ChangeTolerance& tolerance)
{
    m_ratio->setValue(tolerance.ratio);
    m_points->setValue(tolerance.points);
}

core::ChangeTolerance CoverDetailsForm::tolerance() const
{
    core::ChangeTolerance tolerance;
    tolerance.ratio = m_ratio->value();
    tolerance.points = m_points->value();
    return tolerance;
}

} // namespace wres::ui
