#include "MetricGridModel.h"

#include "framework/Framework.h"
#include "metrics/MetricFormat.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace wres::ui {
namespace {

using Kind = core::Indicator::Kind;

// The groups a row may name, the indicator's own published figure ("") left out.
QStringList groupsOf(const core::Indicator& indicator)
{
    QStringList groups = core::MetricGroups::allowedFor(indicator);
    groups.removeAll(QString());
    return groups;
}

// The framework's share by band (WRES 1, WDES 1): its words say what a board difference's workforce
// row counts, since that row is the overall share of the same workforce.
QString workforceWords(const core::Indicator& indicator)
{
    const core::Framework* framework = core::Framework::find(indicator.framework);
    if (framework)
        for (const core::Indicator& i : framework->indicators)
            if (i.kind == Kind::Share)
                return i.totalWords;
    return QStringLiteral("staff");
}

} // namespace

MetricGridModel::MetricGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetricGridModel::setIndicator(int indicator, const core::MetricReport& report)
{
    if (const core::Indicator* info = core::Framework::wres().indicator(indicator))
        setIndicator(*info, report);
}

void MetricGridModel::setIndicator(const core::Indicator& indicator, const core::MetricReport& report)
{
    beginResetModel();
    m_public = report.isPublic();
    m_symbol = report.symbol();
    const bool sameIndicator = indicator.number == m_indicator.number && indicator.framework == m_indicator.framework;
    m_indicator = indicator;
    m_counts.clear();
    m_hidden.clear();
    for (qsizetype i = 0; i < report.counts.size(); ++i)
        if (report.counts[i].indicator == indicator.number && report.counts[i].framework == indicator.framework) {
            m_counts << report.counts[i];
            m_hidden << report.hidden.value(i);
        }
    m_figures.clear();
    for (const core::MetricFigure& f : report.figures)
        if (f.indicator == indicator.number && f.framework == indicator.framework)
            m_figures << f;
    // Periods and categories: those with data, plus those the user added and has not filled yet.
    QStringList periods = sameIndicator ? m_periods : QStringList();
    QStringList categories = sameIndicator ? m_categories : QStringList();
    for (const core::MetricCount& m : m_counts) {
        if (!periods.contains(m.period))
            periods << m.period;
        if (!m.category.isEmpty() && !categories.contains(m.category, Qt::CaseInsensitive))
            categories << m.category;
    }
    std::stable_sort(periods.begin(), periods.end(), core::periodBefore);
    if (indicator.kind == Kind::Difference)
        categories = indicator.boardScopes + QStringList{QStringLiteral("Workforce")};
    if (indicator.kind == Kind::Share) {
        // "Overall" last, as reports show it under the bands.
        categories.removeAll(QStringLiteral("Overall"));
        categories << QStringLiteral("Overall");
    }
    m_periods = periods;
    m_categories = categories;
    rebuildRows();
    endResetModel();
}

void MetricGridModel::addPeriod(const QString& period)
{
    if (period.trimmed().isEmpty() || m_periods.contains(period.trimmed()))
        return;
    beginResetModel();
    m_periods << period.trimmed();
    std::stable_sort(m_periods.begin(), m_periods.end(), core::periodBefore);
    endResetModel();
}

void MetricGridModel::addCategory(const QString& category)
{
    if (m_indicator.kind != Kind::Share || category.trimmed().isEmpty() ||
        m_categories.contains(category.trimmed(), Qt::CaseInsensitive))
        return;
    beginResetModel();
    m_categories.insert(std::max<qsizetype>(0, m_categories.size() - 1), category.trimmed());
    rebuildRows();
    endResetModel();
}

