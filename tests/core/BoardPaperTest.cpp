// The board paper as data: the cover kept per plan, the cover sheet, key messages, what has changed,
// the indicator tables and summaries, and the lead brief's words.
#include "TestSupport.h"
#include "metrics/MetricCalculator.h"
#include "metrics/MetricsCsv.h"
#include "report/BoardPack.h"
#include "store/ActionStore.h"
#include "store/AuditStore.h"
#include "store/BoardPaperStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "store/SnapshotStore.h"
#include "store/StoreError.h"
#include "store/StructureStore.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

class BoardPaper : public ::testing::Test
{
protected:
    void SetUp() override
    {
        location = wres::test::storeLocation(scratch, "demo.wres");
        wres::test::writeDemo(location);
        db = Database::open(location, Database::Mode::OpenExisting);
        planId = PlanStore(*db).choosePlan(std::nullopt).id;
    }

    BoardPack pack(BoardPackOptions options = {}) const
    {
        if (options.date == QDate::currentDate())
            options.date = QDate(2024, 7, 1);
        return BoardPack::gather(*db, planId, options);
    }

    const ActionRow& action(const QString& reference) const
    {
        ActionQuery q;
        q.planId = planId;
        static QList<ActionRow> rows;
        rows = ActionStore(*db).list(q);
        for (const ActionRow& r : rows)
            if (r.reference == reference)
                return r;
        throw std::runtime_error("no action " + reference.toStdString());
    }

    void recordPackAMinuteAgo(const QString& label = "Trust Board, July")
    {
        SnapshotStore(*db).record(planId, label, QDateTime::currentDateTimeUtc().addSecs(-60));
    }

    static const BoardPack::IndicatorSummary& summary(const BoardPack& pack, int indicator)
    {
        for (const auto& s : pack.indicators)
            if (s.indicator.number == indicator)
                return s;
        throw std::runtime_error("no summary");
    }

    static const IndicatorTable& table(const BoardPack& pack, int indicator)
    {
        for (const IndicatorTable& t : pack.tables)
            if (t.indicator == indicator)
                return t;
        throw std::runtime_error("no table");
    }

    wres::test::Scratch scratch;
    QString location;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
};

TEST_F(BoardPaper, TheCoverIsKeptPerPlanAndAuditedAndEmptyFieldsAreRemoved)
{
    BoardPaperStore store(*db, "Head of EDI", "test");
    EXPECT_EQ(store.cover(planId), CoverDetails{});
    CoverDetails cover;
    cover.meeting = "Trust Board, 26 September 2024";
    cover.agendaItem = "9.2";
    cover.author = "Head of EDI";
    cover.presenter = "Chief People Officer";
    cover.purpose = "To approve the WRES report for publication.";
    cover.recommendation = "The Board is asked to approve the report for publication.";
    cover.committees = {"EDI Workforce Group, 7 June 2024", "  People Committee,   1 July 2024 ", ""};
    cover.organisation = "London Ambulance Service NHS Trust";
    cover.version = "1.0";
    cover.updatesTo = "EDI Steering Group";
    store.setCover(planId, cover);
    CoverDetails expected = cover;
    expected.committees = {"EDI Workforce Group, 7 June 2024", "People Committee, 1 July 2024"};
    EXPECT_EQ(BoardPaperStore(*db).cover(planId), expected);

    const qint64 other = PlanStore(*db).addPlan(wres::test::samplePlan());
    EXPECT_EQ(store.cover(other), CoverDetails{}) << "each plan keeps its own";

    AuditQuery q;
    q.planId = planId;
    q.entity = "plan";
    const QList<AuditRecord> lines = AuditStore(*db).list(q);
    ASSERT_EQ(lines.size(), 10);
    EXPECT_EQ(lines[0].entry.field, "cover meeting");
    EXPECT_EQ(lines[0].entry.author, "Head of EDI");

    cover.agendaItem.clear();
    store.setCover(planId, cover);
    EXPECT_TRUE(store.cover(planId).agendaItem.isEmpty());
    EXPECT_EQ(AuditStore(*db).list(q).size(), 11) << "only what changed is written";
}

TEST_F(BoardPaper, TolerancesAreTheFilesWithDefaultsAndARange)
{
    BoardPaperStore store(*db);
    EXPECT_EQ(store.tolerance(), ChangeTolerance{});
    ChangeTolerance t;
    t.ratio = 0.1;
    t.points = 2.5;
    store.setTolerance(t);
    EXPECT_EQ(BoardPaperStore(*db).tolerance(), t);
    t.points = 99;
    EXPECT_THROW(store.setTolerance(t), InvalidRequest);
    EXPECT_EQ(store.tolerance().points, 2.5) << "nothing written";
    EXPECT_EQ(pack().tolerance.ratio, 0.1) << "the pack uses the file's";
}

