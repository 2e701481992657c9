#include "RequestPdf.h"

#include "PagePrinter.h"
#include "TablePages.h"

#include <QCoreApplication>
#include <QLocale>

namespace wres::ui::RequestPdf {
int print(const core::UpdateRequests::LeadRequest& request, QPagedPaintDevice& device)
{
    using Column = TablePages::Column;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    TablePages::Headings headings;
    headings.section = QCoreApplication::translate("BoardPack", "Update request");
    headings.title = request.lead;
    headings.intro = {
        QCoreApplication::translate("BoardPack", "Plan: %1 (%2)").arg(request.planTitle, request.organisation),
        QCoreApplication::translate("BoardPack", "Sent: %1")
            .arg(english.toString(request.issuedAt.toLocalTime().date(), QStringLiteral("d MMMM yyyy"))),
        QCoreApplication::translate(
            "BoardPack",
            "How to answer: for each action, write the new status (Not started, In progress, Delayed or Complete), "
            "the new RAG (R, A, G or B) and a progress note in the last three columns; leave a row empty if nothing "
            "has changed. Return the pages to the EDI team."),
    };
    headings.statusKey = true;
    headings.empty = QCoreApplication::translate("BoardPack", "No open actions.");
    const QList<Column> columns = {
        {QCoreApplication::translate("BoardPack", "ID"), 5, Column::Kind::Text},
        {QCoreApplication::translate("BoardPack", "No."), 5, Column::Kind::Text},
        {QCoreApplication::translate("BoardPack", "Action"), 24, Column::Kind::Text},
        {QCoreApplication::translate("BoardPack", "Timescale"), 9, Column::Kind::Text},
        {QCoreApplication::translate("BoardPack", "Status"), 10, Column::Kind::Status},
        {QCoreApplication::translate("BoardPack", "RAG"), 5, Column::Kind::Rag},
        {QCoreApplication::translate("BoardPack", "Latest progress"), 15, Column::Kind::Text},
        {QCoreApplication::translate("BoardPack", "New status"), 9, Column::Kind::Text},
        {QCoreApplication::translate("BoardPack", "New RAG"), 5, Column::Kind::Text},
        {QCoreApplication::translate("BoardPack", "Progress update"), 13, Column::Kind::Text},
    };
    QList<TablePages::Row> rows;
    for (const core::UpdateRequests::RequestedAction& a : request.actions) {
        TablePages::Row row;
        QString timescale = a.timescale;
        if (a.due.isValid() && !timescale.contains(QString::number(a.due.year())))
            timescale += QStringLiteral(" (%1)").arg(english.toString(a.due, QStringLiteral("d MMM yyyy")));
        // Room to write the answers by hand: four lines at least.
        row.cells = {QString::number(a.id),   a.number, a.text, timescale, {}, {}, a.progress, {}, {},
                     QStringLiteral("\n\n\n")};
        row.status = a.status;
        row.rag = a.rag;
        rows << row;
    }
    TablePages table(headings, columns, rows);
    PagePrinter::prepare(device, QPageLayout::Landscape);
    return PagePrinter::print({&table}, device,
                              QCoreApplication::translate("BoardPack", "Update request: %1").arg(request.lead));
}

int writePdf(const core::UpdateRequests::LeadRequest& request, QIODevice& device)
{
    return PagePrinter::writePdf(device,
                                 QCoreApplication::translate("BoardPack", "Update request: %1").arg(request.lead),
                                 [&](QPagedPaintDevice& paper) { return print(request, paper); });
}

} // namespace wres::ui::RequestPdf