void MetricGridModel::rebuildRows()
{
    m_rows.clear();
    const Kind kind = m_indicator.kind;
    const QString& countWords = m_indicator.countWords;
    const QString& totalWords = m_indicator.totalWords;
    const core::Framework* framework = core::Framework::find(m_indicator.framework);
    const QString comparison = framework ? framework->comparisonGroup : QString();
    const QStringList groups = groupsOf(m_indicator);
    auto countRow = [&](const QString& category, const QString& group, const QString& words) {
        const QString prefix = category.isEmpty() ? group : category + QStringLiteral(": ") + group;
        m_rows << Row{RowKind::Count, category, group, {}, prefix + QLatin1Char(' ') + words};
    };
    auto totalRow = [&](const QString& category, const QString& group, const QString& words) {
        const QString label = category.isEmpty() ? QString(group + QLatin1Char(' ') + words)
                                                 : QString(category + QStringLiteral(": ") + words);
        m_rows << Row{RowKind::Total, category, group, {}, label};
    };
    auto figureRow = [&](const QString& category, const QString& measure, const QString& label = {}) {
        QString text = label.isEmpty() ? core::MetricFormat::measureLabel(measure) : label;
        if (!category.isEmpty())
            text = category + QStringLiteral(": ") + text;
        m_rows << Row{RowKind::Figure, category, {}, measure, text};
    };
    auto changeRow = [&](const QString& category, const QString& measure) {
        m_rows << Row{RowKind::Change, category, {}, measure, tr("change on previous period")};
    };
    switch (kind) {
    case Kind::Share:
        for (const QString& category : m_categories) {
            if (groups.size() == 1) { // WRES 1: BME of the band's known-ethnicity staff
                countRow(category, groups.first(), countWords);
                totalRow(category, groups.first(), totalWords);
            } else { // WDES 1: each group of all staff in the band, "not known" apart
                for (const QString& group : groups)
                    countRow(category, group, countWords);
                m_rows << Row{RowKind::Total, category, {}, {}, category + QStringLiteral(": ") + totalWords, true};
            }
            for (const QString& group : groups) {
                const QString measure = core::MetricGroups::percentMeasure(group);
                figureRow(category, measure);
                if (group == m_indicator.numeratorGroup || groups.size() == 1)
                    changeRow(category, measure);
            }
        }
        break;
    case Kind::RelativeLikelihood:
        for (const QString& group : groups) {
            countRow({}, group, countWords);
            totalRow({}, group, totalWords);
        }
        if (core::MetricGroups::allowedFor(m_indicator).contains(QString()))
            m_rows << Row{RowKind::Published, {}, {}, {}, tr("Published ratio (counts redacted at source)")};
        if (m_indicator.rollingYears == 2) {
            // The headline is the two-year rolling average; the year alone beside it, as Trusts publish.
            figureRow({}, QStringLiteral("relative_likelihood"), tr("Relative likelihood (two-year rolling average)"));
            changeRow({}, QStringLiteral("relative_likelihood"));
            figureRow({}, QStringLiteral("relative_likelihood_single_year"));
            changeRow({}, QStringLiteral("relative_likelihood_single_year"));
        } else {
            figureRow({}, QStringLiteral("relative_likelihood"));
            changeRow({}, QStringLiteral("relative_likelihood"));
        }
        break;
    case Kind::Difference: {
        const QString group = groups.value(0, comparison);
        for (const QString& category : m_categories) {
            const bool workforce = category == u"Workforce";
            countRow(category, group, workforce ? QStringLiteral("staff") : countWords);
            totalRow(category, group, workforce ? workforceWords(m_indicator) : totalWords);
        }
        for (const QString& category : m_categories)
            if (category != u"Workforce") {
                figureRow(category, QStringLiteral("difference"));
                changeRow(category, QStringLiteral("difference"));
            }
        break;
    }
    case Kind::SurveyPercentage:
        for (const QString& group : groups) {
            const bool present = std::any_of(m_counts.begin(), m_counts.end(),
                                             [&](const core::MetricCount& m) { return m.group == group; });
            if (core::MetricGroups::isSubgroup(group) && !present)
                continue; // subgroups appear when the Trust records them
            countRow({}, group, countWords);
            totalRow({}, group, totalWords);
            const QString measure = core::MetricGroups::percentMeasure(group);
            figureRow({}, measure);
            changeRow({}, measure);
        }
        break;
    case Kind::Score:
        // Published per group as a score; the respondents (when known) decide whether it is small.
        for (const QString& group : groups) {
            QString measure = core::MetricGroups::percentMeasure(group);
            measure.replace(0, 3, QStringLiteral("score"));
            m_rows << Row{RowKind::Score, {}, group, measure, tr("%1: score (0 to 10)").arg(group)};
            totalRow({}, group, totalWords);
            changeRow({}, measure);
        }
        break;
    case Kind::YesNo:
        m_rows << Row{RowKind::Answer, {}, {}, QStringLiteral("yes_no"), tr("Answer (Yes or No)")};
        m_rows << Row{RowKind::Narrative, {}, {}, {}, tr("Practical example (narrative)")};
        break;
    case Kind::Link: // no figures
        break;
    }
}

