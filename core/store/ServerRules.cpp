#include "ServerRules.h"

#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "StoredValues.h"

#include <QCoreApplication>

namespace wres::core::ServerRules {
namespace {

constexpr Status kStatuses[] = {Status::NotStarted, Status::InProgress, Status::Delayed, Status::Complete};
constexpr Rag kRags[] = {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue};

QString quoted(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// The values the server accepts, and the labels audit lines show, from the same tables the client
// uses, so the two cannot drift apart.
QString statusCodes()
{
    QStringList codes = {QStringLiteral("''")};
    for (Status s : kStatuses)
        codes << quoted(statusCode(s));
    return codes.join(QStringLiteral(", "));
}

QString ragLetters()
{
    QStringList letters = {QStringLiteral("''")};
    for (Rag r : kRags)
        letters << quoted(ragLetter(r));
    return letters.join(QStringLiteral(", "));
}

QString statusLabelOf(const QString& expression)
{
    QString sql = QStringLiteral("CASE ") + expression;
    for (Status s : kStatuses)
        sql += QStringLiteral(" WHEN %1 THEN %2").arg(quoted(statusCode(s)), quoted(statusLabel(s)));
    return sql + QStringLiteral(" ELSE '' END");
}

// One audit line as ActionStore writes it, with the server's time and login.
QString auditLine(const char* field, const QString& from, const QString& to)
{
    return QStringLiteral("INSERT INTO public.audit_entries (recorded_at, author, entity, entity_id, field, "
                          "old_value, new_value, source, plan_id) VALUES (v_at, v_author, 'action', p_action, "
                          "'%1', %2, %3, v_source, v_plan);")
        .arg(QLatin1String(field), from, to);
}

// ActionStore::recordUpdate (p_edit false) and the status/RAG/progress part of ActionStore::edit
// (p_edit true), step for step and in the same order, so a lead's change leaves what a file's does.
QString recordUpdateFunction()
{
    QString body = QString::fromUtf8(R"SQL(
CREATE OR REPLACE FUNCTION public.wres_record_update(p_action INTEGER, p_status VARCHAR, p_rag VARCHAR,
    p_progress TEXT, p_expected INTEGER, p_source TEXT, p_edit BOOLEAN)
RETURNS TABLE (new_revision INTEGER, update_id INTEGER)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = %SEARCH_PATH% AS $rules$
DECLARE
    v_at VARCHAR(32) := pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    v_author TEXT := session_user;
    v_source TEXT := pg_catalog.left(COALESCE(p_source, ''), 200);
    v_old public.actions%ROWTYPE;
    v_status VARCHAR(16);
    v_rag VARCHAR(1);
    v_progress TEXT;
    v_plan INTEGER;
    v_update INTEGER;
BEGIN
    IF p_action IS NULL OR NOT public.wres_leads_action(p_action) THEN
        RAISE EXCEPTION 'login % does not lead action %', session_user, p_action USING ERRCODE = '42501';
    END IF;
    IF (p_status IS NOT NULL AND p_status NOT IN (%STATUS_CODES%))
        OR (p_rag IS NOT NULL AND p_rag NOT IN (%RAG_LETTERS%)) THEN
        RAISE EXCEPTION 'not a status or RAG rating WRES Tracker knows' USING ERRCODE = '22023';
    END IF;
    IF p_edit IS NULL OR (p_edit AND p_expected IS NULL)
        OR (NOT p_edit AND p_status IS NULL AND p_rag IS NULL AND p_progress IS NULL) THEN
        RAISE EXCEPTION 'nothing to record' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO STRICT v_old FROM public.actions a WHERE a.id = p_action FOR UPDATE;
    IF p_expected IS NOT NULL AND v_old.revision <> p_expected THEN
        RAISE EXCEPTION 'action % has changed since it was read (revision %, now %)', p_action, p_expected,
            v_old.revision USING ERRCODE = 'WR409';
    END IF;
    v_status := COALESCE(p_status, v_old.status);
    v_rag := COALESCE(p_rag, v_old.rag);
    v_progress := COALESCE(p_progress, v_old.progress);
    SELECT t.plan_id INTO v_plan FROM public.objectives o JOIN public.themes t ON t.id = o.theme_id
        WHERE o.id = v_old.objective_id;
    IF p_edit THEN
        IF v_status = v_old.status AND v_rag = v_old.rag AND v_progress = v_old.progress THEN
            RETURN QUERY SELECT v_old.revision, NULL::INTEGER;
            RETURN;
        END IF;
        UPDATE public.actions a SET status = v_status, rag = v_rag, progress = v_progress,
            revision = v_old.revision + 1, updated_at = v_at, last_update_at = v_at WHERE a.id = p_action;
    ELSE
        INSERT INTO public.status_updates (action_id, recorded_at, author, status, rag, note)
            VALUES (p_action, v_at, v_author, v_status, v_rag, COALESCE(p_progress, '')) RETURNING id INTO v_update;
        UPDATE public.actions a SET status = v_status, rag = v_rag, progress = v_progress,
            revision = v_old.revision + 1, updated_at = v_at,
            last_update_at = CASE WHEN a.last_update_at IS NULL OR a.last_update_at < v_at THEN v_at
                                  ELSE a.last_update_at END
            WHERE a.id = p_action;
    END IF;
    IF v_status <> v_old.status THEN
        %AUDIT_STATUS%
    END IF;
    IF v_rag <> v_old.rag THEN
        %AUDIT_RAG%
    END IF;
    IF v_progress <> v_old.progress THEN
        %AUDIT_PROGRESS%
    END IF;
    IF p_edit THEN
        INSERT INTO public.status_updates (action_id, recorded_at, author, status, rag, note)
            VALUES (p_action, v_at, v_author, v_status, v_rag,
                    CASE WHEN v_progress <> v_old.progress THEN v_progress ELSE '' END) RETURNING id INTO v_update;
    ELSE
        %AUDIT_UPDATE%
    END IF;
    RETURN QUERY SELECT v_old.revision + 1, v_update;
END $rules$)SQL");
    body.replace(QStringLiteral("%SEARCH_PATH%"), pinnedSearchPath())
        .replace(QStringLiteral("%STATUS_CODES%"), statusCodes())
        .replace(QStringLiteral("%RAG_LETTERS%"), ragLetters())
        .replace(QStringLiteral("%AUDIT_STATUS%"), auditLine("status", statusLabelOf(QStringLiteral("v_old.status")),
                                                             statusLabelOf(QStringLiteral("v_status"))))
        .replace(QStringLiteral("%AUDIT_RAG%"), auditLine("rag", QStringLiteral("v_old.rag"), QStringLiteral("v_rag")))
        .replace(QStringLiteral("%AUDIT_PROGRESS%"),
                 auditLine("progress", QStringLiteral("v_old.progress"), QStringLiteral("v_progress")))
        .replace(QStringLiteral("%AUDIT_UPDATE%"),
                 auditLine("status_update", QStringLiteral("''"), QStringLiteral("CAST(v_update AS TEXT)")));
    return body.trimmed();
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// A status or RAG value to send: its code ('' for none), or NULL for "keep".
QVariant codeOrNull(bool send, const QString& code)
{
    return send ? QVariant(code.isNull() ? QStringLiteral("") : code) : nullText();
}

} // namespace

QString pinnedSearchPath()
{
    return QStringLiteral("pg_catalog, public, pg_temp");
}

QStringList functionStatements()
{
    const QString signature =
        QStringLiteral("public.wres_record_update(INTEGER, VARCHAR, VARCHAR, TEXT, INTEGER, TEXT, BOOLEAN)");
    return {
        // Whether the connected login leads an action: session_user, so that SET ROLE borrows nothing.
        QStringLiteral("CREATE OR REPLACE FUNCTION public.wres_leads_action(action INTEGER) RETURNS BOOLEAN "
                       "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1 AS $$ SELECT EXISTS (SELECT 1 "
                       "FROM public.action_leads x JOIN public.lead_logins l ON l.lead_id = x.lead_id WHERE "
                       "x.action_id = action AND l.login = session_user) $$")
            .arg(pinnedSearchPath()),
        QStringLiteral("REVOKE ALL ON FUNCTION public.wres_leads_action(INTEGER) FROM PUBLIC"),
        QStringLiteral(
            "GRANT EXECUTE ON FUNCTION public.wres_leads_action(INTEGER) TO wres_admin, wres_lead, wres_viewer"),
        recordUpdateFunction(),
        QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(signature),
        QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO wres_lead").arg(signature),
    };
}

bool writesDirectly(const Database& database)
{
    if (!database.isServer())
        return true;
    SqlQuery q(database.connection(), QStringLiteral("SELECT has_table_privilege('actions', 'UPDATE')"));
    q.exec();
    return q.next() && q.value(0).toBool();
}

namespace {

// Calls the function; returns (revision afterwards, id of the history row or 0).
std::pair<int, qint64> call(const Database& database, qint64 actionId, const QVariant& status, const QVariant& rag,
                            const QVariant& progress, const QVariant& expected, const QString& source, bool edit)
{
    SqlQuery q(database.connection(),
               QStringLiteral("SELECT new_revision, update_id FROM wres_record_update(:action, :status, :rag, "
                              ":progress, :expected, :source, :edit)"));
    q.bind(QStringLiteral(":action"), actionId)
        .bind(QStringLiteral(":status"), status)
        .bind(QStringLiteral(":rag"), rag)
        .bind(QStringLiteral(":progress"), progress)
        .bind(QStringLiteral(":expected"), expected)
        .bindText(QStringLiteral(":source"), source)
        .bind(QStringLiteral(":edit"), edit)
        .exec();
    if (!q.next())
        throw StoreError(
            StoreError::Kind::Failed,
            QCoreApplication::translate("wres", "The server recorded nothing for action %1.").arg(actionId));
    return {q.value(0).toInt(), q.value(1).isNull() ? 0 : q.id(1)};
}

} // namespace

StatusUpdate recordUpdate(const Database& database, qint64 actionId, const UpdateRequest& request)
{
    const qint64 updateId =
        call(database, actionId,
             codeOrNull(request.status.has_value(), request.status ? statusCode(*request.status) : QString()),
             codeOrNull(request.rag.has_value(), request.rag ? ragLetter(*request.rag) : QString()),
             request.progress ? QVariant(request.progress->isNull() ? QStringLiteral("") : *request.progress)
                              : nullText(),
             request.expectedRevision ? QVariant(*request.expectedRevision) : QVariant(QMetaType::fromType<int>()),
             request.source, false)
            .second;
    SqlQuery written(database.connection(), QStringLiteral("SELECT id, action_id, recorded_at, author, status, rag, "
                                                           "note FROM status_updates WHERE id = :id"));
    written.bind(QStringLiteral(":id"), updateId).exec();
    if (!written.next())
        throw StoreError(
            StoreError::Kind::Failed,
            QCoreApplication::translate("wres", "The server recorded nothing for action %1.").arg(actionId));
    return StoredValues::readStatusUpdate(written);
}

int edit(const Database& database, const ActionData& before, const ActionData& after, int expectedRevision,
         const QString& source)
{
    if (after.number != before.number || after.text != before.text || after.timescale.text != before.timescale.text ||
        after.milestones != before.milestones || after.leads != before.leads || after.indicators != before.indicators ||
        after.tags != before.tags)
        throw StoreError(StoreError::Kind::NotPermitted,
                         QCoreApplication::translate("wres", "The server did not permit a change to action %1: a "
                                                             "lead may change only the status, RAG and progress of "
                                                             "the actions they lead.")
                             .arg(before.id));
    // One rule for a status update: an edit that changes status, RAG or progress records an update
    // as ActionStore::edit does in a file (through recordUpdate: the history row, the field lines
    // and the "status_update" line); one that changes none of them leaves the action as it was.
    const bool status = after.status != before.status, rag = after.rag != before.rag,
               progress = after.progress != before.progress;
    if (!status && !rag && !progress)
        return expectedRevision;
    return call(database, before.id, codeOrNull(status, statusCode(after.status)),
                codeOrNull(rag, ragLetter(after.rag)),
                progress ? QVariant(after.progress.isNull() ? QStringLiteral("") : after.progress) : nullText(),
                QVariant(expectedRevision), source, false)
        .first;
}

void refuseIfNotPermitted(const Database& database, qint64 actionId, int seenRevision)
{
    if (!database.isServer())
        return;
    SqlQuery q(database.connection(), QStringLiteral("SELECT revision FROM actions WHERE id = :id"));
    q.bind(QStringLiteral(":id"), actionId).exec();
    if (q.next() && q.value(0).toInt() == seenRevision)
        throw StoreError(StoreError::Kind::NotPermitted,
                         QCoreApplication::translate("wres", "The server did not permit a change to action %1: a "
                                                             "lead may record updates only on the actions they lead.")
                             .arg(actionId));
}

} // namespace wres::core::ServerRules