TEST_F(BoardPaper, ACoverTitleIsNeverAFileName)
{
    const QString wres = "Workforce Race Equality Standard";
    EXPECT_EQ(PackCover::titleOf("partnership-trust-2022-24", wres), "Workforce Race Equality Standard action plan");
    EXPECT_EQ(PackCover::titleOf("wres_plan.v2", wres), "Workforce Race Equality Standard action plan");
    EXPECT_EQ(PackCover::titleOf("", wres), "Workforce Race Equality Standard action plan");
    EXPECT_EQ(PackCover::titleOf("WRES Action Plan 2022 - 2024", wres), "WRES Action Plan 2022 - 2024");
    EXPECT_EQ(PackCover::titleOf("Draft", wres), "Draft");

    PlanData plan = wres::test::samplePlan();
    plan.info.organisation.clear();
    plan.info.title = "mental-health-trust-2022-23";
    const qint64 id = PlanStore(*db).addPlan(plan);
    BoardPackOptions options;
    options.date = QDate(2024, 7, 1);
    BoardPack p = BoardPack::gather(*db, id, options);
    EXPECT_EQ(p.cover.title, "Workforce Race Equality Standard action plan");
    EXPECT_TRUE(p.cover.organisation.isEmpty()) << "no organisation is invented";
    options.cover = CoverDetails{};
    options.cover->organisation = "Example Mental Health NHS Trust";
    p = BoardPack::gather(*db, id, options);
    EXPECT_EQ(p.cover.organisation, "Example Mental Health NHS Trust");
}

TEST_F(BoardPaper, TheCoverSheetHasEveryPartOfABoardPaper)
{
    CoverDetails cover;
    cover.meeting = "Trust Board, 26 September 2024";
    cover.agendaItem = "9.2";
    cover.author = "Head of EDI";
    cover.presenter = "Chief People Officer";
    cover.committees = {"EDI Workforce Group, 7 June 2024", "People Committee, 1 July 2024"};
    BoardPaperStore(*db).setCover(planId, cover);
    const BoardPack p = pack();
    const PackCover& c = p.cover;
    EXPECT_EQ(c.organisation, "London Ambulance Service NHS Trust");
    EXPECT_EQ(c.title, "Workforce Race Equality Standard Action Plan 2023/2024");
    QStringList labels;
    for (const PackCover::Line& line : c.details)
        labels << line.label + ": " + line.text;
    EXPECT_EQ(labels,
              QStringList({"Meeting: Trust Board, 26 September 2024", "Date: 1 July 2024", "Agenda item: 9.2",
                           "Author: Head of EDI", "Presented by: Chief People Officer", "Plan period: 2023/24"}));
    EXPECT_EQ(p.meeting, "Trust Board, 26 September 2024") << "kept for the plan, used by the pack";
    EXPECT_TRUE(c.purpose.contains("Workforce Race Equality Standard action plan")) << c.purpose.toStdString();
    EXPECT_TRUE(c.recommendation.startsWith("To note")) << "the default decision";
    EXPECT_EQ(c.governance, "Previously considered by: EDI Workforce Group, 7 June 2024; People Committee, 1 July "
                            "2024.");
    EXPECT_EQ(c.scale, "12 actions in 3 themes");
    int statuses = 0, rags = 0;
    for (const auto& t : c.statuses)
        statuses += t.count;
    for (const auto& t : c.rags)
        rags += t.count;
    EXPECT_EQ(statuses, 12);
    EXPECT_EQ(rags, 12);
    EXPECT_EQ(c.statuses.size(), 5) << "zeros included";
    EXPECT_EQ(c.rags.size(), 5);
    EXPECT_FALSE(c.statusLine.isEmpty());
    EXPECT_FALSE(c.keyMessages.isEmpty());
    EXPECT_TRUE(c.keyMessages.front().startsWith("12 actions in 3 themes: ")) << c.keyMessages.front().toStdString();

    BoardPaperStore(*db).setCover(planId, CoverDetails{});
    EXPECT_EQ(pack().cover.governance, "Not previously considered by another committee or group.");
}

