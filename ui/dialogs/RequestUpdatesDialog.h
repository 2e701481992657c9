#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wres::ui {

class PlanSession;

// Plan ▸ Request Updates: writes a workbook for each lead (or one lead) asking for progress on
// their open actions, optionally with a PDF of each to print, into a folder; records the requests
// in the plan so their answers can be imported and the leads still to answer named.
class RequestUpdatesDialog : public QDialog
{
    Q_OBJECT
public:
    RequestUpdatesDialog(PlanSession& session, const QString& folder, QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    void setLead(const QString& lead); // "" for every lead
    void setDueWithin(int days);       // < 0 for every open action
    void setPdf(bool pdf);
    // What will be asked, as the dialog shows it: "17 leads, 31 actions".
    QString preview() const;
    // Writes the requests and records them; false (with a message) when nothing could be written.
    // On success the dialog tells what it wrote and where.
    bool writeRequests();
    QStringList writtenFiles() const { return m_written; }

    void accept() override;

private:
    void updatePreview();

    PlanSession& m_session;
    QLineEdit* m_folder;
    QComboBox* m_lead;
    QCheckBox* m_limit;
    QSpinBox* m_days;
    QCheckBox* m_pdf;
    QLabel* m_preview;
    QStringList m_written;
};

} // namespace wres::ui
