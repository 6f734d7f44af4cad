#include "ui/insights/RadarChart.h"

#include "ui/insights/LabelPlacement.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

constexpr double MaxValue = 5.0;
constexpr double LabelGap = 8.0; // between the web's rim and a spoke's label
constexpr double HitRadius = 10.0;

// The direction of spoke i of n: the first points up, the others follow clockwise.
QPointF direction(size_t spoke, size_t spokes)
{
    const double angle = -M_PI / 2 + 2 * M_PI * double(spoke) / double(std::max<size_t>(spokes, 1));
    return {std::cos(angle), std::sin(angle)};
}

// How a spoke's label hangs off its anchor: -1 before, 0 centred, +1 after.
int sideOf(double component, double centred = 0.3)
{
    return component > centred ? 1 : component < -centred ? -1 : 0;
}

// Only a spoke pointing straight up or down has its label centred.
constexpr double CentredX = 0.1;

double legendHeightOf(const ChartLook& look)
{
    return std::ceil(QFontMetricsF(look.smallFont).height() * 1.8);
}

} // namespace

QString RadarChart::subtitle() const
{
    const QString line = InsightChart::subtitle();
    return m_note.isEmpty() ? line : tr("%1 · %2").arg(m_note, line);
}

void RadarChart::setSubject(Subject kind, Id id, const QString& note)
{
    m_note = note;
    m_kind = kind;
    m_subject = id;
    dataChanged();
}

bool RadarChart::subjectKnown() const
{
    const analysis::Insights* data = insights();
    if (!data || m_subject == NoId)
        return false;
    return m_kind == Subject::Touchpoint ? data->touchpoint(m_subject) != nullptr
                                         : data->stage(m_subject) != nullptr;
}

QString RadarChart::subjectName() const
{
    if (!subjectKnown())
        return {};
    return m_kind == Subject::Touchpoint ? insights()->touchpoint(m_subject)->name
                                         : insights()->stage(m_subject)->name;
}

QString RadarChart::title() const
{
    if (!subjectKnown())
        return tr("Radar of one touchpoint or stage");
    return m_kind == Subject::Touchpoint ? tr("Radar: %1").arg(subjectName())
                                         : tr("Radar: %1 (stage)").arg(subjectName());
}

QSizeF RadarChart::preferredSize(const ChartLook&) const
{
    return {560.0, 440.0};
}

std::vector<RadarChart::Spoke> RadarChart::spokes() const
{
    std::vector<Spoke> out;
    const analysis::Insights* data = insights();
    if (!subjectKnown())
        return out;
    const analysis::InsightsStage* stage =
        m_kind == Subject::Stage ? data->stage(m_subject) : nullptr;
    for (const analysis::InsightsCriterion& criterion : data->criteria) {
        Spoke spoke;
        spoke.criterion = criterion.id;
        spoke.name = criterion.name;
        if (!stage) {
            const analysis::CellStats* stats = data->results.cell(m_subject, criterion.id);
            if (stats && stats->hasMean())
                spoke.value = stats->mean;
            spoke.notApplicable = stats && !stats->hasMean() && stats->notApplicable > 0;
            spoke.target = data->targetOf(m_subject, criterion.id);
            if (data->compare) {
                const analysis::CellStats* before = data->compare->cell(m_subject, criterion.id);
                if (before && before->hasMean())
                    spoke.compare = before->mean;
            }
        } else {
            const auto found = data->stageCriteria.find({stage->id, criterion.id});
            if (found != data->stageCriteria.end() && found->second.cells > 0) {
                spoke.value = found->second.mean;
                spoke.target = found->second.target;
            } else {
                // No mean: the target its touchpoints would be held to.
                double sum = 0;
                for (size_t index : stage->touchpoints)
                    sum += data->targetOf(data->touchpoints[index].id, criterion.id);
                spoke.target = stage->touchpoints.empty() ? criterion.target
                                                          : sum / double(stage->touchpoints.size());
            }
            const auto before = data->compareStageCriteria.find({stage->id, criterion.id});
            if (before != data->compareStageCriteria.end() && before->second.cells > 0)
                spoke.compare = before->second.mean;
        }
        out.push_back(spoke);
    }
    return out;
}

