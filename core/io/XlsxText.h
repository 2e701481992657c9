#pragma once

#include <QString>
#include <QStringView>

// Text in a workbook's cells as Office Open XML writes it (ECMA-376 Part 1, ST_Xstring): a
// character XML 1.0 cannot hold (C0 controls other than tab and line feed, carriage return, which
// XML turns into a line feed, U+FFFE, U+FFFF and lone surrogates) is written as _xHHHH_, its UTF-16
// code unit in hexadecimal; a text that itself holds _xHHHH_ has its underscore written _x005F_,
// so that it is not read back as an escape (we write every underscore before an x so, as
// LibreOffice takes even "_x00_" for an escape). Excel and LibreOffice read and write the same.
namespace wres::core::XlsxText {

enum class Controls
{
    Escape, // every character XML cannot hold
    Leave,  // C0 controls other than NUL are left to libxlsxwriter, which escapes them itself
};

// The text as a cell's XML holds it (before the XML's own &amp; &lt; escaping).
QString escaped(const QString& text, Controls controls = Controls::Escape);
// The text a cell's XML holds, with every _xHHHH_ turned back into its character.
QString unescaped(QStringView text);

} // namespace wres::core::XlsxText
