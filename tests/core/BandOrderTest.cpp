// Indicator 1's bands in the order a reader expects, whatever the import order.
#include "metrics/BandOrder.h"

#include "metrics/MetricCalculator.h"

#include <QRandomGenerator>

#include <algorithm>
#include <gtest/gtest.h>

using namespace wres::core;

namespace {

const QStringList kExpected = {
    "Non-clinical Under Band 1",
    "Non-clinical Band 1",
    "Non-clinical Band 2",
    "Non-clinical Band 8a",
    "Non-clinical Band 8b",
    "Non-clinical Band 8c",
    "Non-clinical Band 8d",
    "Non-clinical Band 9",
    "Non-clinical VSM",
    "Clinical Band 3",
    "Clinical Band 7",
    "Clinical Band 8a",
    "Clinical Band 8b-9",
    "Clinical VSM",
    "Medical Trainee grade",
    "Medical Non-consultant career grade",
    "Medical Consultant",
    "Band 5",
    "Bank staff",
    "Apprentices",
    "Overall",
};

TEST(BandOrder, NonClinicalThenClinicalThenMedicalBandsAscendingUnknownAfterInImportOrder)
{
    QStringList imported = {"Overall",
                            "Medical Consultant",
                            "Clinical Band 8b-9",
                            "Bank staff",
                            "Clinical VSM",
                            "Non-clinical Band 9",
                            "Band 5",
                            "Clinical Band 8a",
                            "Non-clinical VSM",
                            "Apprentices",
                            "Non-clinical Band 8c",
                            "Clinical Band 3",
                            "Non-clinical Band 8a",
                            "Medical Trainee grade",
                            "Non-clinical Band 8d",
                            "Non-clinical Band 1",
                            "Clinical Band 7",
                            "Non-clinical Band 8b",
                            "Medical Non-consultant career grade",
                            "Non-clinical Band 2",
                            "Non-clinical Under Band 1"};
    EXPECT_EQ(BandOrder::sorted(imported), kExpected);
}

// Whatever order they come in, the known categories come out the same; the unknown ones keep theirs.
TEST(BandOrder, PropertyAnyImportOrderGivesTheSameOrder)
{
    QRandomGenerator random(16);
    for (int i = 0; i < 500; ++i) {
        QStringList shuffled = kExpected;
        for (qsizetype j = shuffled.size() - 1; j > 0; --j)
            shuffled.swapItemsAt(j, random.bounded(int(j + 1)));
        const QStringList sorted = BandOrder::sorted(shuffled);
        QStringList unknownAsGiven;
        for (const QString& c : shuffled)
            if (c == "Bank staff" || c == "Apprentices")
                unknownAsGiven << c;
        QStringList expected = kExpected;
        expected.removeAll("Bank staff");
        expected.removeAll("Apprentices");
        expected.insert(expected.indexOf("Overall"), unknownAsGiven.at(0));
        expected.insert(expected.indexOf("Overall"), unknownAsGiven.at(1));
        ASSERT_EQ(sorted, expected) << shuffled.join(" | ").toStdString();
    }
}

TEST(BandOrder, TheFiguresOfEachPeriodAreReorderedAndNothingElseMoves)
{
    auto count = [](int indicator, const QString& period, const QString& category, const QString& group) {
        return MetricCount{indicator, period, category, group, 5, 50, std::nullopt, 0};
    };
    MetricFigures figures = MetricCalculator::compute(
        {count(1, "March 2022", "Medical Consultant", "BME"), count(1, "March 2022", "Clinical Band 8b", "BME"),
         count(1, "March 2022", "Non-clinical Band 2", "BME"), count(1, "March 2023", "Overall", "BME"),
         count(1, "March 2023", "Clinical Band 5", "BME"), count(5, "2022", "", "White"), count(5, "2022", "", "BME")});
    const MetricFigures before = figures;
    BandOrder::sortFigures(figures);
    QStringList order;
    for (const MetricFigure& f : figures)
        order << f.period + ": " + (f.category.isEmpty() ? f.measure : f.category);
    EXPECT_EQ(order, QStringList({"March 2022: Non-clinical Band 2", "March 2022: Clinical Band 8b",
                                  "March 2022: Medical Consultant", "March 2023: Clinical Band 5",
                                  "March 2023: Overall", "2022: pct_white", "2022: pct_bme"}));
    for (const MetricFigure& f : figures) {
        const auto same = std::find_if(before.begin(), before.end(), [&](const MetricFigure& b) {
            return b.indicator == f.indicator && b.period == f.period && b.category == f.category &&
                   b.measure == f.measure;
        });
        ASSERT_NE(same, before.end());
        EXPECT_EQ(same->value, f.value) << "sorting moves figures, never changes them";
    }
}

} // namespace
