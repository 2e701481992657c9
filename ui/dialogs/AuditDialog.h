#pragma once

#include "store/AuditStore.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace wres::ui {

// The audit trail as a read-only table: when, who, what, field, from, to, how.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        WhenColumn,
        AuthorColumn,
        SubjectColumn,
        FieldColumn,
        FromColumn,
        ToColumn,
        SourceColumn,
        ColumnCount,
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setRecords(QList<core::AuditRecord> records);
    const QList<core::AuditRecord>& records() const { return m_records; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::AuditRecord> m_records;
};

// Plan ▸ Audit Trail: every change to the plan, filtered by text, person and action, and saved as CSV.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    // load runs the query (the window's open file); actionId/actionName preselect one action, 0 for none.
    using Load = std::function<QList<core::AuditRecord>(const core::AuditQuery& query)>;
    AuditDialog(Load load, const QStringList& authors, qint64 actionId, const QString& actionName,
                QWidget* parent = nullptr);

    AuditTableModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    // Writes the rows shown as CSV; false (with a message) when the file cannot be written.
    bool exportCsv(const QString& path);

private:
    void reload();

    Load m_load;
    qint64 m_actionId;
    AuditTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_author;
    QCheckBox* m_onlyAction;
    QTableView* m_table;
    QLabel* m_count;
};

} // namespace wres::ui
