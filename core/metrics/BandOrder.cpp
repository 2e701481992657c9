#include "BandOrder.h"

#include <QRegularExpression>

#include <algorithm>

namespace wres::core::BandOrder {
namespace {

// Staff groups, each a block of 1000 ranks.
constexpr int kNonClinical = 0;
constexpr int kClinical = 1000;
constexpr int kMedical = 2000;
constexpr int kNoGroup = 3000;
constexpr int kUnknown = 4000;
constexpr int kOverall = 5000;

// The band within a staff group: Under Band 1 = 0, Band N = 10 N, 8a..8d = 81..84, VSM = 900.
int bandRank(const QString& text)
{
    static const QRegularExpression vsm(QStringLiteral("\\bVSM\\b|very senior manager"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression under(QStringLiteral("\\bunder\\s+band\\s*1\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression band(QStringLiteral("\\bband\\s*(\\d)\\s*([a-d])?(?![0-9])"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (vsm.match(text).hasMatch())
        return 900;
    if (under.match(text).hasMatch())
        return 0;
    const QRegularExpressionMatch m = band.match(text);
    if (!m.hasMatch())
        return -1;
    const int number = m.captured(1).toInt();
    const QString letter = m.captured(2).toLower();
    if (number == 8 && !letter.isEmpty())
        return 80 + (letter.at(0).unicode() - u'a') + 1;
    return 10 * number;
}

// Medical and dental grades, from trainee to consultant; other medical categories after them.
int medicalRank(const QString& text)
{
    const QString t = text.toLower();
    if (t.contains(QStringLiteral("trainee")) || t.contains(QStringLiteral("training")))
        return 100;
    if (t.contains(QStringLiteral("non-consultant")) || t.contains(QStringLiteral("non consultant")) ||
        t.contains(QStringLiteral("career grade")) || t.contains(QStringLiteral("specialty")))
        return 200;
    if (t.contains(QStringLiteral("consultant")))
        return 300;
    return 999;
}

} // namespace

int rank(const QString& category)
{
    const QString c = category.simplified();
    if (c.compare(QStringLiteral("Overall"), Qt::CaseInsensitive) == 0)
        return kOverall;
    static const QRegularExpression nonClinical(QStringLiteral("^non[- ]?clinical\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression clinical(QStringLiteral("^clinical\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression medical(QStringLiteral("^medical\\b|^medical (and|&) dental\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    const int band = bandRank(c);
    if (nonClinical.match(c).hasMatch())
        return kNonClinical + (band >= 0 ? band : 999);
    if (clinical.match(c).hasMatch())
        return kClinical + (band >= 0 ? band : 999);
    if (medical.match(c).hasMatch())
        return kMedical + (band >= 0 ? band : medicalRank(c));
    return band >= 0 ? kNoGroup + band : kUnknown;
}

bool before(const QString& a, const QString& b)
{
    return rank(a) < rank(b);
}

QStringList sorted(QStringList categories)
{
    std::stable_sort(categories.begin(), categories.end(), before);
    return categories;
}

void sortFigures(MetricFigures& figures, int indicator)
{
    // Figures come indicator by indicator and period by period; each run of one period is sorted alone.
    qsizetype start = 0;
    while (start < figures.size()) {
        qsizetype end = start + 1;
        while (end < figures.size() && figures[end].indicator == figures[start].indicator &&
               figures[end].period == figures[start].period)
            ++end;
        if (figures[start].indicator == indicator)
            std::stable_sort(
                figures.begin() + start, figures.begin() + end,
                [](const MetricFigure& a, const MetricFigure& b) { return before(a.category, b.category); });
        start = end;
    }
}

} // namespace wres::core::BandOrder
