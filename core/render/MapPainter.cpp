#include "core/render/MapPainter.h"

#include "core/render/ChannelIcons.h"
#include "core/render/HeatScale.h"
#include "core/render/MetricBadges.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <array>

namespace js {

namespace {

struct MapPainterText {
    Q_DECLARE_TR_FUNCTIONS(js::MapPainter)
};

constexpr std::array<QRgb, 6> StageColors = {0x2b7a9c, 0x5b6fd6, 0x8b5cc7,
                                             0xc77d1e, 0xd0584a, 0x3d9a5b};
// Sticky-note colours, by the text lane's place: in the default lanes,
// actions yellow, thoughts blue, pain points red, opportunities green,
// backstage violet.
constexpr std::array<QRgb, 5> LightNotes = {0xfff4c2, 0xe3efff, 0xfde4e4, 0xe2f5e6, 0xf0e6ff};
constexpr std::array<QRgb, 5> DarkNotes = {0x4a4526, 0x27384f, 0x4d2d2f, 0x28432f, 0x3d3150};

QColor mixed(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t),
                            float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

// A smooth path through points in x order (Catmull-Rom as cubic Béziers).
QPainterPath smoothPath(const std::vector<QPointF>& points)
{
    QPainterPath path;
    if (points.empty())
        return path;
    path.moveTo(points.front());
    for (size_t i = 1; i < points.size(); ++i) {
        const QPointF p0 = points[i > 1 ? i - 2 : 0];
        const QPointF p1 = points[i - 1];
        const QPointF p2 = points[i];
        const QPointF p3 = points[std::min(i + 1, points.size() - 1)];
        QPointF c1 = p1 + (p2 - p0) / 6.0;
        QPointF c2 = p2 - (p3 - p1) / 6.0;
        // Keep the curve from overshooting beyond its two ends vertically.
        const double top = std::min(p1.y(), p2.y());
        const double bottom = std::max(p1.y(), p2.y());
        c1.setY(std::clamp(c1.y(), top, bottom));
        c2.setY(std::clamp(c2.y(), top, bottom));
        path.cubicTo(c1, c2, p2);
    }
    return path;
}

QString signedValue(int value)
{
    return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

} // namespace

MapTheme MapTheme::lightTheme()
{
    MapTheme t;
    t.dark = false;
    t.background = QColor(0xf3f5f8);
    t.headerBand = QColor(0xffffff);
    t.columnEven = QColor(0xffffff);
    t.columnOdd = QColor(0xf8f9fb);
    t.laneTitle = QColor(0xeceff4);
    t.grid = QColor(0xdde2e9);
    t.text = QColor(0x1f2933);
    t.mutedText = QColor(0x66717f);
    t.card = QColor(0xffffff);
    t.cardBorder = QColor(0xcfd6df);
    t.selection = QColor(0x2f6fec);
    t.positive = QColor(0x2e9e5b);
    t.negative = QColor(0xd64541);
    t.curve = QColor(0x334155);
    return t;
}

MapTheme MapTheme::darkTheme()
{
    MapTheme t;
    t.dark = true;
    t.background = QColor(0x17191d);
    t.headerBand = QColor(0x202329);
    t.columnEven = QColor(0x1e2126);
    t.columnOdd = QColor(0x22262c);
    t.laneTitle = QColor(0x2a2e35);
    t.grid = QColor(0x363b44);
    t.text = QColor(0xe8eaed);
    t.mutedText = QColor(0x9aa3ae);
    t.card = QColor(0x2b3038);
    t.cardBorder = QColor(0x454c57);
    t.selection = QColor(0x6ea1ff);
    t.positive = QColor(0x4cc27c);
    t.negative = QColor(0xf0625d);
    t.curve = QColor(0xd5dae1);
    return t;
}

MapTheme MapTheme::forPalette(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    MapTheme theme = dark ? darkTheme() : lightTheme();
    theme.selection = palette.color(QPalette::Highlight);
    return theme;
}

QColor MapTheme::stageColor(int index) const
{
    const QColor base(StageColors[size_t(index) % StageColors.size()]);
    return dark ? base.lighter(135) : base;
}

QColor MapTheme::noteColor(int laneIndex) const
{
    const auto& notes = dark ? DarkNotes : LightNotes;
    return QColor(notes[size_t(laneIndex) % notes.size()]);
}

MapPainter::MapPainter(MapTheme theme)
    : m_theme(std::move(theme))
{}

void MapPainter::paintText(QPainter& painter, const TextBlock& block, const QFont& font,
                           const QColor& color)
{
    if (block.lines.isEmpty())
        return;
    painter.setFont(font);
    painter.setPen(color);
    const QFontMetricsF metrics(font);
    double y = block.rect.top() + metrics.ascent();
    for (const QString& line : block.lines) {
        painter.drawText(QPointF(block.rect.left(), y), line);
        y += metrics.lineSpacing();
    }
}

void MapPainter::paintRaised(QPainter& painter, const QRectF& rect, double radius,
                             const QColor& fill, const QColor& border, double scale) const
{
    // A soft shadow below, then the card.
    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(Qt::black, m_theme.dark ? 0.32 : 0.065));
    painter.drawRoundedRect(rect.translated(0, 1.5 * scale), radius, radius);
    painter.setBrush(fill);
    painter.setPen(QPen(border, 1.0 * scale));
    painter.drawRoundedRect(rect, radius, radius);
}

void MapPainter::paintSelection(QPainter& painter, const QRectF& rect, double radius,
                                double scale) const
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_theme.selection, 2.5 * scale));
    painter.drawRoundedRect(rect.adjusted(-1.5 * scale, -1.5 * scale, 1.5 * scale, 1.5 * scale),
                            radius + 1.5 * scale, radius + 1.5 * scale);
}

