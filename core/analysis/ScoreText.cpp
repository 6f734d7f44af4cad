#include "core/analysis/ScoreText.h"

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

} // namespace js::analysis
