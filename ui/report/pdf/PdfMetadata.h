#pragma once

#include <QDateTime>
#include <QString>

namespace wres::ui::pdf {

class PdfFile;

// What a document says about itself: the information dictionary and the same facts as XMP
// (ISO 32000-1 14.3), which PDF/UA reads the title from.
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;  // the program that made the content
    QString producer; // the program that wrote the PDF
    QString language = QStringLiteral("en-GB");
    QDateTime created = QDateTime::currentDateTime();

    int writeInformation(PdfFile& file) const;
    int writeXmp(PdfFile& file) const;
};

} // namespace wres::ui::pdf
