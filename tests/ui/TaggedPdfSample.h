#pragma once

#include <QString>
#include <QStringList>

namespace wres::test {

// The sample document of the tagged-PDF tests: three A4 pages at 300 dpi using every structure
// element type, every artifact kind, bookmarks at three levels, named destinations (one used by a
// link on the contents page before it is defined) and links, in DejaVu Sans regular, bold and
// oblique, with the symbols the board pack prints. Its expected structure tree is in
// tests/data/tagged-pdf/structure.txt.
struct SampleResult
{
    bool finished = false;
    QString error;
    QStringList warnings;
};
SampleResult writeSampleDocument(const QString& path);

} // namespace wres::test
