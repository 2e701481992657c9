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

struct ActionData
{
    qint64 id = 0; // 0 until stored
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
    QString uid; // stable identity across copies of the file
    QString organisation;
    QString title;
    QString period;
    QString framework = QStringLiteral("WRES");
    QDateTime createdAt;
};

struct PlanData
{
    PlanInfo info;
    QList<ThemeData> themes;

    int actionCount() const;
};

} // namespace wres::core
