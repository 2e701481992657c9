// Team mode as a real process against the tests' throwaway PostgreSQL cluster (CTest starts it;
// see script/pg-cluster): migrate both ways without loss, server-init and grant, and the server
// refusing what a role may not do by any route, direct SQL included.
#include "ServerFixture.h"

using namespace wres::test;

namespace {

class Server : public ServerTest
{};

TEST_F(Server, APlanMovesToTheServerAndBackWithoutLoss)
{
    const QString file = scratch.path("plan.wres");
    ASSERT_EQ(run({"demo", "--db", file}).exit, 0);
    ASSERT_EQ(run({"update", "--db", file, "--action", "2", "--status", "Delayed", "--rag", "R", "--progress",
                   "Waiting for the data", "--author", "Head of EDI"})
                  .exit,
              0);
    const QString before = scratch.path("before.json");
    ASSERT_EQ(run({"export", "--db", file, "-o", before}).exit, 0);

    Result r = run({"migrate", "--from", file, "--to", server});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("Moved \"Workforce Race Equality Standard Action Plan 2023/2024\" (12 actions"))
        << r.out.toStdString();
    const QString onServer = scratch.path("server.json");
    ASSERT_EQ(run({"export", "--db", server, "-o", onServer}).exit, 0);
    EXPECT_EQ(readFile(onServer), readFile(before)) << "history, audit trail and metrics included";

    const QString back = scratch.path("back.wres");
    ASSERT_EQ(run({"migrate", "--from", server, "--to", back}).exit, 0);
    const QString after = scratch.path("after.json");
    ASSERT_EQ(run({"export", "--db", back, "-o", after}).exit, 0);
    EXPECT_EQ(readFile(after), readFile(before));

    r = run({"migrate", "--from", file, "--to", server});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("already holds")) << r.err.toStdString();
    EXPECT_EQ(run({"check", "--db", server}).exit, 0);
}

TEST_F(Server, EachRoleMayDoOnlyWhatTheServerAllows)
{
    ASSERT_EQ(run({"demo", "--db", server}).exit, 0);
    const Result again = run({"demo", "--db", server});
    EXPECT_EQ(again.exit, 1) << "a server database that holds a plan is not written over by the demo";
    EXPECT_TRUE(again.err.contains("already holds a plan")) << again.err.toStdString();
    Result r = run({"server-init", "--db", server});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(run({"server-init", "--db", server}).exit, 0) << "run again, it brings the roles up to date";
    const QString password = scratch.write("pw", "pw-jo\n");
    r = run({"grant", "--db", server, "--login", "jo", "--role", "lead", "--lead", "head of edi", "--password-file",
             password});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(),
              QStringLiteral("jo is a lead on %1: may update the actions of head of edi.").arg(server));
    ASSERT_EQ(run({"grant", "--db", server, "--login", "vi", "--role", "viewer", "--password-file",
                   scratch.write("pw2", "pw-vi\n")})
                  .exit,
              0);
    addPasswords({"jo", "vi"});

    // Action 1 is led by Head of EDI; action 3 is not.
    const QString lead = as("jo");
    r = run({"update", "--db", lead, "--action", "1", "--status", "Complete", "--progress", "Done", "--author",
             "Head of EDI"});
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    const QString before = actionsCsv(server);
    r = run({"update", "--db", lead, "--action", "3", "--status", "Complete", "--author", "Head of EDI"});
    EXPECT_EQ(r.exit, 3) << "not permitted";
    EXPECT_TRUE(r.err.contains("A lead may record updates only on the actions they lead")) << r.err.toStdString();
    r = run({"update", "--db", as("vi"), "--action", "1", "--status", "Delayed"});
    EXPECT_EQ(r.exit, 3);
    EXPECT_EQ(actionsCsv(as("vi")), before) << "a viewer reads everything";
    EXPECT_EQ(run({"grant", "--db", lead, "--login", "eve", "--role", "admin"}).exit, 3) << "a lead cannot make logins";

    // Direct SQL: the server itself refuses.
    EXPECT_EQ(directSql("jo", "UPDATE actions SET status = 'complete' WHERE id = 1").nativeErrorCode(), "42501")
        << "a lead writes through the server's function only, even on their own action";
    EXPECT_EQ(directSql("jo", "UPDATE actions SET status = 'complete' WHERE id = 3").nativeErrorCode(), "42501");
    EXPECT_EQ(directSql("jo", "UPDATE actions SET text = 'changed' WHERE id = 1").nativeErrorCode(), "42501")
        << "a lead changes status, RAG and progress only";
    EXPECT_EQ(directSql("jo", "INSERT INTO status_updates (action_id, recorded_at, author, status, rag, note) "
                              "VALUES (3, '2026-01-01T00:00:00Z', 'x', 'complete', '', '')")
                  .nativeErrorCode(),
              "42501");
    EXPECT_EQ(directSql("jo", "DELETE FROM status_updates").nativeErrorCode(), "42501");
    EXPECT_EQ(directSql("jo", "DELETE FROM audit_entries").nativeErrorCode(), "42501");
    EXPECT_EQ(directSql("jo", "UPDATE leads SET name = 'x'").nativeErrorCode(), "42501");
    EXPECT_EQ(directSql("jo", "INSERT INTO lead_logins (login, lead_id) VALUES ('jo', 2)").nativeErrorCode(), "42501")
        << "a lead cannot tie itself to another lead";
    EXPECT_EQ(directSql("vi", "UPDATE actions SET status = 'complete' WHERE id = 1").nativeErrorCode(), "42501");
    EXPECT_EQ(directSql("vi", "INSERT INTO audit_entries (recorded_at, author, entity, entity_id, field, source) "
                              "VALUES ('x', 'x', 'action', 1, 'f', 's')")
                  .nativeErrorCode(),
              "42501");
    EXPECT_EQ(actionsCsv(server), before);

    EXPECT_EQ(run({"grant", "--db", server, "--login", "Robert'); DROP TABLE actions; --", "--role", "viewer"}).exit,
              1);
    EXPECT_EQ(run({"grant", "--db", server, "--login", "sam", "--role", "lead"}).exit, 1) << "a lead needs --lead";
    EXPECT_EQ(run({"grant", "--db", server, "--login", "sam", "--role", "lead", "--lead", "Nobody"}).exit, 1);
    EXPECT_EQ(run({"server-init", "--db", scratch.path("plan.wres")}).exit, 1) << "a file has no roles";
}

