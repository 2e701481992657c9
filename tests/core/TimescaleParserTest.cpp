#include "timescale/TimescaleParser.h"

#include <gtest/gtest.h>

using wres::core::Timescale;
using wres::core::TimescaleParser;

namespace {

struct Case
{
    const char* text;
    Timescale::Kind kind;
    const char* due; // ISO date, or "" for none
};

void PrintTo(const Case& c, std::ostream* os)
{
    *os << '"' << c.text << '"';
}

class TimescaleCases : public ::testing::TestWithParam<Case>
{};

TEST_P(TimescaleCases, GivesTheDueDateWrittenInWresMd)
{
    const Case& c = GetParam();
    const QString text = QString::fromUtf8(c.text);
    const Timescale t = TimescaleParser::parse(text);
    EXPECT_EQ(t.text, text) << "the text is kept as typed";
    EXPECT_EQ(int(t.kind), int(c.kind));
    EXPECT_EQ(t.due.toString(Qt::ISODate).toStdString(), std::string(c.due));
}

constexpr auto Dated = Timescale::Kind::Dated;
constexpr auto Ongoing = Timescale::Kind::Ongoing;
constexpr auto Unparsed = Timescale::Kind::Unparsed;
constexpr auto Empty = Timescale::Kind::Empty;

// Every timescale that appears in ../shared/domain/examples.
INSTANTIATE_TEST_SUITE_P(
    PublishedPlans, TimescaleCases,
    ::testing::Values(Case{"Ongoing", Ongoing, ""}, Case{"June 2024", Dated, "2024-06-30"},
                      Case{"March 2024", Dated, "2024-03-31"}, Case{"30.06.2023", Dated, "2023-06-30"},
                      Case{"31.03.2023", Dated, "2023-03-31"}, Case{"30.11.2022", Dated, "2022-11-30"},
                      Case{"01.04.2023", Dated, "2023-04-01"}, Case{"30.07.2023", Dated, "2023-07-30"},
                      Case{"30.09.2023", Dated, "2023-09-30"},
                      Case{"February 2023 (policy due for review)", Dated, "2023-02-28"},
                      Case{"January 2023", Dated, "2023-01-31"}, Case{"Summer 2023", Dated, "2023-08-31"},
                      Case{"Sessions to recommence in Autumn 2022", Dated, "2022-11-30"},
                      Case{"December 2022", Dated, "2022-12-31"}, Case{"August 2022", Dated, "2022-08-31"},
                      Case{"February 2023", Dated, "2023-02-28"}, Case{"September 2022", Dated, "2022-09-30"}));

INSTANTIATE_TEST_SUITE_P(
    Rules, TimescaleCases,
    ::testing::Values(Case{"", Empty, ""}, Case{"   ", Empty, ""}, Case{"ongoing", Ongoing, ""},
                      Case{"On-going", Ongoing, ""}, Case{"Spring 2024", Dated, "2024-05-31"},
                      Case{"Autumn 2023", Dated, "2023-11-30"}, Case{"Fall 2023", Dated, "2023-11-30"},
                      Case{"Winter 2023", Dated, "2024-02-29"}, Case{"Winter 2022", Dated, "2023-02-28"},
                      Case{"Autumn/Winter 2022", Dated, "2023-02-28"}, Case{"Q1 2023/24", Dated, "2023-06-30"},
                      Case{"Q2 2023/24", Dated, "2023-09-30"}, Case{"Q3 2023/24", Dated, "2023-12-31"},
                      Case{"Q4 2023/24", Dated, "2024-03-31"}, Case{"q4 2023-2024", Dated, "2024-03-31"},
                      Case{"Q1 2024", Dated, "2024-06-30"}, Case{"2023/24", Dated, "2024-03-31"},
                      Case{"2023-24", Dated, "2024-03-31"}, Case{"2023/2024", Dated, "2024-03-31"},
                      Case{"2022-2024", Unparsed, ""}, Case{"30/06/2023", Dated, "2023-06-30"},
                      Case{"2023-06-30", Dated, "2023-06-30"}, Case{"30-06-23", Dated, "2023-06-30"},
                      Case{"June/July 2024", Dated, "2024-07-31"}, Case{"30 June 2023", Dated, "2023-06-30"},
                      Case{"1st April 2024", Dated, "2024-04-01"}, Case{"June 30, 2023", Dated, "2023-06-30"},
                      Case{"Sept 2022", Dated, "2022-09-30"}, Case{"Feb 2024", Dated, "2024-02-29"},
                      Case{"By end of March 2025", Dated, "2025-03-31"},
                      Case{"Ongoing (review March 2024)", Dated, "2024-03-31"},
                      Case{"Start Autumn 2022, finish June 2023", Dated, "2023-06-30"},
                      Case{"31.02.2023", Unparsed, ""}, Case{"TBC", Unparsed, ""}, Case{"End of year", Unparsed, ""},
                      Case{"2025", Unparsed, ""}, Case{"Q5 2023/24", Unparsed, ""}, Case{"Q1 2023/25", Unparsed, ""},
                      Case{"n/a", Unparsed, ""}));

} // namespace
