#include "BoardPaperStore.h"

#include "Database.h"
#include "PlanWriter.h"
#include "SqlQuery.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace wres::core {
namespace {

const QString kRatio = QStringLiteral("change_tolerance_ratio");
const QString kPoints = QStringLiteral("change_tolerance_points");

// The cover's fields with their setting names (short: a name is at most 64 characters).
struct Field
{
    const char* name;
    QString CoverDetails::*text;
};
const Field kFields[] = {
    {"meeting", &CoverDetails::meeting},
    {"agenda_item", &CoverDetails::agendaItem},
    {"author", &CoverDetails::author},
    {"presenter", &CoverDetails::presenter},
    {"purpose", &CoverDetails::purpose},
    {"recommendation", &CoverDetails::recommendation},
    {"organisation", &CoverDetails::organisation},
    {"version", &CoverDetails::version},
    {"updates_to", &CoverDetails::updatesTo},
};
const char* const kCommittees = "committees";

QString key(qint64 planId, const char* field)
{
    return QStringLiteral("plan.%1.%2").arg(planId).arg(QLatin1String(field));
}

// Committees are kept one a line; a name is one line by construction.
QStringList cleaned(const QStringList& committees)
{
    QStringList list;
    for (const QString& c : committees)
        if (const QString line = c.simplified(); !line.isEmpty())
            list << line;
    return list;
}

double number(const QString& text, double fallback, double max)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && v >= 0.0 && v <= max ? v : fallback;
}

} // namespace

QString BoardPaperStore::value(const QString& name) const
{
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT value FROM settings WHERE name = :name"));
    q.bindText(QStringLiteral(":name"), name).exec();
    return q.next() ? q.text(0) : QString();
}

void BoardPaperStore::write(const QString& name, const QString& value)
{
    SqlQuery remove(m_database.connection(), QStringLiteral("DELETE FROM settings WHERE name = :name"));
    remove.bindText(QStringLiteral(":name"), name).exec();
    if (value.isEmpty())
        return;
    SqlQuery insert(m_database.connection(),
                    QStringLiteral("INSERT INTO settings (name, value) VALUES (:name, :value)"));
    insert.bindText(QStringLiteral(":name"), name).bindText(QStringLiteral(":value"), value).exec();
}

BoardPaperStore BoardPaperStore::unaudited(const Database& database)
{
    BoardPaperStore store(database);
    store.m_audited = false;
    return store;
}

CoverDetails BoardPaperStore::cover(qint64 planId) const
{
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT name, value FROM settings WHERE name LIKE :prefix"));
    q.bindText(QStringLiteral(":prefix"), QStringLiteral("plan.%1.%").arg(planId)).exec();
    QHash<QString, QString> kept;
    while (q.next())
        kept.insert(q.text(0), q.text(1));
    CoverDetails cover;
    for (const Field& f : kFields)
        cover.*f.text = kept.value(key(planId, f.name));
    cover.committees = cleaned(kept.value(key(planId, kCommittees)).split(QLatin1Char('\n')));
    return cover;
}

void BoardPaperStore::setCover(qint64 planId, const CoverDetails& given)
{
    const CoverDetails before = cover(planId);
    WriteTransaction transaction(m_database);
    PlanWriter writer(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto put = [&](const char* field, const QString& from, const QString& to) {
        if (from == to)
            return;
        write(key(planId, field), to);
        if (m_audited)
            writer.insertAudit(
                {now, m_author, QStringLiteral("plan"), planId,
                 QStringLiteral("cover %1").arg(QString::fromLatin1(field).replace(QLatin1Char('_'), QLatin1Char(' '))),
                 from, to, m_source, planId});
    };
    for (const Field& f : kFields)
        put(f.name, before.*f.text, (given.*f.text).trimmed());
    put(kCommittees, before.committees.join(QLatin1Char('\n')), cleaned(given.committees).join(QLatin1Char('\n')));
    transaction.commit();
}

ChangeTolerance BoardPaperStore::tolerance() const
{
    ChangeTolerance t;
    t.ratio = number(value(kRatio), ChangeTolerance::kDefaultRatio, ChangeTolerance::kMaxRatio);
    t.points = number(value(kPoints), ChangeTolerance::kDefaultPoints, ChangeTolerance::kMaxPoints);
    return t;
}

void BoardPaperStore::setTolerance(const ChangeTolerance& tolerance)
{
    if (const QString problem = tolerance.problem(); !problem.isEmpty())
        throw InvalidRequest(problem);
    const ChangeTolerance before = this->tolerance();
    WriteTransaction transaction(m_database);
    PlanWriter writer(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto put = [&](const QString& name, const QString& field, double from, double to) {
        if (from == to)
            return;
        write(name, QString::number(to, 'g', 15));
        if (m_audited)
            writer.insertAudit({now, m_author, QStringLiteral("metric"), 0, field, QString::number(from, 'g', 15),
                                QString::number(to, 'g', 15), m_source});
    };
    put(kRatio, QStringLiteral("change tolerance (relative likelihood)"), before.ratio, tolerance.ratio);
    put(kPoints, QStringLiteral("change tolerance (percentage points)"), before.points, tolerance.points);
    transaction.commit();
}

void BoardPaperStore::keep(qint64 planId, const CoverDetails& cover, const ChangeTolerance& tolerance)
{
    if (const QString problem = tolerance.problem(); !problem.isEmpty())
        throw InvalidRequest(problem);
    WriteTransaction transaction(m_database);
    setCover(planId, cover);
    setTolerance(tolerance);
    transaction.commit();
}

} // namespace wres::core
