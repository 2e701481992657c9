// Kills a writer (SIGKILL) in the middle of bursts of updates, many times, and proves after each
// kill that the file is sound and holds every update the writer had reported committed.
#include "TestSupport.h"
#include "store/ActionStore.h"
#include "store/Database.h"
#include "store/PlanStore.h"
#include "store/SqlQuery.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <csignal>
#include <gtest/gtest.h>

using namespace wres::core;

namespace {

QSet<qint64> storedUpdateIds(const Database& db)
{
    SqlQuery q(db.connection(), "SELECT id FROM status_updates");
    q.exec();
    QSet<qint64> ids;
    while (q.next())
        ids << q.id(0);
    return ids;
}

TEST(CrashSafety, EveryReportedUpdateSurvivesAKillAndTheFileStaysSound)
{
    WRES_FILES_ONLY();
    wres::test::Scratch scratch;
    const QString path = scratch.path("plan.wres");
    wres::test::writeDemo(path);
    constexpr int kKills = 30;
    QRandomGenerator random(20261123); // fixed: a failure can be replayed
    qint64 reportedTotal = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        QProcess writer;
        writer.start(CRASH_WRITER_EXE, {path, QString::number(1 + random.bounded(40))});
        ASSERT_TRUE(writer.waitForStarted(10000));
        // Let it commit a few bursts, then kill it at a random moment, most likely inside one.
        ASSERT_TRUE(writer.waitForReadyRead(20000))
            << "the writer committed nothing: " << writer.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(5, 120));
        ::kill(pid_t(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(10000));
        EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);

        QSet<qint64> reported;
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines)
            if (!line.isEmpty())
                reported << line.toLongLong();
        // A line cut short by the kill is a prefix of a real id at worst: drop the last if unterminated.
        if (!lines.isEmpty() && !lines.last().isEmpty())
            reported.remove(lines.last().toLongLong());
        reportedTotal += reported.size();

        auto db = Database::open(path, Database::Mode::OpenExisting, Database::Check::Full);
        ASSERT_TRUE(db->integrityProblems().isEmpty())
            << "after kill " << kill << ": " << db->integrityProblems().join("; ").toStdString();
        const QSet<qint64> stored = storedUpdateIds(*db);
        for (qint64 id : reported)
            ASSERT_TRUE(stored.contains(id))
                << "update " << id << " was reported committed but is gone (kill " << kill << ")";
        // Every action's last_update_at agrees with its history: no half-applied update.
        SqlQuery check(db->connection(), "SELECT COUNT(*) FROM actions a WHERE a.last_update_at IS NOT "
                                         "(SELECT MAX(recorded_at) FROM status_updates u WHERE u.action_id = a.id)");
        check.exec();
        ASSERT_TRUE(check.next());
        EXPECT_EQ(check.id(0), 0) << "an action and its history disagree after kill " << kill;
    }
    std::printf("[ figures  ] %d kills survived, %lld reported updates checked present\n", kKills,
                static_cast<long long>(reportedTotal));
    RecordProperty("kills", kKills);
    RecordProperty("updatesChecked", int(reportedTotal));
    EXPECT_GT(reportedTotal, kKills) << "the writer got work done between kills";
}

} // namespace
