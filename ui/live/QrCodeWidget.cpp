#include "ui/live/QrCodeWidget.h"

#include <QImage>
#include <QPainter>

#include <algorithm>

namespace js {
namespace {

constexpr int QuietZone = 4;

void paintCode(QPainter& painter, const live::QrCode& code, const QRect& square)
{
    painter.fillRect(square, Qt::white);
    if (code.isNull())
        return;
    const int modules = code.size() + 2 * QuietZone;
    const int pixel = std::max(1, square.width() / modules);
    const int side = pixel * modules;
    const QPoint origin =
        square.topLeft() + QPoint((square.width() - side) / 2 + QuietZone * pixel,
                                  (square.height() - side) / 2 + QuietZone * pixel);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y))
                painter.fillRect(origin.x() + x * pixel, origin.y() + y * pixel, pixel, pixel,
                                 Qt::black);
        }
    }
}

} // namespace

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void QrCodeWidget::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_code = live::QrCode::encode(text.toUtf8());
    setAccessibleName(tr("QR code of %1").arg(text));
    update();
}

QImage QrCodeWidget::image(int modulePixels) const
{
    const int side = (m_code.size() + 2 * QuietZone) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    QPainter painter(&image);
    paintCode(painter, m_code, image.rect());
    return image;
}

QSize QrCodeWidget::sizeHint() const
{
    return QSize(400, 400);
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // Two pixels a module at the least, or a phone struggles to read it.
    const int side = (std::max(m_code.size(), 21) + 2 * QuietZone) * 2;
    return QSize(side, side);
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const int modules = (m_code.isNull() ? 29 : m_code.size()) + 2 * QuietZone;
    const int side = std::min(width(), height()) / modules * modules;
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    paintCode(painter, m_code, square);
}

} // namespace js
