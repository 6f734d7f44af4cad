#include "ui/assess/ScoreButton.h"

#include <QPainter>
#include <QPainterPath>

namespace js {

ScoreButton::ScoreButton(const QString& label, const QString& anchor, QWidget* parent)
    : QAbstractButton(parent)
    , m_anchor(anchor)
{
    setText(label);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(anchor.isEmpty() ? label : label + QStringLiteral(" ") + anchor);
}

void ScoreButton::setColours(const QColor& fill, const QColor& text)
{
    if (fill == m_fill && text == m_text)
        return;
    m_fill = fill;
    m_text = text;
    update();
}

void ScoreButton::setChosen(bool chosen)
{
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    update();
}

void ScoreButton::setUnit(int pixels)
{
    if (pixels == m_unit)
        return;
    m_unit = pixels;
    setFixedHeight(sizeHint().height());
    updateGeometry();
    update();
}

QSize ScoreButton::sizeHint() const
{
    return QSize(m_unit * 7, int(m_unit * 5.2));
}

QSize ScoreButton::minimumSizeHint() const
{
    return QSize(m_unit * 4, int(m_unit * 5.2));
}

void ScoreButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool enabled = isEnabled();
    const qreal border = m_chosen ? std::max(3.0, m_unit / 5.0) : 1.5;
    const QRectF box = QRectF(rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2);
    const qreal radius = m_unit * 0.6;
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);

    QColor background = m_chosen ? m_fill : pal.color(QPalette::Base);
    if (!m_chosen && m_hover && enabled)
        background = pal.color(QPalette::AlternateBase);
    if (isDown() && enabled)
        background = background.darker(108);
    painter.fillPath(path, background);

    // The scale's colour along the bottom of the answers not chosen.
    if (!m_chosen && m_fill.isValid()) {
        painter.save();
        painter.setClipPath(path);
        const qreal strip = std::max(4.0, m_unit * 0.35);
        QColor fill = m_fill;
        if (!enabled)
            fill.setAlphaF(0.35);
        painter.fillRect(QRectF(box.left(), box.bottom() - strip, box.width(), strip), fill);
        painter.restore();
    }

    QColor frame = m_chosen ? pal.color(QPalette::WindowText) : pal.color(QPalette::Mid);
    painter.setPen(QPen(frame, border));
    painter.drawPath(path);

    // The chosen answer of a locked round still reads plainly.
    QColor ink = m_chosen ? m_text : pal.color(QPalette::WindowText);
    if (!enabled && !m_chosen)
        ink = pal.color(QPalette::Disabled, QPalette::WindowText);
    painter.setPen(ink);
    QFont big = font();
    big.setPixelSize(int(m_unit * 2.4));
    big.setBold(true);
    QFont small = font();
    small.setPixelSize(std::max(9, int(m_unit * 0.95)));
    const qreal gap = m_unit * 0.2;
    const qreal bigHeight = QFontMetricsF(big).height();
    const qreal smallHeight = m_anchor.isEmpty() ? 0 : QFontMetricsF(small).height();
    const qreal top = box.top() + (box.height() - bigHeight - gap - smallHeight) / 2 - m_unit * 0.1;
    painter.setFont(big);
    painter.drawText(QRectF(box.left(), top, box.width(), bigHeight), Qt::AlignCenter, text());
    if (!m_anchor.isEmpty()) {
        painter.setFont(small);
        const QRectF anchorRect(box.left() + m_unit * 0.3, top + bigHeight + gap,
                                box.width() - m_unit * 0.6, smallHeight);
        painter.drawText(
            anchorRect, Qt::AlignCenter,
            QFontMetricsF(small).elidedText(m_anchor, Qt::ElideRight, anchorRect.width()));
    }
}

void ScoreButton::enterEvent(QEnterEvent* event)
{
    m_hover = true;
    update();
    QAbstractButton::enterEvent(event);
}

void ScoreButton::leaveEvent(QEvent* event)
{
    m_hover = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace js
