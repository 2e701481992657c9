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

// The words (heading, title, summary, request, committee) come ready from core
// (LeadBrief::words); the heading joins organisation and plan only where both are given, so it has
// no stray dash.
ReportDocument build(const core::LeadBrief& brief)
{
    ReportDocument doc;
    doc.title = brief.heading.isEmpty() ? brief.title : brief.heading + QStringLiteral(": ") + brief.title;
    doc.subject = tr("A lead's actions in the WRES action plan");
    // Landscape: a row per action with its milestones and progress beside it keeps a lead's
    // actions on as few pages as they will go.
    doc.add(PageBreak{PageBreak::Turn::Landscape});
    if (!brief.heading.isEmpty())
        doc.add(Paragraph{plain(brief.heading), Paragraph::Role::Small});
    doc.add(Heading{1, brief.title, QStringLiteral("actions"), false, false});
    doc.add(Paragraph{plain(QString(brief.summary + QLatin1Char(' ') + brief.request).trimmed())});
    doc.add(ModelText::statusKey(false));
    Table t;
    t.id = QStringLiteral("brief-actions");
    t.caption = brief.title;
    t.captionShown = false;
    t.empty = tr("No actions.");
    t.columns = {Column{tr("Ref."), 6},
                 Column{tr("Action"), 30},
                 Column{tr("Milestones"), 18},
                 Column{tr("Due"), 10},
                 Column{tr("Status"), 11},
                 Column{tr("RAG"), 5, Align::Centre},
                 Column{tr("Latest progress"), 20}};
    for (const core::ActionRow& row : brief.actions) {
        Cell action{plain(row.text.trimmed())};
        if (const QStringList others = brief.coLeadsOf(row); !others.isEmpty())
            action.content << Span{QStringLiteral("\n") + tr("With: %1").arg(others.join(QStringLiteral("; "))),
                                   Span::Italic};
        Row line;
        line.cells << ModelText::referenceCell(row.reference, row.displayNumber()) << action
                   << Cell{plain(row.milestones.trimmed())}
                   << ModelText::dueCell(ModelText::due(row), row.isOverdue(brief.date))
                   << ModelText::statusCell(row.status) << ModelText::ragCell(row.rag)
                   << Cell{plain(row.progress.trimmed())};
        t.rows << line;
    }
    doc.add(t);
    return doc;
}

} // namespace wres::ui::report::BoardPackModel
