#include "BoardPackDocument.h"

#include "ChartTextObject.h"
#include "PagePrinter.h"
#include "StatusChart.h"
#include "TablePages.h"
#include "metrics/MetricChart.h"
#include "metrics/MetricFormat.h"
#include "metrics/SmallNumbers.h"
#include "style/StatusStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>

namespace wres::ui {
namespace {

const QLocale kLocale(QLocale::English, QLocale::UnitedKingdom);

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Text with its line breaks and bullets kept.
QString multiline(const QString& text)
{
    return esc(text.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? kLocale.toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

// The due date as plain text (for painted tables); dueText is the same for HTML.
QString plainDue(const core::ActionRow& row)
{
    switch (row.timescale.kind) {
    case core::Timescale::Kind::Dated:
        return dateText(row.timescale.due);
    case core::Timescale::Kind::Ongoing:
        return QCoreApplication::translate("BoardPack", "Ongoing");
    default:
        return row.timescale.text;
    }
}

QString dueText(const core::ActionRow& row)
{
    return esc(plainDue(row));
}

// A cell coloured for the status and worded with its symbol, readable in greyscale.
QString statusCell(core::Status status)
{
    if (status == core::Status::None)
        return QStringLiteral("<td>—</td>");
    const QColor colour = StatusStyle::statusColour(status);
    const QString ink = colour.lightness() > 140 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
    return QStringLiteral("<td bgcolor=\"%1\" style=\"color:%2\"><b>%3</b></td>")
        .arg(colour.name(), ink, esc(StatusStyle::statusText(status)));
}

QString ragCell(core::Rag rag)
{
    if (rag == core::Rag::None)
        return QStringLiteral("<td></td>");
    const QColor colour = StatusStyle::ragColour(rag);
    const QString ink = colour.lightness() > 140 ? QStringLiteral("#000000") : QStringLiteral("#ffffff");
    return QStringLiteral("<td bgcolor=\"%1\" style=\"color:%2\" align=\"center\"><b>%3</b></td>")
        .arg(colour.name(), ink, core::ragLetter(rag));
}

QString tableStart(const QStringList& headers, const QList<int>& widths = {}, double pointSize = 0)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "style=\"border-color:#768692; border-style:solid;%1\"><thead><tr>")
                       .arg(pointSize > 0 ? QStringLiteral(" font-size:%1pt").arg(pointSize) : QString());
    for (qsizetype i = 0; i < headers.size(); ++i)
        html +=
            QStringLiteral("<th bgcolor=\"#005eb8\" style=\"color:#ffffff\"%1>%2</th>")
                .arg(i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[i]) : QString(), esc(headers[i]));
    return html + QStringLiteral("</tr></thead><tbody>");
}

const QString kTableEnd = QStringLiteral("</tbody></table>");

QString heading(const QString& text, int level)
{
    return QStringLiteral("<h%1 style=\"color:#005eb8\">%2</h%1>").arg(level).arg(esc(text));
}

QString paragraph(const QString& html)
{
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

QString statusKey()
{
    QString html = QStringLiteral("<p><b>Status key:</b> ");
    for (core::Status s :
         {core::Status::NotStarted, core::Status::InProgress, core::Status::Delayed, core::Status::Complete})
        html += QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>&nbsp;&nbsp;")
                    .arg(StatusStyle::statusColour(s).name(), esc(StatusStyle::statusText(s)));
    return html + QStringLiteral("&nbsp; <b>RAG:</b> R Red, A Amber, G Green, B Blue (complete). <b>Ind.:</b> the WRES "
                                 "indicators an action aims to move, where the plan gives them per action.</p>");
}

// Collects each part of the pack as one HTML text (so headings are kept as written) with a marker
// where each chart goes. A heading that starts a page starts a new part; finish() makes each part a
// document and puts its charts in place.
class Builder
{
public:
    Builder(std::vector<std::unique_ptr<PagedPart>>& parts, const QSizeF& body) : m_out(parts), m_body(body)
    {
        m_parts.emplace_back();
    }

    void html(const QString& html) { m_parts.back().html += html; }
    void newPage()
    {
        const Part& last = m_parts.back();
        if (!last.html.isEmpty() || !last.charts.empty() || last.ready)
            m_parts.emplace_back();
    }
    // A part that lays itself out (the action plan's tables), on its own pages.
    void part(std::unique_ptr<PagedPart> ready)
    {
        newPage();
        m_parts.back().ready = std::move(ready);
        m_parts.emplace_back();
    }
    void chart(QChart* chart, double heightShare = 0.42)
    {
        Part& part = m_parts.back();
        part.html += QStringLiteral("<p align=\"center\">[[chart:%1]]</p>").arg(part.charts.size());
        part.charts.push_back({chart, QSizeF(m_body.width(), m_body.height() * heightShare)});
    }
    void finish()
    {
        for (Part& part : m_parts) {
            if (part.ready) {
                m_out.push_back(std::move(part.ready));
                continue;
            }
            if (part.html.isEmpty() && part.charts.empty())
                continue;
            auto document = std::make_unique<QTextDocument>();
            auto* charts = new ChartTextObject(document.get());
            document->documentLayout()->registerHandler(ChartTextObject::kType, charts);
            QFont font = document->defaultFont();
            font.setFamily(QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(9);
            // No ligatures: "staff" must be found and copied as s-t-a-f-f, not with an "ff" glyph.
            font.setStyleStrategy(QFont::PreferNoShaping);
            document->setDefaultFont(font);
            document->setHtml(part.html);
            for (std::size_t i = 0; i < part.charts.size(); ++i) {
                QTextCursor cursor = document->find(QStringLiteral("[[chart:%1]]").arg(i));
                if (cursor.isNull())
                    delete part.charts[i].chart;
                else
                    charts->insert(cursor, part.charts[i].chart, part.charts[i].size);
            }
            m_out.push_back(std::make_unique<TextPart>(std::move(document)));
        }
        m_parts.clear();
    }

private:
    struct Pending
    {
        QChart* chart;
        QSizeF size;
    };
    struct Part
    {
        QString html;
        std::vector<Pending> charts;
        std::unique_ptr<PagedPart> ready;
    };
    std::vector<std::unique_ptr<PagedPart>>& m_out;
    QSizeF m_body;
    std::vector<Part> m_parts;
};

void cover(Builder& b, const core::BoardPack& pack)
{
    const core::PackCover& c = pack.cover;
    QString html;
    if (!c.organisation.isEmpty())
        html += QStringLiteral("<p style=\"font-size:13pt; color:#425563\">%1</p>").arg(esc(c.organisation));
    html += QStringLiteral("<h1 style=\"font-size:24pt; color:#005eb8\">%1</h1>").arg(esc(c.title));
    html += QStringLiteral("<p style=\"font-size:14pt\">%1</p>").arg(esc(c.subtitle));
    for (const core::PackCover::Line& line : c.details)
        html += QStringLiteral("<p style=\"font-size:11pt\"><b>%1:</b> %2</p>").arg(esc(line.label), esc(line.text));
    html += QStringLiteral("<p><b>Purpose:</b> %1</p>").arg(esc(c.purpose));
    html += QStringLiteral("<p><b>Recommendation or decision required:</b> %1</p>").arg(esc(c.recommendation));
    html += QStringLiteral("<p><b>Key messages</b></p><ul>");
    for (const QString& message : c.keyMessages)
        html += QStringLiteral("<li>%1</li>").arg(esc(message));
    html += QStringLiteral("</ul><p><b>Governance:</b> %1</p>").arg(esc(c.governance));
    html += QStringLiteral("<p><b>Actions:</b> %1. <b>Status:</b> %2. <b>RAG:</b> %3.</p>")
                .arg(esc(c.scale), esc(c.statusLine.isEmpty() ? QStringLiteral("-") : c.statusLine), esc(c.ragLine));
    // The method note's first paragraph says which version this is (and, when public, which rule).
    html += QStringLiteral("<p>%1</p>").arg(esc(pack.metrics.methodNote().value(0)));
    html += QStringLiteral("<h3>Contents</h3><ol><li>Executive summary</li><li>WRES metrics</li><li>Action plan</li>"
                           "<li>What has changed</li><li>Appendix: the WRES indicators</li></ol>");
    b.html(html);
}

void summary(Builder& b, const core::BoardPack& pack)
{
    b.newPage();
    b.html(heading(QCoreApplication::translate("BoardPack", "1. Executive summary"), 1));
    if (pack.actions.isEmpty()) {
        b.html(paragraph(QCoreApplication::translate("BoardPack", "This plan has no actions yet.")));
        return;
    }
    QString html = paragraph(
        QCoreApplication::translate("BoardPack", "%1, as at %2.").arg(esc(pack.cover.scale), esc(dateText(pack.date))));
    html += tableStart(
        {QCoreApplication::translate("BoardPack", "Theme"), QCoreApplication::translate("BoardPack", "Not started"),
         QCoreApplication::translate("BoardPack", "In progress"), QCoreApplication::translate("BoardPack", "Delayed"),
         QCoreApplication::translate("BoardPack", "Complete"), QCoreApplication::translate("BoardPack", "No status"),
         QCoreApplication::translate("BoardPack", "Total")},
        {28, 12, 12, 12, 12, 12, 12});
    core::BoardPack::StatusCount all;
    for (const auto& c : pack.statusByTheme) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td "
                               "align=\"right\">%4</td><td align=\"right\">%5</td><td align=\"right\">%6</td><td "
                               "align=\"right\"><b>%7</b></td></tr>")
                    .arg(esc(c.theme))
                    .arg(c.notStarted)
                    .arg(c.inProgress)
                    .arg(c.delayed)
                    .arg(c.complete)
                    .arg(c.none)
                    .arg(c.total());
        all.notStarted += c.notStarted;
        all.inProgress += c.inProgress;
        all.delayed += c.delayed;
        all.complete += c.complete;
        all.none += c.none;
    }
    html +=
        QStringLiteral("<tr><td><b>All themes</b></td><td align=\"right\"><b>%1</b></td><td align=\"right\"><b>%2</b>"
                       "</td><td align=\"right\"><b>%3</b></td><td align=\"right\"><b>%4</b></td><td "
                       "align=\"right\"><b>%5</b></td><td align=\"right\"><b>%6</b></td></tr>")
            .arg(all.notStarted)
            .arg(all.inProgress)
            .arg(all.delayed)
            .arg(all.complete)
            .arg(all.none)
            .arg(all.total());
    b.html(html + kTableEnd);
    b.chart(StatusChart::build(pack.statusByTheme), 0.32);

    // The exception list can run to hundreds of rows on a large plan: a painted table on its own pages.
    using Column = TablePages::Column;
    TablePages::Headings headings;
    headings.title = QCoreApplication::translate("BoardPack", "Delayed and overdue actions");
    headings.empty = QCoreApplication::translate("BoardPack", "No action is delayed or past its due date.");
    QList<TablePages::Row> rows;
    for (const auto& e : pack.exceptions) {
        TablePages::Row row;
        row.cells << e.action.reference << e.action.text.section(QLatin1Char('\n'), 0, 0).simplified()
                  << e.action.leads.join(QStringLiteral("; ")) << plainDue(e.action) << QString() << e.reason;
        row.status = e.action.status;
        rows << row;
    }
    b.part(std::make_unique<TablePages>(
        headings,
        QList<Column>{{QCoreApplication::translate("BoardPack", "No."), 6},
                      {QCoreApplication::translate("BoardPack", "Action"), 40},
                      {QCoreApplication::translate("BoardPack", "Leads"), 20},
                      {QCoreApplication::translate("BoardPack", "Due"), 10},
                      {QCoreApplication::translate("BoardPack", "Status"), 12, Column::Kind::Status},
                      {QCoreApplication::translate("BoardPack", "Why listed"), 12}},
        rows));
}

QString cellHtml(const core::IndicatorTable::Cell& cell)
{
    QString html = esc(cell.value);
    if (!cell.note.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(esc(cell.note));
    for (const QString& counts : cell.counts)
        html += QStringLiteral("<br><small>%1</small>").arg(esc(counts));
    if (cell.smallNumbers)
        html += QStringLiteral("<br><small><i>%1</i></small>").arg(esc(core::SmallNumbers::flag()));
    return html;
}

void metrics(Builder& b, const core::BoardPack& pack)
{
    b.newPage();
    b.html(heading(QCoreApplication::translate("BoardPack", "2. WRES metrics"), 1));
    if (pack.metrics.counts.isEmpty()) {
        b.html(paragraph(QCoreApplication::translate("BoardPack", "No metrics recorded for this plan.")));
        return;
    }
    QString html;
    if (pack.redacted) {
        // The method note, as core words it for every public output.
        html += heading(QCoreApplication::translate("BoardPack", "Method note: small numbers"), 3);
        for (const QString& text : pack.metrics.methodNote())
            html += paragraph(esc(text));
        html += paragraph(QCoreApplication::translate("BoardPack", "%1: not published. -: cannot be computed.")
                              .arg(esc(pack.metrics.symbol())));
    } else {
        html += paragraph(
            QCoreApplication::translate("BoardPack", "-: cannot be computed (the reason is given in the table)."));
    }
    for (const QString& note : pack.methodNotes)
        html += paragraph(esc(note));
    html += tableStart(
        {QCoreApplication::translate("BoardPack", "Indicator"), QCoreApplication::translate("BoardPack", "Latest"),
         QCoreApplication::translate("BoardPack", "Previous"), QCoreApplication::translate("BoardPack", "Change")},
        {40, 20, 20, 20});
    for (const auto& s : pack.indicators) {
        html += QStringLiteral("<tr><td>%1. %2</td>").arg(s.indicator.number).arg(esc(s.indicator.shortTitle));
        if (!s.hasData) {
            html += QStringLiteral("<td colspan=\"3\"><i>No figures recorded</i></td></tr>");
            continue;
        }
        const QString white = s.white.isEmpty() ? QString() : QStringLiteral("<br>White: ") + esc(s.white);
        const QString whiteBefore =
            s.whitePrevious.isEmpty() ? QString() : QStringLiteral("<br>White: ") + esc(s.whitePrevious);
        const QString small =
            s.smallNumbers ? QStringLiteral("<br><i>%1</i>").arg(esc(core::SmallNumbers::flag())) : QString();
        html += QStringLiteral("<td>%1: %2 (%3)%4%5</td><td>%6%7</td><td>%8</td></tr>")
                    .arg(esc(s.measure), esc(s.latest), esc(s.latestPeriod), white, small,
                         s.previous.isEmpty()
                             ? QString()
                             : esc(s.previous + QStringLiteral(" (") + s.previousPeriod + QLatin1Char(')')),
                         whiteBefore, esc(s.changeText.isEmpty() ? s.change : s.changeText));
    }
    b.html(html + kTableEnd);

    for (const auto& s : pack.indicators) {
        if (!s.hasData)
            continue;
        const int n = s.indicator.number;
        b.newPage();
        QString section =
            heading(QCoreApplication::translate("BoardPack", "Indicator %1: %2").arg(n).arg(s.indicator.shortTitle), 2);
        section += paragraph(QStringLiteral("<i>%1</i>").arg(esc(s.indicator.definition)));
        section += paragraph(QStringLiteral("<b>%1</b>").arg(esc(s.narrative)));
        const core::IndicatorTable* table = nullptr;
        for (const core::IndicatorTable& t : pack.tables)
            if (t.indicator == n)
                table = &t;
        if (!table)
            continue;
        if (!table->smallNumbers.isEmpty())
            section += paragraph(QStringLiteral("<i>%1</i>").arg(esc(table->smallNumbers)));
        QStringList headers{QCoreApplication::translate("BoardPack", "Figure")};
        headers << table->periods;
        section += tableStart(headers);
        for (const core::IndicatorTable::Row& row : table->rows) {
            section += QStringLiteral("<tr><td>%1</td>").arg(esc(row.label));
            for (const core::IndicatorTable::Cell& cell : row.cells)
                section += QStringLiteral("<td align=\"right\">%1</td>").arg(cellHtml(cell));
            section += QStringLiteral("</tr>");
        }
        b.html(section + kTableEnd);
        b.chart(MetricChart::build(pack.metrics, n, n == 1 ? MetricChart::View::ByBand : MetricChart::View::Main),
                n == 1 ? 0.5 : 0.4);
        if (n == 1)
            b.chart(MetricChart::build(pack.metrics, n, MetricChart::View::Trend), 0.35);
    }
}

void actionPlan(Builder& b, const core::BoardPack& pack)
{
    const QString section = QCoreApplication::translate("BoardPack", "3. Action plan");
    if (pack.plan.themes.isEmpty()) {
        b.newPage();
        b.html(heading(section, 1) +
               paragraph(QCoreApplication::translate("BoardPack", "This plan has no themes or actions yet.")));
        return;
    }
    using Column = TablePages::Column;
    const QList<Column> columns = {{QCoreApplication::translate("BoardPack", "No."), 6},
                                   {QCoreApplication::translate("BoardPack", "Action"), 24},
                                   {QCoreApplication::translate("BoardPack", "Leads"), 11},
                                   {QCoreApplication::translate("BoardPack", "Time-scale"), 9, Column::Kind::Due},
                                   {QCoreApplication::translate("BoardPack", "Milestones"), 14},
                                   {QCoreApplication::translate("BoardPack", "Status"), 10, Column::Kind::Status},
                                   {QCoreApplication::translate("BoardPack", "RAG"), 5, Column::Kind::Rag},
                                   {QCoreApplication::translate("BoardPack", "Ind."), 5},
                                   {QCoreApplication::translate("BoardPack", "Latest progress"), 16}};
    bool first = true;
    for (const core::ThemeData& theme : pack.plan.themes) {
        // Each theme starts a page, as published plans do, with the status key.
        TablePages::Headings headings;
        headings.section = first ? section : QString();
        headings.title = theme.name;
        headings.statusKey = true;
        headings.empty = QCoreApplication::translate("BoardPack", "No objectives or actions under this theme yet.");
        if (!theme.indicators.isEmpty())
            headings.intro
                << QCoreApplication::translate("BoardPack", "WRES indicators: %1").arg(theme.indicators.toText());
        if (!theme.tags.isEmpty())
            headings.intro
                << QCoreApplication::translate("BoardPack", "Aligned with: %1").arg(core::tagsToText(theme.tags));
        QList<TablePages::Row> rows;
        for (const core::ObjectiveData& objective : theme.objectives) {
            if (!objective.text.trimmed().isEmpty() || !objective.number.isEmpty()) {
                TablePages::Row row;
                row.spanning = true;
                const QString label =
                    QCoreApplication::translate("BoardPack", "Objective %1").arg(objective.number).trimmed();
                row.cells << label + QLatin1Char(' ') + objective.text.trimmed();
                row.emphasis = int(label.size());
                rows << row;
            }
            if (objective.actions.isEmpty()) {
                TablePages::Row none;
                none.cells << QString()
                           << QCoreApplication::translate("BoardPack", "No actions under this objective yet.");
                rows << none;
            }
            for (const core::ActionData& action : objective.actions) {
                const core::ActionRow* row = pack.row(action.id);
                TablePages::Row line;
                line.cells << (row ? row->reference : action.number) << action.text.trimmed()
                           << action.leads.join(QStringLiteral("; ")) << action.timescale.text
                           << action.milestones.trimmed() << QString() << QString()
                           << (action.indicators.isEmpty() ? QString() : action.indicators.toText())
                           << action.progress.trimmed();
                line.status = action.status;
                line.rag = action.rag;
                line.overdue = row && row->isOverdue(pack.date);
                rows << line;
            }
        }
        b.part(std::make_unique<TablePages>(headings, columns, rows));
        first = false;
    }
}

void changes(Builder& b, const core::BoardPack& pack)
{
    b.newPage();
    QString html = heading(QCoreApplication::translate("BoardPack", "4. What has changed"), 1);
    if (pack.comparedWith.isEmpty()) {
        b.html(html +
               paragraph(QStringLiteral("No earlier pack has been recorded for this plan, so there is nothing to "
                                        "compare with. Record this pack, and the next one will show what changed "
                                        "since.")));
        return;
    }
    html += paragraph(esc(pack.changeSummary));
    if (!pack.metricChanges.isEmpty()) {
        html += paragraph(QStringLiteral("<b>%1</b>").arg(QCoreApplication::translate("BoardPack", "Metrics")));
        html += QStringLiteral("<ul>");
        for (const auto& m : pack.metricChanges)
            html += QStringLiteral("<li>%1 (%2, %3)</li>")
                        .arg(esc(m.text), esc(dateText(m.at.toLocalTime().date())), esc(m.who));
        html += QStringLiteral("</ul>");
    }
    if (pack.changes.isEmpty()) {
        b.html(html + paragraph(QCoreApplication::translate("BoardPack", "No action has changed since then.")));
        return;
    }
    b.html(html);
    // A year of changes on a large plan runs to many pages: a painted table.
    TablePages::Headings headings;
    headings.title = QCoreApplication::translate("BoardPack", "Changes since %1").arg(pack.comparedWith);
    QList<TablePages::Row> rows;
    for (const auto& c : pack.changes) {
        TablePages::Row row;
        const QString detail =
            c.note.isEmpty() ? c.detail
            : c.detail.isEmpty()
                ? c.note
                : c.detail + QLatin1Char('\n') + QCoreApplication::translate("BoardPack", "Note: %1").arg(c.note);
        row.cells << c.what << c.action << detail << dateText(c.at.toLocalTime().date()) << c.who;
        rows << row;
    }
    b.part(
        std::make_unique<TablePages>(headings,
                                     QList<TablePages::Column>{{QCoreApplication::translate("BoardPack", "What"), 11},
                                                               {QCoreApplication::translate("BoardPack", "Action"), 33},
                                                               {QCoreApplication::translate("BoardPack", "Change"), 34},
                                                               {QCoreApplication::translate("BoardPack", "When"), 10},
                                                               {QCoreApplication::translate("BoardPack", "By"), 12}},
                                     rows));
}

void appendix(Builder& b, const core::BoardPack& pack)
{
    b.newPage();
    QString html = heading(QCoreApplication::translate("BoardPack", "5. Appendix: the WRES indicators"), 1);
    html += tableStart({QCoreApplication::translate("BoardPack", "No."),
                        QCoreApplication::translate("BoardPack", "Indicator"),
                        QCoreApplication::translate("BoardPack", "Definition")},
                       {6, 28, 66});
    for (const core::Indicator& i : pack.definitions)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(i.number)
                    .arg(esc(i.shortTitle), esc(i.definition));
    b.html(html + kTableEnd);
}

} // namespace

QList<PagedPart*> BoardPackDocument::parts() const
{
    QList<PagedPart*> list;
    for (const auto& part : m_parts)
        list << part.get();
    return list;
}

BoardPackDocument::~BoardPackDocument() = default;

std::unique_ptr<BoardPackDocument> BoardPackDocument::build(const core::BoardPack& pack, const QSizeF& body)
{
    std::unique_ptr<BoardPackDocument> result(new BoardPackDocument);
    result->m_title = pack.cover.title + (pack.redacted ? QStringLiteral(" — public version") : QString());
    Builder builder(result->m_parts, body);
    cover(builder, pack);
    summary(builder, pack);
    metrics(builder, pack);
    actionPlan(builder, pack);
    changes(builder, pack);
    appendix(builder, pack);
    builder.finish();
    return result;
}

std::unique_ptr<BoardPackDocument> BoardPackDocument::build(const core::LeadBrief& brief, const QSizeF& body)
{
    std::unique_ptr<BoardPackDocument> result(new BoardPackDocument);
    result->m_title = brief.heading.isEmpty() ? brief.title : brief.heading + QStringLiteral(": ") + brief.title;
    Builder b(result->m_parts, body);
    QString html = QStringLiteral("<p style=\"color:#425563\">%1</p><h1 style=\"color:#005eb8\">%2</h1>")
                       .arg(esc(brief.heading), esc(brief.title));
    html += paragraph(esc(brief.summary + QLatin1Char(' ') + brief.request));
    html += statusKey();
    html += tableStart(
        {QCoreApplication::translate("BoardPack", "No."), QCoreApplication::translate("BoardPack", "Action"),
         QCoreApplication::translate("BoardPack", "Milestones"), QCoreApplication::translate("BoardPack", "Due"),
         QCoreApplication::translate("BoardPack", "Status"), QCoreApplication::translate("BoardPack", "RAG"),
         QCoreApplication::translate("BoardPack", "Latest progress")},
        {6, 28, 18, 11, 12, 6, 19});
    for (const core::ActionRow& row : brief.actions) {
        QString due = dueText(row);
        if (row.isOverdue(brief.date))
            due += QStringLiteral("<br><b>⚠ overdue</b>");
        QString text = multiline(row.text);
        if (const QStringList others = brief.coLeadsOf(row); !others.isEmpty())
            text +=
                QStringLiteral("<br><i>%1</i>")
                    .arg(esc(
                        QCoreApplication::translate("BoardPack", "With: %1").arg(others.join(QStringLiteral("; ")))));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>%5%6<td>%7</td></tr>")
                    .arg(esc(row.reference), text, multiline(row.milestones), due, statusCell(row.status),
                         ragCell(row.rag), multiline(row.progress));
    }
    b.html(html + kTableEnd);
    b.finish();
    return result;
}

} // namespace wres::ui