void MapPainter::paint(QPainter& painter, const MapLayout& layout, const QRectF& target) const
{
    if (layout.bounds.isEmpty() || target.isEmpty())
        return;
    painter.save();
    const double factor =
        std::min(target.width() / layout.bounds.width(), target.height() / layout.bounds.height());
    painter.translate(target.center());
    painter.scale(factor, factor);
    painter.translate(-layout.bounds.center());
    paintMap(painter, layout);
    painter.restore();
}

void MapPainter::paintMap(QPainter& painter, const MapLayout& layout, const QRectF& visible) const
{
    const auto shown = [&](const QRectF& rect) {
        return visible.isNull() || visible.intersects(rect);
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(layout.bounds, m_theme.background);
    paintBackground(painter, layout);
    if (shown(layout.header.rect))
        paintJourneyHeader(painter, layout);
    paintCorner(painter, layout);
    for (const StageBox& stage : layout.stages)
        if (shown(stage.header))
            paintStageHeader(painter, layout, stage);
    for (const LaneBox& lane : layout.lanes)
        if (shown(lane.header))
            paintLaneHeader(painter, layout, lane);
    paintCurve(painter, layout, {}, visible);
    paintHeat(painter, layout, visible);
    for (const TouchpointBox& box : layout.touchpoints)
        if (shown(box.rect))
            paintTouchpoint(painter, layout, box);
    for (const CardBox& box : layout.cards)
        if (shown(box.rect))
            paintCard(painter, layout, box);
    paintHints(painter, layout);
    painter.restore();
}

void MapPainter::paintBackground(QPainter& painter, const MapLayout& layout) const
{
    painter.save();
    painter.setPen(Qt::NoPen);
    for (const StageBox& stage : layout.stages)
        painter.fillRect(stage.column, stage.index % 2 ? m_theme.columnOdd : m_theme.columnEven);
    painter.setPen(QPen(m_theme.grid, 1.0 * layout.style.scale));
    for (const LaneBox& lane : layout.lanes)
        painter.drawLine(lane.row.bottomLeft(), lane.row.bottomRight());
    for (const StageBox& stage : layout.stages)
        painter.drawLine(stage.column.topRight(), stage.column.bottomRight());
    painter.restore();
}

void MapPainter::paintJourneyHeader(QPainter& painter, const MapLayout& layout) const
{
    const JourneyHeaderBox& header = layout.header;
    const MapStyle& s = layout.style;
    painter.save();
    paintText(painter, header.name, s.journeyFont(), m_theme.text);
    paintText(painter, header.state, s.bodyFont(), m_theme.mutedText);
    if (!header.photo.isEmpty()) {
        QPainterPath circle;
        circle.addEllipse(header.photo);
        painter.setRenderHint(QPainter::Antialiasing);
        if (!header.photoImage.isNull()) {
            painter.save();
            painter.setClipPath(circle, Qt::IntersectClip);
            // Cover the circle, cropping the longer side.
            const QSizeF size = QSizeF(header.photoImage.size())
                                    .scaled(header.photo.size(), Qt::KeepAspectRatioByExpanding);
            const QRectF target(header.photo.center() - QPointF(size.width(), size.height()) / 2,
                                size);
            painter.drawImage(target, header.photoImage);
            painter.restore();
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_theme.stageColor(1));
            painter.drawPath(circle);
            QFont initials = s.font(header.photo.height() * 0.4, true);
            painter.setFont(initials);
            painter.setPen(Qt::white);
            const QString name = header.persona.text.trimmed();
            painter.drawText(header.photo, Qt::AlignCenter, name.left(1).toUpper());
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_theme.cardBorder, 1.5 * s.scale));
        painter.drawEllipse(header.photo);
        paintText(painter, header.persona, s.titleFont(), m_theme.text);
        paintText(painter, header.role, s.smallFont(), m_theme.mutedText);
        QFont quote = s.bodyFont();
        quote.setItalic(true);
        paintText(painter, header.quote, quote, m_theme.mutedText);
    }
    painter.restore();
}