bool RadarChart::hasFigures() const
{
    if (insights()->criteria.size() < MinSpokes)
        return false;
    const std::vector<Spoke> all = spokes();
    return std::any_of(all.begin(), all.end(), [](const Spoke& s) { return s.value.has_value(); });
}

QString RadarChart::emptyMessage() const
{
    const analysis::Insights* data = insights();
    if (!data || data->request.round == NoId || data->criteria.empty() ||
        data->touchpoints.empty() || !data->hasScores())
        return InsightChart::emptyMessage();
    if (data->criteria.size() < MinSpokes)
        return tr("A radar needs at least three criteria, and there are only %n here. "
                  "Choose more frameworks above, or read the heatmap.",
                  nullptr, int(data->criteria.size()));
    if (m_kind == Subject::Stage) {
        if (!subjectKnown())
            return tr("Choose a stage above to see its radar.");
        return tr("Nobody has rated the touchpoints of %1 in this round yet.").arg(subjectName());
    }
    if (!subjectKnown())
        return tr("Select a touchpoint on the map or in the heatmap to see its radar.");
    return tr("%1 has no scores in this round yet. Select a touchpoint on the map or in the "
              "heatmap to see its radar.")
        .arg(subjectName());
}

RadarChart::Geometry RadarChart::geometry(const QRectF& body, const ChartLook& look) const
{
    Geometry g;
    g.legend = QRectF(body.left(), body.bottom() - legendHeightOf(look), body.width(),
                      legendHeightOf(look));
    const QRectF web(body.left(), body.top(), body.width(), g.legend.top() - body.top());
    g.centre = web.center();
    const analysis::Insights* data = insights();
    const size_t n = data ? data->criteria.size() : 0;
    const QFontMetricsF label(look.labelFont);
    const QFontMetricsF small(look.smallFont);
    g.labelWidth = std::max(90.0, web.width() * 0.24);
    const double blockHeight = label.height() + small.height();
    // The largest radius that keeps every spoke's label inside the web's room.
    double radius = std::min(web.width(), web.height()) / 2;
    for (size_t i = 0; i < n; ++i) {
        const QPointF d = direction(i, n);
        const double width =
            std::min(g.labelWidth, std::max(label.horizontalAdvance(data->criteria[i].name),
                                            small.horizontalAdvance(tr("not applicable"))));
        const int sideX = sideOf(d.x(), CentredX);
        const int sideY = sideOf(d.y());
        const double needX = sideX == 0 ? width / 2 : width;
        const double needY = sideY == 0 ? blockHeight / 2 : blockHeight;
        if (std::abs(d.x()) > 1e-6)
            radius = std::min(radius, (web.width() / 2 - needX - 4) / std::abs(d.x()) - LabelGap);
        else
            radius = std::min(radius, web.width() / 2 - 4);
        if (std::abs(d.y()) > 1e-6)
            radius = std::min(radius, (web.height() / 2 - needY - 2) / std::abs(d.y()) - LabelGap);
    }
    g.radius = std::max(radius, 30.0);
    return g;
}

QPointF RadarChart::position(const Geometry& g, size_t spoke, size_t spokes, double value)
{
    return g.centre +
           direction(spoke, spokes) * (g.radius * std::clamp(value, 0.0, MaxValue) / MaxValue);
}

