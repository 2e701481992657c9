#include "MetricGridModel.h"

#include "framework/Framework.h"
#include "metrics/MetricFormat.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace wres::ui {
namespace {

using Kind = core::Indicator::Kind;

// The indicator as its framework describes it: what kind of figure, and what its counts are.
const core::Indicator* describe(int indicator)
{
    return core::Framework::wres().indicator(indicator);
}

Kind kindOf(int indicator)
{
    const core::Indicator* info = describe(indicator);
    return info ? info->kind : Kind::SurveyPercentage;
}

QStringList groupsFor(int indicator)
{
    QStringList groups = core::MetricGroups::allowedFor(indicator);
    groups.removeAll(QString());
    return groups;
}

} // namespace

MetricGridModel::MetricGridModel(QObject* parent) : QAbstractTableModel(parent) {}

void MetricGridModel::setIndicator(int indicator, const core::MetricReport& report)
{
    beginResetModel();
    m_public = report.isPublic();
    m_symbol = report.symbol();
    const bool sameIndicator = indicator == m_indicator;
    m_indicator = indicator;
    m_counts.clear();
    m_hidden.clear();
    for (qsizetype i = 0; i < report.counts.size(); ++i)
        if (report.counts[i].indicator == indicator) {
            m_counts << report.counts[i];
            m_hidden << report.hidden.value(i);
        }
    m_figures.clear();
    for (const core::MetricFigure& f : report.figures)
        if (f.indicator == indicator)
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
    if (kindOf(indicator) == Kind::Difference)
        categories = {QStringLiteral("Board overall"), QStringLiteral("Voting"), QStringLiteral("Executive"),
                      QStringLiteral("Workforce")};
    if (kindOf(indicator) == Kind::Share) {
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
    if (kindOf(m_indicator) != Kind::Share || category.trimmed().isEmpty() ||
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
    const Kind kind = kindOf(m_indicator);
    const core::Indicator* info = describe(m_indicator);
    const QString countWords = info ? info->countWords : QString();
    const QString totalWords = info ? info->totalWords : QString();
    auto countRows = [&](const QString& category, const QString& group) {
        QString prefix = group;
        if (kind == Kind::Difference && category == u"Workforce")
            prefix = QStringLiteral("Workforce: BME");
        else if (!category.isEmpty())
            prefix = category + QStringLiteral(": ") + group;
        const bool workforce = kind == Kind::Difference && category == u"Workforce";
        m_rows << Row{RowKind::Count,
                      category,
                      group,
                      {},
                      prefix + QLatin1Char(' ') + (workforce ? QStringLiteral("staff") : countWords)};
        const QString total = workforce ? QStringLiteral("known-ethnicity staff") : totalWords;
        m_rows << Row{RowKind::Total,
                      category,
                      group,
                      {},
                      kind == Kind::Share || kind == Kind::Difference ? QString(category + QStringLiteral(": ") + total)
                                                                      : QString(group + QLatin1Char(' ') + total)};
    };
    auto figureRows = [&](const QString& category, const QString& measure) {
        QString label = core::MetricFormat::measureLabel(measure);
        if (!category.isEmpty())
            label = category + QStringLiteral(": ") + label;
        m_rows << Row{RowKind::Figure, category, {}, measure, label};
        m_rows << Row{RowKind::Change, category, {}, measure, tr("change on previous period")};
    };
    switch (kind) {
    case Kind::Share:
        for (const QString& category : m_categories) {
            countRows(category, QStringLiteral("BME"));
            figureRows(category, QStringLiteral("pct_bme"));
        }
        break;
    case Kind::RelativeLikelihood:
        for (const QString& group : groupsFor(m_indicator))
            countRows({}, group);
        m_rows << Row{RowKind::Published, {}, {}, {}, tr("Published ratio (counts redacted at source)")};
        figureRows({}, QStringLiteral("relative_likelihood"));
        break;
    case Kind::Difference:
        for (const QString& category : m_categories)
            countRows(category, QStringLiteral("BME"));
        for (const QString& category : m_categories)
            if (category != u"Workforce")
                figureRows(category, QStringLiteral("difference"));
        break;
    case Kind::SurveyPercentage:
        for (const QString& group : groupsFor(m_indicator)) {
            const bool present = std::any_of(m_counts.begin(), m_counts.end(),
                                             [&](const core::MetricCount& m) { return m.group == group; });
            if (core::MetricGroups::isSubgroup(group) && !present)
                continue; // subgroups appear when the Trust records them
            countRows({}, group);
            figureRows({}, QStringLiteral("pct_") + group.toLower());
        }
        break;
    case Kind::Score: // WDES 9a and 9b: the window's WDES grid comes with the WDES tab (issue 18, step 2)
    case Kind::YesNo:
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

    const core::MetricCount* m = find(period, r.category, r.kind == RowKind::Published ? QString() : r.group);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return r.kind == RowKind::Published ? tr("Type the published ratio for a year whose counts were redacted at "
                                                 "source.")
                                            : tr("Type a whole number, or R when it was not published.");
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
    default:
        return {};
    }
}

QString MetricGridModel::changeReason(const core::MetricFigure& f) const
{
    using Better = core::Indicator::Better;
    const core::Indicator* info = describe(m_indicator);
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
    const bool editable = !m_public && (kind == RowKind::Count || kind == RowKind::Total || kind == RowKind::Published);
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool MetricGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row& r = m_rows.at(index.row());
    const QString& period = m_periods.at(index.column());
    const QString group = r.kind == RowKind::Published ? QString() : r.group;
    core::MetricCount m;
    if (const core::MetricCount* existing = find(period, r.category, group))
        m = *existing;
    m.indicator = m_indicator;
    m.period = period;
    m.category = r.category;
    m.group = group;
    const QString text = value.toString().trimmed();
    const QString where = tr("%1, %2").arg(r.label, period);
    if (r.kind == RowKind::Published) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!text.isEmpty() && !ok) {
            emit problem(tr("%1: '%2' is not a number.").arg(where, text));
            return false;
        }
        m.value = text.isEmpty() ? std::nullopt : std::optional<double>(v);
    } else {
        std::optional<qint64> number;
        if (!text.isEmpty() && text.compare(QStringLiteral("R"), Qt::CaseInsensitive) != 0) {
            bool ok = false;
            const qint64 n = text.toLongLong(&ok);
            if (!ok || n < 0) {
                emit problem(tr("%1: '%2' is not a whole number of 0 or more.").arg(where, text));
                return false;
            }
            number = n;
        }
        (r.kind == RowKind::Count ? m.count : m.total) = number;
        if (m.count && m.total && *m.count > *m.total) {
            emit problem(tr("%1: the count %2 is more than its total %3; nothing was saved.")
                             .arg(where)
                             .arg(*m.count)
                             .arg(*m.total));
            return false;
        }
    }
    if (!m.count && !m.total && !m.value) {
        emit problem(tr("%1: a row needs counts or a published value.").arg(where));
        return false;
    }
    emit countEdited(m);
    return true;
}

} // namespace wres::ui
