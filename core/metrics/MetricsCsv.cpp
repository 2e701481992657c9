#include "MetricsCsv.h"

#include "framework/Framework.h"
#include "io/CsvTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace wres::core::MetricsCsv {
namespace {

enum Column
{
    IndicatorColumn,
    PeriodColumn,
    CategoryColumn,
    GroupColumn,
    CountColumn,
    TotalColumn,
    ValueColumn,
    FrameworkColumn, // optional: absent or empty means WRES, so files from before WDES still import
    NoteColumn,      // optional: WDES 9b's narrative
    ColumnCount
};
const char* const kNames[ColumnCount] = {"indicator", "period", "category",  "group", "count",
                                         "total",     "value",  "framework", "note"};
constexpr int kContractColumns = FrameworkColumn; // the seven of the contract, written always

QString formatNumber(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace

QStringList columns()
{
    QStringList list;
    for (const char* name : kNames)
        list << QString::fromLatin1(name);
    return list;
}

namespace {

// "1" to "9" for WRES; a metric as written for WDES ("4a(i)", "4A (i)"); the indicator and a
// message when it is not one that takes figures.
const Indicator* indicatorOf(const Framework& framework, const QString& text, QString& why)
{
    const Indicator* indicator = framework.indicatorByCode(text);
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (!indicator && isNumber && framework.code == Framework::wres().code)
        indicator = framework.indicator(number); // "02" is indicator 2, as it always was
    if (indicator && indicator->hasFigures())
        return indicator;
    QStringList codes;
    for (const Indicator& i : framework.measured())
        codes << i.code;
    if (indicator) {
        QStringList under;
        for (int n : framework.descendants(indicator->number))
            if (const Indicator* child = framework.indicator(n); child && child->hasFigures())
                under << child->code;
        why = QCoreApplication::translate("wres", "'%1' is a heading of %2; give one of %3")
                  .arg(text, framework.code, under.join(QStringLiteral(", ")));
    } else if (framework.code == Framework::wres().code) {
        why = QCoreApplication::translate("wres", "'%1' is not a WRES indicator (1 to 9)").arg(text);
    } else {
        why = QCoreApplication::translate("wres", "'%1' is not a %2 metric (%3)")
                  .arg(text, framework.code, codes.join(QStringLiteral(", ")));
    }
    return nullptr;
}

} // namespace

ReadResult read(const QByteArray& bytes, const QString& fileName)
{
    ReadResult result;
    auto problem = [&](int line, const QString& column, const QString& message) {
        result.problems << Problem{fileName, line, column, message};
    };
    const CsvTable table = readCsv(bytes, fileName, result.problems);
    if (!result.problems.isEmpty())
        return result;
    QList<int> index(ColumnCount, -1);
    for (int i = 0; i < table.header.size(); ++i) {
        const QString key = table.header[i].simplified().toLower();
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c)
            if (key == QLatin1String(kNames[c]))
                column = c;
        if (column < 0)
            problem(1, table.header[i],
                    QCoreApplication::translate("wres", "unknown column; the metrics columns are %1")
                        .arg(columns().join(QStringLiteral(", "))));
        else if (index[column] >= 0)
            problem(1, table.header[i], QCoreApplication::translate("wres", "this column appears twice in the header"));
        else
            index[column] = i;
    }
    for (Column required : {IndicatorColumn, PeriodColumn, GroupColumn, CountColumn, TotalColumn})
        if (index[required] < 0)
            problem(1, QString::fromLatin1(kNames[required]),
                    QCoreApplication::translate("wres", "required column is missing from the header"));
    if (!result.problems.isEmpty())
        return result;

    QHash<QString, int> seen; // framework|indicator|period|category|group -> line
    for (const CsvRecord& record : table.records) {
        auto field = [&](Column c) {
            const int i = index[c];
            return i >= 0 && i < record.fields.size() ? unguardCsvText(record.fields[i]).trimmed() : QString();
        };
        const int line = record.line;
        if (record.fields.size() > table.header.size()) {
            problem(line, {},
                    QCoreApplication::translate("wres", "the row has %1 fields but the header has %2")
                        .arg(record.fields.size())
                        .arg(table.header.size()));
            continue;
        }
        MetricCount m;
        m.line = line;
        const QString frameworkText = field(FrameworkColumn);
        const Framework* framework = frameworkText.isEmpty() ? &Framework::wres() : Framework::find(frameworkText);
        if (!framework || framework->linkTargetsOnly) {
            problem(line, QStringLiteral("framework"),
                    framework ? QCoreApplication::translate("wres", "%1 has no figures of its own (its measures are "
                                                                    "for linking actions); use WRES or WDES")
                                    .arg(framework->code)
                              : QCoreApplication::translate("wres", "'%1' is not a framework; use WRES or WDES, or "
                                                                    "leave it empty for WRES")
                                    .arg(frameworkText));
            continue;
        }
        m.framework = framework->code;
        QString why;
        const Indicator* definition = indicatorOf(*framework, field(IndicatorColumn), why);
        if (!definition) {
            problem(line, QStringLiteral("indicator"), why);
            continue;
        }
        m.indicator = definition->number;
        const QString name = framework == &Framework::wres()
                                 ? QCoreApplication::translate("wres", "indicator %1").arg(definition->code)
                                 : definition->label();
        m.period = field(PeriodColumn);
        if (m.period.isEmpty())
            problem(line, QStringLiteral("period"),
                    QCoreApplication::translate("wres", "the period is empty (e.g. 2021/22, 2021, March 2022)"));
        else if (periodYear(m.period) == 0)
            problem(line, QStringLiteral("period"),
                    QCoreApplication::translate("wres", "'%1' has no four-digit year to order it by").arg(m.period));
        m.category = field(CategoryColumn);
        const QString groupText = field(GroupColumn);
        m.group = MetricGroups::canonical(groupText);
        if (!groupText.isEmpty() && m.group.isEmpty()) {
            problem(
                line, QStringLiteral("group"),
                QCoreApplication::translate("wres", "'%1' is not a group; use White, BME, Asian, Black, Mixed or Other")
                    .arg(groupText));
            continue;
        }
        if (!MetricGroups::allowedFor(*definition).contains(m.group)) {
            problem(line, QStringLiteral("group"),
                    m.group.isEmpty()
                        ? QCoreApplication::translate("wres", "%1 needs a group (its figure is computed per group)")
                              .arg(name)
                        : QCoreApplication::translate("wres", "%1 does not use the group %2").arg(name, m.group));
            continue;
        }
        if (definition->categories == u"bands" && m.category.isEmpty())
            problem(line, QStringLiteral("category"),
                    QCoreApplication::translate("wres", "%1 needs the band, e.g. \"Clinical Band 5\" or \"Overall\"")
                        .arg(name));
        QStringList scopes = definition->boardScopes;
        scopes << QStringLiteral("Workforce");
        if (definition->categories == u"board" && !scopes.contains(m.category, Qt::CaseInsensitive))
            problem(line, QStringLiteral("category"),
                    QCoreApplication::translate("wres", "%1 needs the board scope: %2")
                        .arg(name, QStringList(scopes.mid(0, scopes.size() - 1)).join(QStringLiteral(", ")) +
                                       QCoreApplication::translate("wres", " or ") + scopes.back()));
        if (definition->categories == u"board")
            for (const QString& scope : scopes)
                if (scope.compare(m.category, Qt::CaseInsensitive) == 0)
                    m.category = scope;
        if (definition->categories.isEmpty() && !m.category.isEmpty())
            problem(line, QStringLiteral("category"),
                    QCoreApplication::translate("wres", "%1 has no categories; leave it empty").arg(name));

        auto number = [&](Column c, std::optional<qint64>& out) {
            const QString text = field(c);
            if (text.isEmpty() || text.compare(QStringLiteral("R"), Qt::CaseInsensitive) == 0)
                return;
            bool isNumber = false;
            const qint64 n = text.toLongLong(&isNumber);
            if (!isNumber) {
                const double d = text.toDouble(&isNumber);
                problem(line, QString::fromLatin1(kNames[c]),
                        isNumber && d != std::floor(d)
                            ? QCoreApplication::translate("wres", "'%1' is not a whole number").arg(text)
                            : QCoreApplication::translate(
                                  "wres", "'%1' is not a number (give a whole number, R or leave it empty)")
                                  .arg(text));
                return;
            }
            if (n < 0) {
                problem(line, QString::fromLatin1(kNames[c]),
                        QCoreApplication::translate("wres", "'%1' is negative").arg(text));
                return;
            }
            out = n;
        };
        number(CountColumn, m.count);
        number(TotalColumn, m.total);
        if (m.count && m.total && *m.count > *m.total)
            problem(line, QStringLiteral("count"),
                    QCoreApplication::translate("wres", "the count %1 is more than its total %2")
                        .arg(*m.count)
                        .arg(*m.total));
        QString valueText = field(ValueColumn).remove(QLatin1Char('%'));
        if (definition->kind == Indicator::Kind::YesNo) {
            // 9b is answered yes or no (1 or 0 accepted), with its narrative in note.
            const QString answer = valueText.toLower();
            if (answer == u"yes" || answer == u"y")
                valueText = QStringLiteral("1");
            else if (answer == u"no" || answer == u"n")
                valueText = QStringLiteral("0");
            else if (answer != u"1" && answer != u"0") {
                problem(line, QStringLiteral("value"),
                        QCoreApplication::translate("wres", "%1 is answered Yes or No, not '%2'").arg(name, valueText));
                continue;
            }
        }
        m.note = field(NoteColumn);
        if (!m.note.isEmpty() && definition->kind != Indicator::Kind::YesNo)
            problem(line, QStringLiteral("note"),
                    QCoreApplication::translate("wres", "only a yes or no metric (WDES 9b) takes a note; leave it "
                                                        "empty for %1")
                        .arg(name));
        if (!valueText.isEmpty() && valueText.compare(QStringLiteral("R"), Qt::CaseInsensitive) != 0) {
            bool isNumber = false;
            const double v = valueText.toDouble(&isNumber);
            if (!isNumber || !std::isfinite(v))
                problem(line, QStringLiteral("value"),
                        QCoreApplication::translate("wres", "'%1' is not a number").arg(valueText));
            else
                m.value = v;
        }
        if (m.group.isEmpty() && (m.count || m.total))
            problem(line, QStringLiteral("group"),
                    QCoreApplication::translate("wres",
                                                "a row without a group carries the published figure in value only"));
        if (definition->kind == Indicator::Kind::Score) {
            // A score is published, not counted: the value (0 to 10), and the respondents as its total.
            if (m.count)
                problem(line, QStringLiteral("count"),
                        QCoreApplication::translate("wres", "%1 is a score; give it in value (0 to 10) and the "
                                                            "number of respondents, if known, in total")
                            .arg(name));
            if (!m.value)
                problem(line, QStringLiteral("value"),
                        QCoreApplication::translate("wres", "%1 needs the score in value (0 to 10)").arg(name));
            else if (*m.value < 0.0 || *m.value > 10.0)
                problem(line, QStringLiteral("value"),
                        QCoreApplication::translate("wres", "%1 is a score from 0 to 10, not %2")
                            .arg(name, QString::number(*m.value)));
        } else if (!m.count && !m.total && !m.value) {
            problem(line, QStringLiteral("value"),
                    QCoreApplication::translate("wres", "the row has neither counts nor a published value"));
        }
        const QString key = QStringLiteral("%1|%2|%3|%4|%5")
                                .arg(m.framework)
                                .arg(m.indicator)
                                .arg(m.period, m.category.toLower(), m.group);
        if (const auto it = seen.constFind(key); it != seen.constEnd())
            problem(line, {},
                    QCoreApplication::translate("wres", "the same indicator, period, category and group as line %1")
                        .arg(*it));
        else
            seen.insert(key, line);
        result.counts << m;
    }
    if (result.problems.isEmpty() && result.counts.isEmpty())
        problem(2, {}, QCoreApplication::translate("wres", "the file has a header but no rows; nothing to import"));
    if (!result.problems.isEmpty())
        result.counts.clear();
    return result;
}

QByteArray write(const MetricCounts& counts)
{
    // The framework and note columns only when a row needs them, so a WRES file reads as it always has.
    const bool others = std::any_of(counts.begin(), counts.end(),
                                    [](const MetricCount& m) { return m.framework != Framework::wres().code; });
    const bool notes =
        std::any_of(counts.begin(), counts.end(), [](const MetricCount& m) { return !m.note.isEmpty(); });
    QStringList header = columns().mid(0, kContractColumns);
    if (others)
        header << QString::fromLatin1(kNames[FrameworkColumn]);
    if (notes)
        header << QString::fromLatin1(kNames[NoteColumn]);
    QByteArray out;
    appendCsvRecord(out, header);
    for (const MetricCount& m : counts) {
        const Indicator* definition = Framework::lookup(m.framework, m.indicator);
        QStringList fields{definition ? guardCsvText(definition->code) : QString::number(m.indicator),
                           guardCsvText(m.period),
                           guardCsvText(m.category),
                           m.group,
                           m.count ? QString::number(*m.count) : QString(),
                           m.total ? QString::number(*m.total) : QString(),
                           m.value ? formatNumber(*m.value) : QString()};
        if (others)
            fields << m.framework;
        if (notes)
            fields << guardCsvText(m.note);
        appendCsvRecord(out, fields);
    }
    return out;
}

} // namespace wres::core::MetricsCsv