QRectF RadarChart::spokeLabelRect(const Geometry& g, size_t spoke, size_t spokes, const Spoke& s,
                                  const ChartLook& look) const
{
    const QFontMetricsF label(look.labelFont);
    const QFontMetricsF small(look.smallFont);
    const bool second = !s.value.has_value();
    double width = std::min(g.labelWidth, label.horizontalAdvance(s.name) + 1);
    if (second)
        width = std::max(
            width,
            small.horizontalAdvance(s.notApplicable ? tr("not applicable") : tr("not rated")) + 1);
    const double height = label.height() + (second ? small.height() : 0.0);
    const QPointF d = direction(spoke, spokes);
    const QPointF anchor = g.centre + d * (g.radius + LabelGap);
    const int sideX = sideOf(d.x(), CentredX);
    const int sideY = sideOf(d.y());
    const double left = sideX > 0   ? anchor.x()
                        : sideX < 0 ? anchor.x() - width
                                    : anchor.x() - width / 2;
    const double top = sideY > 0   ? anchor.y()
                       : sideY < 0 ? anchor.y() - height
                                   : anchor.y() - height / 2;
    return {left, top, width, height};
}

std::vector<QRectF> RadarChart::spokeLabelRects(const Geometry& g, const std::vector<Spoke>& all,
                                                const ChartLook& look) const
{
    // Around the web in turn; a label that meets one before it moves away
    // from the centre, up or down, until it is clear.
    std::vector<QRectF> rects;
    const size_t n = all.size();
    for (size_t i = 0; i < n; ++i) {
        QRectF rect = spokeLabelRect(g, i, n, all[i], look);
        const double away = direction(i, n).y() < 0 ? -1.0 : 1.0;
        for (int tries = 0; tries < 4; ++tries) {
            const auto hit = std::find_if(rects.begin(), rects.end(),
                                          [&](const QRectF& r) { return r.intersects(rect); });
            if (hit == rects.end())
                break;
            const double shift =
                away < 0 ? rect.bottom() - hit->top() + 1 : hit->bottom() - rect.top() + 1;
            rect.translate(0, away * shift);
        }
        rects.push_back(rect);
    }
    return rects;
}

void RadarChart::paintWeb(QPainter& painter, const Geometry& g, size_t n,
                          const ChartLook& look) const
{
    painter.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= int(MaxValue); ++ring) {
        QPolygonF polygon;
        for (size_t i = 0; i < n; ++i)
            polygon << position(g, i, n, ring);
        painter.setPen(QPen(ring == int(MaxValue) ? look.axis : look.grid, 1));
        painter.drawPolygon(polygon);
    }
    painter.setPen(QPen(look.grid, 1));
    for (size_t i = 0; i < n; ++i)
        painter.drawLine(g.centre, position(g, i, n, MaxValue));
}

