#include "ui/insights/LegendRow.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace js {

namespace {
constexpr double LineSwatch = 26.0;
constexpr double BoxSwatch = 14.0;
constexpr double Gap = 6.0;
constexpr double Spacing = 18.0;
} // namespace

LegendRow::LegendRow(QPainter* painter, const QRectF& rect, const ChartLook& look)
    : m_painter(painter)
    , m_rect(rect)
    , m_look(look)
    , m_x(rect.left())
    , m_y(rect.top())
{}

double LegendRow::lineHeight(const ChartLook& look)
{
    return std::ceil(QFontMetricsF(look.smallFont).height() * 1.6);
}

double LegendRow::height() const
{
    return m_y - m_rect.top() + lineHeight(m_look);
}

void LegendRow::place(double swatch, const QString& text)
{
    const double width = swatch + Gap + QFontMetricsF(m_look.smallFont).horizontalAdvance(text);
    if (m_x > m_rect.left() && m_x + width > m_rect.right()) {
        m_x = m_rect.left();
        m_y += lineHeight(m_look);
    }
}

void LegendRow::label(double swatch, const QString& text)
{
    const QFontMetricsF small(m_look.smallFont);
    const double width =
        std::min(small.horizontalAdvance(text) + 1, m_rect.right() - m_x - swatch - Gap);
    if (m_painter) {
        m_painter->setFont(m_look.smallFont);
        m_painter->setPen(m_look.text);
        m_painter->drawText(QRectF(m_x + swatch + Gap, m_y, width, lineHeight(m_look)),
                            Qt::AlignLeft | Qt::AlignVCenter,
                            small.elidedText(text, Qt::ElideRight, width));
    }
    m_x += swatch + Gap + width + Spacing;
}

void LegendRow::line(const QColor& colour, Qt::PenStyle style, Marker marker, const QString& text)
{
    place(LineSwatch, text);
    if (m_painter) {
        m_painter->save();
        const double y = m_y + lineHeight(m_look) / 2;
        m_painter->setPen(QPen(colour, 2.0, style));
        m_painter->drawLine(QPointF(m_x, y), QPointF(m_x + LineSwatch, y));
        const QPointF middle(m_x + LineSwatch / 2, y);
        m_painter->setPen(QPen(m_look.background, 1.5));
        m_painter->setBrush(colour);
        if (marker == Circle)
            m_painter->drawEllipse(middle, 5.0, 5.0);
        else if (marker == Square)
            m_painter->drawRect(QRectF(middle - QPointF(4, 4), QSizeF(8, 8)));
        m_painter->restore();
    }
    label(LineSwatch, text);
}

void LegendRow::box(const QColor& fill, const QString& text)
{
    place(BoxSwatch, text);
    if (m_painter) {
        const QRectF swatch(m_x, m_y + (lineHeight(m_look) - BoxSwatch) / 2, BoxSwatch, BoxSwatch);
        m_painter->fillRect(swatch, fill);
    }
    label(BoxSwatch, text);
}

void LegendRow::text(const QColor& colour, const QString& sample, const QString& text)
{
    const double swatch = QFontMetricsF(m_look.valueFont).horizontalAdvance(sample) + 1;
    place(swatch, text);
    if (m_painter) {
        m_painter->setFont(m_look.valueFont);
        m_painter->setPen(colour);
        m_painter->drawText(QRectF(m_x, m_y, swatch, lineHeight(m_look)),
                            Qt::AlignLeft | Qt::AlignVCenter, sample);
    }
    label(swatch, text);
}

} // namespace js
