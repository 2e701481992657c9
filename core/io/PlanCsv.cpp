#include "PlanCsv.h"

#include "CsvTable.h"
#include "domain/TextLimits.h"
#include "timescale/TimescaleParser.h"

#include <QCoreApplication>
#include <QHash>

namespace wres::core::PlanCsv {
namespace {

enum Column
{
    Theme,
    ThemeIndicators,
    ObjectiveNo,
    Objective,
    ActionNo,
    Action,
    Leads,
    TimescaleColumn,
    StatusColumn,
    RagColumn,
    IndicatorsColumn,
    Milestones,
    Progress,
    ThemeTags,
    TagsColumn,
    ColumnCount
};

const char* const kNames[ColumnCount] = {
    "theme", "theme_indicators", "objective_no", "objective", "action_no",  "action", "leads", "timescale", "status",
    "rag",   "indicators",       "milestones",   "progress",  "theme_tags", "tags"};

constexpr Column kRequired[] = {Theme, Objective, Action, Leads, TimescaleColumn, StatusColumn};

const QString kGeneralTheme = QStringLiteral("General");

QStringList splitLeads(const QString& text)
{
    QStringList leads;
    QStringList keys;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        const QString lead = part.simplified();
        if (lead.isEmpty() || keys.contains(lead.toLower()))
            continue;
        keys << lead.toLower();
        leads << lead;
    }
    return leads;
}

class Reader
{
public:
    Reader(const QString& fileName, int maxIndicator, bool guarded)
        : m_file(fileName), m_maxIndicator(maxIndicator), m_guarded(guarded)
    {}

    ReadResult read(const QByteArray& bytes)
    {
        const CsvTable table = readCsv(bytes, m_file, m_result.problems);
        if (!m_result.problems.isEmpty())
            return m_result;
        return readTable(table);
    }

    ReadResult readTable(const CsvTable& table)
    {
        if (!mapHeader(table.header))
            return m_result;
        for (const CsvRecord& record : table.records)
            readRecord(record);
        if (m_result.problems.isEmpty() && m_result.plan.themes.isEmpty())
            problem(2, {}, QCoreApplication::translate("wres", "the file has a header but no rows; nothing to import"));
        if (!m_result.problems.isEmpty())
            m_result.plan = {};
        return m_result;
    }

private:
    void problem(int line, const QString& column, const QString& message)
    {
        m_result.problems << Problem{m_file, line, column, message};
    }

    bool mapHeader(const QStringList& header)
    {
        m_index.fill(-1, ColumnCount);
        for (int i = 0; i < header.size(); ++i) {
            const QString key = headerKey(header[i]);
            int column = -1;
            for (int c = 0; c < ColumnCount; ++c)
                if (key == QLatin1String(kNames[c]))
                    column = c;
            if (column < 0) {
                problem(1, header[i],
                        QCoreApplication::translate("wres", "unknown column; the plan columns are %1")
                            .arg(columns().join(QStringLiteral(", "))));
            } else if (m_index[column] >= 0) {
                problem(1, header[i], QCoreApplication::translate("wres", "this column appears twice in the header"));
            } else {
                m_index[column] = i;
            }
        }
        for (Column column : kRequired)
            if (m_index[column] < 0)
                problem(1, QString::fromLatin1(kNames[column]),
                        QCoreApplication::translate("wres", "required column is missing from the header"));
        m_headerSize = int(header.size());
        return m_result.problems.isEmpty();
    }

    QString field(const CsvRecord& record, Column column) const
    {
        const int i = m_index[column];
        if (i < 0 || i >= record.fields.size())
            return {};
        return m_guarded ? unguardCsvText(record.fields[i]) : record.fields[i];
    }

    IndicatorLinks indicators(const CsvRecord& record, Column column)
    {
        const IndicatorParseResult parsed = parseIndicatorLinks(field(record, column), m_maxIndicator);
        if (!parsed.error.isEmpty())
            problem(record.line, QString::fromLatin1(kNames[column]), parsed.error);
        return parsed.links;
    }

