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
// tests/data/<relative>
QString dataPath(const QString& relative);
// Writes the bundled demo (plan and metrics) into a new plan file, as `wres-tracker demo` does.
void writeDemo(const QString& path);
// A small plan with two themes, three objectives and four actions, for store and model tests.
core::PlanData samplePlan();

} // namespace wres::test
