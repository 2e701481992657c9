#include "Narrative.h"

#include "MetricCount.h"
#include "MetricFormat.h"

#include <QCoreApplication>

namespace wres::core::Narrative {
namespace {

struct Wording
{
    const char* subject;   // "applicants" or "staff"
    const char* predicate; // "to be appointed from shortlisting"
};

Wording likelihoodWording(int indicator)
{
    switch (indicator) {
    case 2:
        return {"applicants", "to be appointed from shortlisting"};
    case 3:
        return {"staff", "to enter the formal disciplinary process"};
    default:
        return {"staff", "to access non-mandatory training and CPD"};
    }
}

QString surveyWording(int indicator)
{
    switch (indicator) {
    case 5:
        return QCoreApplication::translate(
            "Narrative", "experienced harassment, bullying or abuse from patients, relatives or the public");
    case 6:
        return QCoreApplication::translate("Narrative", "experienced harassment, bullying or abuse from staff");
    case 7:
        return QStringLiteral("believed the organisation provides equal opportunities for career progression or "
                              "promotion");
    default:
        return QCoreApplication::translate(
            "Narrative", "personally experienced discrimination from a manager, team leader or colleague");
    }
}

QString comparison(const MetricFigure& f, bool signedForm = false)
{
    if (f.redacted || !f.previous || f.change == MetricFigure::Change::None)
        return {};
    const QString was = MetricFormat::number(*f.previous, f.decimals, signedForm);
    switch (f.change) {
    case MetricFigure::Change::Better:
        return QCoreApplication::translate("Narrative", ", better than %1 in %2").arg(was, f.previousPeriod);
    case MetricFigure::Change::Worse:
        return QCoreApplication::translate("Narrative", ", worse than %1 in %2").arg(was, f.previousPeriod);
    case MetricFigure::Change::Same:
        return QCoreApplication::translate("Narrative", ", similar to %1 in %2").arg(was, f.previousPeriod);
    default:
        return QCoreApplication::translate("Narrative", " (%1 in %2)").arg(was, f.previousPeriod);
    }
}

QString latestPeriod(int indicator, const MetricFigures& figures)
{
    QString latest;
    for (const MetricFigure& f : figures)
        if (f.indicator == indicator && (latest.isEmpty() || periodBefore(latest, f.period)))
            latest = f.period;
    return latest;
}

const MetricFigure* find(const MetricFigures& figures, int indicator, const QString& period, const QString& measure,
                         const QString& category = QString())
{
    for (const MetricFigure& f : figures)
        if (f.indicator == indicator && f.period == period && f.measure == measure &&
            f.category.compare(category, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

QString percent(const std::optional<double>& value)
{
    return value ? MetricFormat::number(*value, 1) + QLatin1Char('%') : QStringLiteral("-");
}

// A survey figure as a sentence shows it: "30.0%", the rule's symbol when hidden, "-".
QString percent(const MetricFigure* f)
{
    if (!f)
        return QStringLiteral("-");
    return f->redacted ? f->symbol : percent(f->value);
}

} // namespace

QString forIndicator(int indicator, const MetricFigures& figures, const QString& bme)
{
    const QString period = latestPeriod(indicator, figures);
    if (period.isEmpty())
        return QCoreApplication::translate("Narrative", "No figures recorded for indicator %1.").arg(indicator);

    if (indicator >= 2 && indicator <= 4) {
        const MetricFigure* f = find(figures, indicator, period, QStringLiteral("relative_likelihood"));
        if (!f)
            return {};
        if (f->redacted)
            return QCoreApplication::translate(
                       "Narrative", "The %1 figure for indicator %2 rests on small numbers and is not published (%3).")
                .arg(period)
                .arg(indicator)
                .arg(f->symbol);
        if (!f->value)
            return QCoreApplication::translate("Narrative", "The relative likelihood for %1 cannot be computed: %2.")
                .arg(period, f->unavailable);
        const Wording w = likelihoodWording(indicator);
        const QString first = indicator == 3 ? bme : QStringLiteral("White");
        const QString second = indicator == 3 ? QStringLiteral("White") : bme;
        const QString ratio = MetricFormat::number(*f->value, 2);
        const QString how = *f->value >= 1.0
                                ? QCoreApplication::translate("Narrative", "%1 times more likely than").arg(ratio)
                                : QCoreApplication::translate("Narrative", "%1 times as likely as").arg(ratio);
        QString rates;
        if (f->parts.size() == 2 && f->parts[0].percent && f->parts[1].percent) {
            const auto& white = f->parts[0];
            const auto& other = f->parts[1];
            const auto& a = indicator == 3 ? other : white;
            const auto& b = indicator == 3 ? white : other;
            rates = QCoreApplication::translate("Narrative", " (%1 against %2)")
                        .arg(percent(a.percent), percent(b.percent));
        }
        return QCoreApplication::translate("Narrative", "In %1, %2 %3 were %4 %5 %3 %6%7%8.")
            .arg(period, first, QString::fromLatin1(w.subject), how, second, QString::fromLatin1(w.predicate), rates,
                 comparison(*f));
    }
    if (indicator >= 5 && indicator <= 8) {
        const MetricFigure* b = find(figures, indicator, period, QStringLiteral("pct_bme"));
        const MetricFigure* w = find(figures, indicator, period, QStringLiteral("pct_white"));
        if (!b && !w)
            return {};
        QString text = QCoreApplication::translate("Narrative", "In the %1 Staff Survey, %2 of %3 staff %4")
                           .arg(period, percent(b), bme, surveyWording(indicator));
        if (w)
            text += QCoreApplication::translate("Narrative", ", against %1 of White staff").arg(percent(w));
        if (b)
            text += comparison(*b).replace(QStringLiteral(" in "), QCoreApplication::translate("Narrative", "% in "));
        return text + QLatin1Char('.');
    }
    if (indicator == 1) {
        const MetricFigure* overall = find(figures, 1, period, QStringLiteral("pct_bme"), QStringLiteral("Overall"));
        QString text;
        if (overall && overall->value && !overall->redacted) {
            text = QCoreApplication::translate("Narrative",
                                               "%1 staff were %2 of the workforce with a known ethnicity in %3")
                       .arg(bme, percent(overall->value), period);
            if (overall->previous)
                text += QCoreApplication::translate("Narrative", " (%1 in %2)")
                            .arg(percent(overall->previous), overall->previousPeriod);
            text += QLatin1Char('.');
            // The band with the lowest share, among those shown; when a band is hidden, the
            // sentence says so, since the hidden band may be lower still.
            const MetricFigure* lowest = nullptr;
            bool anyHidden = false;
            for (const MetricFigure& f : figures) {
                if (f.indicator != 1 || f.period != period || &f == overall)
                    continue;
                anyHidden = anyHidden || f.redacted;
                if (f.value && !f.redacted && (!lowest || *f.value < *lowest->value))
                    lowest = &f;
            }
            if (lowest && *lowest->value < *overall->value)
                text += (anyHidden ? QCoreApplication::translate(
                                         "Narrative", " Among the bands shown, the lowest share is in %1 (%2).")
                                   : QCoreApplication::translate("Narrative", " The lowest share is in %1 (%2)."))
                            .arg(lowest->category, percent(lowest->value));
        } else {
            text = QCoreApplication::translate("Narrative", "The overall share of %1 staff in %2 is not shown.")
                       .arg(bme, period);
        }
        return text;
    }
    if (indicator == 9) {
        QStringList parts;
        for (const QString& scope :
             {QStringLiteral("Board overall"), QStringLiteral("Voting"), QStringLiteral("Executive")}) {
            const MetricFigure* f = find(figures, 9, period, QStringLiteral("difference"), scope);
            if (!f)
                continue;
            const QString name = scope == u"Board overall" ? QCoreApplication::translate("Narrative", "the whole Board")
                                                           : scope.toLower() + QStringLiteral(" members");
            if (f->redacted) {
                parts << QCoreApplication::translate("Narrative", "%1 for %2").arg(f->symbol, name);
            } else if (f->value) {
                parts << QCoreApplication::translate("Narrative", "%1 percentage points for %2%3")
                             .arg(MetricFormat::number(*f->value, 1, true), name, comparison(*f, true));
            }
        }
        if (parts.isEmpty())
            return {};
        return QCoreApplication::translate(
                   "Narrative", "In %1, the difference between the %2 share of the Board and of the workforce was %3.")
            .arg(period, bme, parts.join(QStringLiteral("; ")));
    }
    return {};
}

} // namespace wres::core::Narrative
