// Team mode under load: 20 clients, each with its own connection, record status updates on a
// shared 1,000-action plan on a local PostgreSQL server for 60 s (WRES_LOAD_SECONDS), as optimistic
// concurrency allows: an update on an action someone changed a moment before is a reported
// conflict, anything else an error. Then every recorded update must be in the history (no lost
// update). Prints updates per second and the latency percentiles. Starts and removes its own
// throwaway cluster (script/pg-cluster) unless WRES_TEST_SERVER names one.
#include "SyntheticPlan.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/SqlQuery.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace wres::core;

namespace {

struct ClientResult
{
    int updates = 0;
    int conflicts = 0;
    int errors = 0;
    std::vector<double> latenciesMs;
    QString firstError;
};

ClientResult runClient(const QString& location, const QList<qint64>& actions, int client, qint64 deadlineMs)
{
    ClientResult result;
    QElapsedTimer clock;
    clock.start();
    auto db = Database::open(location, Database::Mode::OpenExisting, Database::Check::Light);
    ActionStore store(*db);
    QRandomGenerator random(quint32(client * 7919 + 1));
    while (clock.elapsed() < deadlineMs) {
        UpdateRequest request;
        request.status = random.bounded(2) ? Status::InProgress : Status::Delayed;
        request.progress = QStringLiteral("Update from client %1").arg(client);
        request.author = QStringLiteral("Client %1").arg(client);
        // Half the clients work on a small hot set, so that conflicts really happen.
        const qsizetype pick = client % 2 ? random.bounded(qsizetype(20)) : random.bounded(actions.size());
        QElapsedTimer one;
        one.start();
        try {
            store.recordUpdate(actions[pick], request);
            ++result.updates;
            result.latenciesMs.push_back(double(one.nsecsElapsed()) / 1e6);
        } catch (const StoreError& e) {
            if (e.kind() == StoreError::Kind::Conflict || e.message().contains(u"changed while"))
                ++result.conflicts;
            else {
                ++result.errors;
                if (result.firstError.isEmpty())
                    result.firstError = e.message();
            }
        }
    }
    return result;
}

qint64 historyRows(const Database& db)
{
    SqlQuery q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM status_updates"));
    q.exec();
    return q.next() ? q.id(0) : 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int clients = 20;
    const int seconds =
        qEnvironmentVariableIsSet("WRES_LOAD_SECONDS") ? qEnvironmentVariableIntValue("WRES_LOAD_SECONDS") : 60;
    QTemporaryDir folder;
    // The cluster runs as the unprivileged postgres user when this runs as root: it must reach it.
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                             QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QString server = qEnvironmentVariable("WRES_TEST_SERVER");
    const QString script = QStringLiteral(WRES_SOURCE_DIR "/script/pg-cluster");
    const QString cluster = folder.filePath(QStringLiteral("cluster"));
    if (server.isEmpty()) {
        if (QProcess::execute(script, {QStringLiteral("start"), cluster, QStringLiteral("55442")}) != 0)
            return 1;
        qputenv("PGPASSFILE", QFile::encodeName(cluster + QStringLiteral("/pgpass")));
        server = QStringLiteral("postgresql://wres_super@127.0.0.1:55442/postgres");
    }
    int status = 0;
    {
        QUrl url(server);
        url.setPath(QStringLiteral("/load%1").arg(QCoreApplication::applicationPid()));
        const QString location = url.toString();
        {
            auto admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            const QUrl base(server);
            admin.setHostName(base.host());
            admin.setPort(base.port());
            admin.setUserName(base.userName());
            admin.setDatabaseName(base.path().mid(1));
            admin.open();
            QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1").arg(url.path().mid(1)));
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        QList<qint64> actions;
        qint64 before = 0;
        {
            auto db = Database::open(location, Database::Mode::CreateIfMissing);
            const qint64 plan = PlanStore(*db).addPlan(wres::bench::syntheticPlan(1000, 5000, 3));
            ActionQuery query;
            query.planId = plan;
            for (const ActionRow& row : ActionStore(*db).list(query))
                actions << row.id;
            before = historyRows(*db);
        }
        std::vector<ClientResult> results(clients);
        std::vector<std::thread> threads;
        QElapsedTimer wall;
        wall.start();
        for (int c = 0; c < clients; ++c)
            threads.emplace_back(
                [&, c] { results[std::size_t(c)] = runClient(location, actions, c, seconds * 1000LL); });
        for (auto& t : threads)
            t.join();
        const double elapsed = double(wall.elapsed()) / 1000.0;
        ClientResult all;
        for (const ClientResult& r : results) {
            all.updates += r.updates;
            all.conflicts += r.conflicts;
            all.errors += r.errors;
            all.latenciesMs.insert(all.latenciesMs.end(), r.latenciesMs.begin(), r.latenciesMs.end());
            if (all.firstError.isEmpty())
                all.firstError = r.firstError;
        }
        std::sort(all.latenciesMs.begin(), all.latenciesMs.end());
        const auto percentile = [&](double p) {
            return all.latenciesMs.empty() ? 0.0 : all.latenciesMs[std::size_t(p * double(all.latenciesMs.size() - 1))];
        };
        auto db = Database::open(location, Database::Mode::OpenExisting);
        const qint64 recorded = historyRows(*db) - before;
        std::printf("%d clients, %.1f s: %d updates (%.0f per second), %d reported conflicts, %d other errors\n",
                    clients, elapsed, all.updates, all.updates / elapsed, all.conflicts, all.errors);
        std::printf("latency of a recorded update: median %.1f ms, 95th percentile %.1f ms, 99th %.1f ms\n",
                    percentile(0.5), percentile(0.95), percentile(0.99));
        std::printf("history rows added: %lld (%s)\n", static_cast<long long>(recorded),
                    recorded == all.updates ? "every recorded update is there" : "LOST OR EXTRA UPDATES");
        if (!all.firstError.isEmpty())
            std::printf("first error: %s\n", qPrintable(all.firstError));
        status = recorded == all.updates && all.errors == 0 ? 0 : 1;
    }
    if (qEnvironmentVariableIsEmpty("WRES_TEST_SERVER"))
        QProcess::execute(script, {QStringLiteral("stop"), cluster});
    return status;
}
