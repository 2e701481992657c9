#include "domain/IndicatorLinks.h"

#include "domain/Rag.h"
#include "domain/Status.h"
#include "domain/Tag.h"
#include "framework/Framework.h"

#include <gtest/gtest.h>

using namespace wres::core;

TEST(IndicatorLinks, ReadsThePublishedForms)
{
    EXPECT_EQ(parseIndicatorLinks(QStringLiteral("2, 7"), 9).links.numbers, (QList<int>{2, 7}));
    EXPECT_EQ(parseIndicatorLinks(QStringLiteral("7;2;2"), 9).links.numbers, (QList<int>{2, 7}));
    EXPECT_EQ(parseIndicatorLinks(QStringLiteral("WRES 1, 2 and 9"), 9).links.numbers, (QList<int>{1, 2, 9}));
    EXPECT_EQ(parseIndicatorLinks(QStringLiteral("Indicator 3"), 9).links.numbers, (QList<int>{3}));
    EXPECT_EQ(parseIndicatorLinks(QStringLiteral("All"), 9).links.scope, IndicatorLinks::Scope::All);
    EXPECT_EQ(parseIndicatorLinks(QStringLiteral("n/a"), 9).links.scope, IndicatorLinks::Scope::NotApplicable);
    EXPECT_TRUE(parseIndicatorLinks(QString(), 9).links.isEmpty());
    EXPECT_FALSE(parseIndicatorLinks(QStringLiteral("0"), 9).error.isEmpty());
    EXPECT_FALSE(parseIndicatorLinks(QStringLiteral("10"), 9).error.isEmpty());
    EXPECT_FALSE(parseIndicatorLinks(QStringLiteral("two"), 9).error.isEmpty());
    EXPECT_EQ(IndicatorLinks({IndicatorLinks::Scope::Listed, {2, 7}}).toText(), QStringLiteral("2, 7"));
}

TEST(StatusAndRag, WordsInAnyCase)
{
    EXPECT_EQ(parseStatus(QStringLiteral("IN PROGRESS")), Status::InProgress);
    EXPECT_EQ(parseStatus(QStringLiteral("Not Started")), Status::NotStarted);
    EXPECT_EQ(parseStatus(QStringLiteral("not_started")), Status::NotStarted);
    EXPECT_EQ(parseStatus(QString()), Status::None);
    EXPECT_FALSE(parseStatus(QStringLiteral("Done")).has_value());
    EXPECT_EQ(parseRag(QStringLiteral("amber")), Rag::Amber);
    EXPECT_EQ(parseRag(QStringLiteral("b")), Rag::Blue);
    EXPECT_FALSE(parseRag(QStringLiteral("Y")).has_value());
}

TEST(Tags, KindAndName)
{
    const Tags tags =
        parseTags(QStringLiteral("People Promise: We are a team; Plain tag; People Promise: We are a team"));
    ASSERT_EQ(tags.size(), 2);
    EXPECT_EQ(tags[0].kind, QStringLiteral("People Promise"));
    EXPECT_EQ(tags[0].name, QStringLiteral("We are a team"));
    EXPECT_TRUE(tags[1].kind.isEmpty());
    EXPECT_EQ(tagsToText(tags), QStringLiteral("People Promise: We are a team; Plain tag"));
}

TEST(Framework, TheBuiltInWresCatalogueHasNineIndicatorsWithDirections)
{
    const Framework& wres = Framework::wres();
    EXPECT_EQ(wres.code, QStringLiteral("WRES"));
    ASSERT_EQ(wres.indicators.size(), 9);
    EXPECT_EQ(wres.maxIndicatorNumber(), 9);
    EXPECT_EQ(wres.indicator(2)->numeratorGroup, QStringLiteral("White"));
    EXPECT_EQ(wres.indicator(3)->numeratorGroup, QStringLiteral("BME")) << "indicator 3 is BME over White";
    EXPECT_EQ(wres.indicator(4)->numeratorGroup, QStringLiteral("White"));
    EXPECT_EQ(wres.indicator(5)->better, Indicator::Better::Lower);
    EXPECT_EQ(wres.indicator(7)->better, Indicator::Better::Higher);
    EXPECT_EQ(wres.indicator(9)->kind, Indicator::Kind::Difference);
    EXPECT_EQ(wres.indicator(10), nullptr);
}

TEST(Framework, ACatalogueWithoutIndicatorsIsRefused)
{
    EXPECT_THROW(Framework::fromJson(R"({"framework":"WDES","indicators":[]})", QStringLiteral("wdes.json")),
                 std::runtime_error);
    EXPECT_THROW(Framework::fromJson("not json", QStringLiteral("x.json")), std::runtime_error);
}
