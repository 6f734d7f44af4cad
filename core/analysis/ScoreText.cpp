#include "core/analysis/ScoreText.h"

#include <QByteArray>
#include <QLocale>

#include <cmath>

namespace js::analysis {

QString scoreText(double score)
{
    return QLocale().toString(score, 'f', 1);
}

QString changeText(double change)
{
    const double rounded = std::round(change * 10.0) / 10.0;
    const QString magnitude = QLocale().toString(std::abs(rounded), 'f', 1);
    if (rounded > 0)
        return QStringLiteral("+") + magnitude;
    if (rounded < 0)
        return QStringLiteral("\u2212") + magnitude;
    return QStringLiteral("\u00b1") + magnitude;
}

double shownChange(double before, double after)
{
    // Rounded as scoreText rounds, from the exact binary value: a mean of
    // 3.55 is just under it and reads "3.5", where 3.55 * 10 would round up.
    const auto shown = [](double score) { return QByteArray::number(score, 'f', 1).toDouble(); };
    return std::round((shown(after) - shown(before)) * 10.0) / 10.0;
}

} // namespace js::analysis
