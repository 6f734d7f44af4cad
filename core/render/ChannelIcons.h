#pragma once

#include "core/model/Touchpoint.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

namespace js {

// The pictogram of a touchpoint's channel, painted as vector paths so that it
// stays crisp on screen, in a PNG and in a PDF alike. The icon fills the
// largest square centred in `rect`, is drawn in `color` with a stroke width
// proportional to its size (legible from 12 px to 64 px and beyond), never
// paints outside `rect`, and leaves the painter's state as it found it.
void paintChannelIcon(QPainter& painter, Channel channel, const QRectF& rect, const QColor& color);

// The same icon on a transparent `size` x `size` image (in device-independent
// pixels; the image holds size * devicePixelRatio pixels per side), for
// widgets that want a QIcon or a QPixmap.
QImage channelIconImage(Channel channel, int size, const QColor& color,
                        qreal devicePixelRatio = 1.0);

} // namespace js
