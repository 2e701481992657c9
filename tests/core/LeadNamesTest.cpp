// Lead names: one lead whatever the Unicode form ("Café" composed or with a combining accent) or
// case, wherever the name comes in; and the file names of a round of requests, safe and unique for
// any name at all.
#include "TestSupport.h"
#include "domain/LeadName.h"
#include "io/PlanFiles.h"
#include "io/PlanJson.h"
#include "io/PlanXlsx.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/ServerRoles.h"
#include "updates/UpdateRequests.h"

#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

const QString kComposed = QStringLiteral("Caf\u00e9 Lead");    // é as one character (NFC)
const QString kDecomposed = QStringLiteral("Cafe\u0301 Lead"); // e and a combining acute (NFD)

QByteArray planCsv()
{
    return QStringLiteral("theme,theme_indicators,objective_no,objective,action_no,action,leads,timescale,status,rag,"
                          "indicators,milestones,progress\n"
                          "Culture,,1,Obj,1.1,First,%1,June 2024,In progress,A,,,\n"
                          "Culture,,1,Obj,1.2,Second,%2; CAFE\u0301  lead,June 2024,In progress,A,,,\n")
        .arg(kComposed, kDecomposed)
        .toUtf8();
}

class LeadNames : public ::testing::Test
{
protected:
    void SetUp() override
    {
        location = wres::test::storeLocation(scratch, "leads");
        db = Database::open(location, Database::Mode::CreateIfMissing);
    }

    // Imports the document as `import` does and returns the new plan's id.
    qint64 import(const QByteArray& bytes, const QString& suffix)
    {
        const auto read = PlanFiles::read(bytes, "plan." + suffix, suffix);
        EXPECT_TRUE(read.problems.isEmpty()) << PlanFiles::describe(read.problems).toStdString();
        return PlanFiles::store(*db, read.document, "tester", "import", "plan." + suffix);
    }

    void expectOneLead(qint64 planId)
    {
        EXPECT_EQ(PlanStore(*db).leads(planId), QStringList{kComposed}) << "one lead, kept in NFC";
        for (const QString& asked : {kComposed, kDecomposed, QStringLiteral("CAF\u00c9 LEAD")}) {
            ActionQuery query;
            query.planId = planId;
            query.lead = asked;
            EXPECT_EQ(ActionStore(*db).list(query).size(), 2) << "found by either form, any case";
        }
    }

    wres::test::Scratch scratch;
    QString location;
    std::unique_ptr<Database> db;
};

TEST_F(LeadNames, ACsvImportMakesOneLeadOfBothForms)
{
    const qint64 plan = import(planCsv(), "csv");
    expectOneLead(plan);
    ActionQuery query;
    query.planId = plan;
    EXPECT_EQ(ActionStore(*db).list(query)[1].leads, QStringList{kComposed})
        << "the same lead twice in one action, in two forms, is one link";
}

TEST_F(LeadNames, JsonAndWorkbookImportsToo)
{
    PlanData plan = wres::test::samplePlan();
    plan.themes[0].objectives[0].actions[0].leads = {kDecomposed};
    plan.themes[0].objectives[0].actions[1].leads = {kComposed.toUpper()};
    for (auto& theme : plan.themes)
        for (auto& objective : theme.objectives)
            for (auto& action : objective.actions)
                if (action.leads.isEmpty() || !LeadName::same(action.leads[0], kComposed))
                    action.leads = {"Someone Else"};
    PlanJson::Document document;
    document.plan = plan;
    const qint64 fromJson = import(PlanJson::write(document), "json");
    EXPECT_EQ(PlanStore(*db).leads(fromJson).count(kComposed), 1);
    EXPECT_EQ(PlanStore(*db).leads(fromJson).size(), 2);
    const qint64 fromWorkbook = import(PlanXlsx::write(document), "xlsx");
    EXPECT_EQ(PlanStore(*db).leads(fromWorkbook), PlanStore(*db).leads(fromJson));
    EXPECT_EQ(PlanStore(*db).leads().size(), 2) << "the file has one row per lead across plans";
}

TEST_F(LeadNames, TheEditorAndUpdateRequestsMeetTheSameLead)
{
    const qint64 plan = import(planCsv(), "csv");
    ActionQuery query;
    query.planId = plan;
    const ActionRow first = ActionStore(*db).list(query).front();
    ActionData edited = ActionStore(*db).action(first.id);
    edited.leads = {QStringLiteral("  cafe\u0301   LEAD "), kComposed, "Head of EDI"};
    ActionStore(*db).edit(first.id, edited, edited.revision, "tester", "test");
    EXPECT_EQ(ActionStore(*db).row(first.id).leads, (QStringList{kComposed, "Head of EDI"}));
    EXPECT_EQ(PlanStore(*db).leads(plan).size(), 2);

    UpdateRequests::Options options;
    options.lead = kDecomposed;
    const auto requests = UpdateRequests::gather(*db, plan, options);
    ASSERT_EQ(requests.size(), 1);
    EXPECT_EQ(requests[0].lead, kComposed);
    EXPECT_EQ(requests[0].actions.size(), 2);
    if (db->isServer()) { // grant --lead on a server takes either form
        ServerRoles::initialise(*db);
        EXPECT_NO_THROW(ServerRoles::grant(*db, "nfc_lead_test", ServerRoles::Role::Lead, kDecomposed, {}));
    }
}

