#include "TextFlow.h"

#include "FontBook.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace wres::ui::report {

double LaidText::heightOf(int from, int to) const
{
    double h = 0;
    for (int i = from; i < to && i < int(lines.size()); ++i)
        h += lines[std::size_t(i)].height;
    return h;
}

int LaidText::linesFitting(int from, double space, bool atLeastOne) const
{
    int count = 0;
    double used = 0;
    for (std::size_t i = std::size_t(from); i < lines.size(); ++i) {
        if (used + lines[i].height > space + 1e-6)
            break;
        used += lines[i].height;
        ++count;
    }
    return count == 0 && atLeastOne && std::size_t(from) < lines.size() ? 1 : count;
}

namespace TextFlow {
namespace {

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010);
}

// Flattens spans into one text with a style per character (only when the styles differ).
struct Flat
{
    QString text;
    std::vector<quint8> styles; // empty: every character has `style`
    quint8 style = Span::Plain;

    quint8 at(int i) const { return styles.empty() ? style : styles[std::size_t(i)]; }
};

Flat flatten(const Spans& spans)
{
    Flat flat;
    if (spans.size() == 1) {
        flat.text = spans.front().text;
        flat.style = spans.front().style;
    } else {
        bool mixed = false;
        for (const Span& s : spans)
            mixed = mixed || s.style != spans.front().style;
        for (const Span& s : spans) {
            flat.text += s.text;
            if (mixed)
                flat.styles.insert(flat.styles.end(), std::size_t(s.text.size()), s.style);
        }
        if (!spans.isEmpty())
            flat.style = spans.front().style;
    }
    // Tabs and other spacing read as one space; a carriage return from Windows text is dropped
    // where it precedes a line feed.
    for (qsizetype i = 0; i < flat.text.size(); ++i) {
        const QChar c = flat.text.at(i);
        if (c == QLatin1Char('\t') || c == QChar::LineSeparator)
            flat.text[i] = c == QLatin1Char('\t') ? QLatin1Char(' ') : QLatin1Char('\n');
        else if (c == QLatin1Char('\r'))
            flat.text[i] = (i + 1 < flat.text.size() && flat.text.at(i + 1) == QLatin1Char('\n')) ? QLatin1Char(' ')
                                                                                                  : QLatin1Char('\n');
    }
    return flat;
}

class Breaker
{
public:
    Breaker(FontBook& fonts, const Flat& flat, double points, double width, Align align, LaidText& out)
        : m_fonts(fonts), m_flat(flat), m_points(points), m_width(width), m_align(align), m_out(out)
    {
        m_plainFont = fonts.font(points, flat.style);
    }

    void run()
    {
        const QString& t = m_flat.text;
        const int n = int(t.size());
        int pos = 0;
        m_lineStart = 0;
        while (pos < n) {
            if (t.at(pos) == QLatin1Char('\n')) {
                finishLine(pos);
                ++pos;
                m_lineStart = pos;
                continue;
            }
            // A piece: a word up to a space or after a hyphen, then its spaces.
            int end = pos;
            while (end < n && t.at(end) != QLatin1Char(' ') && t.at(end) != QLatin1Char('\n')) {
                const QChar c = t.at(end++);
                if (isHyphen(c) && end - 1 > pos && end < n && t.at(end).isLetterOrNumber() &&
                    t.at(end - 2).isLetterOrNumber())
                    break;
            }
            const int wordEnd = end;
            while (end < n && t.at(end) == QLatin1Char(' '))
                ++end;
            const double word = measure(pos, wordEnd);
            const double spaces = end > wordEnd ? measure(wordEnd, end) : 0.0;
            if (m_lineStart < pos && m_lineWidth + word > m_width + 1e-6) {
                finishLine(pos);
                m_lineStart = pos;
            }
            if (m_lineStart == pos && word > m_width + 1e-6) {
                splitLongWord(pos, wordEnd);
                m_lineWidth += spaces;
                pos = end;
                continue;
            }
            m_lineWidth += word + spaces;
            pos = end;
        }
        if (m_lineStart < n)
            finishLine(n);
    }

private:
    // Words and spaces repeat, so their widths are cached; a whole line or a run rarely does, and
    // is measured without filling the cache.
    double measure(int from, int to, bool repeats = true)
    {
        const auto width = [&](int font, int start, int length) {
            return repeats ? m_fonts.width(font, m_flat.text.mid(start, length))
                           : m_fonts.measure(font, QStringView(m_flat.text).mid(start, length));
        };
        if (m_flat.styles.empty())
            return width(m_plainFont, from, to - from);
        double w = 0;
        int start = from;
        for (int i = from + 1; i <= to; ++i)
            if (i == to || m_flat.at(i) != m_flat.at(start)) {
                w += width(m_fonts.font(m_points, m_flat.at(start)), start, i - start);
                start = i;
            }
        return w;
    }

