#pragma once

#include <QDate>
#include <QString>

namespace wres::core {

// A timescale as the user typed it, with what it means for "overdue" and "due soon".
struct Timescale
{
    enum class Kind
    {
        Empty,    // nothing typed
        Dated,    // due gives the deadline
        Ongoing,  // "Ongoing": no deadline by design
        Unparsed, // kept as typed, no deadline known
    };

    QString text;
    Kind kind = Kind::Empty;
    QDate due;

    friend bool operator==(const Timescale&, const Timescale&) = default;
};

QString timescaleKindCode(Timescale::Kind kind);
Timescale::Kind timescaleKindFromCode(const QString& code);

} // namespace wres::core
