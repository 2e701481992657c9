#pragma once

#include "domain/ActionRow.h"
#include "store/ActionStore.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace wres::ui {

// One step to record progress on an action: status, RAG and a note, with who gives it.
class UpdateDialog : public QDialog
{
    Q_OBJECT
public:
    UpdateDialog(const core::ActionRow& action, const QString& author, QWidget* parent = nullptr);

    core::UpdateRequest request() const;

private:
    void accept() override;

    QComboBox* m_status;
    QComboBox* m_rag;
    QPlainTextEdit* m_note;
    QLineEdit* m_author;
    core::Status m_oldStatus;
    core::Rag m_oldRag;
};

} // namespace wres::ui