const core::MetricCount* MetricGridModel::find(const QString& period, const QString& category,
                                               const QString& group) const
{
    for (const core::MetricCount& m : m_counts)
        if (m.period == period && m.group == group && m.category.compare(category, Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

const core::MetricFigure* MetricGridModel::figure(const QString& period, const QString& category,
                                                  const QString& measure) const
{
    for (const core::MetricFigure& f : m_figures)
        if (f.period == period && f.measure == measure && f.category.compare(category, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

bool MetricGridModel::hidden(const core::MetricCount* count) const
{
    return m_public && m_hidden.value(count - m_counts.constData());
}

int MetricGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

QVariant MetricGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const QString& period = m_periods.at(index.column());
    if (r.kind == RowKind::Figure || r.kind == RowKind::Change) {
        const core::MetricFigure* f = figure(period, r.category, r.measure);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::FontRole && r.kind == RowKind::Figure) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xf0, 0xf4, 0xf5));
        if (!f)
            return {};
        if (r.kind == RowKind::Figure) {
            if (role == Qt::DisplayRole)
                return core::MetricFormat::value(*f);
            if (role == Qt::ToolTipRole) {
                if (f->redacted)
                    return tr("Redacted: rests on a count below the threshold, or would reveal one.");
                if (!f->value)
                    return tr("Cannot be computed: %1.").arg(f->unavailable);
                QStringList lines;
                for (const core::MetricPart& p : f->parts)
                    if (const QString text = core::MetricFormat::countsText(p, false); !text.isEmpty())
                        lines << p.group + QStringLiteral(": ") + text;
                if (f->published)
                    lines << tr("The Trust's published figure.");
                return lines.join(QLatin1Char('\n'));
            }
            return {};
        }
        if (role == Qt::DisplayRole) {
            if (f->redacted || !f->previous)
                return {};
            const QString word = core::MetricFormat::changeWord(f->change);
            const QString arrow = f->change == core::MetricFigure::Change::Better  ? QStringLiteral("▲ ")
                                  : f->change == core::MetricFigure::Change::Worse ? QStringLiteral("▼ ")
                                                                                   : QString();
            return QString(arrow + word);
        }
        if (role == Qt::ToolTipRole && f->previous && !f->redacted)
            return changeReason(*f);
        return {};
    }

    if (r.allGroups) {
        // A band's headcount: every group's row of the band holds it; shown from the first there is.
        const core::MetricCount* any = nullptr;
        bool anyHidden = false;
        for (const QString& group : groupsOf(m_indicator))
            if (const core::MetricCount* m = find(period, r.category, group)) {
                any = any ? any : m;
                anyHidden = anyHidden || hidden(m);
            }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("All staff in the band, every group and not known included. Type a whole number, or R when it "
                      "was not published.");
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        if (!any)
            return {};
        if (anyHidden)
            return m_symbol;
        return any->total ? QVariant(QString::number(*any->total))
                          : QVariant(any->value ? QStringLiteral("R") : QString());
    }
    const bool own = r.kind == RowKind::Published || r.kind == RowKind::Answer || r.kind == RowKind::Narrative;
    const core::MetricCount* m = find(period, r.category, own ? QString() : r.group);
    if (role == Qt::TextAlignmentRole)
        return r.kind == RowKind::Narrative ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                            : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (r.kind) {
        case RowKind::Published:
            return tr("Type the published ratio for a year whose counts were redacted at source.");
        case RowKind::Score:
            return tr("Type the score as published, from 0 to 10 (e.g. 6.4).");
        case RowKind::Answer:
            return tr("Type Yes or No.");
        case RowKind::Narrative:
            return m && !m->note.isEmpty() ? m->note : tr("Type at least one practical example.");
        default:
            return tr("Type a whole number, or R when it was not published.");
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (!m)
        return {};
    if (hidden(m))
        return m_symbol;
    switch (r.kind) {
    case RowKind::Count:
        return m->count ? QVariant(QString::number(*m->count)) : QVariant(m->value ? QStringLiteral("R") : QString());
    case RowKind::Total:
        return m->total ? QVariant(QString::number(*m->total)) : QVariant(m->value ? QStringLiteral("R") : QString());
    case RowKind::Published:
        return m->value ? QVariant(QString::number(*m->value, 'g', 12)) : QVariant();
    case RowKind::Score:
        return m->value ? QVariant(core::MetricFormat::number(*m->value, 1)) : QVariant();
    case RowKind::Answer:
        return m->value ? QVariant(*m->value != 0.0 ? tr("Yes") : tr("No")) : QVariant();
    case RowKind::Narrative:
        return m->note;
    default:
        return {};
    }
}

QString MetricGridModel::changeReason(const core::MetricFigure& f) const
{
    using Better = core::Indicator::Better;
    const core::Indicator* info = &m_indicator;
    const QString unit = f.measure == u"relative_likelihood" ? QString()
                         : f.measure == u"difference"        ? tr(" points")
                                                             : QStringLiteral("%");
    const auto shown = [&](double value) -> QString { return core::MetricFormat::number(value, f.decimals) + unit; };
    const QString before = tr("%1 in %2").arg(shown(*f.previous), f.previousPeriod);
    const bool worse = f.change == core::MetricFigure::Change::Worse;
    QString why;
    if (f.change == core::MetricFigure::Change::Same) {
        why = tr("the same as");
    } else if (f.change == core::MetricFigure::Change::Neutral || f.change == core::MetricFigure::Change::None ||
               !info) {
        why = tr("moved, neither better nor worse for this measure, from");
    } else {
        switch (info->better) {
        case Better::CloserToOverall: {
            const core::MetricFigure* overall = figure(f.period, QStringLiteral("Overall"), f.measure);
            const QString share = overall && overall->value && !overall->redacted
                                      ? tr("the overall share of %1").arg(shown(*overall->value))
                                      : tr("the overall share");
            why = (worse ? tr("further from %1; was") : tr("closer to %1; was")).arg(share);
            break;
        }
        case Better::CloserToOne:
            why = worse ? tr("further from 1.00, where both groups are equally likely; was")
                        : tr("closer to 1.00, where both groups are equally likely; was");
            break;
        case Better::Lower:
            why = worse ? tr("higher, and lower is better; was") : tr("lower, and lower is better; was");
            break;
        case Better::Higher:
            why = worse ? tr("lower, and higher is better; was") : tr("higher, and higher is better; was");
            break;
        case Better::ZeroOrAbove:
            why =
                worse ? tr("further below 0, the aim being 0 or above; was") : tr("closer to 0 or above, the aim; was");
            break;
        }
    }
    const QString word = core::MetricFormat::changeWord(f.change);
    return tr("%1: %2 %3").arg(word.left(1).toUpper() + word.mid(1), why, before);
}

QVariant MetricGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_periods.size() ? QVariant(m_periods.at(section)) : QVariant();
    return section >= 0 && section < m_rows.size() ? QVariant(m_rows.at(section).label) : QVariant();
}

Qt::ItemFlags MetricGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const RowKind kind = m_rows.at(index.row()).kind;
    const bool editable = !m_public && kind != RowKind::Figure && kind != RowKind::Change;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool MetricGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const core::MetricCounts counts =
        edited(m_rows.at(index.row()), m_periods.at(index.column()), value.toString().trimmed());
    if (counts.isEmpty())
        return false;
    emit countsEdited(counts);
    return true;
}

core::MetricCounts MetricGridModel::edited(const Row& r, const QString& period, const QString& text)
{
    const QString where = tr("%1, %2").arg(r.label, period);
    // A whole number of 0 or more, or nothing (R or empty: not published).
    std::optional<qint64> number;
    const bool counted = r.kind == RowKind::Count || r.kind == RowKind::Total;
    if (counted && !text.isEmpty() && text.compare(QStringLiteral("R"), Qt::CaseInsensitive) != 0) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < 0) {
            emit problem(tr("%1: '%2' is not a whole number of 0 or more.").arg(where, text));
            return {};
        }
        number = n;
    }
    const auto start = [&](const QString& group) {
        core::MetricCount m;
        if (const core::MetricCount* existing = find(period, r.category, group))
            m = *existing;
        m.framework = m_indicator.framework;
        m.indicator = m_indicator.number;
        m.period = period;
        m.category = r.category;
        m.group = group;
        return m;
    };
    const auto tooMany = [&](const core::MetricCount& m) {
        if (m.count && m.total && *m.count > *m.total) {
            emit problem(tr("%1: the count %2 is more than its total %3; nothing was saved.")
                             .arg(where)
                             .arg(*m.count)
                             .arg(*m.total));
            return true;
        }
        return false;
    };

    if (r.allGroups) {
        // The band's headcount is the total of every group's row in the band: all change together.
        core::MetricCounts rows;
        for (const QString& group : groupsOf(m_indicator))
            if (find(period, r.category, group))
                rows << start(group);
        if (rows.isEmpty())
            rows << start(m_indicator.numeratorGroup.isEmpty() ? groupsOf(m_indicator).value(0)
                                                               : m_indicator.numeratorGroup);
        for (core::MetricCount& m : rows) {
            m.total = number;
            if (tooMany(m))
                return {};
            if (!m.count && !m.total && !m.value) {
                emit problem(tr("%1: a row needs counts or a published value.").arg(where));
                return {};
            }
        }
        return rows;
    }

    const bool own = r.kind == RowKind::Published || r.kind == RowKind::Answer || r.kind == RowKind::Narrative;
    core::MetricCount m = start(own ? QString() : r.group);
    switch (r.kind) {
    case RowKind::Published:
    case RowKind::Score: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!text.isEmpty() && !ok) {
            emit problem(tr("%1: '%2' is not a number.").arg(where, text));
            return {};
        }
        if (r.kind == RowKind::Score && ok && (v < 0.0 || v > 10.0)) {
            emit problem(tr("%1: a score is from 0 to 10, not %2.").arg(where, text));
            return {};
        }
        m.value = text.isEmpty() ? std::nullopt : std::optional<double>(v);
        break;
    }
    case RowKind::Answer: {
        const QString answer = text.toLower();
        if (answer == u"yes" || answer == u"y" || answer == u"1")
            m.value = 1.0;
        else if (answer == u"no" || answer == u"n" || answer == u"0")
            m.value = 0.0;
        else if (answer.isEmpty())
            m.value = std::nullopt;
        else {
            emit problem(tr("%1: answer Yes or No, not '%2'.").arg(where, text));
            return {};
        }
        break;
    }
    case RowKind::Narrative:
        if (!m.value) {
            emit problem(tr("%1: type the answer (Yes or No) first; the example goes with it.").arg(where));
            return {};
        }
        m.note = text;
        break;
    default:
        (r.kind == RowKind::Count ? m.count : m.total) = number;
        if (m_indicator.kind == Kind::Score && !m.value) {
            emit problem(tr("%1: type the score first; the respondents go with it.").arg(where));
            return {};
        }
        if (tooMany(m))
            return {};
        break;
    }
    if (!m.count && !m.total && !m.value) {
        emit problem(tr("%1: a row needs counts or a published value.").arg(where));
        return {};
    }
    return {m};
}

} // namespace wres::ui
