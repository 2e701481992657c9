#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <ostream>

// Workbooks a hostile tester makes: small files that ask the reader for a great deal. Each is a
// real .xlsx (deflated, as Excel saves) with one sheet "Plan" whose first row is the plan's header,
// so that only the hostile part stands between it and an import. Used by the limits tests, the
// memory measurement (tests/bench) and the fuzzers' corpus.
namespace wres::test::HostileWorkbooks {

// Writes a part's bytes to a sink, in pieces (for parts larger than a test should hold at once).
using Generator = std::function<void(const std::function<void(const QByteArray&)>&)>;

struct Shape
{
    QString name;        // a file name without suffix, "xfd-cells"
    QString description; // what it asks for
    bool refused = true; // whether a reader within limits must refuse it (else read it)
    QString limit;       // words the refusal must contain, naming the limit
    std::function<QByteArray()> make;
    Generator sheet = {}; // the hostile sheet part itself, when that is where the hostility is
};

// For GoogleTest's messages: a shape by its name.
inline void PrintTo(const Shape& shape, std::ostream* out)
{
    *out << shape.name.toStdString();
}

// Every shape the tests and the measurement use.
QList<Shape> shapes();

// A workbook of one sheet "Plan" with this sheet XML (<sheetData> content only) and shared strings
// (<si> elements only), every part deflated.
QByteArray workbook(const QByteArray& sheetData, const QByteArray& sharedStrings = {});
// The plan header as the first row's cells (row 1).
QByteArray headerRow();
// A zip package of deflated members; a member's bytes may be given as a generator called with a
// sink (for members larger than memory should hold), with its inflated size.
struct Member
{
    QString name;
    QByteArray bytes;
    Generator generate = {};
    quint32 claimedSize = 0; // when set, the size the package says the member has, whatever it holds
};
QByteArray deflatedZip(const QList<Member>& members);
// The same package with every member deflated (as Excel saves it), and the member of that name
// replaced by what the generator gives, when one is given.
QByteArray deflated(const QByteArray& workbook, const QString& replaced = {}, const Generator& by = {});

} // namespace wres::test::HostileWorkbooks
