#include "StatusStyle.h"

#include <QPainter>
#include <QPixmap>

namespace wres::ui::StatusStyle {
namespace {

QIcon swatch(const QColor& colour, const QString& symbol)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x42, 0x55, 0x63), 2));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(2, 2, 28, 28), 5, 5);
    QFont font = painter.font();
    font.setPixelSize(18);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(colour.lightness() > 140 ? Qt::black : Qt::white);
    painter.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, symbol);
    return QIcon(pixmap);
}

} // namespace

QColor statusColour(core::Status status)
{
    return status == core::Status::None ? QColor(Qt::transparent) : QColor(QRgb(core::statusRgb(status)));
}

QString statusSymbol(core::Status status)
{
    switch (status) {
    case core::Status::NotStarted:
        return QStringLiteral("○");
    case core::Status::InProgress:
        return QStringLiteral("◐");
    case core::Status::Delayed:
        return QStringLiteral("▲");
    case core::Status::Complete:
        return QStringLiteral("●");
    case core::Status::None:
        break;
    }
    return {};
}

QString statusText(core::Status status)
{
    if (status == core::Status::None)
        return QStringLiteral("—");
    return statusSymbol(status) + QLatin1Char(' ') + core::statusLabel(status);
}

QColor ragColour(core::Rag rag)
{
    return rag == core::Rag::None ? QColor(Qt::transparent) : QColor(QRgb(core::ragRgb(rag)));
}

QString ragText(core::Rag rag)
{
    if (rag == core::Rag::None)
        return {};
    return core::ragLetter(rag) + QLatin1Char(' ') + core::ragLabel(rag);
}

QIcon statusIcon(core::Status status)
{
    return status == core::Status::None ? QIcon() : swatch(statusColour(status), statusSymbol(status));
}

QIcon ragIcon(core::Rag rag)
{
    return rag == core::Rag::None ? QIcon() : swatch(ragColour(rag), core::ragLetter(rag));
}

} // namespace wres::ui::StatusStyle
