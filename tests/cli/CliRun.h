#pragma once

// Running the program as a real process, for the command-line tests.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <gtest/gtest.h>

namespace wres::test {

struct Result
{
    int exit = -1;
    QString out;
    QString err;
};

inline Result run(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(WRES_TRACKER_EXE), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << arguments.join(' ').toStdString();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// LibreOffice, as a lead's spreadsheet program would, re-saves a workbook or saves an old .xls;
// returns the file it wrote in outDir.
inline QString convertWithLibreOffice(const QString& file, const QString& format, const QString& outDir)
{
    QDir().mkpath(outDir);
    QProcess soffice;
    const QString profile = QUrl::fromLocalFile(outDir + "/lo-profile").toString();
    soffice.start("soffice",
                  {"-env:UserInstallation=" + profile, "--headless", "--convert-to", format, "--outdir", outDir, file});
    EXPECT_TRUE(soffice.waitForFinished(180000));
    return outDir + "/" + QFileInfo(file).completeBaseName() + "." + format;
}

} // namespace wres::test
