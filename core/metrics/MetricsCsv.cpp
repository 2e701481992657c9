#include "MetricsCsv.h"

#include "io/CsvTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

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
    ColumnCount
};
const char* const kNames[ColumnCount] = {"indicator", "period", "category", "group", "count", "total", "value"};

const QStringList kBoardScopes = {QStringLiteral("Board overall"), QStringLiteral("Voting"),
                                  QStringLiteral("Executive"), QStringLiteral("Workforce")};

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

    QHash<QString, int> seen; // indicator|period|category|group -> line
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
        bool ok = false;
        m.indicator = field(IndicatorColumn).toInt(&ok);
        if (!ok || m.indicator < 1 || m.indicator > 9) {
            problem(line, QStringLiteral("indicator"),
                    QCoreApplication::translate("wres", "'%1' is not a WRES indicator (1 to 9)")
                        .arg(field(IndicatorColumn)));
            continue;
        }
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
        if (!MetricGroups::allowedFor(m.indicator).contains(m.group)) {
            problem(line, QStringLiteral("group"),
                    m.group.isEmpty() ? QCoreApplication::translate(
                                            "wres", "indicator %1 needs a group (its figure is computed per group)")
                                            .arg(m.indicator)
                                      : QCoreApplication::translate("wres", "indicator %1 does not use the group %2")
                                            .arg(m.indicator)
                                            .arg(m.group));
            continue;
        }
        if (m.indicator == 1 && m.category.isEmpty())
            problem(line, QStringLiteral("category"),
                    QCoreApplication::translate("wres",
                                                "indicator 1 needs the band, e.g. \"Clinical Band 5\" or \"Overall\""));
        if (m.indicator == 9 && !kBoardScopes.contains(m.category, Qt::CaseInsensitive))
            problem(line, QStringLiteral("category"),
                    QCoreApplication::translate(
                        "wres", "indicator 9 needs the board scope: Board overall, Voting, Executive or Workforce"));
        if (m.indicator == 9)
            for (const QString& scope : kBoardScopes)
                if (scope.compare(m.category, Qt::CaseInsensitive) == 0)
                    m.category = scope;
        if (m.indicator != 1 && m.indicator != 9 && !m.category.isEmpty())
            problem(
                line, QStringLiteral("category"),
                QCoreApplication::translate("wres", "indicator %1 has no categories; leave it empty").arg(m.indicator));

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
        const QString valueText = field(ValueColumn).remove(QLatin1Char('%'));
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
        if (!m.count && !m.total && !m.value)
            problem(line, QStringLiteral("value"),
                    QCoreApplication::translate("wres", "the row has neither counts nor a published value"));
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(m.indicator).arg(m.period, m.category.toLower(), m.group);
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
    QByteArray out;
    appendCsvRecord(out, columns());
    for (const MetricCount& m : counts)
        appendCsvRecord(out, {QString::number(m.indicator), guardCsvText(m.period), guardCsvText(m.category), m.group,
                              m.count ? QString::number(*m.count) : QString(),
                              m.total ? QString::number(*m.total) : QString(),
                              m.value ? formatNumber(*m.value) : QString()});
    return out;
}

} // namespace wres::core::MetricsCsv
