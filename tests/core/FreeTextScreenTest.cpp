#include "report/FreeTextScreen.h"

#include "TestSupport.h"
#include "domain/ActionReference.h"
#include "report/BoardPack.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/PlanWriter.h"

#include <gtest/gtest.h>

using namespace wres::core;

namespace {

TEST(FreeTextScreen, DigitsAndNumberWordsAreFound)
{
    EXPECT_EQ(FreeTextScreen::numbersIn("4 of the 7 BME attendees were promoted"), (QStringList{"4", "7"}));
    EXPECT_EQ(FreeTextScreen::numbersIn("Seven applicants; a dozen staff and twelve mentors"),
              (QStringList{"Seven", "a dozen", "twelve"}));
    EXPECT_EQ(FreeTextScreen::numbersIn("both BME candidates were appointed"), (QStringList{"both"}));
    EXPECT_EQ(FreeTextScreen::numbersIn("25.6% by 2025"), (QStringList{"25.6%"}));
    EXPECT_EQ(FreeTextScreen::numbersIn("one of the Black nurses left; 1 in 3"), (QStringList{"one", "1", "3"}));
}

TEST(FreeTextScreen, YearsDatesBandsAndReferencesAreNotCounts)
{
    for (const char* text :
         {"June 2024", "By 2023/24, then 2024-25", "30.06.2023", "31 March 2024", "March 31st", "Band 8a and above",
          "Bands 5 and 6", "Non-clinical 8b-9 and 8c", "Band 5 to Band 7", "indicators 5 and 6", "WRES indicator 7",
          "WRES 2, 3 and 4", "Q3 2024", "see action 2.1", "Objective 3", "COVID-19 recovery", "2024-01-15"})
        EXPECT_TRUE(FreeTextScreen::numbersIn(text).isEmpty())
            << text << ": " << FreeTextScreen::numbersIn(text).join(", ").toStdString();
    EXPECT_EQ(FreeTextScreen::numbersIn("Band 6: 3 nurses, June 2024"), (QStringList{"3"}));
    EXPECT_TRUE(FreeTextScreen::numbersIn("Pairs matched by December").isEmpty()) << "a word, not 'a pair'";
}

class FreeTextPack : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = Database::open(wres::test::storeLocation(scratch, "text.wres"), Database::Mode::CreateIfMissing);
        PlanData plan = wres::test::samplePlan();
        ActionData& first = plan.themes[0].objectives[0].actions[0];
        first.milestones = "Three sessions by June 2024";
        plan.themes[0].objectives[0].text = "Raise the BME share of Band 8a and above to 22%";
        planId = PlanWriter(*db).insertPlan(plan);
        const PlanData stored = PlanStore(*db).load(planId, false);
        actionId = stored.themes[0].objectives[0].actions[0].id;
        reference = ActionReference::forPlan(stored).value(actionId); // the one reference the pack shows
        UpdateRequest update;
        update.status = Status::InProgress;
        update.progress = "4 of the 7 BME attendees finished the course";
        update.author = "Head of EDI";
        ActionStore(*db).recordUpdate(actionId, update);
    }

    wres::test::Scratch scratch;
    std::unique_ptr<Database> db;
    qint64 planId = 0;
    qint64 actionId = 0;
    QString reference;
};

TEST_F(FreeTextPack, EveryPublicFieldWithANumberIsListedByActionAndField)
{
    BoardPackOptions options;
    options.redact = true;
    options.since = QDate(2000, 1, 1);
    const QList<TextFinding> findings = FreeTextScreen::screen(BoardPack::gather(*db, planId, options));
    QStringList lines;
    for (const TextFinding& f : findings)
        lines << f.toString();
    const QString all = lines.join('\n');
    EXPECT_TRUE(all.contains("action " + reference + ", progress note: holds 4, 7 (\"4 of the 7 BME attendees"))
        << all.toStdString();
    EXPECT_TRUE(all.contains("action " + reference + ", milestones: holds Three")) << all.toStdString();
    EXPECT_TRUE(all.contains("objective 1, objective: holds 22%")) << all.toStdString();
    EXPECT_TRUE(all.contains("action " + reference + ", update note: holds 4, 7")) << all.toStdString();

    options.notes = false;
    const BoardPack quiet = BoardPack::gather(*db, planId, options);
    QStringList without;
    for (const TextFinding& f : FreeTextScreen::screen(quiet))
        without << f.toString();
    EXPECT_FALSE(without.join('\n').contains("progress note")) << without.join('\n').toStdString();
    EXPECT_FALSE(without.join('\n').contains("update note"));
    EXPECT_TRUE(without.join('\n').contains("milestones")) << "milestones are not progress notes";
    for (const ActionRow& row : quiet.actions)
        EXPECT_TRUE(row.progress.isEmpty());
    for (const BoardPack::Change& change : quiet.changes)
        EXPECT_FALSE(change.detail.contains("attendees")) << change.detail.toStdString();
}

} // namespace
