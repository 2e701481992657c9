#include "PlanJson.h"

#include "domain/TextLimits.h"
#include "store/StoreError.h"
#include "timescale/TimescaleParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wres::core::PlanJson {
namespace {

const QString kFormat = QStringLiteral("wres-tracker-plan");
constexpr int kFormatVersion = 1;

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray tagsToJson(const Tags& tags)
{
    QJsonArray list;
    for (const Tag& tag : tags)
        list << QJsonObject{{QStringLiteral("kind"), tag.kind}, {QStringLiteral("name"), tag.name}};
    return list;
}

QJsonObject actionToJson(const ActionData& action)
{
    QJsonArray updates;
    for (const StatusUpdate& u : action.updates)
        updates << QJsonObject{{QStringLiteral("recorded_at"), isoUtc(u.recordedAt)},
                               {QStringLiteral("author"), u.author},
                               {QStringLiteral("status"), statusCode(u.status)},
                               {QStringLiteral("rag"), ragLetter(u.rag)},
                               {QStringLiteral("note"), u.note}};
    return QJsonObject{
        {QStringLiteral("id"), action.id},
        {QStringLiteral("number"), action.number},
        {QStringLiteral("text"), action.text},
        {QStringLiteral("leads"), QJsonArray::fromStringList(action.leads)},
        {QStringLiteral("timescale"), action.timescale.text},
        {QStringLiteral("timescale_kind"), timescaleKindCode(action.timescale.kind)},
        {QStringLiteral("due"),
         action.timescale.due.isValid() ? QJsonValue(action.timescale.due.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("status"), statusCode(action.status)},
        {QStringLiteral("rag"), ragLetter(action.rag)},
        {QStringLiteral("milestones"), action.milestones},
        {QStringLiteral("progress"), action.progress},
        {QStringLiteral("indicators"), action.indicators.toText()},
        {QStringLiteral("tags"), tagsToJson(action.tags)},
        {QStringLiteral("revision"), action.revision},
        {QStringLiteral("updates"), updates},
    };
}

class Reader
{
public:
    Reader(const QString& file, int maxIndicator) : m_file(file), m_max(maxIndicator) {}

    ReadResult read(const QByteArray& bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (doc.isNull() || !doc.isObject()) {
            const int line = int(bytes.left(error.offset).count('\n')) + 1;
            problem(line, {},
                    doc.isNull() ? QCoreApplication::translate("wres", "not valid JSON: %1").arg(error.errorString())
                                 : QCoreApplication::translate("wres", "the document is not a JSON object"));
            return m_result;
        }
        const QJsonObject root = doc.object();
        if (root.value(QStringLiteral("format")).toString() != kFormat) {
            problem(0, QStringLiteral("format"),
                    QCoreApplication::translate("wres", "this is not a WRES Tracker plan export"));
            return m_result;
        }
        if (root.value(QStringLiteral("format_version")).toInt() > kFormatVersion) {
            problem(0, QStringLiteral("format_version"),
                    QCoreApplication::translate(
                        "wres", "written by a newer WRES Tracker; install the newer version to import it"));
            return m_result;
        }
        const QJsonObject plan = root.value(QStringLiteral("plan")).toObject();
        PlanInfo& info = m_result.document.plan.info;
        info.uid = plan.value(QStringLiteral("uid")).toString();
        if (!info.uid.isEmpty() && !isPlainUid(info.uid))
            problem(0, QStringLiteral("plan.uid"),
                    QCoreApplication::translate("wres", "not a plan identity (1 to 64 letters, digits, '.', '_' or "
                                                        "'-'); leave it out to have a new one made"));
        info.organisation = checked(plan, QStringLiteral("organisation"), QStringLiteral("plan"));
        info.title = checked(plan, QStringLiteral("title"), QStringLiteral("plan"));
        info.period = checked(plan, QStringLiteral("period"), QStringLiteral("plan"));
        info.framework = plan.value(QStringLiteral("framework")).toString(QStringLiteral("WRES"));
        info.createdAt = QDateTime::fromString(plan.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        const QJsonArray themes = root.value(QStringLiteral("themes")).toArray();
        for (qsizetype t = 0; t < themes.size(); ++t)
            m_result.document.plan.themes << readTheme(themes[t].toObject(), QStringLiteral("themes[%1]").arg(t));
        readMetrics(root);
        readPublication(root.value(QStringLiteral("publication")).toObject());
        const QJsonArray audit = root.value(QStringLiteral("audit")).toArray();
        for (qsizetype i = 0; i < audit.size(); ++i) {
            const QJsonObject o = audit[i].toObject();
            AuditEntry entry{
                QDateTime::fromString(o.value(QStringLiteral("recorded_at")).toString(), Qt::ISODateWithMs),
                o.value(QStringLiteral("author")).toString(),
                o.value(QStringLiteral("entity")).toString(),
                qint64(o.value(QStringLiteral("entity_id")).toDouble()),
                o.value(QStringLiteral("field")).toString(),
                o.value(QStringLiteral("old_value")).toString(),
                o.value(QStringLiteral("new_value")).toString(),
                o.value(QStringLiteral("source")).toString()};
            if (!entry.recordedAt.isValid())
                problem(0, QStringLiteral("audit[%1].recorded_at").arg(i),
                        QCoreApplication::translate("wres", "not an ISO date and time"));
            m_result.document.plan.audit << entry;
        }
        if (!m_result.problems.isEmpty())
            m_result.document = {};
        return m_result;
    }

private:
    void readMetrics(const QJsonObject& root)
    {
        const QJsonArray metrics = root.value(QStringLiteral("metrics")).toArray();
        auto optionalCount = [](const QJsonValue& v) {
            return v.isDouble() ? std::optional<qint64>(qint64(v.toDouble())) : std::nullopt;
        };
        for (qsizetype i = 0; i < metrics.size(); ++i) {
            const QJsonObject o = metrics[i].toObject();
            MetricCount m;
            m.indicator = o.value(QStringLiteral("indicator")).toInt();
            m.period = o.value(QStringLiteral("period")).toString();
            m.category = o.value(QStringLiteral("category")).toString();
            m.group = o.value(QStringLiteral("group")).toString();
            m.count = optionalCount(o.value(QStringLiteral("count")));
            m.total = optionalCount(o.value(QStringLiteral("total")));
            if (o.value(QStringLiteral("value")).isDouble())
                m.value = o.value(QStringLiteral("value")).toDouble();
            const bool groupOk = MetricGroups::allowedFor(m.indicator).contains(m.group);
            if (m.indicator < 1 || m.indicator > m_max || !groupOk || periodYear(m.period) == 0 ||
                (m.count && m.total && *m.count > *m.total) || (m.count && *m.count < 0))
                problem(0, QStringLiteral("metrics[%1]").arg(i),
                        QCoreApplication::translate("wres",
                                                    "not a valid metric row (indicator %1, period '%2', group '%3')")
                            .arg(m.indicator)
                            .arg(m.period, m.group));
            m_result.document.metrics << m;
        }
        const QJsonArray targets = root.value(QStringLiteral("targets")).toArray();
        for (const QJsonValue& v : targets) {
            const QJsonObject o = v.toObject();
            m_result.document.targets << MetricTarget{
                o.value(QStringLiteral("indicator")).toInt(),  o.value(QStringLiteral("category")).toString(),
                o.value(QStringLiteral("measure")).toString(), o.value(QStringLiteral("value")).toDouble(),
                o.value(QStringLiteral("label")).toString(),   o.value(QStringLiteral("by_period")).toString()};
        }
    }

    // The publishing choices; absent parts (documents from before they existed) stay unset.
    void readPublication(const QJsonObject& publication)
    {
        Document& d = m_result.document;
        if (const QJsonObject o = publication.value(QStringLiteral("suppression")).toObject(); !o.isEmpty()) {
            SuppressionRule rule;
            const auto preset = SuppressionRule::presetFromCode(o.value(QStringLiteral("preset")).toString());
            if (!preset)
                problem(0, QStringLiteral("publication.suppression.preset"),
                        QCoreApplication::translate("wres", "not a small-number rule (wres, mhs, nhs-digital or "
                                                            "custom)"));
            rule.preset = preset.value_or(SuppressionRule::Preset::Wres);
            rule.customThreshold = qint64(o.value(QStringLiteral("threshold")).toDouble(-1));
            try {
                rule.exempt = SuppressionRule::parseExempt(o.value(QStringLiteral("exempt")).toString(),
                                                           QStringLiteral("publication.suppression.exempt"));
                rule.check();
            } catch (const InvalidRequest& e) {
                problem(0, QStringLiteral("publication.suppression"), e.message());
            }
            d.rule = rule;
        }
        if (const QJsonObject o = publication.value(QStringLiteral("similar")).toObject(); !o.isEmpty()) {
            ChangeTolerance t;
            t.ratio = o.value(QStringLiteral("ratio")).toDouble(-1);
            t.points = o.value(QStringLiteral("points")).toDouble(-1);
            if (const QString why = t.problem(); !why.isEmpty())
                problem(0, QStringLiteral("publication.similar"), why);
            d.tolerance = t;
        }
        const QJsonObject c = publication.value(QStringLiteral("cover")).toObject();
        const auto text = [&](const char* name) {
            const QString key = QString::fromLatin1(name);
            return checked(c.value(key).toString(), QStringLiteral("publication.cover.") + key);
        };
        d.cover.meeting = text("meeting");
        d.cover.agendaItem = text("agenda_item");
        d.cover.author = text("author");
        d.cover.presenter = text("presenter");
        d.cover.purpose = text("purpose");
        d.cover.recommendation = text("recommendation");
        for (const QJsonValue& v : c.value(QStringLiteral("committees")).toArray())
            d.cover.committees << checked(v.toString(), QStringLiteral("publication.cover.committees"));
        d.cover.organisation = text("organisation");
        d.cover.version = text("version");
        d.cover.updatesTo = text("updates_to");
    }

    void problem(int line, const QString& where, const QString& message)
    {
        m_result.problems << Problem{m_file, line, where, message};
    }

    // A text of the document, which must fit a spreadsheet cell and hold no NUL (TextLimits);
    // a problem names where it is and the action it belongs to.
    QString checked(const QString& text, const QString& where, const QString& action = {})
    {
        if (const QString why = TextLimits::problem(text); !why.isEmpty())
            problem(0, where,
                    action.isEmpty() ? why
                                     : QCoreApplication::translate("wres", "action %1: %2").arg(action.left(32), why));
        return text;
    }

    QString checked(const QJsonObject& o, const QString& key, const QString& where, const QString& action = {})
    {
        return checked(o.value(key).toString(), where + QLatin1Char('.') + key, action);
    }

    IndicatorLinks links(const QJsonObject& o, const QString& where)
    {
        const IndicatorParseResult parsed =
            parseIndicatorLinks(o.value(QStringLiteral("indicators")).toString(), m_max);
        if (!parsed.error.isEmpty())
            problem(0, where + QStringLiteral(".indicators"), parsed.error);
        return parsed.links;
    }

    Tags tags(const QJsonObject& o, const QString& where, const QString& action = {})
    {
        Tags list;
        const QJsonArray tags = o.value(QStringLiteral("tags")).toArray();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            const QString at = where + QStringLiteral(".tags[%1]").arg(i);
            list << Tag{checked(tags[i].toObject(), QStringLiteral("kind"), at, action),
                        checked(tags[i].toObject(), QStringLiteral("name"), at, action)};
        }
        return list;
    }

    template <typename T>
    T parsed(const std::optional<T>& value, const QString& where, const QString& text, const QString& what)
    {
        if (!value) {
            problem(0, where, QCoreApplication::translate("wres", "'%1' is not %2").arg(text, what));
            return T{};
        }
        return *value;
    }

    ThemeData readTheme(const QJsonObject& o, const QString& where)
    {
        ThemeData theme;
        theme.name = checked(o, QStringLiteral("name"), where);
        theme.indicators = links(o, where);
        theme.tags = tags(o, where);
        const QJsonArray objectives = o.value(QStringLiteral("objectives")).toArray();
        for (qsizetype i = 0; i < objectives.size(); ++i) {
            const QJsonObject jo = objectives[i].toObject();
            const QString at = where + QStringLiteral(".objectives[%1]").arg(i);
            ObjectiveData objective;
            objective.number = checked(jo, QStringLiteral("number"), at);
            objective.text = checked(jo, QStringLiteral("text"), at);
            const QJsonArray actions = jo.value(QStringLiteral("actions")).toArray();
            for (qsizetype a = 0; a < actions.size(); ++a)
                objective.actions << readAction(actions[a].toObject(), at + QStringLiteral(".actions[%1]").arg(a));
            theme.objectives << objective;
        }
        return theme;
    }

    ActionData readAction(const QJsonObject& o, const QString& where)
    {
        ActionData action;
        action.id = qint64(o.value(QStringLiteral("id")).toDouble());
        action.number = checked(o, QStringLiteral("number"), where);
        const QString number = action.number;
        action.text = checked(o, QStringLiteral("text"), where, number);
        if (action.text.trimmed().isEmpty())
            problem(0, where + QStringLiteral(".text"),
                    QCoreApplication::translate("wres", "the action text is empty"));
        const QJsonArray leads = o.value(QStringLiteral("leads")).toArray();
        for (qsizetype i = 0; i < leads.size(); ++i)
            action.leads << checked(leads[i].toString(), where + QStringLiteral(".leads[%1]").arg(i), number);
        action.timescale = TimescaleParser::parse(checked(o, QStringLiteral("timescale"), where, number));
        const QString status = o.value(QStringLiteral("status")).toString();
        action.status =
            parsed(parseStatus(status), where + QStringLiteral(".status"), status, QStringLiteral("a status"));
        const QString rag = o.value(QStringLiteral("rag")).toString();
        action.rag = parsed(parseRag(rag), where + QStringLiteral(".rag"), rag, QStringLiteral("a RAG rating"));
        action.milestones = checked(o, QStringLiteral("milestones"), where, number);
        action.progress = checked(o, QStringLiteral("progress"), where, number);
        action.indicators = links(o, where);
        action.tags = tags(o, where, number);
        action.revision = o.value(QStringLiteral("revision")).toInt(1);
        const QJsonArray updates = o.value(QStringLiteral("updates")).toArray();
        for (qsizetype i = 0; i < updates.size(); ++i) {
            const QJsonObject u = updates[i].toObject();
            const QString at = where + QStringLiteral(".updates[%1]").arg(i);
            StatusUpdate update;
            update.recordedAt =
                QDateTime::fromString(u.value(QStringLiteral("recorded_at")).toString(), Qt::ISODateWithMs);
            if (!update.recordedAt.isValid())
                problem(0, at + QStringLiteral(".recorded_at"),
                        QCoreApplication::translate("wres", "not an ISO date and time"));
            update.author = checked(u, QStringLiteral("author"), at, number);
            const QString s = u.value(QStringLiteral("status")).toString();
            update.status = parsed(parseStatus(s), at + QStringLiteral(".status"), s, QStringLiteral("a status"));
            const QString r = u.value(QStringLiteral("rag")).toString();
            update.rag = parsed(parseRag(r), at + QStringLiteral(".rag"), r, QStringLiteral("a RAG rating"));
            update.note = checked(u, QStringLiteral("note"), at, number);
            action.updates << update;
        }
        return action;
    }

    QString m_file;
    int m_max;
    ReadResult m_result;
};

} // namespace

QByteArray write(const Document& document)
{
    const PlanData& plan = document.plan;
    const Indicators& indicators = document.indicators;
    const QStringList& leads = document.leads;
    QJsonArray indicatorList;
    for (const Indicator& i : indicators)
        indicatorList << QJsonObject{{QStringLiteral("number"), i.number},
                                     {QStringLiteral("short_title"), i.shortTitle},
                                     {QStringLiteral("definition"), i.definition},
                                     {QStringLiteral("kind"), indicatorKindCode(i.kind)},
                                     {QStringLiteral("numerator_group"), i.numeratorGroup},
                                     {QStringLiteral("better"), betterCode(i.better)}};
    QJsonArray themes;
    for (const ThemeData& theme : plan.themes) {
        QJsonArray objectives;
        for (const ObjectiveData& objective : theme.objectives) {
            QJsonArray actions;
            for (const ActionData& action : objective.actions)
                actions << actionToJson(action);
            objectives << QJsonObject{{QStringLiteral("number"), objective.number},
                                      {QStringLiteral("text"), objective.text},
                                      {QStringLiteral("actions"), actions}};
        }
        themes << QJsonObject{{QStringLiteral("name"), theme.name},
                              {QStringLiteral("indicators"), theme.indicators.toText()},
                              {QStringLiteral("tags"), tagsToJson(theme.tags)},
                              {QStringLiteral("objectives"), objectives}};
    }
    QJsonArray audit;
    for (const AuditEntry& e : plan.audit)
        audit << QJsonObject{{QStringLiteral("recorded_at"), isoUtc(e.recordedAt)},
                             {QStringLiteral("author"), e.author},
                             {QStringLiteral("entity"), e.entity},
                             {QStringLiteral("entity_id"), e.entityId},
                             {QStringLiteral("field"), e.field},
                             {QStringLiteral("old_value"), e.oldValue},
                             {QStringLiteral("new_value"), e.newValue},
                             {QStringLiteral("source"), e.source}};
    QJsonArray metrics;
    for (const MetricCount& m : document.metrics)
        metrics << QJsonObject{{QStringLiteral("indicator"), m.indicator},
                               {QStringLiteral("period"), m.period},
                               {QStringLiteral("category"), m.category},
                               {QStringLiteral("group"), m.group},
                               {QStringLiteral("count"), m.count ? QJsonValue(*m.count) : QJsonValue()},
                               {QStringLiteral("total"), m.total ? QJsonValue(*m.total) : QJsonValue()},
                               {QStringLiteral("value"), m.value ? QJsonValue(*m.value) : QJsonValue()}};
    QJsonArray targets;
    for (const MetricTarget& t : document.targets)
        targets << QJsonObject{{QStringLiteral("indicator"), t.indicator}, {QStringLiteral("category"), t.category},
                               {QStringLiteral("measure"), t.measure},     {QStringLiteral("value"), t.value},
                               {QStringLiteral("label"), t.label},         {QStringLiteral("by_period"), t.byPeriod}};
    QJsonObject publication;
    if (document.rule)
        publication.insert(QStringLiteral("suppression"),
                           QJsonObject{{QStringLiteral("preset"), SuppressionRule::code(document.rule->preset)},
                                       {QStringLiteral("threshold"), document.rule->customThreshold},
                                       {QStringLiteral("exempt"), document.rule->exemptText()}});
    if (document.tolerance)
        publication.insert(QStringLiteral("similar"),
                           QJsonObject{{QStringLiteral("ratio"), document.tolerance->ratio},
                                       {QStringLiteral("points"), document.tolerance->points}});
    const CoverDetails& c = document.cover;
    publication.insert(QStringLiteral("cover"),
                       QJsonObject{{QStringLiteral("meeting"), c.meeting},
                                   {QStringLiteral("agenda_item"), c.agendaItem},
                                   {QStringLiteral("author"), c.author},
                                   {QStringLiteral("presenter"), c.presenter},
                                   {QStringLiteral("purpose"), c.purpose},
                                   {QStringLiteral("recommendation"), c.recommendation},
                                   {QStringLiteral("committees"), QJsonArray::fromStringList(c.committees)},
                                   {QStringLiteral("organisation"), c.organisation},
                                   {QStringLiteral("version"), c.version},
                                   {QStringLiteral("updates_to"), c.updatesTo}});
    const PlanInfo& info = plan.info;
    const QJsonObject root{
        {QStringLiteral("audit"), audit},
        {QStringLiteral("publication"), publication},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("plan"), QJsonObject{{QStringLiteral("uid"), info.uid},
                                             {QStringLiteral("organisation"), info.organisation},
                                             {QStringLiteral("title"), info.title},
                                             {QStringLiteral("period"), info.period},
                                             {QStringLiteral("framework"), info.framework},
                                             {QStringLiteral("created_at"), isoUtc(info.createdAt)}}},
        {QStringLiteral("indicators"), indicatorList},
        {QStringLiteral("leads"), QJsonArray::fromStringList(leads)},
        {QStringLiteral("themes"), themes},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ReadResult read(const QByteArray& bytes, const QString& fileName, int maxIndicator)
{
    return Reader(fileName, maxIndicator).read(bytes);
}

} // namespace wres::core::PlanJson
