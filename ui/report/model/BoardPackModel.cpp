#include "BoardPackModel.h"

#include "MetricsModel.h"
#include "ModelText.h"
#include "ReportPalette.h"
#include "framework/Framework.h"
#include "report/chart/ChartWords.h"

#include <QCoreApplication>

namespace wres::ui::report::BoardPackModel {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BoardPack", text);
}

Heading section(const QString& text, const QString& id)
{
    return Heading{1, text, id, true, false};
}

// The front sheet of a board paper: what it is, for which meeting, why it comes, what is asked,
// the key messages, who saw it before, the plan's counts, and which version this is.
void cover(ReportDocument& doc, const core::BoardPack& pack)
{
    const core::PackCover& c = pack.cover;
    if (!c.organisation.isEmpty())
        doc.add(Paragraph{plain(c.organisation), Paragraph::Role::Lead});
    doc.add(Heading{1, c.title, QStringLiteral("title"), false, true});
    doc.add(Paragraph{plain(c.subtitle), Paragraph::Role::Lead});
    Table sheet;
    sheet.id = QStringLiteral("cover-sheet");
    sheet.caption = tr("About this paper");
    sheet.columns = {Column{tr("Item"), 26}, Column{tr("Detail"), 74}};
    sheet.columnHeaders = false;
    const auto field = [&sheet](const QString& label, const QString& value) {
        if (value.trimmed().isEmpty())
            return;
        Row row;
        row.rowHeader = true;
        row.cells << Cell{bold(label)} << Cell{plain(value)};
        sheet.rows << row;
    };
    for (const core::PackCover::Line& line : c.details)
        field(line.label, line.text);
    field(tr("Purpose"), c.purpose);
    field(tr("Recommendation or decision required"), c.recommendation);
    field(tr("Governance"), c.governance);
    field(tr("Actions"), c.scale);
    field(tr("Status"), c.statusLine.isEmpty() ? QStringLiteral("-") : c.statusLine);
    field(tr("RAG"), c.ragLine);
    doc.add(sheet);
    if (!c.keyMessages.isEmpty()) {
        doc.add(Heading{2, tr("Key messages"), QStringLiteral("key-messages"), false, false});
        ListBlock messages;
        for (const QString& message : c.keyMessages)
            messages.items << plain(message);
        doc.add(messages);
    }
    // The method note's first paragraph says which version this is (and, when public, which rule),
    // its first sentence in bold.
    const QString version = pack.metrics.methodNote().value(0);
    qsizetype cut = version.size();
    for (const QChar stop : {QLatin1Char(':'), QLatin1Char('.')})
        if (const qsizetype at = version.indexOf(stop); at >= 0)
            cut = std::min(cut, at + 1);
    doc.add(
        Paragraph{{Span{version.left(cut), Span::Bold}, Span{version.mid(cut), Span::Plain}}, Paragraph::Role::Note});
    // The contents on a page of its own: a cover with its key messages fills the first.
    doc.add(PageBreak{});
    doc.add(Contents{tr("Contents")});
}

Table statusTable(const core::BoardPack& pack)
{
    Table t;
    t.id = QStringLiteral("status-by-theme");
    t.caption = tr("Number of actions by theme and status");
    t.shape = Table::Shape::Grid;
    t.columns = {Column{tr("Theme"), 28},
                 Column{tr("Not started"), 12, Align::End},
                 Column{tr("In progress"), 12, Align::End},
                 Column{tr("Delayed"), 12, Align::End},
                 Column{tr("Complete"), 12, Align::End},
                 Column{tr("No status"), 12, Align::End},
                 Column{tr("Total"), 12, Align::End}};
    core::BoardPack::StatusCount all;
    const auto line = [&t](const QString& name, const core::BoardPack::StatusCount& c, bool total) {
        Row row;
        row.rowHeader = true;
        row.tone = total ? Tone::Total : Tone::None;
        const auto cell = [total](const QString& text) { return Cell{total ? bold(text) : plain(text)}; };
        row.cells << cell(name);
        for (int n : {c.notStarted, c.inProgress, c.delayed, c.complete, c.none})
            row.cells << cell(QString::number(n));
        row.cells << Cell{bold(QString::number(c.total()))};
        t.rows << row;
    };
    for (const auto& c : pack.statusByTheme) {
        line(c.theme, c, false);
        all.notStarted += c.notStarted;
        all.inProgress += c.inProgress;
        all.delayed += c.delayed;
        all.complete += c.complete;
        all.none += c.none;
    }
    line(tr("All themes"), all, true);
    return t;
}

