#include "ReportPalette.h"

#include "domain/Rag.h"
#include "domain/Status.h"

#include <QCoreApplication>

#include <cmath>

namespace wres::ui::report::ReportPalette {
namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

QColor fill(Tone tone)
{
    switch (tone) {
    case Tone::NotStarted:
        return QColor(QRgb(core::statusRgb(core::Status::NotStarted)));
    case Tone::InProgress:
        return QColor(QRgb(core::statusRgb(core::Status::InProgress)));
    case Tone::Delayed:
        return QColor(QRgb(core::statusRgb(core::Status::Delayed)));
    case Tone::Complete:
        return QColor(QRgb(core::statusRgb(core::Status::Complete)));
    case Tone::NoStatus:
        return QColor(Qt::white);
    case Tone::RagRed:
        return QColor(QRgb(core::ragRgb(core::Rag::Red)));
    case Tone::RagAmber:
        return QColor(QRgb(core::ragRgb(core::Rag::Amber)));
    case Tone::RagGreen:
        return QColor(QRgb(core::ragRgb(core::Rag::Green)));
    case Tone::RagBlue:
        return QColor(QRgb(core::ragRgb(core::Rag::Blue)));
    case Tone::Objective:
        return QColor(0xe8, 0xed, 0xee);
    case Tone::Total:
        return QColor(0xf0, 0xf4, 0xf5);
    case Tone::None:
        break;
    }
    return QColor(Qt::transparent);
}

QColor ink(Tone tone)
{
    const QColor background = fill(tone);
    if (background.alpha() == 0)
        return QColor(Qt::black);
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(background, black) >= contrast(background, white) ? black : white;
}

QString symbol(Tone tone)
{
    switch (tone) {
    case Tone::NotStarted:
        return QStringLiteral("○");
    case Tone::InProgress:
        return QStringLiteral("◐");
    case Tone::Delayed:
        return QStringLiteral("▲");
    case Tone::Complete:
        return QStringLiteral("●");
    case Tone::NoStatus:
        return QStringLiteral("—");
    case Tone::RagRed:
        return QStringLiteral("R");
    case Tone::RagAmber:
        return QStringLiteral("A");
    case Tone::RagGreen:
        return QStringLiteral("G");
    case Tone::RagBlue:
        return QStringLiteral("B");
    default:
        break;
    }
    return {};
}

QString word(Tone tone)
{
    switch (tone) {
    case Tone::NotStarted:
        return core::statusLabel(core::Status::NotStarted);
    case Tone::InProgress:
        return core::statusLabel(core::Status::InProgress);
    case Tone::Delayed:
        return core::statusLabel(core::Status::Delayed);
    case Tone::Complete:
        return core::statusLabel(core::Status::Complete);
    case Tone::NoStatus:
        return QCoreApplication::translate("BoardPack", "No status");
    case Tone::RagRed:
        return core::ragLabel(core::Rag::Red);
    case Tone::RagAmber:
        return core::ragLabel(core::Rag::Amber);
    case Tone::RagGreen:
        return core::ragLabel(core::Rag::Green);
    case Tone::RagBlue:
        return core::ragLabel(core::Rag::Blue);
    default:
        break;
    }
    return {};
}

QColor heading()
{
    return QColor(0x00, 0x5e, 0xb8);
}

QColor headerFill()
{
    return QColor(0x00, 0x5e, 0xb8);
}

QColor secondaryText()
{
    return QColor(0x42, 0x55, 0x63);
}

QColor rule()
{
    return QColor(0x76, 0x86, 0x92);
}

QColor noteFill()
{
    return QColor(0xe8, 0xed, 0xee);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace wres::ui::report::ReportPalette
