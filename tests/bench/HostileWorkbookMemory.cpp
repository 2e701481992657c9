// Whole-process peak memory of reading hostile workbooks (tests/support/HostileWorkbooks): each is
// imported as a plan (`import`) and, put in a returned request in place of its hidden sheet or its
// answers, reviewed as a lead's answers (`import-updates`), under /usr/bin/time. Also a real plan
// of 10,000 actions exported and imported again. Prints a table; with --check (as CTest runs it),
// fails when any run peaks at 200 MB or more, or a hostile file is not refused (exit 1) or the
// real one not read (exit 0). Target (docs/architecture.md): any workbook under 10 MB imports in
// under 200 MB.
#include "HostileWorkbooks.h"
#include "SyntheticPlan.h"
#include "WorkbookEdit.h"
#include "io/PlanXlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

constexpr double kCeilingMb = 200;

struct Run
{
    int exit = -1;
    double peakMb = 0;
    double seconds = 0;
    QStringList said; // what the program said on standard error, a line each
    // The line that holds these words, else the first.
    QString line(const QString& words) const
    {
        for (const QString& l : said)
            if (l.contains(words))
                return l;
        return said.value(0);
    }
};

Run measure(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/time"),
                  QStringList{QStringLiteral("-f"), QStringLiteral("@@ %M %e"), QStringLiteral(WRES_TRACKER_EXE)} +
                      arguments);
    process.waitForFinished(600000);
    Run run;
    run.exit = process.exitCode();
    const QStringList lines = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("@@ "))) {
            const QStringList parts = line.split(QLatin1Char(' '));
            run.peakMb = parts.value(1).toDouble() / 1024;
            run.seconds = parts.value(2).toDouble();
        } else if (!line.isEmpty()) {
            run.said << line;
        }
    }
    return run;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool check = app.arguments().contains(QStringLiteral("--check"));
    QTemporaryDir dir;
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(QStringLiteral("workbook"), -34)
               .arg(QStringLiteral("size"), 9)
               .arg(QStringLiteral("exit"), 4)
               .arg(QStringLiteral("peak MB"), 8)
               .arg(QStringLiteral("s"), 6)
               .arg(QStringLiteral("what the program said"));
    bool failed = false;
    const auto report = [&](const QString& name, qint64 size, const Run& run, int expectedExit, const QString& words) {
        const QString line = run.line(words);
        const bool ok = run.peakMb < kCeilingMb && run.exit == expectedExit && line.contains(words);
        failed = failed || !ok;
        out << QStringLiteral("%1 %2 %3 %4 %5  %6%7\n")
                   .arg(name, -34)
                   .arg(QStringLiteral("%1 KB").arg(size / 1024), 9)
                   .arg(run.exit, 4)
                   .arg(run.peakMb, 8, 'f', 1)
                   .arg(run.seconds, 6, 'f', 2)
                   .arg(line.left(110), ok ? QString() : QStringLiteral("   <-- FAILED"));
        out.flush();
    };

    // A plan file with a round of requests, for the answers' reviews.
    const QString plan = dir.filePath(QStringLiteral("demo.wres"));
    const QString requests = dir.filePath(QStringLiteral("requests"));
    QProcess::execute(QStringLiteral(WRES_TRACKER_EXE), {QStringLiteral("demo"), QStringLiteral("--db"), plan});
    QProcess::execute(QStringLiteral(WRES_TRACKER_EXE), {QStringLiteral("update-requests"), QStringLiteral("--db"),
                                                         plan, QStringLiteral("-o"), requests});
    QFile sent(requests + QStringLiteral("/Head of EDI.xlsx"));
    if (!sent.open(QIODevice::ReadOnly)) {
        out << "the requests could not be made\n";
        return 1;
    }
    const QByteArray request = sent.readAll();

    for (const auto& shape : wres::test::HostileWorkbooks::shapes()) {
        const QByteArray bytes = shape.make();
        const QString file = dir.filePath(shape.name + QStringLiteral(".xlsx"));
        write(file, bytes);
        report(shape.name, bytes.size(),
               measure({QStringLiteral("import"), QStringLiteral("--db"),
                        dir.filePath(shape.name + QStringLiteral(".wres")), file}),
               shape.refused ? 1 : 0, shape.refused ? shape.limit : QString());
        // The same sheet as a returned request's hidden record, and (for the full table) as its answers.
        if (!shape.sheet || !shape.refused)
            continue;
        for (const char* part : {"xl/worksheets/sheet2.xml", "xl/worksheets/sheet1.xml"}) {
            const bool hidden = QByteArray(part).contains("sheet2");
            if (check && !hidden)
                continue; // the same reader: CTest spares its time
            const QByteArray returned =
                wres::test::HostileWorkbooks::deflated(request, QString::fromLatin1(part), shape.sheet);
            const QString path =
                dir.filePath(shape.name + (hidden ? QStringLiteral("-hidden.xlsx") : QStringLiteral("-answers.xlsx")));
            write(path, returned);
            report(shape.name + (hidden ? QStringLiteral(" (hidden)") : QStringLiteral(" (answers)")), returned.size(),
                   measure({QStringLiteral("import-updates"), QStringLiteral("--db"), plan, path}), 1,
                   shape.limit.contains(QStringLiteral("table")) ? QString() : shape.limit);
        }
    }

    if (check)
        return failed ? 1 : 0;
    // A real plan at the benchmark size, exported and imported again.
    const QByteArray big =
        wres::core::PlanXlsx::write({wres::bench::syntheticPlan(10000, 0, 3), {}, {}, {}, {}, {}, {}, {}});
    const QString bigFile = dir.filePath(QStringLiteral("plan-10000-actions.xlsx"));
    write(bigFile, big);
    report(
        QStringLiteral("plan of 10,000 actions"), big.size(),
        measure({QStringLiteral("import"), QStringLiteral("--db"), dir.filePath(QStringLiteral("big.wres")), bigFile}),
        0, QString());
    return 0;
}