ChartSpec statusChart(const core::BoardPack& pack)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::StackedBars;
    spec.title = tr("Actions by status and theme");
    spec.axisTitle = tr("Actions");
    spec.axisDecimals = 0;
    for (const auto& c : pack.statusByTheme)
        spec.categories << c.theme;
    struct Part
    {
        Tone tone;
        int core::BoardPack::StatusCount::*field;
    };
    const Part parts[] = {{Tone::NotStarted, &core::BoardPack::StatusCount::notStarted},
                          {Tone::InProgress, &core::BoardPack::StatusCount::inProgress},
                          {Tone::Delayed, &core::BoardPack::StatusCount::delayed},
                          {Tone::Complete, &core::BoardPack::StatusCount::complete},
                          {Tone::NoStatus, &core::BoardPack::StatusCount::none}};
    for (const Part& part : parts) {
        ChartSpec::Series series;
        series.name = ReportPalette::word(part.tone);
        series.tone = part.tone;
        series.symbol = ReportPalette::symbol(part.tone);
        for (const auto& c : pack.statusByTheme)
            series.values << double(c.*part.field);
        spec.series << series;
    }
    spec.axisMax = 1;
    return spec;
}

void summary(ReportDocument& doc, const core::BoardPack& pack)
{
    doc.add(PageBreak{});
    doc.add(section(tr("1. Executive summary"), QStringLiteral("summary")));
    if (pack.actions.isEmpty()) {
        doc.add(Paragraph{plain(tr("This plan has no actions yet."))});
        return;
    }
    doc.add(Paragraph{plain(tr("%1, as at %2.").arg(pack.cover.scale, ModelText::date(pack.date)))});
    Figure figure;
    figure.id = QStringLiteral("status-chart");
    figure.chart = statusChart(pack);
    figure.alternative = ChartWords::describe(figure.chart);
    figure.data = statusTable(pack);
    doc.add(figure);

    doc.add(Heading{2, tr("Delayed and overdue actions"), QStringLiteral("exceptions"), true, false});
    Table t;
    t.id = QStringLiteral("exceptions-table");
    t.caption = tr("Delayed and overdue actions");
    t.captionShown = false;
    t.empty = tr("No action is delayed or past its due date.");
    t.columns = {Column{tr("Ref."), 8}, Column{tr("Action"), 38}, Column{tr("Leads"), 18},
                 Column{tr("Due"), 11}, Column{tr("Status"), 12}, Column{tr("Why listed"), 13}};
    for (const auto& e : pack.exceptions) {
        Row row;
        row.cells << ModelText::referenceCell(e.action.reference, e.action.displayNumber())
                  << Cell{plain(e.action.text.section(QLatin1Char('\n'), 0, 0).simplified())}
                  << Cell{plain(e.action.leads.join(QStringLiteral("; ")))} << Cell{plain(ModelText::due(e.action))}
                  << ModelText::statusCell(e.action.status) << Cell{plain(e.reason)};
        t.rows << row;
    }
    doc.add(t);
}

