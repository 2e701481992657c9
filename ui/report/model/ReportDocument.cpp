#include "ReportDocument.h"

namespace wres::ui::report {

Spans plain(const QString& text)
{
    return {Span{text, Span::Plain}};
}

Spans bold(const QString& text)
{
    return {Span{text, Span::Bold}};
}

Spans italic(const QString& text)
{
    return {Span{text, Span::Italic}};
}

Spans labelled(const QString& label, const QString& text)
{
    return {Span{label + QLatin1Char(' '), Span::Bold}, Span{text, Span::Plain}};
}

QString textOf(const Spans& spans)
{
    QString text;
    for (const Span& s : spans)
        text += s.text;
    return text;
}

QList<const Heading*> ReportDocument::contentsEntries() const
{
    QList<const Heading*> list;
    for (const Block& block : blocks)
        if (const auto* h = std::get_if<Heading>(&block); h && h->contents && !h->id.isEmpty())
            list << h;
    return list;
}

} // namespace wres::ui::report
