// "Every writer of a file goes through core::SafeWrite", checked over the sources: no other
// file-writing API appears in core/, ui/ or app/ outside the routine itself, except where named
// below with the reason. A new writer (a QSaveFile, a QImage::save to a path, a QPdfWriter given a
// file name...) fails this test until it goes through SafeWrite or is argued for here.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

struct Allowed
{
    const char* file;    // relative to the source root
    const char* pattern; // the API it may use
    const char* why;
};

// The routine itself, and the few places that write something that is not an output.
const Allowed kAllowed[] = {
    {"core/io/SafeWrite.cpp", "", "the routine"},
    {"core/io/WriteBatch.cpp", "rename", "moves files a batch wrote through SafeWrite, after SafeWrite's checks"},
    {"core/store/Database.cpp", "VACUUM INTO",
     "Database::backupTo, which only Backups calls, to a partial name "
     "it then checks and places with SafeWrite::place"},
    {"core/io/XlsxWriter.cpp", "workbook_new",
     "libxlsxwriter builds the workbook in a private temporary folder; "
     "its bytes then go through SafeWrite"},
    {"core/io/XlsxWriter.h", "QTemporaryDir", "the same private temporary folder"},
    {"ui/window/Settings.cpp", "QTemporaryDir",
     "Settings::useTemporaryFile, for tests: the window's settings in a private temporary folder "
     "(QSettings writes its own file there, never an output)"},
};

// File-writing APIs of Qt, C, C++ and SQLite.
const char* const kWriters[] = {
    "QSaveFile",
    "QIODevice::WriteOnly",
    "QIODevice::ReadWrite",
    "QIODevice::Append",
    "QIODeviceBase::WriteOnly",
    "QFile::copy",
    "QFile::rename",
    "QFile::link",
    "QFile::moveToTrash",
    "QDir().rename",
    "std::rename",
    " ::rename(",
    "(::rename(",
    "fopen(",
    "ofstream",
    "fstream",
    "VACUUM INTO",
    "setOutputFileName",
    "setFileName(",
    "QTextDocumentWriter",
    "QTemporaryFile",
    "QTemporaryDir",
    "workbook_new",
    "mkstemp",
    "::creat(",
    "QPdfWriter(QString",
    "QPdfWriter(path",
    "QPdfWriter(fileName",
    "ATTACH DATABASE",
};

bool allowed(const QString& file, const QString& writer)
{
    for (const Allowed& a : kAllowed)
        if (file == QLatin1String(a.file) && writer.contains(QLatin1String(a.pattern)))
            return true;
    return false;
}

TEST(WriterScan, NoFileIsWrittenOutsideTheSafeWriteRoutine)
{
    const QDir root(QStringLiteral(WRES_SOURCE_DIR));
    int scanned = 0;
    QStringList found;
    for (const char* layer : {"core", "ui", "app"}) {
        QDirIterator it(root.filePath(QString::fromLatin1(layer)), {"*.cpp", "*.h"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << relative.toStdString();
            ++scanned;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (qsizetype n = 0; n < lines.size(); ++n) {
                const QString code = lines[n].section(QStringLiteral("//"), 0, 0); // comments may name them
                for (const char* writer : kWriters)
                    if (code.contains(QLatin1String(writer)) && !allowed(relative, QString::fromLatin1(writer)))
                        found << QStringLiteral("%1:%2: %3").arg(relative).arg(n + 1).arg(QLatin1String(writer));
            }
        }
    }
    EXPECT_GT(scanned, 100) << "the sources were found";
    EXPECT_TRUE(found.isEmpty()) << "file writers outside core::SafeWrite:\n"
                                 << found.join(QLatin1Char('\n')).toStdString();
}

// The scan would see a writer if there were one: it finds the routine's own.
TEST(WriterScan, TheScanSeesTheRoutinesOwnWriters)
{
    QFile file(QDir(QStringLiteral(WRES_SOURCE_DIR)).filePath(QStringLiteral("core/io/SafeWrite.cpp")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains("::rename(") && text.contains("QSaveFile"));
}

} // namespace
