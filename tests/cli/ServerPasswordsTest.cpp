// Team-mode passwords (issue 19, item 13), on the tests' throwaway cluster: grant sends a SCRAM
// secret, never the password (the server's own log is read); no message of any command shows any
// part of a password written in an address; a password written there is warned about; and
// --password-fd and a terminal prompt without echo give one out of sight.
#include "ServerFixture.h"

#include <QElapsedTimer>
#include <QProcess>

#include <cerrno>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wres::test;

namespace {

// Every word of it must stay out of every message; the characters between the words are the
// ones that break naive address parsing.
const QStringList kWords = {"ZqAlpha", "ZqBeta", "ZqGamma", "ZqDelta", "ZqEpsilon", "ZqZeta", "ZqEta"};
const QString kPassword = "ZqAlpha/ZqBeta?ZqGamma#ZqDelta@ZqEpsilon:ZqZeta%ZqEta";
const QString kAdmin = QStringLiteral("pw_admin");

class ServerPasswords : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (IsSkipped())
            return;
        ASSERT_EQ(run({"demo", "--db", server}).exit, 0);
        ASSERT_EQ(run({"server-init", "--db", server}).exit, 0);
        const Result r = run({"grant", "--db", server, "--login", kAdmin, "--role", "admin", "--password-file",
                              scratch.write("admin-password", (kPassword + "\n").toUtf8())});
        ASSERT_EQ(r.exit, 0) << r.err.toStdString();
        const QUrl url(server);
        hostPart = url.host() + ":" + QString::number(url.port()) + url.path();
    }

    // The address with a password written in it: as it is ('%' as %25), or fully encoded.
    QString withPassword(const QString& password, bool encoded, const QString& host = {}) const
    {
        QString written = password;
        if (encoded)
            written = QString::fromLatin1(QUrl::toPercentEncoding(password));
        else
            written.replace("%", "%25");
        return "postgresql://" + kAdmin + ":" + written + "@" + (host.isEmpty() ? hostPart : host);
    }

    static void expectNoPart(const Result& r, const QString& what)
    {
        for (const QString& word : kWords) {
            EXPECT_FALSE(r.out.contains(word)) << what.toStdString() << " printed " << r.out.toStdString();
            EXPECT_FALSE(r.err.contains(word)) << what.toStdString() << " printed " << r.err.toStdString();
        }
    }

    QString hostPart; // host:port/database of the test's database
};

Result runWithInput(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(WRES_TRACKER_EXE), arguments);
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// Runs the program on a pseudo-terminal, typing each answer when its prompt has appeared; returns
// the exit status and everything the terminal showed (echo included, had it been on).
Result runOnTerminal(const QStringList& arguments, const QList<QPair<QString, QString>>& answers)
{
    QList<QByteArray> storage = {QByteArray(WRES_TRACKER_EXE)};
    for (const QString& a : arguments)
        storage << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    Result result;
    if (pid < 0) {
        ADD_FAILURE() << "forkpty failed";
        return result;
    }
    QByteArray shown;
    qsizetype answered = 0;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        pollfd p{master, POLLIN, 0};
        if (poll(&p, 1, 200) > 0) {
            char buffer[4096];
            const ssize_t n = read(master, buffer, sizeof buffer);
            if (n <= 0)
                break; // EIO: the program has ended and closed the terminal
            shown.append(buffer, n);
        }
        if (answered < answers.size() && QString::fromLocal8Bit(shown).contains(answers[answered].first)) {
            const QByteArray typed = (answers[answered].second + "\n").toLocal8Bit();
            EXPECT_EQ(write(master, typed.constData(), std::size_t(typed.size())), typed.size());
            ++answered;
        }
    }
    close(master);
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_EQ(answered, answers.size()) << "prompts seen: " << shown.toStdString();
    result.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    result.out = QString::fromLocal8Bit(shown);
    return result;
}

