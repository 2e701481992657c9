#include "Xlsx.h"

#include "io/ZipReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

namespace wres::core::Xlsx {
namespace {

const QByteArray kOle2 = QByteArray::fromHex("d0cf11e0a1b11ae1");

// The text of an element and its <t> descendants (a shared string with rich-text runs), leaving
// out phonetic guides (<rPh>).
QString textOf(QXmlStreamReader& xml)
{
    QString text;
    const QString endName = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phonetic;
        else if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0)
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == endName)
            break;
    }
    return text;
}

// What a number format shows of a date: nothing (not a date), a day, or only a month or a year.
// A cell typed as "June 2024" in a spreadsheet is stored as 1 June 2024 shown as "mmm-yy": it is
// read back as the month, as the user sees it, not as the first of the month.
enum class DateShown
{
    None,
    Day,
    Month,
    Year,
};

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

// What each cell style (its index, the s attribute) shows of a date.
QList<DateShown> dateStyles(const QByteArray& styles)
{
    QHash<int, DateShown> custom;
    QList<DateShown> result;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
            custom.insert(id, dateShownBy(xml.attributes().value(QStringLiteral("formatCode")).toString()));
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
            result << (custom.contains(id) ? custom.value(id) : builtInDateFormat(id));
        }
    }
    return result;
}

// "F12" -> 5 (0-based column); -1 when it is not a cell reference.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c.unicode() - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c.unicode() - u'a' + 1);
        else
            break;
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
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

} // namespace

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

QString cellName(int column, int row)
{
    return columnName(column) + QString::number(row);
}

namespace {

// The cells of one worksheet part, row by row; empty rows and trailing empty cells left out.
// Returns a problem's message, or an empty string.
QString readRows(const QByteArray& part, const QStringList& shared, const QList<DateShown>& dates, Worksheet& sheet)
{
    QXmlStreamReader xml(part);
    int rowNumber = 0;
    QStringList fields;
    const auto endRow = [&] {
        while (!fields.isEmpty() && fields.last().isEmpty())
            fields.removeLast();
        if (!fields.isEmpty())
            sheet.rows << Row{rowNumber, fields};
        fields.clear();
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            const int r = xml.attributes().value(QStringLiteral("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            endRow();
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString type = attributes.value(QStringLiteral("t")).toString();
            const int style = attributes.value(QStringLiteral("s")).toInt();
            int column = columnOf(attributes.value(QStringLiteral("r")));
            if (column < 0)
                column = int(fields.size());
            QString value;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == u"is")
                    inlineText = textOf(xml);
                else if (xml.isEndElement() && xml.name() == u"c")
                    break;
            }
            QString text;
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return QCoreApplication::translate("wres", "%1!%2: the cell refers to a shared string that is not "
                                                               "there; the workbook is damaged")
                        .arg(sheet.name, cellName(column, rowNumber));
                text = shared[index];
            } else if (type == u"inlineStr") {
                text = inlineText;
            } else if (type == u"b") {
                text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == u"str" || type == u"e") {
                text = value;
            } else {
                text = numberText(value, style >= 0 && style < dates.size() ? dates[style] : DateShown::None);
            }
            if (column > 16383)
                continue;
            while (fields.size() <= column)
                fields << QString();
            fields[column] = text;
        }
    }
    if (xml.hasError())
        return QCoreApplication::translate("wres", "the workbook is damaged: sheet '%1' cannot be read (%2)")
            .arg(sheet.name, xml.errorString());
    return {};
}

} // namespace