TEST_F(BoardPaper, PluralsAreRightForOneActionInOneTheme)
{
    PlanData plan;
    plan.info.title = "One";
    ThemeData theme;
    theme.name = "Only theme";
    ObjectiveData objective{0, "1", "Only objective", {}};
    ActionData a;
    a.number = "1";
    a.text = "The only action";
    a.status = Status::Delayed;
    objective.actions << a;
    theme.objectives << objective;
    plan.themes << theme;
    const qint64 id = PlanStore(*db).addPlan(plan);
    BoardPackOptions options;
    options.date = QDate(2024, 7, 1);
    const BoardPack p = BoardPack::gather(*db, id, options);
    EXPECT_EQ(p.cover.scale, "1 action in 1 theme");
    EXPECT_TRUE(p.cover.keyMessages.contains("1 action is delayed: 1.1."))
        << p.cover.keyMessages.join("\n").toStdString();
    EXPECT_EQ(p.cover.statusLine, "1 delayed");
    EXPECT_EQ(p.cover.ragLine, "No action has a RAG rating");
}

TEST_F(BoardPaper, KeyMessagesNameWhatImprovedWhatGotWorseAndTheLateActionsByReference)
{
    const BoardPack p = pack();
    const QString all = p.cover.keyMessages.join("\n");
    // Overdue on 1 July 2024: the actions due by March 2024 or June 2024 that are not complete.
    QStringList overdue;
    for (const BoardPack::Exception& e : p.exceptions)
        if (e.action.isOverdue(p.date))
            overdue << e.action.reference;
    ASSERT_FALSE(overdue.isEmpty());
    EXPECT_TRUE(all.contains(QString("%1 actions are past their due date: ").arg(overdue.size()))) << all.toStdString();
    for (const QString& reference : overdue)
        EXPECT_TRUE(all.contains(reference + " (due ")) << reference.toStdString();
    for (const auto& s : p.indicators) {
        if (s.change == "better" || s.change == "worse") {
            EXPECT_TRUE(all.contains(QString("indicator %1 (").arg(s.indicator.number))) << s.indicator.number;
        }
    }
    EXPECT_TRUE(all.contains("Better than the year before") || all.contains("Worse than the year before"));
    EXPECT_TRUE(all.contains("Based on small numbers, so to be read with care: ")) << all.toStdString();
    EXPECT_TRUE(all.contains("indicator 3")) << "indicator 3 rests on a handful of cases";
}

TEST_F(BoardPaper, SummariesShowUnitsWhiteBesideBmeAndSmallNumbers)
{
    const BoardPack p = pack();
    const auto& one = summary(p, 1);
    EXPECT_EQ(one.latest, "19.0%");
    EXPECT_TRUE(one.previous.endsWith("%"));
    EXPECT_TRUE(one.changeText.contains("% → ") && one.changeText.contains(" points)")) << one.changeText.toStdString();
    EXPECT_EQ(one.measure, "% BME");
    for (int n = 5; n <= 8; ++n) {
        const auto& s = summary(p, n);
        EXPECT_TRUE(s.latest.endsWith("%")) << n;
        EXPECT_TRUE(s.white.endsWith("%")) << n;
        EXPECT_TRUE(s.whitePrevious.endsWith("%")) << n;
    }
    EXPECT_TRUE(summary(p, 2).white.isEmpty()) << "a ratio has no White figure beside it";
    const auto& three = summary(p, 3);
    EXPECT_TRUE(three.smallNumbers) << "9 BME staff entered the disciplinary process";
    EXPECT_TRUE(three.caveat.startsWith("Based on small numbers")) << three.caveat.toStdString();
    EXPECT_TRUE(summary(p, 9).latest.endsWith(" points"));
    EXPECT_EQ(p.methodNotes.size(), 2);
    EXPECT_TRUE(p.methodNotes.join(" ").contains("0.05"));
    EXPECT_TRUE(p.methodNotes.join(" ").contains("below 20"));
}