void MapPainter::paintCorner(QPainter& painter, const MapLayout& layout) const
{
    painter.save();
    painter.fillRect(layout.corner, m_theme.headerBand);
    painter.setPen(QPen(m_theme.grid, 1.0 * layout.style.scale));
    painter.drawLine(layout.corner.bottomLeft(), layout.corner.bottomRight());
    painter.restore();
}

void MapPainter::paintStageHeader(QPainter& painter, const MapLayout& layout, const StageBox& stage,
                                  PaintFlags flags) const
{
    const MapStyle& s = layout.style;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = m_theme.stageColor(stage.index);
    QColor fill = mixed(m_theme.headerBand, color, m_theme.dark ? 0.18 : 0.10);
    if (flags & PaintFlag::Current)
        fill = mixed(m_theme.headerBand, color, m_theme.dark ? 0.42 : 0.28);
    painter.fillRect(stage.header, m_theme.headerBand);
    const QRectF cell = stage.header.adjusted(2 * s.scale, 4 * s.scale, -2 * s.scale, -4 * s.scale);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(cell, 6 * s.scale, 6 * s.scale);
    // The stage's colour as a band on top: the column reads as one stage.
    QPainterPath band;
    band.addRoundedRect(cell, 6 * s.scale, 6 * s.scale);
    // Within whatever clip the caller set (a page of a tiled poster).
    painter.save();
    painter.setClipPath(band, Qt::IntersectClip);
    painter.fillRect(QRectF(cell.topLeft(), QSizeF(cell.width(), 4 * s.scale)), color);
    painter.restore();
    const QColor text = (flags & PaintFlag::Dimmed) ? m_theme.mutedText : m_theme.text;
    paintText(painter, stage.name, s.titleFont(), text);
    paintText(painter, stage.description, s.smallFont(), m_theme.mutedText);
    if (flags & PaintFlag::Selected)
        paintSelection(painter, cell, 6 * s.scale, s.scale);
    painter.restore();
}

void MapPainter::paintLaneHeader(QPainter& painter, const MapLayout& layout, const LaneBox& lane,
                                 PaintFlags flags) const
{
    const MapStyle& s = layout.style;
    painter.save();
    painter.fillRect(lane.header, m_theme.laneTitle);
    painter.setPen(QPen(m_theme.grid, 1.0 * s.scale));
    painter.drawLine(lane.header.bottomLeft(), lane.header.bottomRight());
    paintText(painter, lane.name, s.titleFont(), m_theme.text);
    paintText(painter, lane.hint, s.smallFont(), m_theme.mutedText);
    if (lane.id == layout.heat.laneId) {
        paintText(painter, layout.heat.round, s.smallFont(), m_theme.mutedText);
        for (const TextBlock& name : layout.heat.names)
            paintText(painter, name, s.smallFont(), m_theme.text);
    }
    if (flags & PaintFlag::Selected) {
        painter.setRenderHint(QPainter::Antialiasing);
        paintSelection(painter,
                       lane.header.adjusted(3 * s.scale, 3 * s.scale, -3 * s.scale, -3 * s.scale),
                       4 * s.scale, s.scale);
    }
    painter.restore();
}

