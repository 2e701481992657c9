#pragma once

#include "domain/PlanData.h"

#include <QDialog>

#include <functional>

namespace wres::ui {

// Shown when an action the user is saving was changed by someone else since it was opened: both
// versions side by side, field by field, and the choice of which to keep.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        KeepMine,   // save my version over theirs (their change stays in the history and audit trail)
        TakeTheirs, // drop my edits and show theirs
        KeepEditing,
    };
    using Hook = std::function<Choice(const core::ActionData& mine, const core::ActionData& theirs)>;

    // Asks the user; tests answer through the hook instead.
    // reference: the action's one reference (core::ActionRow::reference), else its number is shown.
    static Choice ask(QWidget* parent, const core::ActionData& mine, const core::ActionData& theirs,
                      const QString& reference = {});
    static void setHook(Hook hook);
    // The fields that differ, as (field, mine, theirs) in the order of the editor.
    static QList<QStringList> differences(const core::ActionData& mine, const core::ActionData& theirs);

private:
    ConflictDialog(const core::ActionData& mine, const core::ActionData& theirs, const QString& reference,
                   QWidget* parent);
    static Hook& hook();
    Choice m_choice = Choice::KeepEditing;
};

} // namespace wres::ui
