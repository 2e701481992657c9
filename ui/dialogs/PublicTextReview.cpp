#include "PublicTextReview.h"

#include "MessageBox.h"
#include "plan/PlanSession.h"
#include "report/FreeTextScreen.h"

#include <QCoreApplication>

namespace wres::ui::PublicTextReview {

std::optional<core::BoardPackOptions> review(QWidget* parent, const PlanSession& session,
                                             core::BoardPackOptions options)
{
    if (!options.redact)
        return options;
    const QList<core::TextFinding> findings = core::FreeTextScreen::screen(session.boardPack(options));
    if (findings.isEmpty())
        return options;
    constexpr qsizetype kListed = 25;
    QStringList lines;
    for (qsizetype i = 0; i < findings.size() && i < kListed; ++i)
        lines << QStringLiteral("• ") + findings[i].toString();
    if (findings.size() > kListed)
        lines << QCoreApplication::translate("PublicTextReview", "… and %1 more.").arg(findings.size() - kListed);
    const QString text =
        QCoreApplication::translate("PublicTextReview",
                                    "%1 field(s) of the public version hold a number. A number in free text can give "
                                    "away a count the figures hide (\"4 of the 7 BME attendees\"): check each before "
                                    "publishing.\n\n%2\n\nWrite the public version with this text, leave the progress "
                                    "notes out of it, or cancel and edit the text first?")
            .arg(findings.size())
            .arg(lines.join(QLatin1Char('\n')));
    const QMessageBox::StandardButton answer = MessageBox::choose(
        parent, QCoreApplication::translate("PublicTextReview", "Check the text before publishing"), text,
        {{QMessageBox::Yes, QCoreApplication::translate("PublicTextReview", "&Write it as it is")},
         {QMessageBox::Discard, QCoreApplication::translate("PublicTextReview", "&Leave progress notes out")},
         {QMessageBox::Cancel, QCoreApplication::translate("PublicTextReview", "Cancel")}});
    if (answer == QMessageBox::Yes)
        return options;
    if (answer == QMessageBox::Discard) {
        options.notes = false;
        return options;
    }
    return std::nullopt;
}

} // namespace wres::ui::PublicTextReview
