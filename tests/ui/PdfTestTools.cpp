#include "PdfTestTools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace wres::test {

ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(120000)) {
        run.err = program + QStringLiteral(" did not run: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString pythonWithPikepdf()
{
    // The system's python first: a python3 of a virtual environment may lack Debian's pikepdf.
    static const QString found = [] {
        for (const QString& candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
            const QString path =
                QFileInfo(candidate).isAbsolute() ? candidate : QStandardPaths::findExecutable(candidate);
            if (!path.isEmpty() &&
                runTool(path, {QStringLiteral("-c"), QStringLiteral("import pikepdf")}).exitCode == 0)
                return path;
        }
        return QString();
    }();
    return found;
}

ToolRun runSupportScript(const QString& script, const QStringList& pdfs)
{
    const QString python = pythonWithPikepdf();
    if (python.isEmpty())
        return {-1, {}, QStringLiteral("python3 with pikepdf is not installed (Debian: python3-pikepdf)")};
    return runTool(python, QStringList{QStringLiteral(WRES_TEST_SUPPORT_DIR "/") + script} + pdfs);
}

ToolRun runSupportScript(const QString& script, const QString& pdf)
{
    return runSupportScript(script, QStringList{pdf});
}

QList<Word> pageWords(const QString& pdf, int page)
{
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                              QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    QList<Word> words;
    QXmlStreamReader xml(run.out);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("word"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QPointF topLeft(a.value(QLatin1String("xMin")).toDouble(), a.value(QLatin1String("yMin")).toDouble());
        const QPointF bottomRight(a.value(QLatin1String("xMax")).toDouble(), a.value(QLatin1String("yMax")).toDouble());
        words.append({xml.readElementText(), QRectF(topLeft, bottomRight)});
    }
    return words;
}

QImage renderPage(const QString& pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                         QString::number(page), QStringLiteral("-singlefile"), pdf, base});
    return QImage(base + QStringLiteral(".png")).convertToFormat(QImage::Format_RGB32);
}

double differingShare(const QImage& a, const QImage& b, int threshold)
{
    const int width = std::min(a.width(), b.width()), height = std::min(a.height(), b.height());
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < height; ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int column = 0; column < width; ++column)
            if (std::abs(qRed(p[column]) - qRed(q[column])) > threshold ||
                std::abs(qGreen(p[column]) - qGreen(q[column])) > threshold ||
                std::abs(qBlue(p[column]) - qBlue(q[column])) > threshold)
                ++differing;
    }
    // Pixels one image has and the other lacks differ too.
    const qint64 all = qint64(std::max(a.width(), b.width())) * std::max(a.height(), b.height());
    differing += all - qint64(width) * height;
    return all ? double(differing) / double(all) : 1.0;
}

double inkedShare(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 inked = 0;
    for (int row = 0; row < rgb.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(rgb.constScanLine(row));
        for (int column = 0; column < rgb.width(); ++column)
            inked += qGray(p[column]) < 250;
    }
    return double(inked) / double(std::max<qint64>(1, qint64(rgb.width()) * rgb.height()));
}

} // namespace wres::test