TEST_F(Server, TextThatLooksLikeSqlIsStoredAsText)
{
    const QString nasty = "'); DROP TABLE actions; -- $$ \\\" %s :name ? ; DELETE FROM plans";
    QString csv = "theme,theme_indicators,objective_no,objective,action_no,action,leads,timescale,status,rag,"
                  "indicators,milestones,progress\r\n";
    QString field = nasty;
    field.replace("\"", "\"\"");
    const QString quoted = "\"" + field + "\"";
    csv += QStringList{quoted, "", "1", quoted, "1.1", quoted, quoted, quoted, "In progress", "A", "", quoted, quoted}
               .join(',') +
           "\r\n";
    const QString input = scratch.write("nasty.csv", csv.toUtf8());
    Result r = run({"import", "--db", server, input, "--title", nasty, "--organisation", nasty});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    const QString output = scratch.path("out.csv");
    ASSERT_EQ(run({"export", "--db", server, "-o", output}).exit, 0);
    // The same as a plan file gives (which keeps every field as typed; leads are split at ';').
    const QString file = scratch.path("nasty.wres");
    ASSERT_EQ(run({"import", "--db", file, input, "--title", nasty, "--organisation", nasty}).exit, 0);
    const QString fromFile = scratch.path("file.csv");
    ASSERT_EQ(run({"export", "--db", file, "-o", fromFile}).exit, 0);
    EXPECT_EQ(readFile(output), readFile(fromFile));
    EXPECT_EQ(QString::fromUtf8(readFile(output)).count(quoted), 6)
        << "theme, objective, action, timescale, milestones and progress";
    r = run({"update", "--db", server, "--action", "1", "--progress", nasty, "--author", nasty});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    r = run({"audit", "--db", server, "--author", nasty});
    EXPECT_TRUE(r.out.contains(nasty)) << r.out.toStdString();
    EXPECT_EQ(run({"check", "--db", server}).exit, 0) << "the tables are all there";
}

TEST_F(Server, AServerAddressThatCannotBeUsedIsExplained)
{
    Result r = run({"actions", "--db", "postgresql://nobody@127.0.0.1:1/none"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.startsWith("Cannot connect to postgresql://nobody@127.0.0.1:1/none")) << r.err.toStdString();
    r = run({"actions", "--db", "postgresql://host-only"});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("is not a server address")) << r.err.toStdString();
    r = run({"actions", "--db", server});
    EXPECT_EQ(r.exit, 2) << "an empty database";
    EXPECT_TRUE(r.err.contains("server-init")) << r.err.toStdString();

    // Another program's database is not taken over.
    const QString other = storeLocation(scratch, "other");
    QUrl url(other);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QPSQL", "other-program");
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec("CREATE TABLE payroll (id INTEGER)");
    }
    QSqlDatabase::removeDatabase("other-program");
    r = run({"demo", "--db", other});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("already holds other tables")) << r.err.toStdString();
}

TEST_F(Server, OnlyTheEdiTeamMayReadTheKeyThatSignsRequests)
{
    ASSERT_EQ(run({"demo", "--db", server}).exit, 0);
    ASSERT_EQ(run({"server-init", "--db", server}).exit, 0);
    ASSERT_EQ(run({"grant", "--db", server, "--login", "jo", "--role", "lead", "--lead", "head of edi",
                   "--password-file", scratch.write("pw", "pw-jo\n")})
                  .exit,
              0);
    ASSERT_EQ(run({"grant", "--db", server, "--login", "vi", "--role", "viewer", "--password-file",
                   scratch.write("pw2", "pw-vi\n")})
                  .exit,
              0);
    addPasswords({"jo", "vi"});
    const Result r = run({"update-requests", "--db", server, "-o", scratch.path("requests")});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    for (const char* login : {"jo", "vi"}) {
        EXPECT_EQ(directSql(login, "SELECT secret FROM request_keys").nativeErrorCode(), "42501") << login;
        EXPECT_EQ(directSql(login, "INSERT INTO request_keys (name, secret, created_at) VALUES ('x', 'y', 'z')")
                      .nativeErrorCode(),
                  "42501")
            << login;
    }
    EXPECT_FALSE(directSql("jo", "SELECT COUNT(*) FROM update_requests").isValid()) << "the requests are readable";
}

} // namespace
