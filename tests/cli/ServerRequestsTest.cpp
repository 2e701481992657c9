// Update requests on a team plan: a viewer or a lead login may not record a round, so none is
// written, not even the folder (run against the tests' throwaway PostgreSQL cluster).
#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <gtest/gtest.h>

using namespace wres::test;

namespace {

TEST(ServerRequests, AViewerOrALeadIsRefusedBeforeAnythingIsWritten)
{
    if (testServer().isEmpty())
        GTEST_SKIP() << "no test server (run through CTest, which starts one)";
    Scratch scratch;
    const QString server = storeLocation(scratch, "requests");
    ASSERT_EQ(run({"demo", "--db", server}).exit, 0);
    ASSERT_EQ(run({"server-init", "--db", server}).exit, 0);
    ASSERT_EQ(run({"grant", "--db", server, "--login", "req_viewer", "--role", "viewer", "--password-file",
                   scratch.write("pv", "pw-req_viewer\n")})
                  .exit,
              0);
    ASSERT_EQ(run({"grant", "--db", server, "--login", "req_lead", "--role", "lead", "--lead", "Head of EDI",
                   "--password-file", scratch.write("pl", "pw-req_lead\n")})
                  .exit,
              0);
    // A password file of the test's own: the superuser's lines, then the two logins'.
    const QByteArray clusterPasswords = qgetenv("PGPASSFILE");
    const QUrl url(server);
    QByteArray lines = readFile(qEnvironmentVariable("PGPASSFILE"));
    for (const QString login : {"req_viewer", "req_lead"})
        lines += QStringLiteral("%1:%2:%3:%4:pw-%4\n")
                     .arg(url.host())
                     .arg(url.port())
                     .arg(url.path().mid(1), login)
                     .toUtf8();
    const QString passwords = scratch.write("pgpass", lines);
    QFile::setPermissions(passwords, QFile::ReadOwner | QFile::WriteOwner);
    qputenv("PGPASSFILE", QFile::encodeName(passwords));
    for (const QString login : {"req_viewer", "req_lead"}) {
        SCOPED_TRACE(login.toStdString());
        QUrl as(server);
        as.setUserName(login);
        const QString folder = scratch.path("requests-" + login);
        const Result r = run({"update-requests", "--db", as.toString(), "-o", folder});
        EXPECT_EQ(r.exit, 3) << r.out.toStdString() << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("Only an administrator")) << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(folder)) << "nothing written, not even the folder";
    }
    qputenv("PGPASSFILE", clusterPasswords);
    EXPECT_EQ(run({"update-requests", "--db", server, "-o", scratch.path("admin")}).exit, 0) << "the EDI team may";
}

} // namespace
