#include "PlanFiles.h"

#include "framework/Framework.h"
#include "io/PlanCsv.h"
#include "io/PlanXlsx.h"
#include "store/BoardPaperStore.h"
#include "store/Database.h"
#include "store/MetricStore.h"
#include "store/PlanStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace wres::core::PlanFiles {

ReadResult read(const QByteArray& bytes, const QString& shownName, const QString& suffix)
{
    const int maxIndicator = Framework::wres().maxIndicatorNumber();
    const QString kind = suffix.toLower();
    ReadResult result;
    if (kind == u"json") {
        auto read = PlanJson::read(bytes, shownName, maxIndicator);
        result.problems = read.problems;
        result.document = std::move(read.document);
    } else if (kind == u"csv" || kind == u"txt") {
        auto read = PlanCsv::read(bytes, shownName, maxIndicator);
        result.problems = read.problems;
        result.document.plan = std::move(read.plan);
    } else if (kind == u"xlsx" || kind == u"xls" || kind == u"xlsm") {
        // The workbook reader tells an old .xls or a protected workbook from a damaged one itself.
        auto read = PlanXlsx::read(bytes, shownName, maxIndicator);
        result.problems = read.problems;
        result.document.plan = std::move(read.plan);
    } else {
        result.problems << Problem{
            shownName,
            0,
            {},
            QCoreApplication::translate("wres", "cannot import a .%1 file; give a plan as .csv, .xlsx or .json")
                .arg(kind)};
    }
    return result;
}

qint64 store(const Database& database, const PlanJson::Document& document, const QString& author, const QString& source,
             const QString& shownFile)
{
    WriteTransaction transaction(database);
    // A new file takes the document's publishing choices; a file that holds plans keeps its own.
    const bool newFile = PlanStore(database).plans().isEmpty();
    const qint64 id = shownFile.isEmpty() ? PlanStore(database).addPlan(document.plan)
                                          : PlanStore(database).importPlan(document.plan, shownFile, author);
    MetricStore metrics = MetricStore(database).counts().isEmpty() ? MetricStore::unaudited(database)
                                                                   : MetricStore(database, author, source);
    if (!document.metrics.isEmpty())
        metrics.importCounts(document.metrics);
    if (!document.targets.isEmpty()) {
        MetricTargets targets = metrics.targets();
        for (const MetricTarget& target : document.targets)
            if (!targets.contains(target))
                targets << target;
        metrics.replaceTargets(targets);
    }
    // Kept as they were, without audit lines of their own: the document's trail already tells
    // how they came to be (a move leaves the trail as it was).
    BoardPaperStore paper = BoardPaperStore::unaudited(database);
    if (newFile && document.rule)
        MetricStore::unaudited(database).setSuppressionRule(*document.rule);
    if (newFile && document.tolerance)
        paper.setTolerance(*document.tolerance);
    if (document.cover != CoverDetails{})
        paper.setCover(id, document.cover);
    transaction.commit();
    return id;
}

PlanJson::Document load(const Database& database, qint64 planId)
{
    const PlanStore store(database);
    PlanJson::Document document;
    document.plan = store.load(planId, true);
    document.indicators = store.indicators(document.plan.info.framework);
    document.leads = store.leads(planId);
    const MetricStore metrics(database);
    document.metrics = metrics.counts();
    document.targets = metrics.targets();
    try {
        document.rule = metrics.suppressionRule();
    } catch (const InvalidRequest&) {
        // A stored rule this program cannot read is not carried (the file says so when it is used).
    }
    const BoardPaperStore paper(database);
    document.tolerance = paper.tolerance();
    document.cover = paper.cover(planId);
    return document;
}

QString describe(const Problems& problems)
{
    QString text;
    for (const Problem& p : problems)
        text += p.toString() + QLatin1Char('\n');
    return text + QStringLiteral("%1 problem%2 found; nothing was imported.")
                      .arg(problems.size())
                      .arg(problems.size() == 1 ? QString() : QStringLiteral("s"));
}

} // namespace wres::core::PlanFiles
