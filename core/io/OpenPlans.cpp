#include "OpenPlans.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace wres::core::OpenPlans {
namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, int> open; // absolute path -> how many connections have it
};

Registry& registry()
{
    static Registry r;
    return r;
}

} // namespace

void add(const QString& planPath)
{
    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    ++r.open[QFileInfo(planPath).absoluteFilePath()];
}

void remove(const QString& planPath)
{
    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    const QString key = QFileInfo(planPath).absoluteFilePath();
    if (auto it = r.open.find(key); it != r.open.end() && --*it <= 0)
        r.open.erase(it);
}

QStringList paths()
{
    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.open.keys();
}

} // namespace wres::core::OpenPlans
