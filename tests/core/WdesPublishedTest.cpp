// WDES metric 1 against Trusts' published reports. The reports found publish metric 1 as
// percentages only (Disabled, non-disabled and not known per band), not counts, so the figures
// cannot be recomputed from transcribed counts as WRES ones are. What can be checked is the
// definition: NHS England's metric 1 is each group's share of *all* staff in the band, not known
// included (docs/wdes.md). Then for every published band and year there are headcounts from which
// our arithmetic (MetricCalculator, rounded by MetricFormat) gives all three published figures at
// the report's own precision; and where not known is more than a rounding error, the published
// Disabled and non-disabled shares do not add up to 100, as they would if not known were left out.
// Transcribed in tests/data/wdes-published/metric1-shares.csv: the Countess of Chester's comparative
// table (total workforce and non-clinical bands 1 to 8c, three years: 99 figures), North Cumbria's
// workforce composition (two years: 6) and Whittington's 2020 indicator 1 (3): 108 figures.
#include "TestSupport.h"
#include "framework/Framework.h"
#include "io/CsvTable.h"
#include "metrics/MetricCalculator.h"
#include "metrics/MetricFormat.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace wres::core;

namespace {

struct Published
{
    QString source, period, category;
    QStringList shares; // as printed: Disabled, non-disabled, not known
};

QList<Published> published()
{
    Problems problems;
    const CsvTable table = readCsv(wres::test::readFile(wres::test::dataPath("wdes-published/metric1-shares.csv")),
                                   "shares.csv", problems);
    EXPECT_TRUE(problems.isEmpty());
    QList<Published> list;
    for (const CsvRecord& r : table.records)
        list << Published{r.fields[0], r.fields[1], r.fields[2], {r.fields[3], r.fields[4], r.fields[5]}};
    return list;
}

int decimalsOf(const QString& printed)
{
    const qsizetype dot = printed.indexOf('.');
    return dot < 0 ? 0 : int(printed.size() - dot - 1);
}

// Our figures for these counts in a band, as the report prints them (each at its own precision).
QStringList ours(const Published& p, qint64 disabled, qint64 other, qint64 unknown)
{
    const qint64 total = disabled + other + unknown;
    const int number = Framework::wdes().indicatorByCode("1")->number;
    MetricCounts counts;
    for (const auto& [group, count] :
         {std::pair{"Disabled", disabled}, std::pair{"Non-disabled", other}, std::pair{"Not known", unknown}}) {
        MetricCount m{number, p.period, p.category, group, count, total, std::nullopt, 0};
        m.framework = "WDES";
        counts << m;
    }
    const MetricFigures figures = MetricCalculator::compute(counts);
    QStringList shown;
    for (int i = 0; i < 3; ++i)
        shown << MetricFormat::number(*figures[i].value, decimalsOf(p.shares[i]));
    return shown;
}

// The smallest band (up to 5,000 staff) whose counts give the published figures; 0 when none.
qint64 smallestBand(const Published& p, std::array<qint64, 3>& found)
{
    for (qint64 total = 1; total <= 5000; ++total) {
        auto near = [&](int i) {
            const qint64 guess = std::llround(p.shares[i].toDouble() * double(total) / 100.0);
            return std::array<qint64, 3>{guess - 1, guess, guess + 1};
        };
        for (qint64 d : near(0))
            for (qint64 n : near(1)) {
                const qint64 u = total - d - n;
                if (d < 0 || n < 0 || u < 0)
                    continue;
                if (ours(p, d, n, u) == p.shares) {
                    found = {d, n, u};
                    return total;
                }
            }
    }
    return 0;
}

TEST(WdesPublished, EveryPublishedMetric1FigureIsReproducedByCountsUnderTheDefinition)
{
    const QList<Published> rows = published();
    ASSERT_EQ(rows.size(), 36);
    int figures = 0;
    int reproduced = 0;
    for (const Published& p : rows) {
        std::array<qint64, 3> counts{};
        const qint64 total = smallestBand(p, counts);
        figures += 3;
        if (total > 0)
            reproduced += 3;
        EXPECT_GT(total, 0) << p.source.toStdString() << ", " << p.period.toStdString() << ", "
                            << p.category.toStdString() << ": no counts give " << p.shares.join(" / ").toStdString();
    }
    EXPECT_EQ(figures, 108);
    EXPECT_EQ(reproduced, 108);
}

TEST(WdesPublished, NotKnownIsInTheDenominatorAsThePublishedSharesShow)
{
    int told = 0;
    for (const Published& p : published()) {
        const double d = p.shares[0].toDouble();
        const double n = p.shares[1].toDouble();
        const double u = p.shares[2].toDouble();
        // Each printed figure is within half a unit of its last decimal of the exact share.
        double rounding = 1e-9;
        for (const QString& share : p.shares)
            rounding += 0.5 * std::pow(10.0, -decimalsOf(share));
        // The three add up to the whole band, give or take the rounding of three printed figures.
        EXPECT_NEAR(d + n + u, 100.0, rounding) << p.category.toStdString() << " " << p.period.toStdString();
        // Left out of the denominator, Disabled and non-disabled would make 100 on their own.
        if (u > rounding) {
            EXPECT_GT(std::abs(d + n - 100.0), rounding) << p.category.toStdString();
            ++told;
        }
    }
    EXPECT_EQ(told, 34) << "every row but the two with no one not known (Countess of Chester, Bands 8b)";
}

} // namespace
