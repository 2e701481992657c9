#include "XlsxNumbers.h"

#include "domain/TextLimits.h"
#include "io/XlsxLimits.h"
#include "io/XmlPartReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace wres::core::XlsxNumbers {
namespace {

DateShown dateShownBy(QString code)
{
    // Quoted text and [colour] or [$-locale] sections say nothing about dates.
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]")));
    code = code.toLower();
    const bool day = code.contains(QLatin1Char('d'));
    const bool year = code.contains(QLatin1Char('y'));
    const bool month =
        code.contains(QLatin1Char('m')) && !code.contains(QLatin1Char('h')) && !code.contains(QLatin1Char('s'));
    if (day)
        return DateShown::Day;
    if (month)
        return year ? DateShown::Month : DateShown::Day;
    return year ? DateShown::Year : DateShown::None;
}

DateShown builtInDateFormat(int id)
{
    if (id == 17) // mmm-yy
        return DateShown::Month;
    if ((id >= 14 && id <= 16) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return DateShown::Day;
    return DateShown::None;
}

} // namespace

QList<DateShown> dateStyles(const ZipReader& zip, QString* problem)
{
    QHash<int, DateShown> custom;
    QList<DateShown> result;
    XmlPartReader part(zip, QStringLiteral("xl/styles.xml"));
    QXmlStreamReader& xml = part.xml();
    bool inCellXfs = false;
    const auto tooMany = [&] {
        *problem = QCoreApplication::translate("wres", "the workbook has more than %1 cell styles, the limit for a "
                                                       "workbook; the file is refused")
                       .arg(TextLimits::number(XlsxLimits::kMaxStyles));
        return QList<DateShown>();
    };
    while (part.next()) {
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            if (custom.size() >= XlsxLimits::kMaxStyles)
                return tooMany();
            const QStringView code = xml.attributes().value(QStringLiteral("formatCode"));
            if (code.size() > 1024)
                continue; // no date format is that long; not worth a regular expression's time
            const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
            custom.insert(id, dateShownBy(code.toString()));
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            if (result.size() >= XlsxLimits::kMaxStyles)
                return tooMany();
            const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
            result << (custom.contains(id) ? custom.value(id) : builtInDateFormat(id));
        }
    }
    if (part.failed()) {
        *problem = part.problem();
        return {};
    }
    if (!part.isOpen() && !part.problem().isEmpty())
        *problem = part.problem();
    return result;
}

QString numberText(const QString& raw, DateShown shown)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (shown != DateShown::None && value >= 1 && value < 2958466) {
        // Excel's 1900 date system (serial 60 is its phantom 29 February 1900).
        const QDate date = QDate(1899, 12, 30).addDays(qint64(std::floor(value)));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        switch (shown) {
        case DateShown::Month:
            return english.toString(date, QStringLiteral("MMMM yyyy"));
        case DateShown::Year:
            return QString::number(date.year());
        default:
            return date.toString(QStringLiteral("dd.MM.yyyy"));
        }
    }
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace wres::core::XlsxNumbers
