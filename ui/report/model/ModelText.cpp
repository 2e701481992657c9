#include "ModelText.h"

#include "ReportPalette.h"

#include <QCoreApplication>
#include <QLocale>

namespace wres::ui::report::ModelText {
namespace {

const QLocale& english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

} // namespace

// A short date is never broken across lines in a narrow column.
QString date(const QDate& d)
{
    return d.isValid() ? english().toString(d, QStringLiteral("d MMM yyyy")).replace(QLatin1Char(' '), QChar::Nbsp)
                       : QString();
}

QString longDate(const QDate& d)
{
    return d.isValid() ? english().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString due(const core::ActionRow& row)
{
    switch (row.timescale.kind) {
    case core::Timescale::Kind::Dated:
        return date(row.timescale.due);
    case core::Timescale::Kind::Ongoing:
        return QCoreApplication::translate("BoardPack", "Ongoing");
    default:
        return row.timescale.text;
    }
}

QString count(qsizetype n, const char* one, const char* many)
{
    return QCoreApplication::translate("BoardPack", n == 1 ? one : many).arg(n);
}

Tone tone(core::Status status)
{
    switch (status) {
    case core::Status::NotStarted:
        return Tone::NotStarted;
    case core::Status::InProgress:
        return Tone::InProgress;
    case core::Status::Delayed:
        return Tone::Delayed;
    case core::Status::Complete:
        return Tone::Complete;
    case core::Status::None:
        break;
    }
    return Tone::NoStatus;
}

Tone tone(core::Rag rag)
{
    switch (rag) {
    case core::Rag::Red:
        return Tone::RagRed;
    case core::Rag::Amber:
        return Tone::RagAmber;
    case core::Rag::Green:
        return Tone::RagGreen;
    case core::Rag::Blue:
        return Tone::RagBlue;
    case core::Rag::None:
        break;
    }
    return Tone::None;
}

Cell statusCell(core::Status status)
{
    Cell cell;
    if (status == core::Status::None) {
        cell.content = plain(QCoreApplication::translate("BoardPack", "No status"));
        return cell;
    }
    cell.tone = tone(status);
    cell.content = bold(ReportPalette::symbol(cell.tone) + QLatin1Char(' ') + ReportPalette::word(cell.tone));
    return cell;
}

Cell ragCell(core::Rag rag)
{
    Cell cell;
    cell.align = Align::Centre;
    if (rag == core::Rag::None)
        return cell;
    cell.tone = tone(rag);
    cell.content = bold(core::ragLetter(rag));
    return cell;
}

Cell dueCell(const QString& text, bool overdue)
{
    Cell cell;
    cell.content = plain(text);
    if (overdue)
        cell.content << Span{
            (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                QCoreApplication::translate("BoardPack", "⚠ overdue").replace(QLatin1Char(' '), QChar::Nbsp),
            Span::Bold};
    return cell;
}

Cell referenceCell(const QString& reference, const QString& typed)
{
    Cell cell;
    cell.content = plain(reference);
    if (!typed.isEmpty() && typed != reference)
        cell.content << Span{QStringLiteral("\n(") + typed + QLatin1Char(')'), Span::Plain};
    return cell;
}

Key statusKey(bool indicators)
{
    Key key;
    key.label = QCoreApplication::translate("BoardPack", "Status key:");
    for (Tone t : {Tone::NotStarted, Tone::InProgress, Tone::Delayed, Tone::Complete})
        key.entries << Key::Entry{t, ReportPalette::symbol(t) + QLatin1Char(' ') + ReportPalette::word(t)};
    key.after = labelled(QCoreApplication::translate("BoardPack", "RAG:"),
                         QCoreApplication::translate("BoardPack", "R Red, A Amber, G Green, B Blue (complete)."));
    if (indicators)
        key.after += labelled(QCoreApplication::translate("BoardPack", " Ind.:"),
                              QCoreApplication::translate("BoardPack", "the WRES indicators an action aims to move."));
    return key;
}

} // namespace wres::ui::report::ModelText
