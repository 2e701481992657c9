#pragma once

#include "IndicatorLinks.h"
#include "Rag.h"
#include "Status.h"
#include "Tag.h"
#include "Timescale.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wres::core {

// One entry of an action's progress history: when, who, the status and RAG it left, and the note.
struct StatusUpdate
{
    qint64 id = 0;
    qint64 actionId = 0;
    QDateTime recordedAt; // UTC
    QString author;
    Status status = Status::None;
    Rag rag = Rag::None;
    QString note;
};

// One line of the audit trail: who changed which field of what, when, from what to what, and
// through which route ("command line", "window", an imported file).
struct AuditEntry
{
    QDateTime recordedAt; // UTC
    QString author;
    QString entity;      // "plan", "theme", "objective", "action" or "metric"
    qint64 entityId = 0; // the row's id (for "metric", the indicator number); 0 when it is not known
    QString field;
    QString oldValue;
    QString newValue;
    QString source;
    qint64 planId = 0; // the plan it belongs to; 0 for the file's metrics, which belong to no one plan
};

struct ActionData
{
    qint64 id = 0; // 0 until stored; on import, the id in the source document (audit entries refer to it)
    QString number;
    QString text; // may hold line breaks and bullets, kept as typed
    QStringList leads;
    Timescale timescale;
    Status status = Status::None;
    Rag rag = Rag::None;
    QString milestones;
    QString progress;
    IndicatorLinks indicators;
    Tags tags;
    int revision = 1;
    QList<StatusUpdate> updates; // oldest first; filled by loads that ask for history
};

struct ObjectiveData
{
    qint64 id = 0;
    QString number;
    QString text;
    QList<ActionData> actions;
};

struct ThemeData
{
    qint64 id = 0;
    QString name;
    IndicatorLinks indicators;
    Tags tags;
    QList<ObjectiveData> objectives;
};

struct PlanInfo
{
    qint64 id = 0;
    QString uid; // stable identity across copies of the file; always a plain token (isPlainUid)
    QString organisation;
    QString title;
    QString period;
    QString framework = QStringLiteral("WRES");
    QDateTime createdAt;
};

// Whether text is a plain identity token, as the program makes them (a UUID) and as other files may
// carry them: 1 to 64 of A-Z a-z 0-9 . _ - , starting with a letter or digit. Nothing else is taken
// from a file as an identity, so an identity can be written into other formats (a calendar's UID,
// a workbook) without escaping.
bool isPlainUid(const QString& text);

struct PlanData
{
    PlanInfo info;
    QList<ThemeData> themes;
    QList<AuditEntry> audit; // filled by loads that ask for history; entity ids are action ids

    int actionCount() const;
};

} // namespace wres::core