void actionPlan(ReportDocument& doc, const core::BoardPack& pack)
{
    doc.add(PageBreak{PageBreak::Turn::Landscape});
    doc.add(section(tr("3. Action plan"), QStringLiteral("plan")));
    if (pack.plan.themes.isEmpty()) {
        doc.add(Paragraph{plain(tr("This plan has no themes or actions yet."))});
        return;
    }
    doc.add(ModelText::statusKey(true));
    int index = 0;
    for (const core::ThemeData& theme : pack.plan.themes) {
        if (index > 0)
            doc.add(PageBreak{});
        doc.add(Heading{2, theme.name, QStringLiteral("theme-%1").arg(++index), true, false});
        if (!theme.indicators.isEmpty())
            doc.add(Paragraph{labelled(tr("WRES indicators:"), theme.indicators.toText())});
        if (!theme.tags.isEmpty())
            doc.add(Paragraph{labelled(tr("Aligned with:"), core::tagsToText(theme.tags))});
        Table t;
        t.id = QStringLiteral("plan-theme-%1").arg(index);
        t.caption = theme.name;
        t.captionShown = false;
        t.empty = tr("No objectives or actions under this theme yet.");
        t.columns = {Column{tr("Ref."), 6},
                     Column{tr("Action"), 22},
                     Column{tr("Milestones"), 14},
                     Column{tr("Leads"), 11},
                     Column{tr("Time-scale"), 10},
                     Column{tr("Status"), 10},
                     Column{tr("RAG"), 5, Align::Centre},
                     Column{tr("Ind."), 5},
                     Column{tr("Latest progress"), 17}};
        for (const core::ObjectiveData& objective : theme.objectives) {
            if (!objective.text.trimmed().isEmpty() || !objective.number.isEmpty()) {
                Row row;
                row.spanning = true;
                row.tone = Tone::Objective;
                row.cells << Cell{
                    labelled(tr("Objective %1").arg(objective.number).trimmed(), objective.text.trimmed())};
                t.rows << row;
            }
            if (objective.actions.isEmpty()) {
                Row none;
                none.spanning = true;
                none.cells << Cell{italic(tr("No actions under this objective yet."))};
                t.rows << none;
            }
            for (const core::ActionData& action : objective.actions) {
                const core::ActionRow* row = pack.row(action.id);
                Row line;
                line.cells << ModelText::referenceCell(row ? row->reference : action.number,
                                                       row ? row->displayNumber() : QString())
                           << Cell{plain(action.text.trimmed())} << Cell{plain(action.milestones.trimmed())}
                           << Cell{plain(action.leads.join(QStringLiteral("; ")))}
                           << ModelText::dueCell(action.timescale.text, row && row->isOverdue(pack.date))
                           << ModelText::statusCell(action.status) << ModelText::ragCell(action.rag)
                           << Cell{plain(action.indicators.isEmpty() ? QString() : action.indicators.toText())}
                           << Cell{plain(action.progress.trimmed())};
                t.rows << line;
            }
        }
        doc.add(t);
    }
}

QString changeKind(core::BoardPack::Change::Kind kind)
{
    switch (kind) {
    case core::BoardPack::Change::Kind::Status:
        return tr("Status");
    case core::BoardPack::Change::Kind::Rag:
        return tr("RAG");
    case core::BoardPack::Change::Kind::Update:
        return tr("Update");
    case core::BoardPack::Change::Kind::NewAction:
        return tr("New action");
    case core::BoardPack::Change::Kind::Closed:
        return tr("Closed");
    case core::BoardPack::Change::Kind::Removed:
        return tr("Removed");
    case core::BoardPack::Change::Kind::Edited:
        return tr("Edited");
    }
    return {};
}

