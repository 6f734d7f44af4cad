#include "ui/assess/ScoreDistribution.h"

#include "core/render/HeatScale.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace js {
using namespace Qt::Literals::StringLiterals;

ScoreDistribution::ScoreDistribution(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"focusDistribution"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ScoreDistribution::setStats(const analysis::CellStats& stats, double target)
{
    if (stats == m_stats && target == m_target)
        return;
    m_stats = stats;
    m_target = target;
    setAccessibleDescription(tr("1: %1, 2: %2, 3: %3, 4: %4, 5: %5, N/A: %6")
                                 .arg(stats.counts[0])
                                 .arg(stats.counts[1])
                                 .arg(stats.counts[2])
                                 .arg(stats.counts[3])
                                 .arg(stats.counts[4])
                                 .arg(stats.notApplicable));
    update();
}

void ScoreDistribution::setUnit(int pixels)
{
    if (pixels == m_unit)
        return;
    m_unit = pixels;
    updateGeometry();
    update();
}

QSize ScoreDistribution::sizeHint() const
{
    return QSize(m_unit * 16, m_unit * 9);
}

QSize ScoreDistribution::minimumSizeHint() const
{
    return QSize(m_unit * 10, m_unit * 7);
}

void ScoreDistribution::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const HeatScale scale(dark);

    QFont countFont = font();
    countFont.setPixelSize(std::max(9, int(m_unit * 1.15)));
    countFont.setBold(true);
    QFont labelFont = font();
    labelFont.setPixelSize(std::max(9, int(m_unit * 1.0)));
    const int countHeight = QFontMetrics(countFont).height();
    const int labelHeight = QFontMetrics(labelFont).height();

    // Six columns; N/A set a little apart from the scale.
    const int gap = std::max(4, m_unit / 2);
    const int apart = m_unit;
    const int columnWidth = (width() - 5 * gap - apart) / 6;
    const int top = countHeight + 2;
    // Room under the bars for the mean's mark, then the answers.
    const int markHeight = int(std::max(5.0, m_unit * 0.45) * 1.2) + 4;
    const int baseline = height() - labelHeight - markHeight;
    const int barSpace = std::max(4, baseline - top);
    const int most = std::max({m_stats.counts[0], m_stats.counts[1], m_stats.counts[2],
                               m_stats.counts[3], m_stats.counts[4], m_stats.notApplicable, 1});

    auto columnX = [&](int i) { return i * (columnWidth + gap) + (i == 5 ? apart : 0); };
    for (int i = 0; i < 6; ++i) {
        const int count = i < 5 ? m_stats.counts[size_t(i)] : m_stats.notApplicable;
        const QColor fill = i < 5 ? scale.fill(i + 1, m_target) : scale.notApplicable();
        const int barHeight = count == 0 ? 3 : std::max(6, barSpace * count / most);
        const QRectF bar(columnX(i), baseline - barHeight, columnWidth, barHeight);
        QPainterPath path;
        path.addRoundedRect(bar, m_unit / 5.0, m_unit / 5.0);
        if (count == 0) {
            painter.fillPath(path, QColor(ink.red(), ink.green(), ink.blue(), 40));
        } else {
            painter.fillPath(path, fill);
            painter.setPen(QColor(ink.red(), ink.green(), ink.blue(), 90));
            painter.drawPath(path);
        }
        painter.setPen(count == 0 ? QColor(ink.red(), ink.green(), ink.blue(), 110) : ink);
        painter.setFont(countFont);
        painter.drawText(QRectF(bar.left(), bar.top() - countHeight - 2, columnWidth, countHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(count));
        painter.setPen(ink);
        painter.setFont(labelFont);
        painter.drawText(QRectF(bar.left(), baseline + markHeight, columnWidth, labelHeight),
                         Qt::AlignHCenter | Qt::AlignTop,
                         i < 5 ? QString::number(i + 1) : tr("N/A"));
    }
    // The mean: a mark under the scale at its place, clear of the counts.
    if (m_stats.hasMean()) {
        const double centreOf1 = columnX(0) + columnWidth / 2.0;
        const double centreOf5 = columnX(4) + columnWidth / 2.0;
        const double x = centreOf1 + (m_stats.mean - 1.0) / 4.0 * (centreOf5 - centreOf1);
        const double size = std::max(5.0, m_unit * 0.45);
        QPainterPath mark;
        mark.moveTo(x, baseline + 2);
        mark.lineTo(x - size, baseline + 2 + size * 1.2);
        mark.lineTo(x + size, baseline + 2 + size * 1.2);
        mark.closeSubpath();
        painter.fillPath(mark, ink);
    }
}

} // namespace js