// File names: random Unicode (combining marks, controls, separators, bidirectional controls),
// Windows device names, 300-character names, and names differing only by case or Unicode form.
TEST(LeadFileNames, AreSafeUniqueAndStableForAnyLeads)
{
    QRandomGenerator random(1912);
    const QStringList seeds = {"CON",
                               "con.txt",
                               "Nul",
                               "COM1",
                               "lpt9.xlsx",
                               "AUX ",
                               "PRN.",
                               "COM\u00b9",
                               "Head of EDI",
                               "head of edi",
                               kComposed,
                               kDecomposed,
                               "..",
                               ".hidden",
                               "a/b",
                               "a\\b",
                               "C:",
                               "x\u202eslx.exe",
                               "tab\there",
                               "esc\x1b[2J",
                               "trailing. . ",
                               QString(300, QChar(0x00e9)),
                               QString(300, QLatin1Char('z')),
                               "",
                               " "};
    const QString pool = QStringLiteral("aZ09 .-_/\\:*?\"<>|\t\r\n\x1b\x7f\u0085\u0301\u0308\u00e9\u4e2d\u202e\u2066"
                                        "\u200f\ufeff");
    const QSet<QString> devices = {"CON",       "PRN",       "AUX",       "NUL",       "COM1",      "COM2",
                                   "COM3",      "COM4",      "COM5",      "COM6",      "COM7",      "COM8",
                                   "COM9",      "LPT1",      "LPT2",      "LPT3",      "LPT4",      "LPT5",
                                   "LPT6",      "LPT7",      "LPT8",      "LPT9",      "COM\u00b9", "COM\u00b2",
                                   "COM\u00b3", "LPT\u00b9", "LPT\u00b2", "LPT\u00b3", "CONIN$",    "CONOUT$"};
    for (int round = 0; round < 300; ++round) {
        QList<UpdateRequests::LeadRequest> requests;
        const int count = 1 + random.bounded(12);
        for (int i = 0; i < count; ++i) {
            UpdateRequests::LeadRequest r;
            if (random.bounded(3) == 0) {
                r.lead = seeds[random.bounded(int(seeds.size()))];
            } else {
                const int length = random.bounded(2) ? random.bounded(20) : 100 + random.bounded(250);
                for (int c = 0; c < length; ++c)
                    r.lead += pool[random.bounded(int(pool.size()))];
            }
            if (random.bounded(5) == 0 && !requests.isEmpty()) // the same name in another case or form
                r.lead = random.bounded(2) ? requests.last().lead.toUpper()
                                           : requests.last().lead.normalized(QString::NormalizationForm_D);
            requests << r;
        }
        for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
            const QStringList names = UpdateRequests::fileNames(requests, suffix);
            ASSERT_EQ(names.size(), requests.size());
            QSet<QString> folded;
            for (qsizetype i = 0; i < names.size(); ++i) {
                const QString& name = names[i];
                SCOPED_TRACE(name.toStdString());
                EXPECT_TRUE(name.endsWith("." + suffix));
                EXPECT_LE(name.toUtf8().size(), UpdateRequests::kMaxFileNameBytes);
                EXPECT_EQ(name, name.normalized(QString::NormalizationForm_C));
                EXPECT_FALSE(name.startsWith('.')) << "never hidden";
                const QString base = name.chopped(suffix.size() + 1);
                EXPECT_FALSE(base.isEmpty());
                EXPECT_FALSE(base.endsWith('.') || base.endsWith(' ')) << "Windows would drop them";
                for (const char32_t c : name.toUcs4()) {
                    EXPECT_FALSE(QStringLiteral("/\\:*?\"<>|").contains(QChar(c)));
                    EXPECT_FALSE(c < 0x20 || (c >= 0x7f && c <= 0x9f)) << "a control character";
                    EXPECT_FALSE((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
                        << "a direction override";
                }
                QString stem = base.section('.', 0, 0);
                while (stem.endsWith(' '))
                    stem.chop(1);
                EXPECT_FALSE(devices.contains(stem.toUpper())) << "a Windows device name";
                EXPECT_FALSE(folded.contains(LeadName::key(name))) << "unique in any case and form";
                folded << LeadName::key(name);
            }
            // Stable: the same leads in another order get the same names.
            QList<UpdateRequests::LeadRequest> reversed(requests.rbegin(), requests.rend());
            QStringList again = UpdateRequests::fileNames(reversed, suffix);
            std::reverse(again.begin(), again.end());
            QSet<QString> distinctKeys;
            for (const auto& r : requests)
                distinctKeys << LeadName::key(r.lead);
            if (distinctKeys.size() == requests.size()) { // one lead twice is numbered in order
                EXPECT_EQ(again, names);
            }
        }
    }
    QList<UpdateRequests::LeadRequest> two(2);
    two[0].lead = QString(300, QLatin1Char('q'));
    two[1].lead = QString(299, QLatin1Char('q')) + "r";
    const QStringList longNames = UpdateRequests::fileNames(two, "xlsx");
    EXPECT_NE(longNames[0], longNames[1]) << "cut to the same start, told apart by their marks";
    EXPECT_TRUE(longNames[0].contains(" ~"));
}

} // namespace
