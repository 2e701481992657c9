#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace wres::test {

// Reading PDFs back in tests with the tools a user has: poppler-utils (pdftotext, pdfinfo,
// pdffonts, pdftoppm), qpdf, and Python with pikepdf for the structure tree.
struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
ToolRun runTool(const QString& program, const QStringList& arguments);

// python3 with pikepdf (Debian: python3-pikepdf), or empty when there is none.
QString pythonWithPikepdf();
// Output of a script in tests/support run on files.
ToolRun runSupportScript(const QString& script, const QString& pdf);
ToolRun runSupportScript(const QString& script, const QStringList& pdfs);

struct Word
{
    QString text;
    QRectF box; // points, from the top left of the page
};
// pdftotext -bbox: the words of one page (from 1).
QList<Word> pageWords(const QString& pdf, int page);
// pdftoppm at a resolution, one page (from 1).
QImage renderPage(const QString& pdf, int page, int dpi);
// The share of pixels (0-1) whose colour differs by more than `threshold` in any channel.
double differingShare(const QImage& a, const QImage& b, int threshold);
// The share of pixels that are not white.
double inkedShare(const QImage& image);

} // namespace wres::test
