#pragma once

#include <QString>

#include <stdexcept>

namespace wres::core {

// A database that cannot be used, or an operation on it that failed. The message is a sentence
// for the user: what happened and what to do.
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        FileMissing,
        NotADatabase,
        Corrupt,
        TooNew,
        ReadOnly,
        Busy,
        DiskFull,
        Conflict,     // someone else changed it since it was read
        NotPermitted, // the server refused it: the user's role does not allow it (team mode)
        Refused,      // an output aimed at what must not be replaced: the open plan, its companions, a backup
        Failed,
    };

    StoreError(Kind kind, const QString& message) : std::runtime_error(message.toStdString()), m_kind(kind) {}

    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromStdString(what()); }

private:
    Kind m_kind;
};

// A request that names something that does not exist or breaks a rule of the plan
// (an unknown action id, an empty action text). Nothing was changed.
class InvalidRequest : public std::runtime_error
{
public:
    explicit InvalidRequest(const QString& message) : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromStdString(what()); }
};

} // namespace wres::core