const Worksheet* Workbook::sheet(const QString& name) const
{
    for (const Worksheet& s : sheets)
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

Workbook readWorkbook(const QByteArray& bytes, const QString& fileName, Sheets which)
{
    Workbook book;
    const auto fail = [&](const QString& message) {
        book.sheets.clear();
        book.problems << Problem{fileName, 0, {}, message};
        return book;
    };
    if (bytes.startsWith(kOle2)) {
        // An old binary workbook, or an encrypted one (Office wraps those in the same container).
        if (bytes.contains(QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o", 28)))
            return fail(QCoreApplication::translate(
                "wres", "the workbook is protected by a password; save a copy without the password "
                        "(File ▸ Info ▸ Protect Workbook in Excel) and import that"));
        return fail(QCoreApplication::translate(
            "wres", "this is an old Excel 97-2003 workbook (.xls); save it as an Excel Workbook "
                    "(.xlsx) and import that"));
    }
    const ZipReader zip(bytes);
    if (!bytes.startsWith("PK") || !zip.isValid())
        return fail(QCoreApplication::translate("wres", "not an Excel workbook (.xlsx): it is not a zip package"));
    const auto workbook = zip.file(QStringLiteral("xl/workbook.xml"));
    const auto relations = zip.file(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !relations)
        return fail(QCoreApplication::translate(
            "wres", "not an Excel workbook (.xlsx), or a damaged one: it has no workbook part"));

    // The sheets in the workbook's order, with the relation naming the part of each.
    QStringList sheetRelations;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"sheet") {
                Worksheet sheet;
                sheet.name = xml.attributes().value(QStringLiteral("name")).toString();
                const auto state = xml.attributes().value(QStringLiteral("state"));
                sheet.hidden = state == u"hidden" || state == u"veryHidden";
                QString relation;
                for (const QXmlStreamAttribute& a : xml.attributes())
                    if (a.name() == u"id")
                        relation = a.value().toString();
                book.sheets << sheet;
                sheetRelations << relation;
            }
        }
        if (xml.hasError() || book.sheets.isEmpty() || sheetRelations.front().isEmpty())
            return fail(QCoreApplication::translate("wres", "the workbook is damaged or has no worksheet"));
    }
    if (which == Sheets::First) {
        book.sheets.resize(1);
        sheetRelations.resize(1);
    }
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(*relations);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship")
                targets.insert(xml.attributes().value(QStringLiteral("Id")).toString(),
                               xml.attributes().value(QStringLiteral("Target")).toString());
        }
    }

    QStringList shared;
    if (const auto strings = zip.file(QStringLiteral("xl/sharedStrings.xml"))) {
        QXmlStreamReader xml(*strings);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                shared << textOf(xml);
        }
        if (xml.hasError())
            return fail(
                QCoreApplication::translate("wres", "the workbook is damaged: its shared strings cannot be read (%1)")
                    .arg(xml.errorString()));
    }
    const QList<DateShown> dates = dateStyles(zip.file(QStringLiteral("xl/styles.xml")).value_or(QByteArray()));

    for (int i = 0; i < book.sheets.size(); ++i) {
        Worksheet& sheet = book.sheets[i];
        const QString target = targets.value(sheetRelations[i]);
        if (target.isEmpty())
            return fail(QCoreApplication::translate("wres", "the workbook is damaged: its sheet '%1' has no part")
                            .arg(sheet.name));
        const QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        const auto part = zip.file(path);
        if (!part)
            return fail(
                QCoreApplication::translate("wres", "the workbook is damaged: the part of sheet '%1' cannot be read")
                    .arg(sheet.name));
        if (const QString problem = readRows(*part, shared, dates, sheet); !problem.isEmpty())
            return fail(problem);
    }
    return book;
}

Sheet readFirstSheet(const QByteArray& bytes, const QString& fileName)
{
    Sheet sheet;
    Workbook book = readWorkbook(bytes, fileName, Sheets::First);
    sheet.problems = book.problems;
    if (!book.problems.isEmpty())
        return sheet;
    Worksheet& first = book.sheets.front();
    sheet.name = first.name;
    if (first.rows.isEmpty()) {
        sheet.problems << Problem{fileName,
                                  0,
                                  {},
                                  QCoreApplication::translate("wres",
                                                              "the first sheet '%1' is empty; the plan must be on "
                                                              "the first sheet, with a header row")
                                      .arg(first.name)};
        return sheet;
    }
    sheet.table.header = first.rows.front().cells;
    for (qsizetype r = 1; r < first.rows.size(); ++r)
        sheet.table.records << CsvRecord{first.rows[r].number, std::move(first.rows[r].cells)};
    return sheet;
}

} // namespace wres::core::Xlsx
