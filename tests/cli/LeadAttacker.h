#pragma once

// Direct SQL a lead with psql might send to get round the server's rules: generated attempts,
// each one statement or a short script, for ServerRulesTest's property test.
#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace wres::test {

// Generated attempts, each one statement (or a short script) a lead might send with psql.
class LeadAttacker
{
public:
    // lead: the login attacking; otherLead: another lead's login; own and others: the actions the
    // lead leads and the rest.
    LeadAttacker(std::mt19937& random, QString lead, QString otherLead, QList<qint64> own, QList<qint64> others)
        : m_random(random), m_lead(std::move(lead)), m_otherLead(std::move(otherLead)), m_own(std::move(own)),
          m_others(std::move(others))
    {}

    QString next()
    {
        const int kind = int(m_random() % 10);
        QString sql;
        switch (kind) {
        case 0:
        case 1:
            sql = updateActions();
            break;
        case 2:
            sql = insertHistory();
            break;
        case 3:
            sql = insertAudit();
            break;
        case 4:
            sql = deleteOrChangeRows();
            break;
        case 5:
            sql = objectAttack();
            break;
        default: // the server's own function, legitimately or not: the most varied path
            sql = callFunction();
            break;
        }
        const QStringList prefixes = {"",
                                      "",
                                      "",
                                      "",
                                      "SET ROLE wres_admin; ",
                                      "SET ROLE " + m_otherLead + "; ",
                                      "SET ROLE wres_lead; ",
                                      "SET SESSION AUTHORIZATION " + m_otherLead + "; ",
                                      "SET search_path = pg_temp, public; ",
                                      "SET session_replication_role = replica; ",
                                      "SELECT set_config('search_path', 'pg_temp, public', false); ",
                                      "SET TIME ZONE 'Pacific/Kiritimati'; ",
                                      "BEGIN; "};
        const QString prefix = pick(prefixes);
        return prefix + sql + (prefix == u"BEGIN; " ? QStringLiteral("; COMMIT") : QString());
    }

private:
    QString pick(const QStringList& list) { return list.at(qsizetype(m_random() % std::uint32_t(list.size()))); }
    qint64 pickId(const QList<qint64>& ids) { return ids.at(qsizetype(m_random() % std::uint32_t(ids.size()))); }
    QString anyAction() { return QString::number(m_random() % 3 == 0 ? pickId(m_others) : pickId(m_own)); }
    QString status() { return pick({"'not_started'", "'in_progress'", "'delayed'", "'complete'", "''", "'bogus'"}); }
    QString rag() { return pick({"'R'", "'A'", "'G'", "'B'", "''", "'X'"}); }
    QString progress()
    {
        return pick({"'Done'", "''", "'O''Brien''s note'", "E'two\\nlines'", "repeat('long ', 400)",
                     "'; DROP TABLE actions; --'"});
    }
    QString time() { return pick({"'2001-01-01T00:00:00.000Z'", "'2099-12-31T23:59:59.999Z'", "'not a time'"}); }
    QString author() { return pick({"'" + m_otherLead + "'", "'Head of EDI'", "'postgres'", "'wres_super'", "''"}); }
    QString where()
    {
        return pick({"id = " + QString::number(pickId(m_own)), "id = " + QString::number(pickId(m_others)), "TRUE",
                     "id IN (" + QString::number(pickId(m_own)) + ", " + QString::number(pickId(m_others)) + ")"});
    }

    QString updateActions()
    {
        const QStringList assignments = {
            "status = " + status(),
            "rag = " + rag(),
            "progress = " + progress(),
            "revision = " + pick({"revision - 1", "revision", "revision + 1", "1", "0", "999999", "revision + 2"}),
            "updated_at = " + time(),
            "last_update_at = " + time(),
            "text = 'Rewritten'",
            "number = '9.9'",
            "objective_id = objective_id"};
        QStringList chosen;
        const int count = 1 + int(m_random() % 4);
        for (int i = 0; i < count; ++i)
            if (const QString a = pick(assignments); !chosen.contains(a))
                chosen << a;
        return "UPDATE " + pick({"actions", "public.actions"}) + " SET " + chosen.join(", ") + " WHERE " + where();
    }

    QString insertHistory()
    {
        return "INSERT INTO public.status_updates (action_id, recorded_at, author, status, rag, note) VALUES (" +
               anyAction() + ", " + time() + ", " + author() + ", 'complete', 'B', " + progress() + ")";
    }

