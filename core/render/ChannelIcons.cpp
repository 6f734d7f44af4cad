#include "core/render/ChannelIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <vector>

namespace js {

namespace {

// Every icon is drawn on a 24 x 24 grid with a stroke of 2 units, like a
// modern line icon set; the geometry, with half the stroke around it, stays
// within [1, 23] so that nothing (anti-aliasing included) leaves the square.
constexpr qreal Grid = 24.0;
constexpr qreal Stroke = 2.0;

// An icon: outlines stroked with the pen, and small solids (dots) filled.
struct Icon {
    QPainterPath stroke;
    QPainterPath fill;
};

QPointF unitTowards(QPointF from, QPointF to)
{
    const QPointF d = to - from;
    const qreal length = std::hypot(d.x(), d.y());
    return length > 0 ? d / length : QPointF();
}

// A polyline whose corners are rounded off with `radius` (at most half of
// either edge), closed or open.
void addRoundedPolyline(QPainterPath& path, std::initializer_list<QPointF> list, qreal radius,
                        bool closed)
{
    const std::vector<QPointF> p(list);
    const size_t n = p.size();
    if (n < 2) {
        return;
    }
    auto cornerIn = [&](size_t i, size_t from) {
        const qreal edge = QLineF(p[i], p[from]).length();
        return p[i] + unitTowards(p[i], p[from]) * std::min(radius, edge / 2);
    };
    if (closed) {
        path.moveTo(cornerIn(0, 1));
        for (size_t i = 1; i <= n; ++i) {
            const size_t v = i % n;
            path.lineTo(cornerIn(v, i - 1));
            path.quadTo(p[v], cornerIn(v, (v + 1) % n));
        }
        path.closeSubpath();
        return;
    }
    path.moveTo(p[0]);
    for (size_t i = 1; i + 1 < n; ++i) {
        path.lineTo(cornerIn(i, i - 1));
        path.quadTo(p[i], cornerIn(i, i + 1));
    }
    path.lineTo(p[n - 1]);
}

void addDot(QPainterPath& path, QPointF centre, qreal radius)
{
    path.addEllipse(centre, radius, radius);
}

// A circular arc around `centre`, in Qt's degrees (0 = 3 o'clock,
// counter-clockwise positive), as its own subpath.
void addArc(QPainterPath& path, QPointF centre, qreal radius, qreal startAngle, qreal sweep)
{
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    path.arcMoveTo(box, startAngle);
    path.arcTo(box, startAngle, sweep);
}

Icon website()
{
    Icon icon;
    // A browser window: the tab bar with its three buttons, and a page.
    icon.stroke.addRoundedRect(QRectF(2, 3.5, 20, 17), 2.5, 2.5);
    icon.stroke.moveTo(2, 8.5);
    icon.stroke.lineTo(22, 8.5);
    addDot(icon.fill, {5.25, 6}, 1);
    addDot(icon.fill, {8.25, 6}, 1);
    addDot(icon.fill, {11.25, 6}, 1);
    icon.stroke.moveTo(6, 12.5);
    icon.stroke.lineTo(18, 12.5);
    icon.stroke.moveTo(6, 16.5);
    icon.stroke.lineTo(13, 16.5);
    return icon;
}

Icon app()
{
    Icon icon;
    icon.stroke.addRoundedRect(QRectF(5.5, 2, 13, 20), 3, 3);
    icon.stroke.moveTo(10.5, 5.25);
    icon.stroke.lineTo(13.5, 5.25);
    addDot(icon.fill, {12, 18.5}, 1.1);
    // Four app tiles on the screen.
    for (const QPointF tile :
         {QPointF(9, 8.5), QPointF(12.5, 8.5), QPointF(9, 12), QPointF(12.5, 12)}) {
        icon.fill.addRoundedRect(QRectF(tile, QSizeF(2.5, 2.5)), 0.6, 0.6);
    }
    return icon;
}

Icon email()
{
    Icon icon;
    icon.stroke.addRoundedRect(QRectF(2, 4.5, 20, 15), 2.5, 2.5);
    addRoundedPolyline(icon.stroke, {{2.5, 7.5}, {12, 13.5}, {21.5, 7.5}}, 1.5, false);
    return icon;
}

// A closed outline made of arcs around one centre, each joined to the next by
// a straight line, with every corner rounded off by `fillet` (in grid units).
struct Arc {
    qreal radius;
    qreal startAngle; // Qt's degrees: 0 = 3 o'clock, counter-clockwise positive
    qreal endAngle;
};

void addFilletedArcs(QPainterPath& path, QPointF centre, std::initializer_list<Arc> list,
                     qreal fillet)
{
    const std::vector<Arc> arcs(list);
    auto box = [&](qreal r) { return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r); };
    auto at = [&](qreal r, qreal degrees) {
        const qreal a = qDegreesToRadians(degrees);
        return centre + QPointF(r * std::cos(a), -r * std::sin(a));
    };
    // Each arc gives up `fillet` of its length at both ends to the corners.
    auto trimmed = [&](const Arc& arc, bool end) {
        const qreal shift = qRadiansToDegrees(fillet / arc.radius);
        const qreal sign = arc.endAngle > arc.startAngle ? 1 : -1;
        return end ? arc.endAngle - sign * shift : arc.startAngle + sign * shift;
    };
    const size_t n = arcs.size();
    for (size_t i = 0; i < n; ++i) {
        const Arc& arc = arcs[i];
        const qreal from = trimmed(arc, false), to = trimmed(arc, true);
        if (i == 0) {
            path.arcMoveTo(box(arc.radius), from);
        }
        path.arcTo(box(arc.radius), from, to - from);
        // The corner out of this arc, the straight join, the corner into the next.
        const Arc& next = arcs[(i + 1) % n];
        const QPointF cornerOut = at(arc.radius, arc.endAngle);
        const QPointF cornerIn = at(next.radius, next.startAngle);
        const qreal join = QLineF(cornerOut, cornerIn).length();
        const QPointF u = unitTowards(cornerOut, cornerIn) * std::min(fillet, join / 2);
        path.quadTo(cornerOut, cornerOut + u);
        path.lineTo(cornerIn - u);
        path.quadTo(cornerIn, at(next.radius, trimmed(next, false)));
    }
    path.closeSubpath();
}

// A handset: earpiece at the top left, mouthpiece at the bottom right, a
// curved handle between them, all on circles around the top-right corner.
Icon phone()
{
    constexpr qreal outer = 19.5, piece = 12.5, band = 15.5;
    Icon icon;
    addFilletedArcs(icon.stroke, {22, 2},
                    {{outer, 180, 270}, {piece, 270, 248}, {band, 244, 206}, {piece, 202, 180}},
                    1.2);
    return icon;
}

Icon store()
{
    Icon icon;
    QPainterPath& p = icon.stroke;
    // The awning, with a scalloped edge and stripes.
    constexpr qreal left = 2.5, right = 21.5, hem = 8.5, depth = 2.2;
    constexpr int scallops = 4;
    constexpr qreal width = (right - left) / scallops;
    p.moveTo(4, 3);
    p.lineTo(20, 3);
    p.lineTo(right, hem);
    for (int i = scallops; i > 0; --i) {
        const qreal x = left + i * width;
        p.arcTo(QRectF(x - width, hem - depth, width, 2 * depth), 0, -180);
    }
    p.closeSubpath();
    for (int i = 1; i < scallops; ++i) {
        p.moveTo(4 + i * 16.0 / scallops, 3);
        p.lineTo(left + i * width, hem);
    }
    // The shop front and its door.
    p.moveTo(4, hem + depth);
    p.lineTo(4, 21);
    p.lineTo(20, 21);
    p.lineTo(20, hem + depth);
    addRoundedPolyline(p, {{9.5, 21}, {9.5, 15.5}, {14.5, 15.5}, {14.5, 21}}, 1, false);
    return icon;
}

Icon social()
{
    Icon icon;
    const QPointF a(18, 5), b(6, 12), c(18, 19);
    constexpr qreal r = 3;
    for (const QPointF node : {a, b, c}) {
        icon.stroke.addEllipse(node, r, r);
    }
    for (const auto& [from, to] : {std::pair{b, a}, std::pair{b, c}}) {
        const QPointF u = unitTowards(from, to);
        icon.stroke.moveTo(from + u * (r + 0.5));
        icon.stroke.lineTo(to - u * (r + 0.5));
    }
    return icon;
}

Icon chat()
{
    Icon icon;
    addRoundedPolyline(icon.stroke,
                       {{3, 4}, {21, 4}, {21, 17}, {11, 17}, {7, 21}, {7, 17}, {3, 17}}, 3, true);
    for (const qreal x : {8.0, 12.0, 16.0}) {
        addDot(icon.fill, {x, 10.5}, 1.4);
    }
    return icon;
}

Icon advertising()
{
    Icon icon;
    QPainterPath& p = icon.stroke;
    // The horn, its back and its handle.
    addRoundedPolyline(p, {{3, 9.5}, {7, 9.5}, {17, 4}, {17, 20}, {7, 14.5}, {3, 14.5}}, 1.2, true);
    p.moveTo(7, 9.5);
    p.lineTo(7, 14.5);
    p.moveTo(6, 14.5);
    p.cubicTo(6, 20.5, 11.5, 21, 11.5, 17);
    // The sound.
    addArc(p, {17, 12}, 4.5, -35, 70);
    return icon;
}

Icon wordOfMouth()
{
    Icon icon;
    QPainterPath& p = icon.stroke;
    // A person...
    p.addEllipse(QPointF(9, 8), 4, 4);
    p.moveTo(3, 21);
    p.cubicTo(3, 17, 6, 15, 9, 15);
    p.cubicTo(12, 15, 15, 17, 15, 21);
    // ...speaking.
    addArc(p, {9, 8}, 7.5, -30, 60);
    addArc(p, {9, 8}, 11.5, -32, 64);
    return icon;
}

Icon other()
{
    Icon icon;
    icon.stroke.addEllipse(QPointF(12, 12), 10, 10);
    for (const qreal x : {7.5, 12.0, 16.5}) {
        addDot(icon.fill, {x, 12}, 1.5);
    }
    return icon;
}

Icon iconFor(Channel channel)
{
    switch (channel) {
    case Channel::Website:
        return website();
    case Channel::App:
        return app();
    case Channel::Email:
        return email();
    case Channel::Phone:
        return phone();
    case Channel::Store:
        return store();
    case Channel::Social:
        return social();
    case Channel::Chat:
        return chat();
    case Channel::Advertising:
        return advertising();
    case Channel::WordOfMouth:
        return wordOfMouth();
    case Channel::Other:
        break;
    }
    return other();
}

} // namespace

void paintChannelIcon(QPainter& painter, Channel channel, const QRectF& rect, const QColor& color)
{
    const qreal side = std::min(rect.width(), rect.height());
    if (!(side > 0) || !color.isValid()) {
        return;
    }
    const Icon icon = iconFor(channel);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2);
    painter.scale(side / Grid, side / Grid);
    painter.strokePath(icon.stroke,
                       QPen(color, Stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (!icon.fill.isEmpty()) {
        painter.fillPath(icon.fill, color);
    }
    painter.restore();
}

QImage channelIconImage(Channel channel, int size, const QColor& color, qreal devicePixelRatio)
{
    if (size <= 0 || !(devicePixelRatio > 0)) {
        return {};
    }
    const int pixels = qRound(size * devicePixelRatio);
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    paintChannelIcon(painter, channel, QRectF(0, 0, size, size), color);
    painter.end();
    return image;
}

} // namespace js
