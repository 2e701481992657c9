#include "metrics/SuppressionRule.h"

#include "TestSupport.h"
#include "metrics/MethodNote.h"
#include "store/AuditStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace wres::core;
using Preset = SuppressionRule::Preset;

namespace {

SuppressionRule rule(Preset preset, qint64 threshold = 10)
{
    SuppressionRule r = SuppressionRule::defaults();
    r.preset = preset;
    r.customThreshold = threshold;
    return r;
}

TEST(SuppressionRule, EachPresetHidesItsOwnCountsWithItsOwnSymbol)
{
    const SuppressionRule wres = rule(Preset::Wres);
    EXPECT_TRUE(wres.hides(0));
    EXPECT_TRUE(wres.hides(9));
    EXPECT_FALSE(wres.hides(10));
    EXPECT_EQ(wres.symbol(), "R");
    EXPECT_EQ(wres.shown(13), 13);
    EXPECT_EQ(wres.name(), "WRES (below 10)");

    const SuppressionRule mhs = rule(Preset::ModelHealthSystem);
    EXPECT_TRUE(mhs.hides(6));
    EXPECT_FALSE(mhs.hides(7));
    EXPECT_EQ(mhs.symbol(), "*");
    EXPECT_EQ(mhs.name(), "Model Health System (below 7, shown as *)");

    const SuppressionRule nhsd = rule(Preset::NhsDigital);
    EXPECT_FALSE(nhsd.hides(0)) << "NHS Digital suppresses 1-7: a zero is shown";
    EXPECT_TRUE(nhsd.hides(1));
    EXPECT_TRUE(nhsd.hides(7));
    EXPECT_FALSE(nhsd.hides(8));
    EXPECT_EQ(nhsd.shown(8), 10);
    EXPECT_EQ(nhsd.shown(12), 10);
    EXPECT_EQ(nhsd.shown(13), 15);
    EXPECT_EQ(nhsd.shown(0), 0);
    EXPECT_EQ(nhsd.symbol(), "*");
    EXPECT_EQ(nhsd.name(), "NHS Digital (1–7 suppressed, other counts rounded to the nearest 5)");

    const SuppressionRule custom = rule(Preset::Custom, 5);
    EXPECT_TRUE(custom.hides(4));
    EXPECT_FALSE(custom.hides(5));
    EXPECT_EQ(custom.symbol(), "R");
    EXPECT_EQ(custom.name(), "Custom (below 5)");
}

TEST(SuppressionRule, TheDefaultIsWresWithTheBoardPublishedInFull)
{
    const SuppressionRule defaults = SuppressionRule::defaults();
    EXPECT_EQ(defaults.preset, Preset::Wres);
    EXPECT_EQ(defaults.exempt, QList<int>{9}) << "read from the framework: the board difference indicator";
    EXPECT_TRUE(defaults.isExempt(9));
    EXPECT_FALSE(defaults.isExempt(1));
}

TEST(SuppressionRule, ABadThresholdOrExemptionIsRefusedNamingTheOption)
{
    for (qint64 bad : {0, 101, -3}) {
        try {
            rule(Preset::Custom, bad).check();
            ADD_FAILURE() << bad << " was accepted";
        } catch (const InvalidRequest& e) {
            EXPECT_TRUE(e.message().startsWith("--threshold:")) << e.message().toStdString();
        }
    }
    EXPECT_NO_THROW(rule(Preset::Custom, 1).check());
    EXPECT_NO_THROW(rule(Preset::Custom, 100).check());
    EXPECT_NO_THROW(rule(Preset::Wres, 500).check()) << "the custom threshold only matters under Custom";
    SuppressionRule unknown = SuppressionRule::defaults();
    unknown.exempt = {12};
    EXPECT_THROW(unknown.check(), InvalidRequest);
    try {
        SuppressionRule::parseExempt("3, 12", "--exempt");
        ADD_FAILURE();
    } catch (const InvalidRequest& e) {
        EXPECT_TRUE(e.message().startsWith("--exempt: '12' is not an indicator of WRES")) << e.message().toStdString();
    }
    EXPECT_THROW(SuppressionRule::parseExempt("board", "--exempt"), InvalidRequest);
    EXPECT_THROW(SuppressionRule::parseExempt("", "--exempt"), InvalidRequest);
    EXPECT_EQ(SuppressionRule::parseExempt("9, 3;9", "--exempt"), (QList<int>{3, 9}));
    EXPECT_TRUE(SuppressionRule::parseExempt("None", "--exempt").isEmpty());
    EXPECT_EQ(SuppressionRule::presetFromCode("NHS-Digital"), Preset::NhsDigital);
    EXPECT_FALSE(SuppressionRule::presetFromCode("strict").has_value());
}

TEST(MethodNote, SaysTheRuleWhatIsHiddenAndWhichIndicatorsAreExempt)
{
    const QString wres = MethodNote::paragraphs(SuppressionRule::defaults()).join('\n');
    EXPECT_TRUE(wres.contains("WRES (below 10)"));
    EXPECT_TRUE(wres.contains("Any count below 10, zero included, is hidden and shown as R"));
    EXPECT_TRUE(wres.contains("the next part in the listed order is hidden too"));
    EXPECT_TRUE(wres.contains("never by its size"));
    EXPECT_TRUE(wres.contains("\"Band 8a and above\" is shown only for years in which every band it adds up is shown"));
    EXPECT_TRUE(wres.contains("Published in full, without suppression: indicator 9 (Board representation)"));
    EXPECT_TRUE(wres.contains("Board membership is public knowledge"));
    SuppressionRule nhsd = rule(Preset::NhsDigital);
    nhsd.exempt.clear();
    const QString rounded = MethodNote::paragraphs(nhsd).join('\n');
    EXPECT_TRUE(rounded.contains("Counts from 1 to 7 are hidden and shown as *"));
    EXPECT_TRUE(rounded.contains("rounded to the nearest 5"));
    EXPECT_TRUE(rounded.contains("No indicator is exempt"));
    EXPECT_EQ(MethodNote::paragraphs(std::nullopt).join('\n'),
              "Not for publication: this version shows every figure, including small numbers.");
}

// The rule is stored in the plan file, audited, and read back; a file from before presets that
// set only a threshold reads as the custom rule; a stored value this program does not know is
// refused naming the setting, never guessed.
TEST(MetricStoreRule, IsAFileSettingReadBackAsStored)
{
    wres::test::Scratch scratch;
    const QString location = wres::test::storeLocation(scratch, "rule.wres");
    auto db = Database::open(location, Database::Mode::CreateIfMissing);
    MetricStore store(*db, "Head of EDI", "window");
    EXPECT_EQ(store.suppressionRule(), SuppressionRule::defaults());
    SuppressionRule chosen = rule(Preset::NhsDigital);
    chosen.exempt = {3, 9};
    store.setSuppressionRule(chosen);
    EXPECT_EQ(store.suppressionRule(), chosen);
    chosen.exempt.clear();
    store.setSuppressionRule(chosen);
    EXPECT_TRUE(store.suppressionRule().exempt.isEmpty()) << "none is kept apart from not chosen";
    EXPECT_THROW(store.setSuppressionRule(rule(Preset::Custom, 101)), InvalidRequest);
    EXPECT_EQ(store.suppressionRule(), chosen) << "a refused rule changes nothing";
    store.setRedactionThreshold(5);
    EXPECT_EQ(store.suppressionRule().preset, Preset::Custom);
    EXPECT_EQ(store.redactionThreshold(), 5);
    QStringList trail;
    AuditQuery query;
    query.entity = "metric";
    for (const AuditRecord& r : AuditStore(*db).list(query))
        trail << r.entry.field + ":" + r.entry.oldValue + "→" + r.entry.newValue;
    EXPECT_TRUE(trail.contains("redaction preset:wres→nhs-digital")) << trail.join('\n').toStdString();
    EXPECT_TRUE(trail.contains("redaction exemptions:9→3,9"));
    EXPECT_TRUE(trail.contains("redaction exemptions:3,9→none"));
}

TEST(MetricStoreRule, AnOldThresholdReadsAsCustomAndAnUnknownValueIsRefused)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("old.wres");
    Database::open(path, Database::Mode::CreateIfMissing);
    auto write = [&](const QString& name, const QString& value) {
        QSqlDatabase sql = QSqlDatabase::addDatabase("QSQLITE", "raw");
        sql.setDatabaseName(path);
        ASSERT_TRUE(sql.open());
        QSqlQuery(sql).exec("DELETE FROM settings WHERE name = '" + name + "'");
        QSqlQuery(sql).exec("INSERT INTO settings (name, value) VALUES ('" + name + "', '" + value + "')");
        sql.close();
        sql = {};
        QSqlDatabase::removeDatabase("raw");
    };
    write("redaction_threshold", "5");
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        const SuppressionRule old = MetricStore(*db).suppressionRule();
        EXPECT_EQ(old.preset, Preset::Custom);
        EXPECT_EQ(old.threshold(), 5);
    }
    write("redaction_preset", "strictest");
    {
        auto db = Database::open(path, Database::Mode::OpenExisting);
        try {
            MetricStore(*db).suppressionRule();
            ADD_FAILURE();
        } catch (const InvalidRequest& e) {
            EXPECT_TRUE(e.message().contains("redaction_preset is 'strictest'")) << e.message().toStdString();
        }
    }
    write("redaction_preset", "mhs");
    write("redaction_exempt", "12");
    auto db = Database::open(path, Database::Mode::OpenExisting);
    try {
        MetricStore(*db).suppressionRule();
        ADD_FAILURE();
    } catch (const InvalidRequest& e) {
        EXPECT_TRUE(e.message().contains("redaction_exempt: '12' is not an indicator")) << e.message().toStdString();
    }
}

} // namespace