    QString insertAudit()
    {
        return "INSERT INTO public.audit_entries (recorded_at, author, entity, entity_id, field, old_value, "
               "new_value, source, plan_id) VALUES (" +
               time() + ", " + author() + ", 'action', " + anyAction() + ", " +
               pick({"'status'", "'status_update'", "'text'"}) + ", 'In progress', 'Complete', 'window', 1)";
    }

    QString deleteOrChangeRows()
    {
        return pick({"DELETE FROM actions WHERE " + where(),
                     "DELETE FROM status_updates WHERE action_id = " + anyAction(),
                     "DELETE FROM audit_entries WHERE entity_id = " + anyAction(), "DELETE FROM lead_logins",
                     "DELETE FROM action_leads WHERE action_id = " + anyAction(),
                     "UPDATE status_updates SET author = " + author() + ", recorded_at = " + time() +
                         " WHERE action_id = " + anyAction(),
                     "UPDATE audit_entries SET recorded_at = " + time() + " WHERE entity_id = " + anyAction(),
                     "TRUNCATE audit_entries", "TRUNCATE status_updates CASCADE"});
    }

    QString objectAttack()
    {
        return pick({
            "CREATE TEMP TABLE lead_logins AS SELECT CAST('" + m_lead +
                "' AS VARCHAR(63)) AS login, id AS lead_id "
                "FROM public.leads",
            "CREATE TEMP TABLE action_leads (action_id INTEGER, lead_id INTEGER, position INTEGER)",
            "CREATE TABLE public.lead_logins_shadow (login TEXT, lead_id INTEGER)",
            "CREATE FUNCTION public.wres_leads_action(action BIGINT) RETURNS BOOLEAN LANGUAGE sql AS 'SELECT true'",
            "CREATE OR REPLACE FUNCTION public.wres_leads_action(action INTEGER) RETURNS BOOLEAN LANGUAGE sql AS "
            "'SELECT true'",
            "CREATE FUNCTION pg_temp.wres_leads_action(action INTEGER) RETURNS BOOLEAN LANGUAGE sql AS 'SELECT true'",
            "CREATE SCHEMA rules_attack",
            "ALTER TABLE actions DISABLE ROW LEVEL SECURITY",
            "ALTER TABLE audit_entries DISABLE TRIGGER ALL",
            "DROP POLICY wres_read ON actions",
            "CREATE POLICY attack ON actions FOR UPDATE TO wres_lead USING (true)",
            "ALTER FUNCTION public.wres_record_update(INTEGER, VARCHAR, VARCHAR, TEXT, INTEGER, TEXT, BOOLEAN) "
            "SECURITY INVOKER",
            "INSERT INTO lead_logins (login, lead_id) SELECT '" + m_lead + "', id FROM leads",
            "UPDATE lead_logins SET lead_id = (SELECT MAX(id) FROM leads)",
            "GRANT UPDATE ON actions TO " + m_lead,
            "GRANT wres_admin TO " + m_lead,
            "ALTER ROLE " + m_lead + " SUPERUSER",
            "ALTER ROLE " + m_lead + " BYPASSRLS",
            "COPY audit_entries FROM '/etc/hostname'",
            "SELECT pg_catalog.set_config('role', 'wres_admin', false)",
            "DO $$ BEGIN UPDATE public.actions SET status = 'complete'; END $$",
            "PREPARE attack AS UPDATE actions SET revision = 1; EXECUTE attack",
            "ALTER TABLE actions OWNER TO " + m_lead,
            "CREATE TEMP VIEW actions AS SELECT * FROM public.actions",
            "SELECT public.wres_leads_action(" + QString::number(pickId(m_others)) + ")",
        });
    }

    QString callFunction()
    {
        const QString action = m_random() % 5 == 0 ? pick({QString::number(pickId(m_others)), "0", "NULL", "99999"})
                                                   : QString::number(pickId(m_own));
        const QString seen = "(SELECT revision FROM public.actions WHERE id = " + action + ")";
        return "SELECT * FROM " + pick({"wres_record_update", "public.wres_record_update"}) + "(" + action + ", " +
               pick({status(), "NULL", "'complete'", "'delayed'"}) + ", " + pick({rag(), "NULL", "'G'"}) + ", " +
               pick({progress(), "NULL", "'Progress ' || " + time()}) + ", " +
               pick({seen, seen, seen + " - 1", seen + " + 1", "NULL", "1"}) + ", " +
               pick({"'window'", "'command line'", "repeat('forged source ', 100)", "NULL"}) + ", " +
               pick({"FALSE", "FALSE", "TRUE", "NULL"}) + ")";
    }

    std::mt19937& m_random;
    QString m_lead;
    QString m_otherLead;
    QList<qint64> m_own;
    QList<qint64> m_others;
};

} // namespace wres::test
