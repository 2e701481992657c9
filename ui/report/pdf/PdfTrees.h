#pragma once

#include <QByteArray>

#include <utility>
#include <vector>

namespace wres::ui::pdf {

class PdfFile;

// Number trees and name trees (ISO 32000-1, 7.9.6 and 7.9.7): the structure parent tree, the
// ID tree and the named destinations. Large trees are split into leaves of at most 256 entries
// under intermediate nodes, each with its /Limits, so readers can search them.
namespace PdfTrees {

// Entries must be sorted by key; values are written as given (e.g. "12 0 R"). Returns the root.
int writeNumberTree(PdfFile& file, const std::vector<std::pair<int, QByteArray>>& entries);
// Keys are PDF strings as written, e.g. "(contents)", sorted by their bytes before writing.
int writeNameTree(PdfFile& file, std::vector<std::pair<QByteArray, QByteArray>> entries);

} // namespace PdfTrees
} // namespace wres::ui::pdf