void RadarChart::paintLegend(QPainter& painter, const Geometry& g, const ChartLook& look) const
{
    const analysis::Insights& data = *insights();
    const QFontMetricsF small(look.smallFont);
    struct Item {
        QString text;
        int kind; // 0 the round, 1 the comparison, 2 the target
    };
    std::vector<Item> items{{data.roundName, 0}};
    if (data.hasComparison())
        items.push_back({data.compareName, 1});
    items.push_back({tr("Target"), 2});
    constexpr double Swatch = 22.0;
    const double maxText = std::max(60.0, g.legend.width() / double(items.size()) - Swatch - 24);
    double total = 0;
    for (Item& item : items) {
        item.text = small.elidedText(item.text, Qt::ElideRight, maxText);
        total += Swatch + 6 + small.horizontalAdvance(item.text) + 18;
    }
    double x = g.legend.center().x() - (total - 18) / 2;
    const double y = g.legend.center().y();
    painter.setFont(look.smallFont);
    for (const Item& item : items) {
        const QPointF from(x, y);
        const QPointF to(x + Swatch, y);
        if (item.kind == 0) {
            QColor fill = look.round;
            fill.setAlphaF(0.25);
            painter.fillRect(QRectF(x, y - 6, Swatch, 12), fill);
            painter.setPen(QPen(look.round, 2));
            painter.drawLine(from, to);
        } else if (item.kind == 1) {
            painter.setPen(QPen(look.compare, 1.5));
            painter.drawLine(from, to);
        } else {
            painter.setPen(QPen(look.target, 1.5, Qt::DashLine));
            painter.drawLine(from, to);
        }
        painter.setPen(look.text);
        const double width = small.horizontalAdvance(item.text) + 2;
        painter.drawText(QRectF(x + Swatch + 6, g.legend.top(), width, g.legend.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, item.text);
        x += Swatch + 6 + width + 16;
    }
}

void RadarChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    const std::vector<Spoke> all = spokes();
    const size_t n = all.size();
    const Geometry g = geometry(body, look);
    paintWeb(painter, g, n, look);

    LabelPlacer placer(body);
    const QFontMetricsF small(look.smallFont);

    // The comparison round, thin; the targets, dashed; the subject on top.
    const auto polyline = [&](auto value) {
        QPolygonF points;
        for (size_t i = 0; i < n; ++i) {
            if (const std::optional<double> v = value(all[i]))
                points << position(g, i, n, *v);
        }
        return points;
    };
    painter.setBrush(Qt::NoBrush);
    if (insights()->hasComparison()) {
        const QPolygonF before = polyline([](const Spoke& s) { return s.compare; });
        painter.setPen(QPen(look.compare, 1.5));
        if (before.size() >= 3)
            painter.drawPolygon(before);
        else if (before.size() == 2)
            painter.drawPolyline(before);
        painter.setBrush(look.background);
        for (const QPointF& p : before)
            painter.drawEllipse(p, 2.5, 2.5);
        painter.setBrush(Qt::NoBrush);
    }
    const QPolygonF targets =
        polyline([](const Spoke& s) { return std::optional<double>(s.target); });
    painter.setPen(QPen(look.target, 1.5, Qt::DashLine));
    painter.drawPolygon(targets);

    const QPolygonF values = polyline([](const Spoke& s) { return s.value; });
    QColor fill = look.round;
    fill.setAlphaF(look.dark ? 0.3 : 0.22);
    painter.setPen(QPen(look.round, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(fill);
    if (values.size() >= 3)
        painter.drawPolygon(values);
    else if (values.size() == 2)
        painter.drawPolyline(values);
    painter.setPen(QPen(look.background, 1.2));
    painter.setBrush(look.round);
    for (const QPointF& p : values) {
        painter.drawEllipse(p, 4.0, 4.0);
        placer.addPoint(p, 4.0);
    }

    // The scale, up the first spoke, over the lines.
    QColor halo = look.background;
    halo.setAlphaF(0.85);
    painter.setFont(look.smallFont);
    for (int ring = 1; ring <= int(MaxValue); ++ring) {
        const QPointF at = position(g, 0, n, ring);
        const QString text = QString::number(ring);
        const QRectF rect(at.x() + 5, at.y() - small.height() / 2,
                          small.horizontalAdvance(text) + 2, small.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRect(rect);
        painter.setPen(look.mutedText);
        painter.drawText(rect, Qt::AlignCenter, text);
        placer.addObstacle(rect);
    }

    // The criteria's names outside the web, "not rated" under a spoke without a mean.
    const QFontMetricsF label(look.labelFont);
    const std::vector<QRectF> labelRects = spokeLabelRects(g, all, look);
    for (size_t i = 0; i < n; ++i) {
        const QRectF& rect = labelRects[i];
        placer.addObstacle(rect);
        const int sideX = sideOf(direction(i, n).x(), CentredX);
        const Qt::Alignment align = sideX > 0   ? Qt::AlignLeft
                                    : sideX < 0 ? Qt::AlignRight
                                                : Qt::AlignHCenter;
        painter.setFont(look.labelFont);
        painter.setPen(all[i].value ? look.text : look.mutedText);
        const QRectF nameRect(rect.left(), rect.top(), rect.width(), label.height());
        painter.drawText(nameRect, align | Qt::AlignVCenter,
                         label.elidedText(all[i].name, Qt::ElideRight, rect.width()));
        if (!all[i].value) {
            painter.setFont(look.smallFont);
            painter.setPen(look.mutedText);
            painter.drawText(QRectF(rect.left(), nameRect.bottom(), rect.width(), small.height()),
                             align | Qt::AlignVCenter,
                             all[i].notApplicable ? tr("not applicable") : tr("not rated"));
        }
    }
    placer.addObstacle(g.legend);

    // The means by their vertices, where there is room.
    const QFontMetricsF valueMetrics(look.valueFont);
    painter.setFont(look.valueFont);
    for (size_t i = 0; i < n; ++i) {
        if (!all[i].value)
            continue;
        const QString text = analysis::scoreText(*all[i].value);
        const QSizeF size(valueMetrics.horizontalAdvance(text) + 6, valueMetrics.height());
        const QPointF at = position(g, i, n, *all[i].value);
        const LabelPlacer::Placement placed =
            placer.place(at, size, 4.0, direction(i, n), /*allowLeader=*/false);
        if (!placed.placed)
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(placed.rect, 3, 3);
        painter.setPen(look.text);
        painter.drawText(placed.rect, Qt::AlignCenter, text);
    }
    paintLegend(painter, g, look);
}

int RadarChart::spokeAt(const QPointF& pos, const Geometry& g, const std::vector<Spoke>& all,
                        const ChartLook& look) const
{
    const size_t n = all.size();
    int best = -1;
    double bestDistance = HitRadius;
    const auto consider = [&](size_t i, double value) {
        const double distance = QLineF(pos, position(g, i, n, value)).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    };
    for (size_t i = 0; i < n; ++i) {
        if (all[i].value)
            consider(i, *all[i].value);
        consider(i, all[i].target);
        if (all[i].compare)
            consider(i, *all[i].compare);
    }
    if (best >= 0)
        return best;
    const std::vector<QRectF> labelRects = spokeLabelRects(g, all, look);
    for (size_t i = 0; i < n; ++i) {
        if (labelRects[i].contains(pos))
            return int(i);
    }
    return -1;
}

Id RadarChart::touchpointAtBody(const QPointF& pos, const QRectF& body, const ChartLook& look) const
{
    if (m_kind != Subject::Touchpoint)
        return NoId;
    const std::vector<Spoke> all = spokes();
    const Geometry g = geometry(body, look);
    QPolygonF values;
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].value) {
            const QPointF p = position(g, i, all.size(), *all[i].value);
            if (QLineF(pos, p).length() <= HitRadius)
                return m_subject;
            values << p;
        }
    }
    return values.size() >= 3 && values.containsPoint(pos, Qt::OddEvenFill) ? m_subject : NoId;
}

