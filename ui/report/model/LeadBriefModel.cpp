#include "BoardPackModel.h"
#include "ModelText.h"

#include <QCoreApplication>

namespace wres::ui::report::BoardPackModel {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BoardPack", text);
}

} // namespace

ReportDocument build(const core::LeadBrief& brief)
{
    ReportDocument doc;
    doc.title = tr("%1 — actions for %2").arg(brief.plan.title, brief.lead);
    doc.subject = tr("A lead's actions in the WRES action plan");
    int overdue = 0;
    for (const core::ActionRow& row : brief.actions)
        overdue += row.isOverdue(brief.date) ? 1 : 0;
    // Only the parts that exist, so an empty organisation leaves no stray dash.
    QStringList from;
    for (const QString& part : {brief.plan.organisation.trimmed(), brief.plan.title.trimmed()})
        if (!part.isEmpty())
            from << part;
    if (!from.isEmpty())
        doc.add(Paragraph{plain(from.join(QStringLiteral(" — "))), Paragraph::Role::Small});
    doc.add(Heading{1, tr("Actions for %1").arg(brief.lead), QStringLiteral("actions"), false, false});
    doc.add(Paragraph{plain(
        tr("As at %1: %2, %3 overdue. Please bring a progress update for each to the next EDI "
           "implementation group.")
            .arg(ModelText::longDate(brief.date), ModelText::count(brief.actions.size(), "%1 action", "%1 actions"))
            .arg(overdue))});
    doc.add(ModelText::statusKey(false));
    Table t;
    t.id = QStringLiteral("brief-actions");
    t.caption = tr("Actions for %1").arg(brief.lead);
    t.captionShown = false;
    t.empty = tr("No actions.");
    t.columns = {Column{tr("Ref."), 7},
                 Column{tr("Action"), 37},
                 Column{tr("Due"), 11},
                 Column{tr("Status"), 12},
                 Column{tr("RAG"), 5, Align::Centre},
                 Column{tr("Latest progress"), 28}};
    for (const core::ActionRow& row : brief.actions) {
        Row line;
        line.cells << ModelText::referenceCell(row.reference, row.displayNumber()) << Cell{plain(row.text.trimmed())}
                   << ModelText::dueCell(ModelText::due(row), row.isOverdue(brief.date))
                   << ModelText::statusCell(row.status) << ModelText::ragCell(row.rag)
                   << Cell{plain(row.progress.trimmed())};
        t.rows << line;
    }
    doc.add(t);
    return doc;
}

} // namespace wres::ui::report::BoardPackModel
