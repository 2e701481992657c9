#pragma once

#include "domain/Rag.h"
#include "domain/Status.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace wres::core::XlsxWriter {

// libxlsxwriter in C++: a workbook written to a temporary file, closed (and so written) exactly
// once, with checked calls, and read back as bytes. Throws std::runtime_error with a sentence for
// the user when it cannot be made.
class Workbook
{
public:
    Workbook();
    ~Workbook();
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* book() const { return m_book; }
    lxw_worksheet* sheet(const char* name);
    lxw_format* format();
    // Writes the workbook and returns its bytes; the workbook cannot be used after.
    QByteArray close();

    // The formats every sheet of ours uses: the header row (bold, white on NHS blue), wrapped text,
    // and one per status and RAG (its colour, with the word or letter in the cell itself, so that
    // nothing is told by colour alone). Made on first use.
    lxw_format* header();
    lxw_format* wrapped();
    lxw_format* status(Status status);
    lxw_format* rag(Rag rag);

private:
    lxw_format* coloured(unsigned rgb);

    QTemporaryDir m_folder;
    QString m_path;
    lxw_workbook* m_book;
    lxw_format* m_header = nullptr;
    lxw_format* m_wrapped = nullptr;
    QHash<unsigned, lxw_format*> m_coloured;
};

// Text, always as a string cell: a leading = + - @ stays text, never a formula. An empty text
// writes a blank cell when a format is given (to keep its borders), nothing otherwise. Characters
// XML cannot hold (control characters, NUL, U+FFFE, lone surrogates) and a literal _xHHHH_ are
// escaped as Office Open XML says (io/XlsxText.h), so every text reads back as it was. A text
// longer than a cell holds (TextLimits::kMaxText; only texts kept before input was checked can be)
// is written cut, ending with a note that says so: returns true then, for the caller to warn.
bool text(lxw_worksheet* sheet, int row, int column, const QString& value, lxw_format* format = nullptr);
// The text as text() puts it in a cell: as it is, or cut to fit with the note at its end.
QString fitted(const QString& value);
void number(lxw_worksheet* sheet, int row, int column, double value, lxw_format* format = nullptr);

// Spreadsheet programs do not grow a row for wrapped text on opening a written file (LibreOffice
// shows the lines over each other): sets the row's height from the lines each cell will wrap to,
// at about one character per unit of column width and 15 points a line (11-point Calibri).
void fitRow(lxw_worksheet* sheet, int row, const QStringList& cells, const QList<double>& widths);

// A header row at row (0-based) and the column widths, in characters.
void headerRow(lxw_worksheet* sheet, int row, const QStringList& headers, const QList<double>& widths,
               lxw_format* format);

// Printed A4 landscape, one page wide, the rows up to headerRow repeated on every page and frozen
// on screen.
void printSetUp(lxw_worksheet* sheet, int headerRow = 0);

} // namespace wres::core::XlsxWriter
