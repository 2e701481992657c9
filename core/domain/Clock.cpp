#include "Clock.h"

namespace wres::core {

std::optional<QDateTime>& Clock::fixed()
{
    static std::optional<QDateTime> moment;
    return moment;
}

QDate Clock::today()
{
    return fixed() ? fixed()->toLocalTime().date() : QDate::currentDate();
}

QDateTime Clock::now()
{
    return fixed() ? fixed()->toUTC() : QDateTime::currentDateTimeUtc();
}

Clock::Fixed::Fixed(const QDate& today) : Fixed(QDateTime(today, QTime(12, 0)).toUTC()) {}

Clock::Fixed::Fixed(const QDateTime& now) : m_previous(fixed())
{
    fixed() = now.toUTC();
}

Clock::Fixed::~Fixed()
{
    fixed() = m_previous;
}

} // namespace wres::core
