#include "MetricStore.h"

#include "Database.h"
#include "PlanWriter.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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

// How a stored figure reads in the audit trail: "Band 5, BME: 596 out of 3842".
QString describe(const MetricCount& m)
{
    QStringList key;
    for (const QString& part : {m.category, m.group})
        if (!part.isEmpty())
            key << part;
    QString figure;
    if (m.count && m.total)
        figure = QStringLiteral("%1 out of %2").arg(*m.count).arg(*m.total);
    else if (m.count)
        figure = QString::number(*m.count);
    else if (m.value)
        figure = QString::number(*m.value, 'g', 15);
    else
        figure = QStringLiteral("blank");
    return key.isEmpty() ? figure : QString(key.join(QStringLiteral(", ")) + QStringLiteral(": ") + figure);
}

QString describe(const MetricTarget& t)
{
    return QStringLiteral("%1 %2 %3 by %4 (%5)")
        .arg(t.category, t.measure, QString::number(t.value, 'g', 15), t.byPeriod, t.label)
        .simplified();
}

} // namespace

MetricStore MetricStore::unaudited(const Database& database)
{
    MetricStore store(database, {}, {});
    store.m_audited = false;
    return store;
}

void MetricStore::audit(int indicator, const QString& field, const QString& from, const QString& to)
{
    if (!m_audited || from == to)
        return;
    PlanWriter(m_database)
        .insertAudit({QDateTime::currentDateTimeUtc(), m_author, QStringLiteral("metric"), indicator, field, from, to,
                      m_source});
}

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
    SqlQuery before(db, QStringLiteral("SELECT count_value, total_value, published_value FROM metric_counts WHERE "
                                       "indicator_id = :indicator AND period = :period AND category = :category AND "
                                       "ethnic_group = :group"));
    int replaced = 0;
    for (const MetricCount& m : counts) {
        const auto id = ids.constFind(m.indicator);
        if (id == ids.constEnd())
            throw InvalidRequest(QCoreApplication::translate("wres", "WRES has no indicator %1.").arg(m.indicator));
        before.bind(QStringLiteral(":indicator"), *id)
            .bindText(QStringLiteral(":period"), m.period)
            .bindText(QStringLiteral(":category"), m.category)
            .bindText(QStringLiteral(":group"), m.group)
            .exec();
        QString oldText;
        if (before.next()) {
            MetricCount old = m;
            old.count = before.value(0).isNull() ? std::nullopt : std::optional<qint64>(before.value(0).toLongLong());
            old.total = before.value(1).isNull() ? std::nullopt : std::optional<qint64>(before.value(1).toLongLong());
            old.value = before.value(2).isNull() ? std::nullopt : std::optional<double>(before.value(2).toDouble());
            oldText = describe(old);
        }
        before.finish();
        audit(m.indicator, m.period, oldText, describe(m));
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
    if (remove.rowsAffected() > 0)
        audit(key.indicator, key.period, describe(key), {});
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
    QHash<int, QStringList> before;
    QHash<int, QStringList> after;
    for (const MetricTarget& t : this->targets())
        before[t.indicator] << describe(t);
    for (const MetricTarget& t : targets)
        after[t.indicator] << describe(t);
    QList<int> indicators = before.keys() + after.keys();
    std::sort(indicators.begin(), indicators.end());
    indicators.erase(std::unique(indicators.begin(), indicators.end()), indicators.end());
    for (int indicator : indicators)
        audit(indicator, QStringLiteral("targets"), before.value(indicator).join(QStringLiteral("; ")),
              after.value(indicator).join(QStringLiteral("; ")));
    execStatement(db, QStringLiteral("DELETE FROM metric_targets"));
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO metric_targets (indicator_id, category, measure, target_value, label, "
                                   "by_period) VALUES (:indicator, :category, :measure, :value, :label, :by)"));
    for (const MetricTarget& t : targets) {
        const auto id = ids.constFind(t.indicator);
        if (id == ids.constEnd())
            throw InvalidRequest(QCoreApplication::translate("wres", "WRES has no indicator %1.").arg(t.indicator));
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

SuppressionRule MetricStore::suppressionRule() const
{
    SuppressionRule rule = SuppressionRule::defaults();
    const QString threshold = setting(QStringLiteral("redaction_threshold"));
    if (!threshold.isEmpty()) {
        bool ok = false;
        rule.customThreshold = threshold.toLongLong(&ok);
        if (!ok || rule.customThreshold < SuppressionRule::kMinThreshold ||
            rule.customThreshold > SuppressionRule::kMaxThreshold)
            throw InvalidRequest(QCoreApplication::translate(
                                     "wres", "The file's setting redaction_threshold is '%1', not a whole number "
                                             "from %2 to %3. Choose the rule again in Edit ▸ Preferences.")
                                     .arg(threshold)
                                     .arg(SuppressionRule::kMinThreshold)
                                     .arg(SuppressionRule::kMaxThreshold));
    }
    const QString preset = setting(QStringLiteral("redaction_preset"));
    if (preset.isEmpty()) {
        if (rule.customThreshold != SuppressionRule::kDefaultThreshold)
            rule.preset = SuppressionRule::Preset::Custom;
    } else if (const auto known = SuppressionRule::presetFromCode(preset)) {
        rule.preset = *known;
    } else {
        throw InvalidRequest(QCoreApplication::translate("wres", "The file's setting redaction_preset is '%1', which "
                                                                 "this program does not know. Choose the rule again "
                                                                 "in Edit ▸ Preferences.")
                                 .arg(preset));
    }
    const QString exempt = setting(QStringLiteral("redaction_exempt"));
    if (!exempt.isEmpty())
        rule.exempt = SuppressionRule::parseExempt(exempt, QStringLiteral("The file's setting redaction_exempt"));
    return rule;
}

void MetricStore::setSuppressionRule(const SuppressionRule& rule)
{
    rule.check();
    WriteTransaction transaction(m_database);
    // The audit reads what was stored as text, so a value this program cannot read can be replaced.
    const SuppressionRule defaults = SuppressionRule::defaults();
    const auto stored = [&](const char* name, const QString& absent) {
        const QString value = setting(QString::fromLatin1(name));
        return value.isEmpty() ? absent : value;
    };
    const QString thresholdBefore = stored("redaction_threshold", QString::number(SuppressionRule::kDefaultThreshold));
    audit(0, QStringLiteral("redaction preset"),
          stored("redaction_preset", SuppressionRule::code(thresholdBefore == QString::number(defaults.customThreshold)
                                                               ? defaults.preset
                                                               : SuppressionRule::Preset::Custom)),
          SuppressionRule::code(rule.preset));
    audit(0, QStringLiteral("redaction threshold"), thresholdBefore, QString::number(rule.customThreshold));
    audit(0, QStringLiteral("redaction exemptions"), stored("redaction_exempt", defaults.exemptText()),
          rule.exemptText());
    setSetting(QStringLiteral("redaction_preset"), SuppressionRule::code(rule.preset));
    setSetting(QStringLiteral("redaction_threshold"), QString::number(rule.customThreshold));
    setSetting(QStringLiteral("redaction_exempt"), rule.exemptText());
    transaction.commit();
}

qint64 MetricStore::redactionThreshold() const
{
    return suppressionRule().threshold();
}

void MetricStore::setRedactionThreshold(qint64 threshold)
{
    SuppressionRule rule = SuppressionRule::defaults();
    try {
        rule = suppressionRule();
    } catch (const InvalidRequest&) {
        // a stored value this program cannot read is replaced, as Preferences would
    }
    rule.preset = SuppressionRule::Preset::Custom;
    rule.customThreshold = threshold;
    setSuppressionRule(rule);
}

} // namespace wres::core
