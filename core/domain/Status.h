#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wres::core {

// The workflow status of an action. None means the plan does not record one (some published
// plans carry only a RAG rating).
enum class Status
{
    None,
    NotStarted,
    InProgress,
    Delayed,
    Complete,
};

// The words users type and see: "Not started", "In progress", "Delayed", "Complete" ("" for None).
QString statusLabel(Status status);
// Stable code stored in the database and in JSON: "not_started", ... ("" for None).
QString statusCode(Status status);
// Accepts the label in any case and spacing ("in progress", "In Progress"), or the code;
// empty text gives None; anything else nullopt.
std::optional<Status> parseStatus(const QString& text);
std::optional<Status> statusFromCode(const QString& code);
// The labels of every real status, in workflow order, for messages and pick lists.
QStringList statusLabels();
// The status colour of the NHS palette as 0xRRGGBB (0 for None), for every output that colours it.
unsigned statusRgb(Status status);

} // namespace wres::core
