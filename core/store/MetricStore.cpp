#include "MetricStore.h"

#include "Database.h"
#include "SqlQuery.h"
#include "StoreError.h"
#include "metrics/Redaction.h"

#include <QHash>

namespace wres::core {
namespace {

QVariant optionalInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QHash<int, qint64> indicatorIds(const QSqlDatabase& db)
{
    SqlQuery q(db, QStringLiteral("SELECT i.number, i.id FROM indicators i JOIN frameworks f ON f.id = i.framework_id "
                                  "WHERE f.code = 'WRES'"));
    q.exec();
    QHash<int, qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toInt(), q.id(1));
    return ids;
}

} // namespace

int MetricStore::importCounts(const MetricCounts& counts)
{
    const auto& db = m_database.connection();
    WriteTransaction transaction(m_database);
    const QHash<int, qint64> ids = indicatorIds(db);
    SqlQuery remove(db, QStringLiteral("DELETE FROM metric_counts WHERE indicator_id = :indicator AND period = :period "
                                       "AND category = :category AND ethnic_group = :group"));
    SqlQuery insert(db, QStringLiteral("INSERT INTO metric_counts (indicator_id, period, period_year, category, "
                                       "ethnic_group, count_value, total_value, published_value) VALUES (:indicator, "
                                       ":period, :year, :category, :group, :count, :total, :value)"));
    int replaced = 0;
    for (const MetricCount& m : counts) {
        const auto id = ids.constFind(m.indicator);
        if (id == ids.constEnd())
            throw InvalidRequest(QStringLiteral("WRES has no indicator %1.").arg(m.indicator));
        remove.bind(QStringLiteral(":indicator"), *id)
            .bindText(QStringLiteral(":period"), m.period)
            .bindText(QStringLiteral(":category"), m.category)
            .bindText(QStringLiteral(":group"), m.group)
            .exec();
        replaced += remove.rowsAffected();
        insert.bind(QStringLiteral(":indicator"), *id)
            .bindText(QStringLiteral(":period"), m.period)
            .bind(QStringLiteral(":year"), periodYear(m.period))
            .bindText(QStringLiteral(":category"), m.category)
            .bindText(QStringLiteral(":group"), m.group)
            .bind(QStringLiteral(":count"), optionalInt(m.count))
            .bind(QStringLiteral(":total"), optionalInt(m.total))
            .bind(QStringLiteral(":value"), m.value ? QVariant(*m.value) : QVariant(QMetaType::fromType<double>()))
            .exec();
    }
    transaction.commit();
    return replaced;
}

void MetricStore::removeCount(const MetricCount& key)
{
    WriteTransaction transaction(m_database);
    const QHash<int, qint64> ids = indicatorIds(m_database.connection());
    SqlQuery remove(m_database.connection(),
                    QStringLiteral("DELETE FROM metric_counts WHERE indicator_id = :indicator AND period = :period AND "
                                   "category = :category AND ethnic_group = :group"));
    remove.bind(QStringLiteral(":indicator"), ids.value(key.indicator))
        .bindText(QStringLiteral(":period"), key.period)
        .bindText(QStringLiteral(":category"), key.category)
        .bindText(QStringLiteral(":group"), key.group)
        .exec();
    transaction.commit();
}

MetricCounts MetricStore::counts(std::optional<int> indicator) const
{
    QString sql = QStringLiteral("SELECT i.number, m.period, m.category, m.ethnic_group, m.count_value, m.total_value, "
                                 "m.published_value FROM metric_counts m JOIN indicators i ON i.id = m.indicator_id");
    if (indicator)
        sql += QStringLiteral(" WHERE i.number = :number");
    sql += QStringLiteral(" ORDER BY i.number, m.period_year, m.period, m.id");
    SqlQuery q(m_database.connection(), sql);
    if (indicator)
        q.bind(QStringLiteral(":number"), *indicator);
    q.exec();
    MetricCounts list;
    while (q.next()) {
        MetricCount m;
        m.indicator = q.value(0).toInt();
        m.period = q.text(1);
        m.category = q.text(2);
        m.group = q.text(3);
        if (!q.value(4).isNull())
            m.count = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            m.total = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            m.value = q.value(6).toDouble();
        list << m;
    }
    return list;
}

void MetricStore::replaceTargets(const QList<MetricTarget>& targets)
{
    const auto& db = m_database.connection();
    WriteTransaction transaction(m_database);
    const QHash<int, qint64> ids = indicatorIds(db);
    execStatement(db, QStringLiteral("DELETE FROM metric_targets"));
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO metric_targets (indicator_id, category, measure, target_value, label, "
                                   "by_period) VALUES (:indicator, :category, :measure, :value, :label, :by)"));
    for (const MetricTarget& t : targets) {
        const auto id = ids.constFind(t.indicator);
        if (id == ids.constEnd())
            throw InvalidRequest(QStringLiteral("WRES has no indicator %1.").arg(t.indicator));
        insert.bind(QStringLiteral(":indicator"), *id)
            .bindText(QStringLiteral(":category"), t.category)
            .bindText(QStringLiteral(":measure"), t.measure)
            .bind(QStringLiteral(":value"), t.value)
            .bindText(QStringLiteral(":label"), t.label)
            .bindText(QStringLiteral(":by"), t.byPeriod)
            .exec();
    }
    transaction.commit();
}

QList<MetricTarget> MetricStore::targets() const
{
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT i.number, t.category, t.measure, t.target_value, t.label, t.by_period FROM "
                              "metric_targets t JOIN indicators i ON i.id = t.indicator_id ORDER BY i.number, t.id"));
    q.exec();
    QList<MetricTarget> list;
    while (q.next())
        list << MetricTarget{q.value(0).toInt(), q.text(1), q.text(2), q.value(3).toDouble(), q.text(4), q.text(5)};
    return list;
}

QString MetricStore::setting(const QString& name) const
{
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE name = :name"));
    q.bindText(QStringLiteral(":name"), name).exec();
    return q.next() ? q.text(0) : QString();
}

void MetricStore::setSetting(const QString& name, const QString& value)
{
    WriteTransaction transaction(m_database);
    SqlQuery remove(m_database.connection(), QStringLiteral("DELETE FROM settings WHERE name = :name"));
    remove.bindText(QStringLiteral(":name"), name).exec();
    SqlQuery insert(m_database.connection(),
                    QStringLiteral("INSERT INTO settings (name, value) VALUES (:name, :value)"));
    insert.bindText(QStringLiteral(":name"), name).bindText(QStringLiteral(":value"), value).exec();
    transaction.commit();
}

qint64 MetricStore::redactionThreshold() const
{
    bool ok = false;
    const qint64 value = setting(QStringLiteral("redaction_threshold")).toLongLong(&ok);
    return ok && value > 0 ? value : Redaction::kDefaultThreshold;
}

void MetricStore::setRedactionThreshold(qint64 threshold)
{
    if (threshold < 1)
        throw InvalidRequest(QStringLiteral("The redaction threshold must be at least 1."));
    setSetting(QStringLiteral("redaction_threshold"), QString::number(threshold));
}

} // namespace wres::core
