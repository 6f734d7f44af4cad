#include "ui/selfassessment/ScoreButton.h"

#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QPainter>
#include <QPainterPath>

namespace js::selfassessment {

ScoreButton::ScoreButton(const QString& figure, const QString& caption, QWidget* parent)
    : QAbstractButton(parent)
    , m_caption(caption)
{
    setText(figure);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(caption.isEmpty() ? figure : figure + QStringLiteral(" ") + caption);
}

QFont ScoreButton::figureFont() const
{
    return scaledFont(font(), m_caption.isEmpty() ? 1.1 : 2.0, true);
}

QFont ScoreButton::captionFont() const
{
    return scaledFont(font(), 1.05);
}

QSize ScoreButton::sizeHint() const
{
    const QFontMetrics figure(figureFont());
    const QFontMetrics caption(captionFont());
    if (m_caption.isEmpty())
        return {figure.horizontalAdvance(text()) + 40, figure.height() + 22};
    const int width =
        std::max(figure.horizontalAdvance(text()), caption.horizontalAdvance(m_caption)) + 32;
    return {std::max(width, 110), figure.height() + caption.height() + 26};
}

QSize ScoreButton::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {std::min(hint.width(), 80), hint.height()};
}

void ScoreButton::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool on = isChecked();
    const bool down = isDown();
    QColor fill = on ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base);
    if (down && !on)
        fill = pal.color(QPalette::Button);
    QColor border =
        (m_hovered || hasFocus()) ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    if (!isEnabled())
        border = pal.color(QPalette::Disabled, QPalette::Mid);
    QPainterPath path;
    path.addRoundedRect(box, 8, 8);
    painter.fillPath(path, fill);
    painter.setPen(QPen(border, hasFocus() ? 2.0 : 1.0));
    painter.drawPath(path);

    const QColor ink =
        on ? pal.color(QPalette::HighlightedText)
           : pal.color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText);
    painter.setPen(ink);
    if (m_caption.isEmpty()) {
        painter.setFont(figureFont());
        painter.drawText(box, Qt::AlignCenter, text());
        return;
    }
    const QFontMetrics figure(figureFont());
    const QFontMetrics caption(captionFont());
    const double top = box.top() + (box.height() - figure.height() - caption.height() - 4) / 2.0;
    painter.setFont(figureFont());
    painter.drawText(QRectF(box.left(), top, box.width(), figure.height()), Qt::AlignCenter,
                     text());
    painter.setFont(captionFont());
    painter.drawText(
        QRectF(box.left() + 4, top + figure.height() + 2, box.width() - 8, caption.height()),
        Qt::AlignCenter, caption.elidedText(m_caption, Qt::ElideRight, int(box.width()) - 8));
}

void ScoreButton::enterEvent(QEnterEvent* event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void ScoreButton::leaveEvent(QEvent* event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace js::selfassessment
