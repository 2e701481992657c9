#pragma once

#include <QString>
#include <QStringList>

namespace wres::core::OpenPlans {

// The plan files this process has open (core::Database registers each SQLite file it opens and
// removes it when closed). SafeWrite refuses to write over any of them, their companion files and
// their backups, whatever name or link the output path uses.
void add(const QString& planPath);
void remove(const QString& planPath);
// Absolute paths, each once however often it is open.
QStringList paths();

} // namespace wres::core::OpenPlans