QString RadarChart::toolTipAtBody(const QPointF& pos, const QRectF& body,
                                  const ChartLook& look) const
{
    const std::vector<Spoke> all = spokes();
    const int at = spokeAt(pos, geometry(body, look), all, look);
    if (at < 0)
        return {};
    const Spoke& spoke = all[size_t(at)];
    const analysis::Insights& data = *insights();
    const QString target = analysis::scoreText(spoke.target);
    QString text = tr("%1 · %2").arg(subjectName(), spoke.name);
    if (spoke.value)
        text += QLatin1Char('\n') +
                tr("Mean %1 against a target of %2").arg(analysis::scoreText(*spoke.value), target);
    else if (spoke.notApplicable)
        text += QLatin1Char('\n') + tr("Not applicable, target %1").arg(target);
    else
        text += QLatin1Char('\n') + tr("Not rated yet, target %1").arg(target);
    if (data.hasComparison()) {
        if (!spoke.compare)
            text += QLatin1Char('\n') + tr("%1: not rated").arg(data.compareName);
        else if (spoke.value)
            text +=
                QLatin1Char('\n') + tr("%1: %2 (change %3)")
                                        .arg(data.compareName, analysis::scoreText(*spoke.compare),
                                             analysis::changeText(*spoke.value - *spoke.compare));
        else
            text += QLatin1Char('\n') +
                    tr("%1: %2").arg(data.compareName, analysis::scoreText(*spoke.compare));
    }
    return text;
}

} // namespace js
