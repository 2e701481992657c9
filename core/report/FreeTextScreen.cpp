#include "FreeTextScreen.h"

#include "BoardPack.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wres::core {
namespace {

constexpr auto kCase = QRegularExpression::CaseInsensitiveOption;

// Numbers that cannot count people, blanked before the search (see the header).
const QList<QRegularExpression>& exclusions()
{
    static const QString month = QStringLiteral("(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*");
    static const QString ordinal = QStringLiteral("\\d{1,2}(st|nd|rd|th)?");
    static const QList<QRegularExpression> list = {
        QRegularExpression(QStringLiteral("\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b")),
        QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}\\b")),
        QRegularExpression(
            QStringLiteral("\\b") + ordinal + QStringLiteral("\\s+(of\\s+)?") + month + QStringLiteral("\\b"), kCase),
        QRegularExpression(QStringLiteral("\\b") + month + QStringLiteral("\\s+") + ordinal + QStringLiteral("\\b"),
                           kCase),
        QRegularExpression(QStringLiteral("\\b(19|20)\\d{2}\\s*[/-]\\s*((19|20)\\d{2}|\\d{2})\\b")),
        QRegularExpression(QStringLiteral("\\b(19|20)\\d{2}\\b")),
        QRegularExpression(
            QStringLiteral("\\bbands?\\s+\\d{1,2}[a-d]?(\\s*(-|–|to|and|&|,)\\s*(band\\s+)?\\d{1,2}[a-d]?)*\\b"),
            kCase),
        QRegularExpression(QStringLiteral("\\b8[a-d](\\s*(-|–)\\s*(8[a-d]|9))?\\b"), kCase),
        QRegularExpression(QStringLiteral("\\b(indicators?|wres|wdes|metrics?)\\s+\\d{1,2}[a-z]?(\\([iv]+\\))?"
                                          "(\\s*(,|and|&|-|–|to)\\s*\\d{1,2}[a-z]?(\\([iv]+\\))?)*"),
                           kCase),
        QRegularExpression(QStringLiteral("\\b(actions?|objectives?|themes?)\\s+\\d+(\\.\\d+)*"), kCase),
        QRegularExpression(QStringLiteral("\\bq[1-4]\\b"), kCase),
        QRegularExpression(QStringLiteral("\\bcovid-?19\\b"), kCase),
    };
    return list;
}

const QRegularExpression& numbers()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\d+(?:[.,]\\d+)*%?|\\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                       "fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|(?:a\\s+)?dozens?|(?:a\\s+)?couple|"
                       "(?:a\\s+)?handful|(?:a\\s+)?pair|both|twice)\\b"),
        kCase);
    return pattern;
}

QString excerptAround(const QString& text, qsizetype at)
{
    const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const qsizetype from = std::max<qsizetype>(0, at - 30);
    QString piece = flat.mid(from, 70).simplified();
    if (from > 0)
        piece.prepend(QStringLiteral("…"));
    if (from + 70 < flat.size())
        piece.append(QStringLiteral("…"));
    return piece;
}

class Screen
{
public:
    void check(const QString& where, const QString& field, const QString& text)
    {
        QString blanked = text;
        for (const QRegularExpression& exclusion : exclusions()) {
            auto it = exclusion.globalMatch(blanked);
            while (it.hasNext()) {
                const auto match = it.next();
                blanked.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), u' '));
            }
        }
        QStringList found;
        qsizetype first = -1;
        auto it = numbers().globalMatch(blanked);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString number = text.mid(match.capturedStart(), match.capturedLength()).simplified();
            if (first < 0)
                first = match.capturedStart();
            if (!found.contains(number, Qt::CaseInsensitive))
                found << number;
        }
        if (!found.isEmpty())
            m_findings << TextFinding{where, field, found, excerptAround(text, first)};
    }
    QList<TextFinding> findings() const { return m_findings; }

private:
    QList<TextFinding> m_findings;
};

} // namespace

QString TextFinding::toString() const
{
    return QCoreApplication::translate("FreeTextScreen", "%1, %2: holds %3 (\"%4\")")
        .arg(where, field, numbers.join(QStringLiteral(", ")), excerpt);
}

QStringList FreeTextScreen::numbersIn(const QString& text)
{
    Screen screen;
    screen.check({}, {}, text);
    const auto findings = screen.findings();
    return findings.isEmpty() ? QStringList() : findings.front().numbers;
}

QList<TextFinding> FreeTextScreen::screen(const BoardPack& pack)
{
    Screen screen;
    const QString plan = QCoreApplication::translate("FreeTextScreen", "the plan");
    screen.check(plan, QCoreApplication::translate("FreeTextScreen", "title"), pack.plan.info.title);
    screen.check(plan, QCoreApplication::translate("FreeTextScreen", "organisation"), pack.plan.info.organisation);
    screen.check(plan, QCoreApplication::translate("FreeTextScreen", "period"), pack.plan.info.period);
    for (const ThemeData& theme : pack.plan.themes) {
        screen.check(QCoreApplication::translate("FreeTextScreen", "theme \"%1\"").arg(theme.name.simplified()),
                     QCoreApplication::translate("FreeTextScreen", "theme name"), theme.name);
        for (const ObjectiveData& objective : theme.objectives) {
            screen.check(QCoreApplication::translate("FreeTextScreen", "objective %1").arg(objective.number),
                         QCoreApplication::translate("FreeTextScreen", "objective"), objective.text);
            for (const ActionData& action : objective.actions) {
                const ActionRow* row = pack.row(action.id);
                const QString where = QCoreApplication::translate("FreeTextScreen", "action %1")
                                          .arg(row ? row->reference : action.number);
                screen.check(where, QCoreApplication::translate("FreeTextScreen", "action text"), action.text);
                screen.check(where, QCoreApplication::translate("FreeTextScreen", "leads"),
                             action.leads.join(QStringLiteral("; ")));
                screen.check(where, QCoreApplication::translate("FreeTextScreen", "timescale"), action.timescale.text);
                screen.check(where, QCoreApplication::translate("FreeTextScreen", "milestones"), action.milestones);
                screen.check(where, QCoreApplication::translate("FreeTextScreen", "progress note"), action.progress);
            }
        }
    }
    for (const BoardPack::Change& change : pack.changes)
        if (!change.note.isEmpty())
            screen.check(QCoreApplication::translate("FreeTextScreen", "action %1").arg(change.reference),
                         QCoreApplication::translate("FreeTextScreen", "update note"), change.note);
    return screen.findings();
}

} // namespace wres::core
