#pragma once

// The team-mode process tests' fixture: a database of the throwaway PostgreSQL cluster per test
// (CTest starts the cluster; see script/pg-cluster), the program run against it, and direct SQL
// connections as any login, as someone with psql would have.
#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <gtest/gtest.h>

namespace wres::test {

// One connection kept open as a login, so that what a statement leaves in the session (temporary
// tables, SET) is there for the next one.
class SqlSession
{
public:
    SqlSession(const QString& server, const QString& login, const QString& password)
        : m_name(QStringLiteral("session-%1-%2").arg(login).arg(++counter()))
    {
        const QUrl url(server);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(login);
        if (!password.isEmpty())
            db.setPassword(password);
        m_open = db.open();
        EXPECT_TRUE(m_open) << login.toStdString() << ": " << db.lastError().text().toStdString();
    }
    ~SqlSession()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    SqlSession(const SqlSession&) = delete;
    SqlSession& operator=(const SqlSession&) = delete;

    bool isOpen() const { return m_open; }
    // Runs one statement (or several separated by ';'); the error, invalid when it succeeded.
    QSqlError exec(const QString& sql, int* rowsAffected = nullptr) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.exec(sql);
        if (rowsAffected)
            *rowsAffected = q.numRowsAffected();
        return q.lastError();
    }
    // The first column of the first row, as text ("" when none or on error).
    QString value(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0).toString();
    }
    // Every row, each as its columns' text ("<null>" for NULL).
    QList<QStringList> rows(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        QList<QStringList> rows;
        while (q.next()) {
            QStringList columns;
            for (int c = 0; c < q.record().count(); ++c)
                columns << (q.value(c).isNull() ? QStringLiteral("<null>") : q.value(c).toString());
            rows << columns;
        }
        return rows;
    }

private:
    static int& counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
    bool m_open = false;
};

class ServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (testServer().isEmpty())
            GTEST_SKIP() << "no test server (run through CTest, which starts one)";
        server = storeLocation(scratch, "team");
        clusterPasswords = qgetenv("PGPASSFILE");
    }
    void TearDown() override
    {
        if (!clusterPasswords.isEmpty())
            qputenv("PGPASSFILE", clusterPasswords);
    }

    // The same database as another login, whose password is in the password file.
    QString as(const QString& login) const
    {
        QUrl url(server);
        url.setUserName(login);
        return url.toString();
    }

    // Adds logins to a password file of the test's own (the superuser's line first).
    void addPasswords(const QStringList& logins)
    {
        const QUrl url(server);
        QByteArray lines = readFile(qEnvironmentVariable("PGPASSFILE"));
        for (const QString& login : logins)
            lines += QStringLiteral("%1:%2:%3:%4:pw-%4\n")
                         .arg(url.host())
                         .arg(url.port())
                         .arg(url.path().mid(1), login)
                         .toUtf8();
        const QString path = scratch.write("pgpass", lines);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", QFile::encodeName(path));
    }

    // A direct SQL connection as a login (password pw-LOGIN), one statement, then closed.
    QSqlError directSql(const QString& login, const QString& sql, int* rowsAffected = nullptr) const
    {
        SqlSession session(server, login, "pw-" + login);
        return session.exec(sql, rowsAffected);
    }

    // The superuser of the cluster on this test's database.
    std::unique_ptr<SqlSession> superuser() const
    {
        return std::make_unique<SqlSession>(server, QUrl(server).userName(), QString());
    }

    QString actionsCsv(const QString& location) const
    {
        const Result r = run({"actions", "--db", location, "--format", "csv"});
        EXPECT_EQ(r.exit, 0) << r.err.toStdString();
        return r.out;
    }

    // demo, server-init, and logins with their passwords (pw-LOGIN): a lead per entry of leads
    // (login -> lead as the plan names them) and a viewer. Logins belong to the whole cluster, which
    // tests share: give names no other test uses.
    void setUpTeam(const QList<QPair<QString, QString>>& leads, const QString& viewer)
    {
        ASSERT_EQ(run({"demo", "--db", server}).exit, 0);
        Result r = run({"server-init", "--db", server});
        ASSERT_EQ(r.exit, 0) << r.err.toStdString();
        QStringList logins = {viewer};
        for (const auto& [login, lead] : leads) {
            r = run({"grant", "--db", server, "--login", login, "--role", "lead", "--lead", lead, "--password-file",
                     scratch.write("pw-" + login, ("pw-" + login + "\n").toUtf8())});
            ASSERT_EQ(r.exit, 0) << r.err.toStdString();
            logins << login;
        }
        r = run({"grant", "--db", server, "--login", viewer, "--role", "viewer", "--password-file",
                 scratch.write("pw-" + viewer, ("pw-" + viewer + "\n").toUtf8())});
        ASSERT_EQ(r.exit, 0) << r.err.toStdString();
        addPasswords(logins);
    }

    Scratch scratch;
    QString server;
    QByteArray clusterPasswords;
};

} // namespace wres::test