// One row per change to an action (full reference, what changed, the note, when, and who in the
// full version), then the metrics imported or changed since, by indicator and period.
void changes(ReportDocument& doc, const core::BoardPack& pack)
{
    doc.add(PageBreak{PageBreak::Turn::Portrait});
    doc.add(section(tr("4. What has changed"), QStringLiteral("changes")));
    if (pack.comparedWith.isEmpty()) {
        doc.add(Paragraph{plain(tr("No earlier pack has been recorded for this plan, so there is nothing to compare "
                                   "with. Record this pack, and the next one will show what changed since."))});
        return;
    }
    if (!pack.changeSummary.isEmpty())
        doc.add(Paragraph{plain(pack.changeSummary)});
    if (!pack.metricChanges.isEmpty()) {
        doc.add(Heading{2, tr("Metrics imported or changed"), QStringLiteral("metric-changes"), false, false});
        ListBlock list;
        for (const auto& m : pack.metricChanges) {
            // Who imported them is for the Board, not the website.
            const QString when = ModelText::date(m.at.toLocalTime().date());
            list.items << plain(pack.redacted || m.who.isEmpty()
                                    ? QStringLiteral("%1 (%2)").arg(m.text, when)
                                    : QStringLiteral("%1 (%2, %3)").arg(m.text, when, m.who));
        }
        doc.add(list);
    }
    doc.add(Heading{2, tr("Changes to actions"), QStringLiteral("action-changes"), false, false});
    Table t;
    t.id = QStringLiteral("changes-table");
    t.caption = tr("Changes since %1").arg(pack.comparedWith);
    t.captionShown = false;
    t.empty = tr("No action has changed since then.");
    // Who made each change is for the Board, not the website: the public version leaves it out.
    t.columns = {Column{tr("What"), 11}, Column{tr("Ref."), 7}, Column{tr("Action"), 30}, Column{tr("Change"), 32},
                 Column{tr("When"), 10}};
    if (!pack.redacted)
        t.columns << Column{tr("By"), 10};
    for (const auto& c : pack.changes) {
        const QString detail = c.note.isEmpty()     ? c.detail
                               : c.detail.isEmpty() ? c.note
                                                    : c.detail + QLatin1Char('\n') + tr("Note: %1").arg(c.note);
        Row row;
        row.cells << Cell{plain(c.what.isEmpty() ? changeKind(c.kind) : c.what)} << Cell{plain(c.reference)}
                  << Cell{plain(c.title.isEmpty() ? c.action : c.title)} << Cell{plain(detail.trimmed())}
                  << Cell{plain(ModelText::date(c.at.toLocalTime().date()))};
        if (!pack.redacted)
            row.cells << Cell{plain(c.who)};
        t.rows << row;
    }
    doc.add(t);
}

void appendix(ReportDocument& doc, const core::BoardPack& pack)
{
    doc.add(PageBreak{});
    // The frameworks the pack shows: "the WRES indicators", "the WRES and WDES indicators".
    const QString shown =
        (pack.frameworks.isEmpty() ? QStringList{core::Framework::wres().code} : pack.frameworks).join(tr(" and "));
    doc.add(section(tr("5. Appendix: the %1 indicators").arg(shown), QStringLiteral("appendix")));
    Table t;
    t.id = QStringLiteral("indicators-table");
    t.caption = tr("The %1 indicators").arg(shown);
    t.captionShown = false;
    t.columns = {Column{tr("No."), 6}, Column{tr("Indicator"), 28}, Column{tr("Definition"), 66}};
    for (const core::Indicator& i : pack.definitions) {
        Row row;
        row.rowHeader = true;
        // WRES's by number, as always; another framework's with its name ("WDES 4a(i)").
        const QString number = i.framework == core::Framework::wres().code ? i.code : i.label();
        row.cells << Cell{plain(number)} << Cell{plain(i.shortTitle)} << Cell{plain(i.definition)};
        t.rows << row;
    }
    doc.add(t);
}

} // namespace

ReportDocument build(const core::BoardPack& pack)
{
    ReportDocument doc;
    doc.title = pack.cover.title + (pack.redacted ? tr(" — public version") : QString());
    doc.subject = tr("Workforce Race Equality Standard: progress report and metrics");
    cover(doc, pack);
    summary(doc, pack);
    MetricsModel::add(doc, pack);
    actionPlan(doc, pack);
    changes(doc, pack);
    appendix(doc, pack);
    return doc;
}

} // namespace wres::ui::report::BoardPackModel
