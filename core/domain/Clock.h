#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace wres::core {

// The day and time "overdue", "due soon" and "no update for 90 days" are judged against, for every
// front end. Tests fix it (Clock::Fixed), so those rules are checked on known dates.
class Clock
{
public:
    static QDate today();
    static QDateTime now(); // UTC

    // While one lives, the clock reads this moment (given as a local day at noon, or a UTC time).
    class Fixed
    {
    public:
        explicit Fixed(const QDate& today);
        explicit Fixed(const QDateTime& now);
        ~Fixed();
        Fixed(const Fixed&) = delete;
        Fixed& operator=(const Fixed&) = delete;

    private:
        std::optional<QDateTime> m_previous;
    };

private:
    static std::optional<QDateTime>& fixed();
};

} // namespace wres::core