TEST_F(ServerPasswords, GrantSendsOnlyAScramSecretWhichLogsInWithThePassword)
{
    // Every statement of every new session on this database goes to the server's log.
    auto su = superuser();
    ASSERT_FALSE(su->exec("ALTER DATABASE " + QUrl(server).path().mid(1) + " SET log_statement = 'all'").isValid());
    const QString login = "pw_granted";
    const Result r = run({"grant", "--db", server, "--login", login, "--role", "lead", "--lead", "Head of EDI",
                          "--password-file", scratch.write("password", (kPassword + "\n").toUtf8())});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    expectNoPart(r, "grant");

    EXPECT_TRUE(su->value("SELECT rolpassword FROM pg_authid WHERE rolname = '" + login + "'")
                    .startsWith("SCRAM-SHA-256$4096:"))
        << "the server keeps the secret as sent";
    {
        SqlSession right(server, login, kPassword);
        EXPECT_TRUE(right.isOpen()) << "the secret was made right: the password logs in";
    }
    QSqlDatabase wrong = QSqlDatabase::addDatabase("QPSQL", "pw-wrong");
    const QUrl url(server);
    wrong.setHostName(url.host());
    wrong.setPort(url.port());
    wrong.setDatabaseName(url.path().mid(1));
    wrong.setUserName(login);
    wrong.setPassword(kPassword + "x");
    EXPECT_FALSE(wrong.open()) << "and only the password";
    wrong = QSqlDatabase();
    QSqlDatabase::removeDatabase("pw-wrong");

    // A control: a plain password sent by a fresh session does land in the log, so reading it works.
    {
        SqlSession fresh(server, url.userName(), {});
        ASSERT_FALSE(fresh.exec("DROP ROLE IF EXISTS pw_control").isValid());
        ASSERT_FALSE(fresh.exec("CREATE ROLE pw_control PASSWORD 'ZqControlWord'").isValid());
    }
    const QString logFile = su->value("SELECT current_setting('data_directory') || '/../server.log'");
    const QString log = su->value("SELECT pg_read_file('" + logFile + "')");
    if (log.isEmpty())
        GTEST_SKIP() << "the server's log is not where script/pg-cluster puts it: " << logFile.toStdString();
    ASSERT_TRUE(log.contains("ZqControlWord")) << "log_statement is on for new sessions";
    EXPECT_TRUE(log.contains("ROLE " + login + " LOGIN PASSWORD 'SCRAM-SHA-256$4096:")) << "the statement was logged";
    for (const QString& word : kWords)
        EXPECT_FALSE(log.contains(word)) << "the password reached the server: " << word.toStdString();
}

TEST_F(ServerPasswords, NoMessageOfAnyCommandShowsAnyPartOfAPassword)
{
    const QString file = scratch.path("plan.wres");
    const QString csv = scratch.write("plan.csv", "theme,theme_indicators,objective_no,objective,action_no,action,"
                                                  "leads,timescale,status,rag,indicators,milestones,progress\r\n"
                                                  "T,,1,O,1.1,A,Lead,2025,In progress,A,,,\r\n");
    const QString metrics = scratch.write("metrics.csv", "indicator,period,category,group,count,total,value\r\n"
                                                         "2,2023,,White,10,100,\r\n2,2023,,BME,5,100,\r\n");
    ASSERT_EQ(run({"import", "--db", file, csv}).exit, 0); // a plan the server does not hold yet
    // A command line per command, with L where the server address goes.
    const QList<QStringList> commands = {
        {"demo", "--db", "L"},
        {"import", "--db", "L", csv},
        {"export", "--db", "L", "-o", scratch.path("out.json"), "--plan", "1"},
        {"actions", "--db", "L", "--format", "table"},
        {"update", "--db", "L", "--action", "1", "--status", "Delayed"},
        {"update", "--db", "L", "--action", "9999", "--status", "Delayed"},
        {"audit", "--db", "L", "--plan", "1"},
        {"calendar", "--db", "L", "-o", scratch.path("due.ics"), "--plan", "1"},
        {"import-metrics", "--db", "L", metrics},
        {"metrics", "--db", "L", "--indicator", "2"},
        {"board-pack", "--db", "L", "-o", scratch.path("pack.pdf"), "--plan", "1"},
        {"update-requests", "--db", "L", "-o", scratch.path("requests"), "--lead", "Nobody"},
        {"import-updates", "--db", "L", scratch.path("missing.xlsx")},
        {"migrate", "--from", "L", "--to", scratch.path("moved.wres"), "--plan", "1"},
        {"migrate", "--from", file, "--to", "L"},
        {"server-init", "--db", "L"},
        {"grant", "--db", "L", "--login", "pw_viewer", "--role", "viewer"},
        {"grant", "--db", "L", "--login", "pw_lead", "--role", "lead", "--lead", "Nobody"},
        {"check", "--db", "L"},
    };
    // The right password (as written and encoded), a wrong one, a server that refuses the
    // connection, and addresses that are not addresses.
    const QStringList locations = {
        withPassword(kPassword, false),
        withPassword(kPassword, true),
        withPassword("ZqWrong/" + kPassword, false),
        withPassword(kPassword, false, "127.0.0.1:1/none"),
        withPassword(kPassword, false, "/no-host"),
        withPassword(kPassword, false, "db-host:notaport/x"),
        "postgresql://" + kAdmin + "@" + hostPart +
            "?sslmode=disable&password=" + QString(kPassword).replace("%", "%25"),
    };
    int succeeded = 0;
    for (const QString& location : locations)
        for (const QStringList& command : commands) {
            QStringList arguments = command;
            arguments.replace(arguments.indexOf("L"), location);
            const Result r = run(arguments);
            const QString what = command.join(' ') + " with " + QString::number(locations.indexOf(location));
            expectNoPart(r, what);
            if (r.exit == 0)
                ++succeeded;
            // With the right password, as written or encoded, the commands that can succeed do.
            static const QStringList mustWork = {"export",  "actions", "audit",   "metrics",
                                                 "migrate", "check",   "calendar"};
            const qsizetype index = locations.indexOf(location);
            if ((index == 0 || ((index == 1 || index == 6) && command.front() != u"migrate")) &&
                mustWork.contains(command.front())) {
                EXPECT_EQ(r.exit, 0) << what.toStdString() << ": " << r.err.toStdString();
            }
            const QString option = command.contains("--from") && command.indexOf("L") == 2 ? "--from"
                                   : command.contains("--to")                              ? "--to"
                                                                                           : "--db";
            EXPECT_EQ(r.err.count("warning: a password written in " + option), 1) << what.toStdString();
        }
    EXPECT_GE(succeeded, 20) << "the right password works, written as it is or encoded";
    // Nor in what was stored: the audit trail names where a migrated plan came from.
    const Result audit = run({"audit", "--db", scratch.path("moved.wres")});
    EXPECT_EQ(audit.exit, 0) << audit.err.toStdString();
    expectNoPart(audit, "audit of the migrated plan");
    const QString sources = superuser()->value("SELECT string_agg(source || ' ' || author, '|') FROM audit_entries");
    expectNoPart({0, sources, {}}, "the server's audit trail");
}

