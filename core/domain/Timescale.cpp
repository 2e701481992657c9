#include "Timescale.h"

namespace wres::core {

QString timescaleKindCode(Timescale::Kind kind)
{
    switch (kind) {
    case Timescale::Kind::Dated:
        return QStringLiteral("dated");
    case Timescale::Kind::Ongoing:
        return QStringLiteral("ongoing");
    case Timescale::Kind::Unparsed:
        return QStringLiteral("unparsed");
    case Timescale::Kind::Empty:
        break;
    }
    return QStringLiteral("empty");
}

Timescale::Kind timescaleKindFromCode(const QString& code)
{
    if (code == u"dated")
        return Timescale::Kind::Dated;
    if (code == u"ongoing")
        return Timescale::Kind::Ongoing;
    if (code == u"unparsed")
        return Timescale::Kind::Unparsed;
    return Timescale::Kind::Empty;
}

} // namespace wres::core
