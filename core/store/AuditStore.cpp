#include "AuditStore.h"

#include "ActionStore.h"
#include "Database.h"
#include "SqlQuery.h"
#include "StoredValues.h"

#include <QCoreApplication>

namespace wres::core {
namespace {

QString likePattern(const QString& text)
{
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QStringLiteral("%") + escaped + QStringLiteral("%");
}

QString subjectOf(const AuditEntry& entry, const QString& label)
{
    if (entry.entity == u"plan")
        return QStringLiteral("Plan");
    if (entry.entity == u"metric")
        return entry.entityId ? QCoreApplication::translate("Audit", "Indicator %1").arg(entry.entityId)
                              : QStringLiteral("Metrics");
    QString kind = entry.entity;
    if (!kind.isEmpty())
        kind[0] = kind[0].toUpper();
    return label.isEmpty() ? QCoreApplication::translate("Audit", "%1 (deleted)").arg(kind)
                           : QStringLiteral("%1 %2").arg(kind, label);
}

} // namespace

QList<AuditRecord> AuditStore::list(const AuditQuery& query) const
{
    QString sql = QStringLiteral(
        "SELECT x.id, x.recorded_at, x.author, x.entity, x.entity_id, x.field, x.old_value, x.new_value, x.source, "
        "x.plan_id, a.number, o.number, t.name FROM audit_entries x "
        "LEFT JOIN actions a ON x.entity = 'action' AND a.id = x.entity_id "
        "LEFT JOIN objectives o ON x.entity = 'objective' AND o.id = x.entity_id "
        "LEFT JOIN themes t ON x.entity = 'theme' AND t.id = x.entity_id "
        "WHERE (x.plan_id = :plan OR x.plan_id IS NULL)");
    if (!query.entity.isEmpty()) {
        sql += QStringLiteral(" AND x.entity = :entity");
        if (query.entityId)
            sql += QStringLiteral(" AND x.entity_id = :entityId");
    }
    if (!query.author.isEmpty())
        sql += QStringLiteral(" AND x.author = :author");
    if (!query.text.isEmpty())
        sql += QStringLiteral(" AND (LOWER(x.field) LIKE :text1 ESCAPE '\\' OR LOWER(x.old_value) LIKE :text2 ESCAPE "
                              "'\\' OR LOWER(x.new_value) LIKE :text3 ESCAPE '\\')");
    if (query.since.isValid())
        sql += QStringLiteral(" AND x.recorded_at > :since");
    if (query.until.isValid())
        sql += QStringLiteral(" AND x.recorded_at <= :until");
    sql += QStringLiteral(" ORDER BY x.id");

    SqlQuery q(m_database.connection(), sql);
    q.bind(QStringLiteral(":plan"), query.planId);
    if (!query.entity.isEmpty()) {
        q.bindText(QStringLiteral(":entity"), query.entity);
        if (query.entityId)
            q.bind(QStringLiteral(":entityId"), query.entityId);
    }
    if (!query.author.isEmpty())
        q.bindText(QStringLiteral(":author"), query.author);
    if (!query.text.isEmpty()) {
        const QString pattern = likePattern(query.text);
        q.bindText(QStringLiteral(":text1"), pattern)
            .bindText(QStringLiteral(":text2"), pattern)
            .bindText(QStringLiteral(":text3"), pattern);
    }
    if (query.since.isValid())
        q.bindText(QStringLiteral(":since"), StoredValues::fromDateTime(query.since));
    if (query.until.isValid())
        q.bindText(QStringLiteral(":until"), StoredValues::fromDateTime(query.until));
    q.exec();

    QList<AuditRecord> list;
    QStringList labels;
    QList<bool> existingAction; // an action line whose action is still in the file
    bool anyAction = false;
    while (q.next()) {
        AuditRecord record;
        record.id = q.id(0);
        record.entry = AuditEntry{StoredValues::toDateTime(q.text(1)),
                                  q.text(2),
                                  q.text(3),
                                  q.id(4),
                                  q.text(5),
                                  q.text(6),
                                  q.text(7),
                                  q.text(8),
                                  q.id(9)};
        labels << (!q.value(10).isNull() ? q.text(10) : !q.value(11).isNull() ? q.text(11) : q.text(12));
        existingAction << (record.entry.entity == u"action" && !q.value(10).isNull());
        anyAction = anyAction || existingAction.back();
        list << record;
    }
    q.finish(); // one result at a time on a server: read the references after
    // Actions are named by their one reference (ActionReference), as everywhere else.
    QHash<qint64, QString> references;
    if (anyAction) {
        ActionQuery all;
        all.planId = query.planId;
        for (const ActionRow& row : ActionStore(m_database).list(all))
            references.insert(row.id, row.reference);
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const AuditEntry& e = list[i].entry;
        list[i].subject = subjectOf(e, existingAction[i] ? references.value(e.entityId, labels[i]) : labels[i]);
    }
    return list;
}

QStringList AuditStore::authors(qint64 planId) const
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT DISTINCT author FROM audit_entries WHERE plan_id = :plan "
                              "OR plan_id IS NULL ORDER BY author"));
    q.bind(QStringLiteral(":plan"), planId).exec();
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

} // namespace wres::core