TEST_F(BoardPaper, TablesListBandsInOrderAndLabelTheBoardAndTheWorkforce)
{
    const BoardPack p = pack();
    const IndicatorTable& one = table(p, 1);
    QStringList labels;
    for (const auto& row : one.rows)
        labels << row.label.section(": ", 0, 0);
    EXPECT_LT(labels.indexOf("Non-clinical VSM"), labels.indexOf("Clinical Band 3"));
    EXPECT_LT(labels.indexOf("Clinical Band 8a"), labels.indexOf("Clinical Band 8b-9"));
    EXPECT_LT(labels.indexOf("Clinical Band 8b-9"), labels.indexOf("Medical Trainee grade"));
    EXPECT_LT(labels.indexOf("Medical Trainee grade"), labels.indexOf("Medical Consultant"));
    EXPECT_EQ(labels.back(), "Overall");
    EXPECT_EQ(one.rows.back().cells.back().value, "19.0%");
    EXPECT_EQ(one.rows.back().cells.back().counts, QStringList({"BME: 1,261 of 6,637"}));

    const IndicatorTable& nine = table(p, 9);
    ASSERT_FALSE(nine.rows.isEmpty());
    const IndicatorTable::Cell& latest = nine.rows.front().cells.back();
    EXPECT_EQ(latest.counts, QStringList({"Board: 3 of 15", "Workforce: 1,261 of 6,637"}));
    EXPECT_TRUE(latest.value.endsWith(" points"));
    EXPECT_TRUE(latest.smallNumbers);
    EXPECT_TRUE(table(p, 3).smallNumbers.contains("the relative likelihood in 2022/23"))
        << table(p, 3).smallNumbers.toStdString();
}

TEST_F(BoardPaper, OneUpdateIsOneRowWithWhoWhenAndTheFullReference)
{
    recordPackAMinuteAgo();
    const ActionRow target = action("2.1.1");
    UpdateRequest request;
    request.status = Status::Delayed;
    request.rag = Rag::Red;
    request.progress = "Waiting for the policy framework";
    request.author = "Head of EDI";
    ActionStore(*db).recordUpdate(target.id, request);
    const BoardPack p = pack();
    ASSERT_EQ(p.changes.size(), 1);
    const BoardPack::Change& c = p.changes.front();
    EXPECT_EQ(c.kind, BoardPack::Change::Kind::Status);
    EXPECT_EQ(c.reference, "2.1.1");
    EXPECT_TRUE(c.action.startsWith("2.1.1 "));
    EXPECT_EQ(c.statusFrom, statusLabel(target.status).isEmpty() ? "No status" : statusLabel(target.status));
    EXPECT_EQ(c.statusTo, "Delayed");
    EXPECT_EQ(c.ragTo, "R");
    EXPECT_EQ(c.note, "Waiting for the policy framework");
    EXPECT_EQ(c.who, "Head of EDI");
    EXPECT_TRUE(c.at.isValid());
    EXPECT_TRUE(c.detail.contains("Status: ") && c.detail.contains("RAG: ")) << c.detail.toStdString();
    EXPECT_TRUE(p.comparedWith.contains("(Trust Board, July)"));
    EXPECT_TRUE(p.changeSummary.contains(": 1 progress update.")) << p.changeSummary.toStdString();
}

TEST_F(BoardPaper, NewClosedEditedAndDeletedActionsAreRowsOfTheirOwn)
{
    recordPackAMinuteAgo();
    const ActionRow closing = action("1.1.1");
    UpdateRequest done;
    done.status = Status::Complete;
    done.author = "Head of EDI";
    ActionStore(*db).recordUpdate(closing.id, done);

    const ActionRow editing = action("2.2.1");
    ActionData edited = ActionStore(*db).action(editing.id);
    edited.timescale.text = "March 2025";
    ActionStore(*db).edit(editing.id, edited, edited.revision, "EDI Partner", "window");

    StructureStore structure(*db, "EDI Manager");
    const ActionRow gone = action("3.1.1");
    qint64 objective = 0;
    int position = 0;
    structure.takeAction(gone.id, &objective, &position);
    structure.addAction(closing.objectiveId, 5, "A new action on reverse mentoring");

    const BoardPack p = pack();
    QStringList rows;
    for (const auto& c : p.changes)
        rows << c.what + " | " + c.reference + " | " + c.detail + " | " + c.who;
    ASSERT_EQ(p.changes.size(), 4) << rows.join("\n").toStdString();
    EXPECT_TRUE(rows.contains("Closed | 1.1.1 | Status: " + statusLabel(closing.status) + " → Complete | Head of EDI"))
        << rows.join("\n").toStdString();
    EXPECT_TRUE(rows.filter("Edited | 2.2.1 | Timescale: ").size() == 1) << rows.join("\n").toStdString();
    EXPECT_TRUE(rows.contains("Deleted | 3.1.1 | deleted from the plan | EDI Manager"))
        << "the deleted action keeps the reference it had when the pack was recorded";
    EXPECT_EQ(rows.filter(QRegularExpression("^New action \\| .* \\| added to the plan \\| EDI Manager$")).size(), 1);
    EXPECT_TRUE(p.changeSummary.contains("1 new action, 1 action closed, 1 action deleted, 1 action edited."))
        << p.changeSummary.toStdString();
}