    ThemeData& themeFor(const CsvRecord& record)
    {
        QString name = field(record, Theme).trimmed();
        if (name.isEmpty())
            name = kGeneralTheme;
        const IndicatorLinks links = indicators(record, ThemeIndicators);
        const Tags tags = parseTags(field(record, ThemeTags));
        auto& themes = m_result.plan.themes;
        for (ThemeData& theme : themes) {
            if (theme.name != name)
                continue;
            if (!links.isEmpty() && links != theme.indicators)
                problem(record.line, QStringLiteral("theme_indicators"),
                        QCoreApplication::translate(
                            "wres", "theme '%1' already has indicators '%2' (line %3); give the same or leave empty")
                            .arg(name, theme.indicators.toText())
                            .arg(m_themeLine.value(name)));
            for (const Tag& tag : tags)
                if (!theme.tags.contains(tag))
                    theme.tags << tag;
            return theme;
        }
        ThemeData theme;
        theme.name = name;
        theme.indicators = links;
        theme.tags = tags;
        themes << theme;
        m_themeLine.insert(name, record.line);
        return themes.back();
    }

    ObjectiveData& objectiveFor(ThemeData& theme, const CsvRecord& record)
    {
        const QString number = field(record, ObjectiveNo).trimmed();
        const QString text = field(record, Objective);
        // A row whose objective cells are blank continues the theme's last objective.
        if (number.isEmpty() && text.trimmed().isEmpty() && !theme.objectives.isEmpty())
            return theme.objectives.back();
        for (ObjectiveData& objective : theme.objectives) {
            const bool sameNumber = !number.isEmpty() && objective.number == number;
            if (sameNumber && (text.trimmed().isEmpty() || objective.text == text))
                return objective;
            if (sameNumber)
                problem(record.line, QStringLiteral("objective"),
                        QCoreApplication::translate(
                            "wres", "objective %1 of theme '%2' already has a different text; number the objectives "
                                    "apart or give the same text")
                            .arg(number, theme.name));
            if (number.isEmpty() && objective.number.isEmpty() && objective.text == text)
                return objective;
        }
        theme.objectives << ObjectiveData{0, number, text, {}};
        return theme.objectives.back();
    }

    void readRecord(const CsvRecord& record)
    {
        if (record.fields.size() > m_headerSize) {
            problem(record.line, {},
                    QCoreApplication::translate(
                        "wres", "the row has %1 fields but the header has %2; quote fields that contain commas")
                        .arg(record.fields.size())
                        .arg(m_headerSize));
            return;
        }
        checkTexts(record);
        ThemeData& theme = themeFor(record);
        ActionData action;
        action.number = field(record, ActionNo).trimmed();
        action.text = field(record, Action);
        action.leads = splitLeads(field(record, Leads));
        action.timescale = TimescaleParser::parse(field(record, TimescaleColumn).trimmed());
        action.milestones = field(record, Milestones);
        action.progress = field(record, Progress);
        action.indicators = indicators(record, IndicatorsColumn);
        action.tags = parseTags(field(record, TagsColumn));
        const QString statusText = field(record, StatusColumn);
        if (const auto status = parseStatus(statusText))
            action.status = *status;
        else
            problem(record.line, QStringLiteral("status"),
                    QCoreApplication::translate("wres", "'%1' is not a status; use %2, or leave it empty")
                        .arg(statusText.trimmed(), statusLabels().join(QStringLiteral(", "))));
        const QString ragText = field(record, RagColumn);
        if (const auto rag = parseRag(ragText))
            action.rag = *rag;
        else
            problem(record.line, QStringLiteral("rag"),
                    QCoreApplication::translate("wres", "'%1' is not a RAG rating; use R, A, G or B, or leave it empty")
                        .arg(ragText.trimmed()));

        const bool declaresOnly = action.text.trimmed().isEmpty() && action.number.isEmpty();
        const bool hasActionDetail = !action.leads.isEmpty() || !action.timescale.text.isEmpty() ||
                                     action.status != Status::None || action.rag != Rag::None ||
                                     !action.milestones.isEmpty() || !action.progress.isEmpty() ||
                                     !action.indicators.isEmpty() || !action.tags.isEmpty();
        const bool declaresObjective =
            !field(record, ObjectiveNo).trimmed().isEmpty() || !field(record, Objective).trimmed().isEmpty();
        if (declaresOnly && !hasActionDetail) {
            if (declaresObjective)
                objectiveFor(theme, record); // an objective without actions
            return;                          // or a theme without objectives
        }
        ObjectiveData& objective = objectiveFor(theme, record);
        if (action.text.trimmed().isEmpty()) {
            problem(record.line, QStringLiteral("action"),
                    QCoreApplication::translate("wres", "the action text is empty; every action needs a description"));
            return;
        }
        objective.actions << action;
    }

