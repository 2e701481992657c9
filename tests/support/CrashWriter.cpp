// A writer to be killed: records status updates on a plan file in bursts (one transaction each) and,
// after each commit, prints the ids of the updates it committed, flushed at once. The crash test
// kills it with SIGKILL at a random moment and checks that everything it reported is in the file.
//
//   crash_writer FILE BURST   (runs until killed)
//   crash_writer FILE backup  takes one daily backup, printing "copying" first (to be killed in it)
#include "store/ActionStore.h"
#include "store/Backups.h"
#include "store/Database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace wres::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::Mode::OpenExisting);
    if (QByteArray(argv[2]) == "backup") {
        std::printf("copying\n");
        std::fflush(stdout);
        Backups::take(*db, QStringLiteral("daily"), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        std::printf("done\n");
        return 0;
    }
    const int burst = QByteArray(argv[2]).toInt();
    ActionStore actions(*db);
    QList<qint64> ids;
    for (const ActionRow& row : actions.list({}))
        ids << row.id;
    const Status statuses[] = {Status::InProgress, Status::Delayed, Status::Complete, Status::NotStarted};
    for (qint64 n = 0;; ++n) {
        QList<qint64> committed;
        WriteTransaction transaction(*db);
        for (int i = 0; i < burst; ++i) {
            UpdateRequest request;
            request.status = statuses[(n + i) % 4];
            request.progress = QStringLiteral("burst %1 item %2: %3").arg(n).arg(i).arg(QString(200, QLatin1Char('x')));
            request.author = QStringLiteral("crash test");
            committed << actions.recordUpdate(ids[(n * burst + i) % ids.size()], request).id;
        }
        transaction.commit();
        for (qint64 id : committed)
            std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}
