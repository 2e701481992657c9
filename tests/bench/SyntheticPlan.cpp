#include "SyntheticPlan.h"

#include "timescale/TimescaleParser.h"

#include <QStringList>

#include <random>

namespace wres::bench {
namespace {

const QStringList kRoles = {"Head of EDI",
                            "Head of Recruitment",
                            "Head of OD",
                            "EDI Partner",
                            "Head of Workforce",
                            "Deputy Director of People & Culture",
                            "Head of Clinical Education",
                            "FTSU Guardian",
                            "Head of Learning",
                            "Director of Nursing"};
const QStringList kTeams = {"", " (North)", " (South)", " (Corporate)", " (Community)"};
const QStringList kVerbs = {
    "Review", "Develop and implement", "Roll out", "Evaluate", "Embed", "Monitor", "Deliver", "Establish", "Analyse",
    "Promote"};
const QStringList kObjects = {"the recruitment and selection toolkit",
                              "reverse mentoring for senior leaders",
                              "a data declaration campaign in ESR",
                              "inclusive leadership training for managers",
                              "the disciplinary process and its data",
                              "talent management for Band 6 and above",
                              "listening events with the staff networks",
                              "a zero tolerance campaign on racism",
                              "interview skills sessions for ethnic minority colleagues",
                              "equality impact assessments of training"};
const QStringList kThemes = {"Workforce Representation, Recruitment & Retention", "Leadership, Learning & Development",
                             "Staff Experience (Inclusion & Belonging)", "Data and Accountability",
                             "Board and Governance"};
const QStringList kTimescales = {"Ongoing",    "June 2024", "March 2025",  "30.06.2024",    "Summer 2024",
                                 "Q3 2024/25", "2024/25",   "Autumn 2024", "December 2024", "TBC"};

QString longNote(std::mt19937& random, int words)
{
    static const QStringList kWords = {
        "the",       "staff",        "network",    "co-ordinated",     "Black",          "Asian",
        "minority",  "ethnic",       "colleagues", "recruitment",      "panels",         "reviewed",
        "quarterly", "board",        "inclusion",  "self-declaration", "rates",          "improved",
        "from",      "to",           "per cent",   "follow-up",        "sessions",       "with",
        "managers",  "and",          "Freedom",    "to Speak Up",      "Guardians",      "band-by-band",
        "analysis",  "shortlisting", "appointed",  "disciplinary",     "cases",          "training",
        "access",    "mentoring",    "pilot",      "evaluated",        "Communications", "recommended",
        "576.5",     "2024/25",      "well-being", "long-standing",    "data",           "in",
        "ESR"};
    QString note;
    for (int w = 0; w < words; ++w) {
        if (w)
            note += (w % 37 == 0) ? QStringLiteral(".\n") : QStringLiteral(" ");
        note += random() % 97 == 0 ? QStringLiteral("https://www.england.nhs.uk/about/equality/equality-hub/"
                                                    "workforce-race-equality-standard/")
                                   : kWords.at(int(random() % unsigned(kWords.size())));
    }
    return note + QLatin1Char('.');
}

} // namespace

core::PlanData syntheticPlan(int actions, int updates, unsigned seed, bool longTexts)
{
    std::mt19937 random(seed);
    auto pick = [&](const QStringList& list) { return list.at(int(random() % unsigned(list.size()))); };
    auto between = [&](int low, int high) { return low + int(random() % unsigned(high - low + 1)); };

    QStringList leads;
    for (const QString& team : kTeams)
        for (const QString& role : kRoles)
            leads << role + team; // 50 leads
    core::PlanData plan;
    plan.info.organisation = QStringLiteral("Synthetic NHS Trust");
    plan.info.title = QStringLiteral("Synthetic WRES Action Plan (%1 actions)").arg(actions);
    plan.info.period = QStringLiteral("2024/25");
    const int themeCount = 3 + int(seed % 3);
    for (int t = 0; t < themeCount; ++t) {
        core::ThemeData theme;
        theme.name = kThemes.at(t);
        theme.indicators.numbers = {1 + t, 5 + (t % 4)};
        plan.themes << theme;
    }
    const QDateTime start(QDate(2023, 1, 1), QTime(9, 0), Qt::UTC);
    int made = 0;
    int objectiveNumber = 0;
    while (made < actions) {
        core::ThemeData& theme = plan.themes[objectiveNumber % themeCount];
        core::ObjectiveData objective;
        objective.number = QString::number(theme.objectives.size() + 1);
        objective.text = pick(kVerbs) + QStringLiteral(" ") + pick(kObjects) +
                         QStringLiteral(" so that BME staff have "
                                        "equal opportunity");
        const int size = std::min(between(1, 6), actions - made);
        for (int a = 0; a < size; ++a) {
            core::ActionData action;
            action.number = objective.number + QLatin1Char('.') + QString::number(a + 1);
            QStringList bullets;
            for (int b = between(1, 6); b > 0; --b)
                bullets << QStringLiteral("• ") + pick(kVerbs) + QStringLiteral(" ") + pick(kObjects);
            action.text = bullets.join(QLatin1Char('\n'));
            for (int l = between(1, 4); l > 0; --l) {
                const QString lead = pick(leads);
                if (!action.leads.contains(lead))
                    action.leads << lead;
            }
            action.timescale = core::TimescaleParser::parse(pick(kTimescales));
            action.status = core::Status(between(0, 4));
            action.rag = core::Rag(between(0, 4));
            action.progress = QStringLiteral("Progress reported to the EDI implementation group; ") + pick(kObjects);
            action.indicators.numbers = {between(1, 4), between(5, 9)};
            if (longTexts) {
                action.milestones = QStringLiteral("• Baseline agreed by ") + pick(kTimescales) +
                                    QStringLiteral("\n• Pilot evaluated by ") + pick(kTimescales);
                action.progress = longNote(random, between(40, 400));
            }
            objective.actions << action;
        }
        made += size;
        ++objectiveNumber;
        theme.objectives << objective;
    }
    // Spread the updates round-robin so every action has some history.
    QList<core::ActionData*> all;
    for (core::ThemeData& theme : plan.themes)
        for (core::ObjectiveData& objective : theme.objectives)
            for (core::ActionData& action : objective.actions)
                all << &action;
    for (int u = 0; u < updates && !all.isEmpty(); ++u) {
        core::ActionData* action = all.at(u % all.size());
        core::StatusUpdate update;
        update.recordedAt = start.addSecs(qint64(u) * 600 + between(0, 599));
        update.author = action->leads.value(0);
        update.status = action->status;
        update.rag = action->rag;
        update.note = QStringLiteral("Update %1: ").arg(u + 1) + pick(kObjects);
        action->updates << update;
    }
    return plan;
}

} // namespace wres::bench
