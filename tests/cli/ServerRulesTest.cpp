// Team mode's rules attacked as a lead with psql would attack them, on the tests' throwaway cluster:
// the objects the server's functions use shadowed through the search path (issue 19, item 1), and
// hundreds of generated direct-SQL attempts after each of which the rules must still hold (item 2).
// Each attack is made for real; the tests pass because it fails.
#include "LeadAttacker.h"
#include "ServerFixture.h"
#include "domain/Status.h"

#include <QRegularExpression>
#include <QSet>

#include <random>

using namespace wres::test;

namespace {

const QString kLead = QStringLiteral("rules_a");      // leads Head of EDI's actions
const QString kOtherLead = QStringLiteral("rules_b"); // leads EDI Partner's
const QString kViewer = QStringLiteral("rules_vi");
const QString kPinned = QStringLiteral("search_path=pg_catalog, public, pg_temp");

// What the rules protect, read by the superuser: actions, history and audit rows by id, and a
// digest of everything else (every other table, and the privileges, policies, functions and
// triggers that make the rules).
struct Snapshot
{
    QMap<qint64, QStringList> actions;
    QMap<qint64, QStringList> updates;
    QMap<qint64, QStringList> audit;
    QStringList rest;
};

// Columns of the actions snapshot; a lead's change may touch only these.
enum ActionColumn
{
    Status = 8,
    Rag = 9,
    Progress = 11,
    Revision = 13,
    UpdatedAt = 15,
    LastUpdateAt = 16,
};

class ServerRules : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (IsSkipped())
            return;
        setUpTeam({{kLead, "Head of EDI"}, {kOtherLead, "EDI Partner"}}, kViewer);
        ASSERT_FALSE(HasFatalFailure());
        su = superuser();
        for (const QStringList& row : su->rows("SELECT DISTINCT x.action_id FROM action_leads x JOIN lead_logins l "
                                               "ON l.lead_id = x.lead_id WHERE l.login = '" +
                                               kLead + "' ORDER BY 1"))
            own << row[0].toLongLong();
        for (const QStringList& row : su->rows("SELECT id FROM actions ORDER BY id"))
            if (!own.contains(row[0].toLongLong()))
                others << row[0].toLongLong();
        ASSERT_FALSE(own.isEmpty());
        ASSERT_FALSE(others.isEmpty());
    }

    Snapshot snapshot() const
    {
        Snapshot s;
        const auto byId = [&](QMap<qint64, QStringList>& map, const QString& sql) {
            for (const QStringList& row : su->rows(sql))
                map.insert(row[0].toLongLong(), row);
        };
        byId(s.actions, "SELECT id, objective_id, position, number, text, timescale, timescale_kind, due_date, "
                        "status, rag, milestones, progress, indicator_scope, revision, created_at, updated_at, "
                        "last_update_at FROM public.actions");
        byId(s.updates, "SELECT id, action_id, recorded_at, author, status, rag, note FROM public.status_updates");
        byId(s.audit, "SELECT id, recorded_at, author, entity, entity_id, field, old_value, new_value, source, "
                      "plan_id FROM public.audit_entries");
        for (const QStringList& table :
             su->rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND "
                      "table_name NOT IN ('actions', 'status_updates', 'audit_entries') ORDER BY 1"))
            s.rest << table[0] + ": " +
                          su->value("SELECT COALESCE(string_agg(t::text, '|' ORDER BY t::text), '') FROM public." +
                                    table[0] + " t");
        s.rest << su->value("SELECT string_agg(c.relname || ':' || COALESCE(c.relacl::text, '') || ':' || "
                            "c.relrowsecurity || c.relforcerowsecurity || ':' || pg_get_userbyid(c.relowner), ',' "
                            "ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                            "n.nspname = 'public'")
               << su->value("SELECT string_agg(p.oid::regprocedure::text || ':' || md5(p.prosrc) || ':' || "
                            "COALESCE(p.proconfig::text, '') || ':' || COALESCE(p.proacl::text, '') || p.prosecdef || "
                            "pg_get_userbyid(p.proowner), ',' ORDER BY 1) FROM pg_proc p JOIN pg_namespace n ON "
                            "n.oid = p.pronamespace WHERE n.nspname = 'public'")
               << su->value("SELECT string_agg(polname || ':' || polrelid::regclass::text || ':' || "
                            "COALESCE(pg_get_expr(polqual, polrelid), '') || ':' || polroles::text, ',' ORDER BY 1) "
                            "FROM pg_policy")
               << su->value("SELECT string_agg(tgname || tgenabled, ',' ORDER BY 1) FROM pg_trigger WHERE NOT "
                            "tgisinternal")
               << su->value("SELECT datacl::text FROM pg_database WHERE datname = current_database()")
               << su->value("SELECT string_agg(nspname || ':' || COALESCE(nspacl::text, ''), ',' ORDER BY 1) FROM "
                            "pg_namespace WHERE nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'")
               << su->value("SELECT string_agg(r.rolname || ':' || r.rolsuper || r.rolcreaterole || r.rolcreatedb || "
                            "r.rolbypassrls || ':' || COALESCE((SELECT string_agg(g.rolname, ';' ORDER BY g.rolname) "
                            "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid), ''), "
                            "',' ORDER BY r.rolname) FROM pg_roles r WHERE r.rolname IN ('" +
                            kLead + "', '" + kOtherLead + "', '" + kViewer + "')");
        return s;
    }

    QString serverNow() const
    {
        return su->value("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    }

    // After one attempt by kLead between the server times t0 and t1: the rules still hold.
    // Returns whether one of the lead's own actions changed.
    bool expectRulesHeld(const Snapshot& was, const Snapshot& now, const QString& t0, const QString& t1) const
    {
        EXPECT_EQ(now.rest, was.rest) << "nothing else changed: other tables, privileges, policies, functions";
        EXPECT_EQ(now.actions.keys(), was.actions.keys()) << "no action added or deleted";
        QMap<qint64, QList<QStringList>> newUpdates;
        QMap<qint64, QList<QStringList>> newAudit;
        for (auto it = now.updates.cbegin(); it != now.updates.cend(); ++it) {
            if (was.updates.contains(it.key())) {
                EXPECT_EQ(it.value(), was.updates.value(it.key())) << "a history row changed";
            } else {
                newUpdates[it.value()[1].toLongLong()] << it.value();
            }
        }
        for (auto it = now.audit.cbegin(); it != now.audit.cend(); ++it) {
            if (was.audit.contains(it.key())) {
                EXPECT_EQ(it.value(), was.audit.value(it.key())) << "an audit line changed";
            } else if (it.value()[3] != u"action") {
                ADD_FAILURE() << "an audit line about a " << it.value()[3].toStdString();
            } else {
                newAudit[it.value()[4].toLongLong()] << it.value();
            }
        }
        for (auto it = was.updates.cbegin(); it != was.updates.cend(); ++it)
            EXPECT_TRUE(now.updates.contains(it.key())) << "a history row was deleted";
        for (auto it = was.audit.cbegin(); it != was.audit.cend(); ++it)
            EXPECT_TRUE(now.audit.contains(it.key())) << "an audit line was deleted";

        bool changedOwn = false;
        for (auto it = was.actions.cbegin(); it != was.actions.cend(); ++it) {
            const qint64 id = it.key();
            const QStringList& a = it.value();
            const QStringList b = now.actions.value(id);
            if (a == b) {
                EXPECT_TRUE(newUpdates.value(id).isEmpty()) << "a history row without a change, action " << id;
                EXPECT_TRUE(newAudit.value(id).isEmpty()) << "audit lines without a change, action " << id;
                continue;
            }
            EXPECT_TRUE(own.contains(id)) << "another lead's action " << id << " changed";
            changedOwn = true;
            static const QSet<int> mayChange = {Status, Rag, Progress, Revision, UpdatedAt, LastUpdateAt};
            for (int c = 0; c < a.size(); ++c) {
                if (!mayChange.contains(c)) {
                    EXPECT_EQ(b.value(c), a[c]) << "column " << c << " of action " << id;
                }
            }
            EXPECT_EQ(b[Revision].toInt(), a[Revision].toInt() + 1) << "the revision rises by exactly one";
            const QList<QStringList> history = newUpdates.value(id);
            if (history.size() != 1) {
                ADD_FAILURE() << history.size() << " history rows for one change of action " << id;
                continue;
            }
            const QStringList& h = history.front(); // id, action, recorded_at, author, status, rag, note
            const QString at = h[2];
            EXPECT_EQ(h[3], kLead) << "the login is the author";
            EXPECT_TRUE(at >= t0 && at <= t1) << "the server's time: " << at.toStdString();
            EXPECT_EQ(h[4], b[Status]);
            EXPECT_EQ(h[5], b[Rag]);
            EXPECT_EQ(b[UpdatedAt], at);
            EXPECT_TRUE(b[LastUpdateAt] == at || (b[LastUpdateAt] == a[LastUpdateAt] && a[LastUpdateAt] > at))
                << "the latest update's time";
            // One audit line per changed field, and the update's own line, all by the login then.
            QStringList expected;
            const auto label = [](const QString& code) {
                return wres::core::statusLabel(wres::core::statusFromCode(code).value_or(wres::core::Status::None));
            };
            if (a[Status] != b[Status])
                expected << "status|" + label(a[Status]) + "|" + label(b[Status]);
            if (a[Rag] != b[Rag])
                expected << "rag|" + a[Rag] + "|" + b[Rag];
            if (a[Progress] != b[Progress])
                expected << "progress|" + a[Progress] + "|" + b[Progress];
            QStringList lines;
            int updateLines = 0;
            for (const QStringList& line : newAudit.value(id)) {
                EXPECT_EQ(line[2], kLead);
                EXPECT_EQ(line[1], at);
                EXPECT_LE(line[8].size(), 200) << "the source is bounded";
                if (line[5] == u"status_update") {
                    ++updateLines;
                    EXPECT_EQ(line[7], h[0]) << "names the history row";
                } else {
                    lines << line[5] + "|" + line[6] + "|" + line[7];
                }
            }
            EXPECT_EQ(lines, expected) << "action " << id;
            EXPECT_LE(updateLines, 1);
            if (expected.isEmpty()) {
                EXPECT_EQ(updateLines, 1) << "a change with no field changed is a recorded update";
            }
        }
        return changedOwn;
    }

    std::unique_ptr<SqlSession> su;
    QList<qint64> own;
    QList<qint64> others;
};

TEST_F(ServerRules, EverySecurityDefinerFunctionPinsItsSearchPath)
{
    const QList<QStringList> functions =
        su->rows("SELECT p.oid::regprocedure::text, COALESCE(array_to_string(p.proconfig, '|'), '') FROM pg_proc p "
                 "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', "
                 "'information_schema') AND p.prosecdef ORDER BY 1");
    ASSERT_GE(functions.size(), 2) << "wres_leads_action and wres_record_update at least";
    for (const QStringList& f : functions)
        EXPECT_EQ(f[1], kPinned) << f[0].toStdString();
    // Every table a SECURITY DEFINER function of ours names, it names with its schema.
    for (const QStringList& f : su->rows("SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                         "p.pronamespace WHERE n.nspname = 'public' AND p.prosecdef"))
        for (const char* table :
             {"actions", "status_updates", "audit_entries", "action_leads", "lead_logins", "objectives", "themes"}) {
            const QRegularExpression bare(QStringLiteral("(FROM|JOIN|INTO|UPDATE)\\s+%1\\b").arg(table),
                                          QRegularExpression::CaseInsensitiveOption);
            EXPECT_FALSE(bare.match(f[1]).hasMatch()) << f[0].toStdString() << " names " << table << " bare";
        }
}

TEST_F(ServerRules, LeadsAndViewersCannotMakeObjectsThatStandInForTheServers)
{
    for (const QString& login : {kLead, kViewer}) {
        SqlSession session(server, login, "pw-" + login);
        for (const QString& sql :
             {QStringLiteral("CREATE TEMP TABLE lead_logins (login TEXT, lead_id INTEGER)"),
              QStringLiteral("CREATE TEMPORARY VIEW action_leads AS SELECT 1 AS action_id"),
              QStringLiteral("CREATE TABLE public.shadow (x INTEGER)"),
              QStringLiteral("CREATE FUNCTION public.lower(x VARCHAR) RETURNS TEXT LANGUAGE sql AS 'SELECT x'"),
              QStringLiteral("CREATE SCHEMA shadow"), QStringLiteral("CREATE TYPE public.shadow AS (x INTEGER)")})
            EXPECT_EQ(session.exec(sql).nativeErrorCode(), "42501") << login.toStdString() << ": " << sql.toStdString();
    }
    EXPECT_EQ(su->value("SELECT has_database_privilege('" + kLead + "', current_database(), 'TEMPORARY')"), "false");
    EXPECT_EQ(su->value("SELECT has_database_privilege('wres_admin', current_database(), 'TEMPORARY')"), "true")
        << "admins keep everything";
}

TEST_F(ServerRules, ShadowingTheObjectsTheFunctionsUseChangesNothingOfAnotherLeads)
{
    // The hole of the earlier rules opened again for this test only (TEMP given back to the login),
    // so that the pinned search_path alone is what holds.
    ASSERT_FALSE(su->exec("GRANT TEMPORARY ON DATABASE " + QUrl(server).path().mid(1) + " TO " + kLead).isValid());
    // A copy of the function as it was (search_path = public), to show the attack is real.
    ASSERT_FALSE(su->exec("CREATE FUNCTION public.unpinned_leads_action(action INTEGER) RETURNS BOOLEAN LANGUAGE sql "
                          "STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT EXISTS (SELECT 1 FROM "
                          "action_leads x JOIN lead_logins l ON l.lead_id = x.lead_id WHERE x.action_id = action AND "
                          "l.login = session_user) $$")
                     .isValid());
    ASSERT_FALSE(su->exec("GRANT EXECUTE ON FUNCTION public.unpinned_leads_action(INTEGER) TO " + kLead).isValid());
    const QString other = QString::number(others.front());
    const QString mine = QString::number(own.front());
    const Snapshot was = snapshot();
    const QString t0 = serverNow();

    SqlSession lead(server, kLead, "pw-" + kLead);
    ASSERT_TRUE(lead.isOpen());
    ASSERT_FALSE(lead.exec("CREATE TEMP TABLE lead_logins AS SELECT CAST('" + kLead +
                           "' AS VARCHAR(63)) AS login, id AS lead_id FROM public.leads")
                     .isValid());
    EXPECT_EQ(lead.value("SELECT public.unpinned_leads_action(" + other + ")"), "true")
        << "the attack works on a function whose search_path does not end in pg_temp";
    EXPECT_EQ(lead.value("SELECT public.wres_leads_action(" + other + ")"), "false");
    // Shadow everything the functions name, then try every way in.
    ASSERT_FALSE(lead.exec("CREATE TEMP TABLE action_leads AS SELECT a.id AS action_id, l.lead_id, 1 AS position FROM "
                           "public.actions a, lead_logins l")
                     .isValid());
    for (const char* table : {"actions", "status_updates", "audit_entries", "objectives", "themes"})
        ASSERT_FALSE(
            lead.exec(QStringLiteral("CREATE TEMP TABLE %1 (LIKE public.%1 INCLUDING ALL)").arg(table)).isValid());
    ASSERT_FALSE(lead.exec("CREATE FUNCTION pg_temp.wres_leads_action(action INTEGER) RETURNS BOOLEAN LANGUAGE sql AS "
                           "'SELECT true'")
                     .isValid());
    ASSERT_FALSE(lead.exec("CREATE FUNCTION pg_temp.now() RETURNS TIMESTAMPTZ LANGUAGE sql AS "
                           "$$ SELECT TIMESTAMPTZ '2001-01-01' $$")
                     .isValid());
    for (const QString& path : {QStringLiteral("pg_temp, public"), QStringLiteral("pg_temp, pg_catalog, public")}) {
        ASSERT_FALSE(lead.exec("SET search_path = " + path).isValid());
        EXPECT_EQ(lead.value("SELECT public.wres_leads_action(" + other + ")"), "false");
        EXPECT_EQ(lead.value("SELECT pg_temp.wres_leads_action(" + other + ")"), "true") << "the shadow is there";
        EXPECT_EQ(lead.exec("SELECT * FROM public.wres_record_update(" + other +
                            ", 'complete', 'B', 'Shadowed', NULL, 'window', FALSE)")
                      .nativeErrorCode(),
                  "42501");
        EXPECT_EQ(lead.exec("UPDATE public.actions SET status = 'complete' WHERE id = " + other).nativeErrorCode(),
                  "42501");
        EXPECT_EQ(lead.exec("INSERT INTO public.status_updates (action_id, recorded_at, author, status, rag, note) "
                            "VALUES (" +
                            other + ", '2001-01-01T00:00:00.000Z', 'x', 'complete', 'B', 'Shadowed')")
                      .nativeErrorCode(),
                  "42501");
        EXPECT_EQ(lead.exec("INSERT INTO public.audit_entries (recorded_at, author, entity, entity_id, field, "
                            "old_value, new_value, source, plan_id) VALUES ('2001-01-01T00:00:00.000Z', 'x', "
                            "'action', " +
                            other + ", 'status', 'a', 'b', 's', 1)")
                      .nativeErrorCode(),
                  "42501");
    }
    // SET ROLE borrows nothing: not another login's, not an admin's; its own group's changes no session_user.
    EXPECT_EQ(lead.exec("SET ROLE wres_admin").nativeErrorCode(), "42501");
    EXPECT_EQ(lead.exec("SET ROLE " + kOtherLead).nativeErrorCode(), "42501");
    EXPECT_EQ(lead.exec("SET SESSION AUTHORIZATION " + kOtherLead).nativeErrorCode(), "42501");
    ASSERT_FALSE(lead.exec("SET ROLE wres_lead").isValid());
    EXPECT_EQ(lead.exec("SELECT * FROM public.wres_record_update(" + other +
                        ", 'complete', NULL, NULL, NULL, 'window', FALSE)")
                  .nativeErrorCode(),
              "42501");
    // The lead's own action, through the function, with everything shadowed: written to the real
    // tables, with the server's real time (not the shadow now()).
    ASSERT_FALSE(lead.exec("SELECT * FROM public.wres_record_update(" + mine +
                           ", 'delayed', 'R', 'Shadowed but mine', NULL, 'window', FALSE)")
                     .isValid())
        << lead.exec("SELECT 1").text().toStdString();
    ASSERT_FALSE(lead.exec("RESET ROLE").isValid());
    EXPECT_EQ(lead.value("SELECT COUNT(*) FROM pg_temp.status_updates"), "0") << "nothing went to the shadows";
    const QString t1 = serverNow();
    const Snapshot now = snapshot();
    for (qint64 id : others)
        EXPECT_EQ(now.actions.value(id), was.actions.value(id)) << "another lead's action " << id;
    EXPECT_TRUE(expectRulesHeld(was, now, t0, t1)) << "the lead's own update went through";

    // server-init run again takes TEMP back from the login too.
    ASSERT_EQ(run({"server-init", "--db", server}).exit, 0);
    SqlSession again(server, kLead, "pw-" + kLead);
    EXPECT_EQ(again.exec("CREATE TEMP TABLE lead_logins (login TEXT, lead_id INTEGER)").nativeErrorCode(), "42501");
}

TEST_F(ServerRules, NoDirectSqlOfALeadBreaksTheRules)
{
    const unsigned seed = qEnvironmentVariableIsSet("WRES_PROPERTY_SEED")
                              ? qEnvironmentVariable("WRES_PROPERTY_SEED").toUInt()
                              : 19190219u;
    std::mt19937 random(seed);
    LeadAttacker attacker(random, kLead, kOtherLead, own, others);
    SqlSession lead(server, kLead, "pw-" + kLead); // one session throughout, as psql would keep
    ASSERT_TRUE(lead.isOpen());
    lead.exec("SET client_min_messages = error"); // "no transaction in progress" is not news
    int changes = 0;
    int refused = 0;
    constexpr int kAttempts = 400;
    for (int i = 0; i < kAttempts && !HasFatalFailure(); ++i) {
        const QString sql = attacker.next();
        SCOPED_TRACE(QStringLiteral("seed %1, attempt %2: %3").arg(seed).arg(i).arg(sql.left(300)).toStdString());
        const Snapshot was = snapshot();
        const QString t0 = serverNow();
        if (lead.exec(sql).isValid())
            ++refused;
        lead.exec("COMMIT"); // ends what a failed script left open
        const QString t1 = serverNow();
        if (expectRulesHeld(was, snapshot(), t0, t1))
            ++changes;
        if (::testing::Test::HasFailure())
            break; // one broken rule is enough to read; the seed and attempt are in the trace
    }
    EXPECT_GE(changes, 20) << "the lead's legitimate changes were exercised too";
    EXPECT_GE(refused, 100) << "and most attempts were refused";
}

TEST_F(ServerRules, ServerInitRunAgainClosesWhatEarlierRulesLeftOpen)
{
    // The rules as an earlier version set them: a lead's column updates and inserts, the function
    // with search_path = public, TEMP for everyone.
    for (const QString& sql :
         {QStringLiteral("GRANT UPDATE (status, rag, progress, revision, updated_at, last_update_at) ON actions TO "
                         "wres_lead"),
          QStringLiteral("GRANT INSERT ON status_updates, audit_entries TO wres_lead"),
          QStringLiteral("CREATE OR REPLACE FUNCTION wres_leads_action(action INTEGER) RETURNS BOOLEAN LANGUAGE sql "
                         "STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT true $$"),
          QStringLiteral("CREATE POLICY wres_lead_update ON actions FOR UPDATE TO wres_lead USING "
                         "(wres_leads_action(id))"),
          "GRANT TEMPORARY ON DATABASE " + QUrl(server).path().mid(1) + " TO PUBLIC"})
        ASSERT_FALSE(su->exec(sql).isValid()) << sql.toStdString();
    Result r = run({"server-init", "--db", server});
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_EQ(su->value("SELECT has_any_column_privilege('wres_lead', 'actions', 'UPDATE')"), "false");
    EXPECT_EQ(su->value("SELECT has_table_privilege('wres_lead', 'status_updates', 'INSERT')"), "false");
    EXPECT_EQ(su->value("SELECT has_table_privilege('wres_lead', 'audit_entries', 'INSERT')"), "false");
    EXPECT_EQ(su->value("SELECT has_database_privilege('wres_lead', current_database(), 'TEMPORARY')"), "false");
    EXPECT_EQ(su->value("SELECT array_to_string(proconfig, '|') FROM pg_proc WHERE proname = 'wres_leads_action'"),
              kPinned);
    EXPECT_EQ(su->value("SELECT string_agg(polname, ',' ORDER BY polname) FROM pg_policy WHERE polrelid = "
                        "'actions'::regclass"),
              "wres_admin_all,wres_read");
    EXPECT_EQ(su->value("SELECT public.wres_leads_action(" + QString::number(others.front()) + ")"), "false")
        << "the function is ours again";
}

} // namespace
