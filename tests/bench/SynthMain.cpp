// wres-synth --db F --actions N --updates M [--seed S] [--long-texts]: writes a synthetic plan for benchmarks.
#include "SyntheticPlan.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Writes a synthetic WRES plan of the given size into a new plan file.");
    parser.addHelpOption();
    parser.addOption({"db", "The plan file to create.", "FILE"});
    parser.addOption({"actions", "How many actions.", "N", "10000"});
    parser.addOption({"updates", "How many status updates in all.", "M", "100000"});
    parser.addOption({"seed", "Random seed.", "S", "1"});
    parser.addOption({"long-texts", "Milestones and progress notes of 40 to 400 words (layout tests)."});
    parser.process(app);
    if (parser.value("db").isEmpty()) {
        std::fputs("wres-synth: --db FILE is required\n", stderr);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        const auto plan = wres::bench::syntheticPlan(parser.value("actions").toInt(), parser.value("updates").toInt(),
                                                     parser.value("seed").toUInt(), parser.isSet("long-texts"));
        auto db = wres::core::Database::open(parser.value("db"), wres::core::Database::Mode::CreateIfMissing);
        wres::core::PlanStore(*db).addPlan(plan);
        std::printf("wrote %d actions and %s updates in %lld ms\n", plan.actionCount(),
                    qPrintable(parser.value("updates")), static_cast<long long>(timer.elapsed()));
    } catch (const wres::core::StoreError& e) {
        std::fprintf(stderr, "wres-synth: %s\n", e.what());
        return 2;
    }
    return 0;
}
