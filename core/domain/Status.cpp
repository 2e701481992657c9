#include "Status.h"

#include <array>

namespace wres::core {
namespace {

struct StatusName
{
    Status status;
    const char* code;
    const char* label;
};

constexpr std::array<StatusName, 4> kNames{{
    {Status::NotStarted, "not_started", "Not started"},
    {Status::InProgress, "in_progress", "In progress"},
    {Status::Delayed, "delayed", "Delayed"},
    {Status::Complete, "complete", "Complete"},
}};

QString normalised(const QString& text)
{
    return text.simplified().toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace

QString statusLabel(Status status)
{
    for (const auto& name : kNames)
        if (name.status == status)
            return QString::fromLatin1(name.label);
    return {};
}

QString statusCode(Status status)
{
    for (const auto& name : kNames)
        if (name.status == status)
            return QString::fromLatin1(name.code);
    return {};
}

std::optional<Status> parseStatus(const QString& text)
{
    const QString wanted = normalised(text);
    if (wanted.isEmpty())
        return Status::None;
    for (const auto& name : kNames)
        if (wanted == normalised(QString::fromLatin1(name.label)))
            return name.status;
    return std::nullopt;
}

std::optional<Status> statusFromCode(const QString& code)
{
    if (code.isEmpty())
        return Status::None;
    for (const auto& name : kNames)
        if (code == QLatin1String(name.code))
            return name.status;
    return std::nullopt;
}

QStringList statusLabels()
{
    QStringList labels;
    for (const auto& name : kNames)
        labels << QString::fromLatin1(name.label);
    return labels;
}

unsigned statusRgb(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return 0xd8dde0;
    case Status::InProgress:
        return 0xffb81c;
    case Status::Delayed:
        return 0xd5281b;
    case Status::Complete:
        return 0x009639;
    case Status::None:
        break;
    }
    return 0;
}

} // namespace wres::core
