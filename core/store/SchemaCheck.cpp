#include "SchemaCheck.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace wres::core::SchemaCheck {
namespace {

constexpr int kExamples = 5; // named in a message; the rest are counted

// (type, name) -> definition, white space made single spaces.
QMap<std::pair<QString, QString>, QString> schemaObjects(const Database& database)
{
    QMap<std::pair<QString, QString>, QString> objects;
    SqlQuery q(database.connection(), QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE "
                                                     "'sqlite!_%' ESCAPE '!' ORDER BY type, name"));
    q.exec();
    while (q.next())
        objects.insert({q.text(0), q.text(1)}, q.text(2).simplified());
    return objects;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("wres", text);
}

void compareSchema(const Database& database, QStringList& problems)
{
    // What the migrations make, made afresh in memory: the reference, whatever version made the file.
    const auto reference = Database::open(QStringLiteral(":memory:"), Database::Mode::CreateIfMissing);
    const auto expected = schemaObjects(*reference);
    const auto actual = schemaObjects(database);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            problems << tr("the %1 %2 is missing (WRES Tracker makes it: %3)")
                            .arg(it.key().first, it.key().second, it.value());
        else if (*found != it.value())
            problems << tr("the %1 %2 is not as WRES Tracker made it: it reads \"%3\"; it should read \"%4\"")
                            .arg(it.key().first, it.key().second, *found, it.value());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            problems << tr("an unknown %1 %2 is in the file (WRES Tracker did not make it): %3")
                            .arg(it.key().first, it.key().second, it.value());
}

void compareHistoryWithAudit(const Database& database, QStringList& problems)
{
    const auto& db = database.connection();
    // Each status update is audited by a "status_update" line at its own time, by its own author,
    // in its plan (the line survives imports and undone deletions, which give the action a new id).
    QHash<QString, int> lines;
    SqlQuery audit(db, QStringLiteral("SELECT plan_id, recorded_at, author FROM audit_entries WHERE entity = 'action' "
                                      "AND field = 'status_update'"));
    audit.exec();
    while (audit.next())
        ++lines[QStringLiteral("%1|%2|%3").arg(audit.id(0)).arg(audit.text(1), audit.text(2))];
    audit.finish();
    SqlQuery history(db, QStringLiteral("SELECT s.id, s.action_id, s.recorded_at, s.author, t.plan_id FROM "
                                        "status_updates s JOIN actions a ON a.id = s.action_id JOIN objectives o ON "
                                        "o.id = a.objective_id JOIN themes t ON t.id = o.theme_id ORDER BY s.id"));
    history.exec();
    int missing = 0;
    QStringList examples;
    while (history.next()) {
        int& count = lines[QStringLiteral("%1|%2|%3").arg(history.id(4)).arg(history.text(2), history.text(3))];
        if (count > 0) {
            --count;
            continue;
        }
        if (++missing <= kExamples)
            examples << tr("update %1 of action %2, %3 by %4")
                            .arg(history.id(0))
                            .arg(history.id(1))
                            .arg(history.text(2), history.text(3));
    }
    if (missing > 0)
        problems << tr("%1 status update(s) have no line in the audit trail (%2): audit lines were deleted while the "
                       "history remains")
                        .arg(missing)
                        .arg(examples.join(QStringLiteral("; ")));
}

// SQLite gives a new row the next number after the largest: a gap inside the trail is a deleted line.
void findGaps(const Database& database, QStringList& problems)
{
    SqlQuery ids(database.connection(), QStringLiteral("SELECT id FROM audit_entries ORDER BY id"));
    ids.exec();
    qint64 previous = 0;
    qint64 gone = 0;
    QStringList ranges;
    while (ids.next()) {
        const qint64 id = ids.id(0);
        if (previous > 0 && id > previous + 1) {
            gone += id - previous - 1;
            if (ranges.size() < kExamples)
                ranges << (id == previous + 2 ? QString::number(previous + 1)
                                              : QStringLiteral("%1-%2").arg(previous + 1).arg(id - 1));
        }
        previous = id;
    }
    if (gone > 0)
        problems << tr("%1 line(s) are missing from the middle of the audit trail (numbers %2): they were deleted")
                        .arg(gone)
                        .arg(ranges.join(QStringLiteral(", ")));
}

} // namespace

QStringList problems(const Database& database)
{
    QStringList found;
    if (!database.isServer()) {
        compareSchema(database, found);
        findGaps(database, found);
    }
    compareHistoryWithAudit(database, found);
    return found;
}

} // namespace wres::core::SchemaCheck
