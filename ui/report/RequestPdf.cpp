#include "RequestPdf.h"

#include "report/model/ModelText.h"
#include "report/model/ReportDocument.h"
#include "report/paged/ReportPrinter.h"

#include <QCoreApplication>
#include <QLocale>

namespace wres::ui::RequestPdf {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BoardPack", text);
}

// The request as a report, laid out and painted as the board pack is: landscape, the status key,
// a row per action with room to write the answers by hand.
report::ReportDocument document(const core::UpdateRequests::LeadRequest& request)
{
    using namespace report;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    ReportDocument doc;
    doc.title = tr("Update request: %1").arg(request.lead);
    doc.add(PageBreak{PageBreak::Turn::Landscape});
    doc.add(Paragraph{plain(tr("Update request")), Paragraph::Role::Lead});
    doc.add(Heading{1, request.lead, QStringLiteral("request"), false, false});
    doc.add(Paragraph{labelled(tr("Plan:"), QStringLiteral("%1 (%2)").arg(request.planTitle, request.organisation))});
    doc.add(Paragraph{
        labelled(tr("Sent:"), english.toString(request.issuedAt.toLocalTime().date(), QStringLiteral("d MMMM yyyy")))});
    doc.add(Paragraph{labelled(tr("How to answer:"),
                               tr("for each action, write the new status (Not started, In progress, Delayed or "
                                  "Complete), the new RAG (R, A, G or B) and a progress note in the last three "
                                  "columns; leave a row empty if nothing has changed. Return the pages to the EDI "
                                  "team."))});
    doc.add(ModelText::statusKey(false));
    Table t;
    t.caption = tr("Actions for %1").arg(request.lead);
    t.captionShown = false;
    t.empty = tr("No open actions.");
    t.columns = {Column{tr("ID"), 5},
                 Column{tr("No."), 5},
                 Column{tr("Action"), 24},
                 Column{tr("Timescale"), 9},
                 Column{tr("Status"), 10},
                 Column{tr("RAG"), 5, Align::Centre},
                 Column{tr("Latest progress"), 15},
                 Column{tr("New status"), 9, Align::Start, 9},
                 Column{tr("New RAG"), 5, Align::Start, 5},
                 Column{tr("Progress update"), 13, Align::Start, 16}};
    for (const core::UpdateRequests::RequestedAction& a : request.actions) {
        QString timescale = a.timescale;
        if (a.due.isValid() && !timescale.contains(QString::number(a.due.year())))
            timescale += QStringLiteral(" (%1)").arg(ModelText::date(a.due));
        Row row;
        // Room to write the answers by hand: four lines at least.
        row.cells << Cell{plain(QString::number(a.id))} << Cell{plain(a.number)} << Cell{plain(a.text)}
                  << Cell{plain(timescale)} << ModelText::statusCell(a.status) << ModelText::ragCell(a.rag)
                  << Cell{plain(a.progress)} << Cell{} << Cell{} << Cell{plain(QStringLiteral("\n\n\n"))};
        t.rows << row;
    }
    doc.add(t);
    return doc;
}

} // namespace

int print(const core::UpdateRequests::LeadRequest& request, QPagedPaintDevice& device)
{
    return report::ReportPrinter::print(document(request), device);
}

int writePdf(const core::UpdateRequests::LeadRequest& request, QIODevice& device)
{
    return report::ReportPrinter::writePdf(document(request), device, request.issuedAt);
}

} // namespace wres::ui::RequestPdf
