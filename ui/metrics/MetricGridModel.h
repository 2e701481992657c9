#pragma once

#include "metrics/MetricCount.h"
#include "metrics/MetricFigure.h"
#include "metrics/MetricReport.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace wres::ui {

// One indicator of any framework laid out as published reports are: periods as columns; for each
// band or group the counts ("BME staff", "Known-ethnicity staff"; "White appointed", "White
// shortlisted", ...) which the user can type, then the figure computed from them (rounded, R when
// redacted, - with the reason when it cannot be computed) and its change on the previous period.
// By kind (core::Indicator::Kind): a share by band has a count per group and one headcount per band
// (WDES 1: Disabled, non-disabled and not known apart, each a share of the band); a two-year rolling
// ratio has its headline and the single year; a score (WDES 9a) is typed per group with its
// respondents; a yes or no (WDES 9b) has its answer and its narrative; a board difference has a row
// per scope and the workforce.
class MetricGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class RowKind
    {
        Count,
        Total,
        Published, // the published value, for years whose counts were redacted at source
        Figure,
        Change,
        Score,     // a published score, 0 to 10 (WDES 9a), typed per group
        Answer,    // yes or no (WDES 9b)
        Narrative, // the practical example given with a yes or no
    };
    struct Row
    {
        RowKind kind;
        QString category;
        QString group;   // for count rows; "" for an indicator's own published figure
        QString measure; // for figure rows
        QString label;
        bool allGroups = false; // a band's headcount: the total of every group's row in it
    };

    explicit MetricGridModel(QObject* parent = nullptr);

    // The indicator's counts and figures as the report gives them. A public report makes the grid
    // the public view: read-only, each count as the public version shows it (rounded under a
    // rounding rule), and the rule's symbol for every count the report hides (one the rule hides,
    // or one feeding only hidden figures: it would let anyone work the figure out).
    void setIndicator(const core::Indicator& indicator, const core::MetricReport& report);
    void setIndicator(int indicator, const core::MetricReport& report); // WRES
    void addPeriod(const QString& period);
    void addCategory(const QString& category);
    int indicator() const { return m_indicator.number; }
    const core::Indicator& definition() const { return m_indicator; }
    const Row& row(int index) const { return m_rows.at(index); }
    QStringList periods() const { return m_periods; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // A typed value passed the checks: store it (each row replaces the row for its key), as one step.
    void countsEdited(const wres::core::MetricCounts& counts);
    // A typed value was refused; the message says why.
    void problem(const QString& message);

private:
    // Why a change reads better or worse, in words ("further from the overall share of 19.0%").
    QString changeReason(const core::MetricFigure& figure) const;
    void rebuildRows();
    // The rows a typed value changes (several for a band's headcount); empty after problem().
    core::MetricCounts edited(const Row& row, const QString& period, const QString& text);
    const core::MetricCount* find(const QString& period, const QString& category, const QString& group) const;
    const core::MetricFigure* figure(const QString& period, const QString& category, const QString& measure) const;
    bool hidden(const core::MetricCount* count) const;

    core::Indicator m_indicator;
    core::MetricCounts m_counts;
    QList<bool> m_hidden; // per count, in the public view
    core::MetricFigures m_figures;
    QStringList m_periods;
    QStringList m_categories;
    QList<Row> m_rows;
    bool m_public = false;
    QString m_symbol;
};

} // namespace wres::ui
