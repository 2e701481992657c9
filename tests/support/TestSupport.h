#pragma once

#include "domain/PlanData.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

QT_BEGIN_NAMESPACE
// GoogleTest prints a QString that fails a comparison as its text, not its bytes.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}
QT_END_NAMESPACE

namespace wres::test {

// A temporary folder per test, removed afterwards.
class Scratch
{
public:
    Scratch();
    QString path(const QString& name) const;
    QString write(const QString& name, const QByteArray& bytes) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QByteArray readFile(const QString& path);

// The PostgreSQL server the store tests run against: WRES_TEST_SERVER (a superuser's
// postgresql:// address, with PGPASSFILE), or the cluster script/pg-cluster made in
// WRES_TEST_CLUSTER (set by CTest for the "pg." copies of the core tests); empty when they run on
// SQLite files.
QString testServer();
// Where a test keeps a plan store called name: an SQLite file in the scratch folder, or on the
// test server a new database of its own (made on first use; the same name gives the same one).
QString storeLocation(const Scratch& scratch, const QString& name);
// For tests about SQLite files themselves (backups, file modes, crash safety): skipped on a server.
#define WRES_FILES_ONLY()                                                                                              \
    if (!wres::test::testServer().isEmpty())                                                                           \
    GTEST_SKIP() << "about SQLite plan files; the server keeps its own"
// tests/data/<relative>
QString dataPath(const QString& relative);
// Writes the bundled demo (plan and metrics) into a new plan file, as `wres-tracker demo` does.
void writeDemo(const QString& path);
// A small plan with two themes, three objectives and four actions, for store and model tests.
core::PlanData samplePlan();

} // namespace wres::test
