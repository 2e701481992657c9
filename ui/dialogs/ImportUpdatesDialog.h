#pragma once

#include "updates/UpdateReturns.h"

#include <QAbstractTableModel>
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace wres::ui {

class PlanSession;

// The answers found in returned workbooks, a row each, with a tick for those to apply.
class UpdateReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ApplyColumn,
        LeadColumn,
        NumberColumn,
        ActionColumn,
        StatusColumn,
        RagColumn,
        NoteColumn,
        CheckColumn,
        ColumnCount,
    };
    explicit UpdateReviewModel(QList<core::UpdateReturns::FileReview>& reviews, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const core::UpdateReturns::Change& change(int row) const;
    void setAllAccepted(bool accepted);

signals:
    void acceptedChanged();

private:
    core::UpdateReturns::Change& changeAt(int row) const;

    QList<core::UpdateReturns::FileReview>& m_reviews;
    QList<std::pair<int, int>> m_rows; // (review, change) of each row: reviews that can be applied only
};

// Plan ▸ Import Updates: reads the returned workbooks, shows every answer with a tick (conflicts
// unticked, side by side below the table), the files that cannot be imported and why; Apply records
// the ticked answers, one transaction per file, then says who answered and who is still to.
class ImportUpdatesDialog : public QDialog
{
    Q_OBJECT
public:
    ImportUpdatesDialog(PlanSession& session, const QStringList& files, QWidget* parent = nullptr);

    QList<core::UpdateReturns::FileReview>& reviews() { return m_reviews; }
    UpdateReviewModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The problems shown for files that cannot be imported ("" when there are none).
    QString problemsText() const;
    QString detailsText() const;
    // Records the ticked answers; returns how many were recorded. Tells the user the outcome.
    int applyAccepted();
    QString lastSummary() const { return m_summary; }

    void accept() override;

signals:
    // Some updates were recorded: the window reads the plan again.
    void applied();

private:
    void showDetails();
    void updateButton();

    PlanSession& m_session;
    QList<core::UpdateReturns::FileReview> m_reviews;
    UpdateReviewModel* m_model;
    QLabel* m_heading;
    QPlainTextEdit* m_problems;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_apply;
    QString m_summary;
};

} // namespace wres::ui
