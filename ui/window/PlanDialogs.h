#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace wres::ui {

class AuditDialog;
class ImportUpdatesDialog;
class PlanDocument;
class PlanPane;
class RequestUpdatesDialog;

// The plan's own dialogs, each window-modal so the file it reads cannot be closed or replaced
// under it: the audit trail, the update round trip with leads (requests out, returns in), and
// Preferences.
class PlanDialogs : public QObject
{
    Q_OBJECT
public:
    PlanDialogs(QWidget* window, PlanDocument& document, PlanPane& pane);

    // Plan ▸ Audit Trail: the plan's changes, for the selected action when there is one.
    AuditDialog* showAuditTrail();
    // Plan ▸ Request Updates: writes a workbook per lead. Null without a plan.
    RequestUpdatesDialog* requestUpdates();
    // Plan ▸ Import Updates with the returned workbooks chosen: the review dialog; the plan is read
    // again once answers are applied. Null without a plan.
    ImportUpdatesDialog* importUpdates(const QStringList& files);
    void chooseImportUpdates();
    // Edit ▸ Preferences; true when accepted.
    bool preferences();

signals:
    void message(const QString& text, int timeout);

private:
    QWidget* m_window;
    PlanDocument& m_document;
    PlanPane& m_pane;
};

} // namespace wres::ui