    // A word wider than the line: as many characters (whole graphemes) as fit on each line.
    void splitLongWord(int from, int to)
    {
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, m_flat.text);
        int start = from;
        while (start < to) {
            graphemes.setPosition(start);
            int fit = start;
            for (int next = int(graphemes.toNextBoundary()); next > 0 && next <= to;
                 next = int(graphemes.toNextBoundary())) {
                if (measure(start, next, false) > m_width + 1e-6 && fit > start)
                    break;
                fit = next;
            }
            if (fit == to) {
                m_lineWidth = measure(start, to, false);
                m_lineStart = start;
                return;
            }
            m_lineStart = start;
            finishLine(fit);
            start = fit;
        }
    }

    void finishLine(int end)
    {
        // Drop the spaces at the end of the line from what is drawn.
        int last = end;
        while (last > m_lineStart && m_flat.text.at(last - 1) == QLatin1Char(' '))
            --last;
        LaidText::Line line;
        line.top = float(m_out.height);
        line.firstRun = int(m_out.runs.size());
        double height = m_fonts.lineHeight(m_plainFont);
        double ascent = m_fonts.ascent(m_plainFont);
        const double content = m_align != Align::Start && last > m_lineStart ? measure(m_lineStart, last, false) : 0.0;
        const double offset = m_align == Align::End      ? std::max(0.0, m_width - content)
                              : m_align == Align::Centre ? std::max(0.0, (m_width - content) / 2)
                                                         : 0.0;
        double x = offset;
        int start = m_lineStart;
        for (int i = m_lineStart + 1; i <= last; ++i) {
            if (i < last && m_flat.at(i) == m_flat.at(start))
                continue;
            const int font = m_fonts.font(m_points, m_flat.at(start));
            m_out.runs.push_back(LaidText::Run{start, i - start, font, float(x)});
            if (i < last)
                x += measure(start, i, false);
            height = std::max(height, m_fonts.lineHeight(font));
            ascent = std::max(ascent, m_fonts.ascent(font));
            start = i;
        }
        line.runCount = int(m_out.runs.size()) - line.firstRun;
        line.height = float(height);
        line.ascent = float(ascent);
        m_out.lines.push_back(line);
        m_out.height += height;
        m_lineWidth = 0;
    }

    FontBook& m_fonts;
    const Flat& m_flat;
    double m_points;
    double m_width;
    Align m_align;
    LaidText& m_out;
    int m_plainFont = 0;
    int m_lineStart = 0;
    double m_lineWidth = 0;
};

} // namespace

LaidText lay(FontBook& fonts, const Spans& spans, double points, double width, Align align)
{
    LaidText out;
    const Flat flat = flatten(spans);
    out.text = flat.text;
    if (flat.text.isEmpty())
        return out;
    Breaker(fonts, flat, points, std::max(width, 1.0), align, out).run();
    out.lines.shrink_to_fit();
    out.runs.shrink_to_fit();
    return out;
}

Extent extent(FontBook& fonts, const Spans& spans, double points)
{
    Extent e;
    double line = 0;
    for (const Span& span : spans) {
        const int font = fonts.font(points, span.style);
        const QString& t = span.text;
        qsizetype start = 0;
        const auto word = [&](qsizetype from, qsizetype to, bool space) {
            if (to > from) {
                const double w = fonts.width(font, t.mid(from, to - from));
                e.word = std::max(e.word, w);
                line += w;
            }
            if (space)
                line += fonts.width(font, QStringLiteral(" "));
        };
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
                word(start, i, true);
                start = i + 1;
            } else if (c == QLatin1Char('\n') || c == QChar::LineSeparator) {
                word(start, i, false);
                e.natural = std::max(e.natural, line);
                line = 0;
                start = i + 1;
            } else if (isHyphen(c) && i > start && i + 1 < t.size() && t.at(i + 1).isLetterOrNumber()) {
                word(start, i + 1, false);
                start = i + 1;
            }
        }
        word(start, t.size(), false);
    }
    e.natural = std::max(e.natural, line);
    return e;
}

} // namespace TextFlow
} // namespace wres::ui::report
