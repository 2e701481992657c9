#pragma once

#include "report/BoardPack.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace wres::ui {

class CoverDetailsForm;
class PlanSession;

// Chooses what a board pack holds before it is previewed, printed or exported: the whole pack or a
// lead's brief, the metrics of WRES, WDES or both in one pack, the public (redacted) version, the meeting and version
// for the cover, and what "what has changed" is measured from; on a second page, the rest of the cover sheet and the
// change tolerances. Opens on the plan's kept words; accepting keeps what was typed for the next pack (unless the plan
// is read-only: then they serve this pack only, as a note in the dialog says).
class BoardPackDialog : public QDialog
{
    Q_OBJECT
public:
    BoardPackDialog(PlanSession& session, const QString& actionText, QWidget* parent = nullptr);

    core::BoardPackOptions options() const;
    // The lead whose brief is wanted, or empty for the whole pack.
    QString lead() const;
    // The cover's words as typed (meeting and version included).
    core::CoverDetails cover() const;

    void accept() override;

private:
    PlanSession& m_session;
    CoverDetailsForm* m_cover;
    QLabel* m_readOnly;
    QComboBox* m_contents;
    QComboBox* m_frameworks;
    QCheckBox* m_redact;
    QLineEdit* m_meeting;
    QLineEdit* m_version;
    QComboBox* m_since;
    QDateEdit* m_sinceDate;
};

} // namespace wres::ui
