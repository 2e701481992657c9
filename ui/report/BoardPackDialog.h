#pragma once

#include "report/BoardPack.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace wres::ui {

class PlanSession;

// Chooses what a board pack holds before it is previewed, printed or exported: the whole pack or a
// lead's brief, the public (redacted) version, the meeting and version for the cover, and what
// "what has changed" is measured from.
class BoardPackDialog : public QDialog
{
    Q_OBJECT
public:
    BoardPackDialog(const PlanSession& session, const QString& actionText, QWidget* parent = nullptr);

    core::BoardPackOptions options() const;
    // The lead whose brief is wanted, or empty for the whole pack.
    QString lead() const;

private:
    QComboBox* m_contents;
    QCheckBox* m_redact;
    QLineEdit* m_meeting;
    QLineEdit* m_version;
    QComboBox* m_since;
    QDateEdit* m_sinceDate;
};

} // namespace wres::ui