// Over many generated updates (any status, RAG or note, authors named or not): one row per update,
// and "By" is never blank on a status or RAG row.
TEST_F(BoardPaper, PropertyOneRowPerUpdateAndByIsNeverBlank)
{
    recordPackAMinuteAgo();
    ActionQuery q;
    q.planId = planId;
    const QList<ActionRow> rows = ActionStore(*db).list(q);
    QRandomGenerator random(16);
    const Status statuses[] = {Status::NotStarted, Status::InProgress, Status::Delayed, Status::Complete};
    const Rag rags[] = {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue};
    int updates = 0;
    QDateTime at = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 60; ++i) {
        UpdateRequest r;
        if (random.bounded(2))
            r.status = statuses[random.bounded(4)];
        if (random.bounded(2))
            r.rag = rags[random.bounded(4)];
        if (random.bounded(2) || (!r.status && !r.rag))
            r.progress = QString("Note %1").arg(i);
        r.author = random.bounded(4) == 0 ? QString() : QString("Lead %1").arg(random.bounded(5));
        r.at = at = at.addMSecs(1 + random.bounded(5));
        ActionStore(*db).recordUpdate(rows[random.bounded(int(rows.size()))].id, r);
        ++updates;
    }
    const BoardPack p = pack();
    EXPECT_EQ(p.changes.size(), updates);
    for (const BoardPack::Change& c : p.changes) {
        EXPECT_FALSE(c.who.trimmed().isEmpty());
        EXPECT_FALSE(c.reference.isEmpty());
        if (c.kind == BoardPack::Change::Kind::Status || c.kind == BoardPack::Change::Kind::Closed) {
            EXPECT_FALSE(c.statusTo.isEmpty());
        }
        if (c.kind == BoardPack::Change::Kind::Rag) {
            EXPECT_FALSE(c.ragTo.isEmpty());
        }
    }
}

TEST_F(BoardPaper, MetricsImportedSinceThePackAreCountedByIndicatorAndPeriodWithoutTheirValues)
{
    recordPackAMinuteAgo();
    const auto read = MetricsCsv::read("indicator,period,category,group,count,total,value\r\n"
                                       "2,2023/24,,White,301,2001,\r\n"
                                       "2,2023/24,,BME,7,1001,\r\n"
                                       "3,2022/23,,BME,8,1261,\r\n",
                                       "new.csv");
    ASSERT_TRUE(read.problems.isEmpty());
    MetricStore(*db, "EDI Analyst", "import").importCounts(read.counts);
    const BoardPack p = pack();
    ASSERT_EQ(p.metricChanges.size(), 2);
    EXPECT_EQ(p.metricChanges[0].text,
              "Indicator 2 (" + summary(p, 2).indicator.shortTitle + "), 2023/24: 2 figures added");
    EXPECT_EQ(p.metricChanges[1].text, "Indicator 3 (" + summary(p, 3).indicator.shortTitle + "), 2022/23: 1 changed");
    EXPECT_EQ(p.metricChanges[1].who, "EDI Analyst");
    for (const auto& m : p.metricChanges)
        EXPECT_FALSE(m.text.contains(" 8 ") || m.text.contains("7 out of")) << "no count in the words";
    EXPECT_TRUE(p.changeSummary.contains("metrics imported or changed for 2 indicators"));
}

TEST_F(BoardPaper, NothingToCompareWithGivesNoChanges)
{
    const BoardPack p = pack();
    EXPECT_TRUE(p.comparedWith.isEmpty());
    EXPECT_TRUE(p.changes.isEmpty());
    EXPECT_TRUE(p.metricChanges.isEmpty());
    EXPECT_TRUE(p.changeSummary.isEmpty());
}

