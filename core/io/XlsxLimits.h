#pragma once

#include "domain/TextLimits.h"

#include <QtGlobal>

// What a workbook may ask of the reader. A small file can ask for a great deal (a zip member that
// inflates a thousandfold, a cell at column XFD on every row, a million shared strings): each
// limit below keeps any workbook under 10 MB within 200 MB of memory and a few seconds (measured
// by tests/bench/HostileWorkbookMemory), and each is far above what a plan or a returned request
// needs (a plan of 10,000 actions exported: parts of 6 and 13 MB, 150,000 cells). The worst single
// token a part can hold (a text or an attribute of kMaxPartBytes) is held whole by Qt's XML reader
// in UTF-16, hence the part limit. A file over a limit is refused with
// a message naming the limit (and the sheet and cell where there is one); nothing is read from it.
namespace wres::core::XlsxLimits {

// The zip package.
constexpr int kMaxParts = 1000;                           // members of the package
constexpr qint64 kMaxPartBytes = 40ll * 1024 * 1024;      // one member, inflated
constexpr qint64 kMaxInflatedBytes = 128ll * 1024 * 1024; // every member read, inflated, together
constexpr int kMaxXmlDepth = 64;                          // elements inside elements (Excel's own go 6 deep)

// The grid, as Excel has it: a cell beyond it is not a spreadsheet's.
constexpr int kMaxRowNumber = 1048576;
constexpr int kMaxColumns = 16384; // A to XFD

// What is kept: cells are read sparsely (only the filled ones, by column), so these bound memory.
constexpr int kMaxSheets = 256;
constexpr int kMaxTableColumns = 256;              // columns of a plan's table on the first sheet
constexpr int kMaxStyles = 65536;                  // cell styles and number formats (Excel allows 64,000)
constexpr int kMaxFilledRows = 200000;             // rows with a filled cell, per sheet
constexpr qint64 kMaxFilledCells = 1000000;        // filled cells, all sheets read together
constexpr int kMaxCellText = TextLimits::kMaxText; // UTF-16 code units, as Excel counts them
constexpr int kMaxSharedStrings = 1000000;
constexpr qint64 kMaxSharedText = 24ll * 1024 * 1024; // UTF-16 code units in all shared strings together

} // namespace wres::core::XlsxLimits