TEST_F(ServerPasswords, APasswordGivenOnADescriptorIsUsedUnseen)
{
    const QString address = "postgresql://" + kAdmin + "@" + hostPart;
    Result r = runWithInput({"actions", "--db", address, "--format", "csv", "--password-fd", "0"},
                            (kPassword + "\n").toUtf8());
    EXPECT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("id,")) << r.out.toStdString();
    EXPECT_FALSE(r.err.contains("warning")) << "nothing to warn about: " << r.err.toStdString();

    // Another descriptor, as a script would open one on a file only its user can read.
    const QString passwordFile = scratch.write("fd-password", (kPassword + "\n").toUtf8());
    QProcess shell;
    shell.start("/bin/sh", {"-c", "exec \"$0\" check --db \"$1\" --password-fd 3 3< \"$2\"", WRES_TRACKER_EXE, address,
                            passwordFile});
    ASSERT_TRUE(shell.waitForFinished(60000));
    EXPECT_EQ(shell.exitCode(), 0) << shell.readAllStandardError().toStdString();

    // Without one, and with nobody at a terminal to ask, the message says where to put it.
    r = runWithInput({"actions", "--db", address}, {});
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains("--password-fd")) << r.err.toStdString();
    r = run({"actions", "--db", address, "--password-fd", "9"});
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains("--password-fd")) << r.err.toStdString();
    r = runWithInput(
        {"grant", "--db", server, "--login", "pw_x", "--role", "viewer", "--password-file", "-", "--password-fd", "0"},
        "a\nb\n");
    EXPECT_EQ(r.exit, 1) << "both would read standard input";
}

TEST_F(ServerPasswords, ATerminalIsAskedWithoutEcho)
{
    const QString address = "postgresql://" + kAdmin + "@" + hostPart;
    Result r = runOnTerminal({"actions", "--db", address, "--format", "csv"}, {{"Password for ", kPassword}});
    EXPECT_EQ(r.exit, 0) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Password for " + address + ": ")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("id,")) << "the listing followed: " << r.out.toStdString();
    for (const QString& word : kWords)
        EXPECT_FALSE(r.out.contains(word)) << "echoed: " << r.out.toStdString();

    // grant's new password, typed on a terminal, is not echoed either, and logs in.
    r = runOnTerminal({"grant", "--db", server, "--login", "pw_typed", "--role", "viewer", "--password-file", "-"},
                      {{"New password for the login pw_typed", "Zq typed/password"}});
    EXPECT_EQ(r.exit, 0) << r.out.toStdString();
    EXPECT_FALSE(r.out.contains("Zq typed")) << r.out.toStdString();
    SqlSession typed(server, "pw_typed", "Zq typed/password");
    EXPECT_TRUE(typed.isOpen());
}

} // namespace