    // Every text must fit a spreadsheet cell and hold no NUL (TextLimits): named by its column and
    // the row's action.
    void checkTexts(const CsvRecord& record)
    {
        const QString number = field(record, ActionNo).trimmed();
        for (int c = 0; c < ColumnCount; ++c) {
            const QString why = TextLimits::problem(field(record, Column(c)));
            if (why.isEmpty())
                continue;
            problem(record.line, QString::fromLatin1(kNames[c]),
                    number.isEmpty() ? why
                                     : QCoreApplication::translate("wres", "action %1: %2").arg(number.left(32), why));
        }
    }

    QString m_file;
    int m_maxIndicator;
    bool m_guarded; // CSV text carries the formula guard; a workbook's cells do not
    ReadResult m_result;
    QList<int> m_index;
    int m_headerSize = 0;
    QHash<QString, int> m_themeLine;
};

} // namespace

QString headerKey(const QString& name)
{
    return name.simplified().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

QStringList columns()
{
    QStringList names;
    for (const char* name : kNames)
        names << QString::fromLatin1(name);
    return names;
}

ReadResult read(const QByteArray& bytes, const QString& fileName, int maxIndicator)
{
    return Reader(fileName, maxIndicator, true).read(bytes);
}

ReadResult readTable(const CsvTable& table, const QString& fileName, int maxIndicator)
{
    return Reader(fileName, maxIndicator, false).readTable(table);
}

QByteArray write(const PlanData& plan)
{
    QByteArray out;
    appendCsvRecord(out, columns());
    for (QStringList fields : rows(plan)) {
        for (QString& f : fields)
            f = guardCsvText(f);
        appendCsvRecord(out, fields);
    }
    return out;
}

QList<QStringList> rows(const PlanData& plan)
{
    QList<QStringList> out;
    for (const ThemeData& theme : plan.themes) {
        const QString themeIndicators = theme.indicators.toText();
        const QString themeTags = tagsToText(theme.tags);
        auto row = [&](const ObjectiveData& objective, const ActionData* action) {
            QStringList fields(ColumnCount);
            fields[Theme] = theme.name;
            fields[ThemeIndicators] = themeIndicators;
            fields[ThemeTags] = themeTags;
            fields[ObjectiveNo] = objective.number;
            fields[Objective] = objective.text;
            if (action) {
                fields[ActionNo] = action->number;
                fields[Action] = action->text;
                fields[Leads] = action->leads.join(QStringLiteral("; "));
                fields[TimescaleColumn] = action->timescale.text;
                fields[StatusColumn] = statusLabel(action->status);
                fields[RagColumn] = ragLetter(action->rag);
                fields[IndicatorsColumn] = action->indicators.toText();
                fields[Milestones] = action->milestones;
                fields[Progress] = action->progress;
                fields[TagsColumn] = tagsToText(action->tags);
            }
            out << fields;
        };
        if (theme.objectives.isEmpty())
            row(ObjectiveData{}, nullptr);
        for (const ObjectiveData& objective : theme.objectives) {
            if (objective.actions.isEmpty())
                row(objective, nullptr);
            for (const ActionData& action : objective.actions)
                row(objective, &action);
        }
    }
    return out;
}

} // namespace wres::core::PlanCsv