void MapPainter::paintTouchpoint(QPainter& painter, const MapLayout& layout,
                                 const TouchpointBox& box, PaintFlags flags) const
{
    const MapStyle& s = layout.style;
    const double radius = 7 * s.scale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (flags & PaintFlag::Dimmed)
        painter.setOpacity(0.45);
    const QColor accent = m_theme.stageColor(box.stageIndex);
    // The card with its stage's colour on the left edge, filled with the heat
    // colour of its score when a round is shown.
    const HeatScale heat(m_theme.dark);
    const QColor fill = box.scored ? heat.fill(box.score, box.target) : m_theme.card;
    const QColor text = box.scored ? heat.text(fill) : m_theme.text;
    paintRaised(painter, box.rect, radius, fill, m_theme.cardBorder, s.scale);
    QPainterPath clip;
    clip.addRoundedRect(box.rect, radius, radius);
    painter.save();
    painter.setClipPath(clip, Qt::IntersectClip);
    painter.fillRect(QRectF(box.rect.topLeft(), QSizeF(4 * s.scale, box.rect.height())), accent);
    painter.restore();
    paintChannelIcon(painter, box.channel, box.icon, box.scored ? text : accent);
    paintText(painter, box.name, s.cardTitleFont(), text);
    QColor muted = box.scored ? text : m_theme.mutedText;
    if (box.scored)
        muted.setAlphaF(0.8);
    paintText(painter, box.owner, s.smallFont(), muted);
    paintMetricBadges(painter, box.metrics, s, text);
    if (box.scored) {
        painter.setPen(Qt::NoPen);
        QColor badge = text;
        badge.setAlphaF(0.14);
        painter.setBrush(badge);
        painter.drawRoundedRect(box.scoreBadge, 4 * s.scale, 4 * s.scale);
        QFont font = s.smallFont();
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(text);
        painter.drawText(box.scoreBadge, Qt::AlignCenter, QLocale().toString(box.score, 'f', 1));
    }
    if (flags & PaintFlag::Selected)
        paintSelection(painter, box.rect, radius, s.scale);
    painter.restore();
}

void MapPainter::paintCard(QPainter& painter, const MapLayout& layout, const CardBox& box,
                           PaintFlags flags) const
{
    const MapStyle& s = layout.style;
    const double radius = 4 * s.scale;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (flags & PaintFlag::Dimmed)
        painter.setOpacity(0.45);
    const QColor note = m_theme.noteColor(box.noteIndex);
    paintRaised(painter, box.rect, radius, note, note.darker(m_theme.dark ? 80 : 112), s.scale);
    paintText(painter, box.text, s.bodyFont(), m_theme.text);
    if (flags & PaintFlag::Selected)
        paintSelection(painter, box.rect, radius, s.scale);
    painter.restore();
}

void MapPainter::paintHeat(QPainter& painter, const MapLayout& layout, const QRectF& visible) const
{
    const HeatRows& rows = layout.heat;
    if (rows.laneId == NoId)
        return;
    const MapStyle& s = layout.style;
    painter.save();
    if (!rows.empty.isEmpty()) {
        painter.setFont(s.smallFont());
        painter.setPen(m_theme.mutedText);
        painter.drawText(rows.band, Qt::AlignCenter | Qt::TextWordWrap, rows.empty);
    }
    const HeatScale heat(m_theme.dark);
    QFont font = s.smallFont();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const HeatCell& cell : rows.cells) {
        // Off the page, a cell's number would still be text in a PDF,
        // found by a search on the wrong page.
        if (!visible.isNull() && !visible.intersects(cell.rect))
            continue;
        const QColor fill = cell.scored          ? heat.fill(cell.mean, cell.target)
                            : cell.notApplicable ? heat.notApplicable()
                                                 : heat.empty();
        painter.fillRect(cell.rect, fill);
        if (cell.notApplicable) {
            const QString text = QCoreApplication::translate("js::MapLayout", "N/A");
            if (metrics.horizontalAdvance(text) + 4 * s.scale <= cell.rect.width()) {
                painter.setPen(heat.text(fill));
                painter.drawText(cell.rect, Qt::AlignCenter, text);
            }
            continue;
        }
        if (!cell.scored) {
            painter.setPen(QPen(m_theme.grid, 1.0 * s.scale));
            painter.drawRect(cell.rect);
            continue;
        }
        const QString text = QLocale().toString(cell.mean, 'f', 1);
        // A cell too narrow for its number shows only its colour.
        if (metrics.horizontalAdvance(text) + 4 * s.scale <= cell.rect.width()) {
            painter.setPen(heat.text(fill));
            painter.drawText(cell.rect, Qt::AlignCenter, text);
        }
        if (cell.discuss) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(discussColor());
            const double d = 5 * s.scale;
            painter.drawEllipse(
                QRectF(cell.rect.right() - d - 2 * s.scale, cell.rect.top() + 2 * s.scale, d, d));
        }
    }
    painter.restore();
}