TEST_F(BoardPaper, TheLeadBriefHasMilestonesCoLeadsThePlansGroupAndNoStrayDash)
{
    const ActionRow row = action("2.3.1");
    ActionData withMilestones = ActionStore(*db).action(row.id);
    withMilestones.milestones = "• Scope the review by Autumn 2023\n• Report to the Board";
    ActionStore(*db).edit(row.id, withMilestones, withMilestones.revision, "EDI Partner", "window");
    LeadBrief brief = LeadBrief::gather(*db, planId, "head of clinical education", QDate(2024, 7, 1));
    EXPECT_EQ(brief.heading, "London Ambulance Service NHS Trust — Workforce Race Equality Standard Action Plan "
                             "2023/2024");
    EXPECT_EQ(brief.title, "Actions for Head of Clinical Education");
    EXPECT_EQ(brief.summary, "As at 1 July 2024: 3 actions, 2 overdue.");
    EXPECT_EQ(brief.committee, "the EDI implementation group");
    EXPECT_TRUE(brief.request.endsWith("to the next meeting of the EDI implementation group."));
    bool milestones = false;
    for (const ActionRow& a : brief.actions) {
        milestones = milestones || a.milestones.contains("Scope the review");
        EXPECT_FALSE(brief.coLeadsOf(a).contains("Head of Clinical Education"));
    }
    EXPECT_TRUE(milestones);
    QStringList others = row.leads;
    others.removeAll("Head of Clinical Education");
    EXPECT_EQ(brief.coLeadsOf(row), others);
    EXPECT_EQ(others.size(), row.leads.size() - 1);

    CoverDetails cover;
    cover.updatesTo = "People and Culture Committee";
    BoardPaperStore(*db).setCover(planId, cover);
    PlanData plan = wres::test::samplePlan();
    plan.info.organisation.clear();
    const qint64 other = PlanStore(*db).addPlan(plan);
    brief = LeadBrief::gather(*db, planId, "Head of Clinical Education", QDate(2024, 7, 1));
    EXPECT_EQ(brief.committee, "People and Culture Committee");
    const QStringList leads = PlanStore(*db).leads(other);
    brief = LeadBrief::gather(*db, other, leads.front(), QDate(2024, 7, 1));
    EXPECT_EQ(brief.heading, "WRES Action Plan 2024/25") << "no dash without an organisation";
    EXPECT_EQ(brief.committee, "the EDI implementation group") << "the setting is the plan's own";
}

// The public pack's new words and tables rest on shown figures only: changing a count it hides
// (keeping it hidden, and the hidden set the same) changes none of them.
TEST_F(BoardPaper, PropertyThePublicPapersWordsDependOnNoHiddenCount)
{
    const MetricCounts counts = MetricStore(*db).counts();
    BoardPackOptions options;
    options.redact = true;
    const BoardPack base = pack(options);
    const SuppressionRule rule = *base.metrics.rule;
    const auto hiddenSet = [](const MetricFigures& figures) {
        QStringList hidden;
        for (const MetricFigure& f : figures)
            if (f.redacted)
                hidden << QString("%1|%2|%3|%4").arg(f.indicator).arg(f.period, f.category, f.measure);
        return hidden;
    };
    const auto words = [](const BoardPack& p) {
        QStringList all = p.cover.keyMessages;
        for (const auto& s : p.indicators)
            all << s.latest << s.previous << s.white << s.whitePrevious << s.changeText << s.caveat
                << QString::number(s.smallNumbers);
        for (const IndicatorTable& t : p.tables) {
            all << t.smallNumbers;
            for (const auto& row : t.rows)
                for (const auto& cell : row.cells)
                    all << row.label << cell.value << cell.counts << cell.note << QString::number(cell.smallNumbers);
        }
        return all;
    };
    const QStringList before = words(base);
    int perturbed = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const MetricCount& m = counts[i];
        if (!m.count || *m.count < 1 || !rule.hides(*m.count) || rule.isExempt(m.indicator))
            continue;
        MetricCounts changed = counts;
        changed[i].count = *m.count - 1;
        if (hiddenSet(MetricCalculator::compute(changed, rule)) != hiddenSet(MetricCalculator::compute(counts, rule)))
            continue; // the redaction itself (not this work) would show a different set
        auto copy = Database::open(wres::test::storeLocation(scratch, QString("perturbed%1.wres").arg(i)),
                                   Database::Mode::CreateIfMissing);
        PlanStore(*copy).addPlan(PlanStore(*db).load(planId, false));
        MetricStore::unaudited(*copy).importCounts(changed);
        BoardPackOptions o = options;
        o.date = QDate(2024, 7, 1);
        const BoardPack p = BoardPack::gather(*copy, PlanStore(*copy).choosePlan(std::nullopt).id, o);
        ASSERT_EQ(words(p), before) << "indicator " << m.indicator << " " << m.period.toStdString() << " "
                                    << m.category.toStdString() << " " << m.group.toStdString();
        if (++perturbed == 12)
            break; // each case is a whole plan store: a dozen is enough to catch a leak
    }
    EXPECT_EQ(perturbed, 12);
}

} // namespace
