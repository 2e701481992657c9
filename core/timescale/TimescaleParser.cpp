#include "TimescaleParser.h"

#include <QRegularExpression>

#include <array>

namespace wres::core {
namespace {

using Re = QRegularExpression;
constexpr auto kCi = QRegularExpression::CaseInsensitiveOption;

const QString kMonthAlternatives =
    QStringLiteral("(january|february|march|april|may|june|july|august|september|october|november|december|"
                   "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?");
const QString kSeasonAlternatives = QStringLiteral("(spring|summer|autumn|fall|winter)");

int monthNumber(const QString& word)
{
    static const std::array<const char*, 12> prefixes{"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString w = word.left(3).toLower();
    for (int i = 0; i < 12; ++i)
        if (w == QLatin1String(prefixes[std::size_t(i)]))
            return i + 1;
    return 0;
}

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

QDate endOfSeason(const QString& season, int year)
{
    const QString s = season.toLower();
    if (s == u"spring")
        return QDate(year, 5, 31);
    if (s == u"summer")
        return QDate(year, 8, 31);
    if (s == u"autumn" || s == u"fall")
        return QDate(year, 11, 30);
    return endOfMonth(year + 1, 2); // winter runs into the next year
}

int fourDigitYear(const QString& digits)
{
    const int value = digits.toInt();
    return digits.size() == 2 ? 2000 + value : value;
}

// The second year of a financial year written "2023/24", "2023-24" or "2023/2024"; 0 when the
// two years are not consecutive (e.g. a plan period "2022-2024").
int financialYearEnd(int startYear, const QString& endDigits)
{
    const int end = endDigits.size() == 2 ? (startYear / 100) * 100 + endDigits.toInt() : endDigits.toInt();
    return end == startYear + 1 ? end : 0;
}

// Each finder looks for one shape of date, returns the dates it found and blanks what it used,
// so that "30 June 2023" is not read again as "June 2023".
class Scanner
{
public:
    explicit Scanner(const QString& text) : m_text(text) {}

    template <typename ToDate> void find(const QRegularExpression& re, ToDate toDate)
    {
        auto it = re.globalMatch(m_text);
        QList<QRegularExpressionMatch> used;
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QDate date = toDate(match);
            if (date.isValid()) {
                m_found << date;
                used << match;
            }
        }
        for (const auto& match : used)
            m_text.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), u' '));
    }

    QDate latest() const
    {
        QDate best;
        for (const QDate& d : m_found)
            if (!best.isValid() || d > best)
                best = d;
        return best;
    }

private:
    QString m_text;
    QList<QDate> m_found;
};

QDate dayMonthYear(int day, int month, int year)
{
    const QDate d(year, month, day);
    return d.isValid() ? d : QDate();
}

} // namespace

Timescale TimescaleParser::parse(const QString& text)
{
    Timescale result;
    result.text = text;
    const QString t = text.simplified();
    if (t.isEmpty())
        return result;

    // A quarter that does not exist ("Q5") is a mistake to show, not a year to guess from.
    static const Re badQuarter(QStringLiteral("\\bq[05-9]\\b"), kCi);
    if (badQuarter.match(t).hasMatch()) {
        result.kind = Timescale::Kind::Unparsed;
        return result;
    }
    Scanner scan(t);
    static const Re iso(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    scan.find(iso, [](const auto& m) {
        return dayMonthYear(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    });
    static const Re numeric(QStringLiteral("\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})\\b"));
    scan.find(numeric, [](const auto& m) {
        return dayMonthYear(m.captured(1).toInt(), m.captured(2).toInt(), fourDigitYear(m.captured(3)));
    });
    static const Re dayFirst(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?") + kMonthAlternatives +
                                 QStringLiteral(",?\\s+(\\d{4})\\b"),
                             kCi);
    scan.find(dayFirst, [](const auto& m) {
        return dayMonthYear(m.captured(1).toInt(), monthNumber(m.captured(2)), m.captured(3).toInt());
    });
    static const Re monthFirst(QStringLiteral("\\b") + kMonthAlternatives +
                                   QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"),
                               kCi);
    scan.find(monthFirst, [](const auto& m) {
        return dayMonthYear(m.captured(2).toInt(), monthNumber(m.captured(1)), m.captured(3).toInt());
    });
    static const Re quarter(
        QStringLiteral("\\bq([1-4])\\s+(?:of\\s+)?(?:fy\\s*)?(\\d{4})(?:\\s*[/-]\\s*(\\d{4}|\\d{2}))?\\b"), kCi);
    scan.find(quarter, [](const auto& m) {
        const int startYear = m.captured(2).toInt();
        if (m.capturedLength(3) > 0 && financialYearEnd(startYear, m.captured(3)) == 0)
            return QDate();
        static constexpr std::array<int, 4> lastMonth{6, 9, 12, 3};
        const int q = m.captured(1).toInt();
        return endOfMonth(q == 4 ? startYear + 1 : startYear, lastMonth[std::size_t(q - 1)]);
    });
    static const Re season(QStringLiteral("\\b") + kSeasonAlternatives + QStringLiteral("(?:\\s*/\\s*") +
                               kSeasonAlternatives + QStringLiteral(")?\\s+(\\d{4})\\b"),
                           kCi);
    scan.find(season, [](const auto& m) {
        const QString last = m.capturedLength(2) > 0 ? m.captured(2) : m.captured(1);
        return endOfSeason(last, m.captured(3).toInt());
    });
    static const Re month(QStringLiteral("\\b") + kMonthAlternatives + QStringLiteral("(?:\\s*[/-]\\s*") +
                              kMonthAlternatives + QStringLiteral(")?,?\\s+(\\d{4})\\b"),
                          kCi);
    scan.find(month, [](const auto& m) {
        const QString last = m.capturedLength(2) > 0 ? m.captured(2) : m.captured(1);
        return endOfMonth(m.captured(3).toInt(), monthNumber(last));
    });
    static const Re financialYear(QStringLiteral("\\b(\\d{4})\\s*[/-]\\s*(\\d{4}|\\d{2})\\b"));
    scan.find(financialYear, [](const auto& m) {
        const int end = financialYearEnd(m.captured(1).toInt(), m.captured(2));
        return end ? QDate(end, 3, 31) : QDate();
    });

    result.due = scan.latest();
    if (result.due.isValid()) {
        result.kind = Timescale::Kind::Dated;
        return result;
    }
    static const Re ongoing(QStringLiteral("\\b(on-?going|continuous|continual)\\b"), kCi);
    result.kind = ongoing.match(t).hasMatch() ? Timescale::Kind::Ongoing : Timescale::Kind::Unparsed;
    return result;
}

} // namespace wres::core