void MapPainter::paintCurve(QPainter& painter, const MapLayout& layout,
                            const std::set<Id>& selectedTouchpoints, const QRectF& visible) const
{
    // Text off the page stays out of a PDF page's text.
    const auto shown = [&](const QRectF& rect) {
        return visible.isNull() || visible.intersects(rect);
    };
    const EmotionCurve& curve = layout.curve;
    if (curve.laneId == NoId || curve.band.isEmpty())
        return;
    const MapStyle& s = layout.style;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // The zones: positive above the zero line, negative below.
    const double zero = curve.yOf(0);
    QRectF up(curve.band.left(), curve.band.top(), curve.band.width(), zero - curve.band.top());
    QRectF down(curve.band.left(), zero, curve.band.width(), curve.band.bottom() - zero);
    painter.fillRect(up, withAlpha(m_theme.positive, m_theme.dark ? 0.14 : 0.08));
    painter.fillRect(down, withAlpha(m_theme.negative, m_theme.dark ? 0.14 : 0.08));
    painter.setPen(QPen(m_theme.grid, 1.0 * s.scale, Qt::DashLine));
    painter.drawLine(QPointF(curve.band.left(), zero), QPointF(curve.band.right(), zero));
    // The scale on the left edge of the band.
    painter.setFont(s.smallFont());
    painter.setPen(m_theme.mutedText);
    for (int value : {Touchpoint::MaxEmotion, 0, Touchpoint::MinEmotion}) {
        const QRectF label(curve.band.left() + 4 * s.scale, curve.yOf(value) - 8 * s.scale,
                           24 * s.scale, 16 * s.scale);
        if (shown(label))
            painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, signedValue(value));
    }
    if (curve.points.empty()) {
        painter.drawText(curve.band, Qt::AlignCenter,
                         MapPainterText::tr("The curve appears as touchpoints are added"));
        painter.restore();
        return;
    }
    std::vector<QPointF> points;
    for (const EmotionPoint& point : curve.points)
        points.push_back(point.position);
    const QPainterPath path = smoothPath(points);
    // A wash under the curve, towards the zero line.
    QPainterPath area = path;
    area.lineTo(points.back().x(), zero);
    area.lineTo(points.front().x(), zero);
    area.closeSubpath();
    painter.fillPath(area, withAlpha(m_theme.curve, m_theme.dark ? 0.10 : 0.06));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_theme.curve, 2.5 * s.scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path);
    const double r = 9.5 * s.scale;
    QRectF lastLabel; // neighbouring lowest points share one label
    for (const EmotionPoint& point : curve.points) {
        if (!shown(QRectF(point.position - QPointF(2 * r, 2 * r), QSizeF(4 * r, 5 * r))))
            continue;
        const QColor color = point.value > 0   ? m_theme.positive
                             : point.value < 0 ? m_theme.negative
                                               : m_theme.mutedText;
        if (point.lowest) {
            painter.setPen(QPen(m_theme.negative, 2.0 * s.scale));
            painter.setBrush(withAlpha(m_theme.negative, 0.15));
            painter.drawEllipse(point.position, r * 1.9, r * 1.9);
            painter.setFont(s.font(10 * s.scale, true));
            painter.setPen(m_theme.negative);
            const QString lowest = MapPainterText::tr("Lowest");
            const double width = painter.fontMetrics().horizontalAdvance(lowest) + 8 * s.scale;
            const QRectF label(point.position.x() - width / 2, point.position.y() + r * 2.0, width,
                               14 * s.scale);
            if (!label.intersects(lastLabel)) {
                painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, lowest);
                lastLabel = label;
            }
        }
        painter.setPen(QPen(m_theme.card, 2.0 * s.scale));
        painter.setBrush(color);
        painter.drawEllipse(point.position, r, r);
        if (selectedTouchpoints.contains(point.touchpointId)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(m_theme.selection, 2.5 * s.scale));
            painter.drawEllipse(point.position, r + 3 * s.scale, r + 3 * s.scale);
        }
        painter.setFont(s.font(s.smallestText(), true));
        painter.setPen(Qt::white);
        painter.drawText(QRectF(point.position - QPointF(r, r), QSizeF(2 * r, 2 * r)),
                         Qt::AlignCenter, signedValue(point.value));
    }
    painter.restore();
}

void MapPainter::paintHints(QPainter& painter, const MapLayout& layout) const
{
    if (layout.hints.empty())
        return;
    const MapStyle& s = layout.style;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const EmptyHint& hint : layout.hints) {
        const QRectF rect =
            hint.rect.adjusted(4 * s.scale, 6 * s.scale, -4 * s.scale, -6 * s.scale);
        painter.setPen(QPen(m_theme.cardBorder, 1.5 * s.scale, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect, 8 * s.scale, 8 * s.scale);
        painter.setFont(s.titleFont());
        painter.setPen(m_theme.mutedText);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, hint.text);
    }
    painter.restore();
}

} // namespace js
