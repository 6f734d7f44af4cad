#include "ui/insights/LabelPlacement.h"

#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>

namespace js {

namespace {

// Room between a marker and its label, in pixels.
constexpr double Gap = 3.0;

struct Direction {
    int dx;
    int dy;
};

// Right, left, above, below, then the corners.
constexpr std::array<Direction, 8> Directions{{
    {1, 0},
    {-1, 0},
    {0, -1},
    {0, 1},
    {1, -1},
    {-1, -1},
    {1, 1},
    {-1, 1},
}};

// The label of this size off the point in a direction, offset from its centre.
// Above or below, a shift moves it along by that share of its width.
QRectF candidate(const QPointF& point, const QSizeF& size, Direction d, double offset,
                 double shift = 0.0)
{
    double left = point.x() - size.width() / 2 + shift * size.width();
    double top = point.y() - size.height() / 2;
    if (d.dx > 0)
        left = point.x() + offset;
    else if (d.dx < 0)
        left = point.x() - offset - size.width();
    if (d.dy > 0)
        top = point.y() + offset;
    else if (d.dy < 0)
        top = point.y() - offset - size.height();
    return {QPointF(left, top), size};
}

} // namespace

LabelPlacer::LabelPlacer(const QRectF& bounds, double bucketSize)
    : m_bounds(bounds)
    , m_bucket(std::max(bucketSize, 8.0))
{}

LabelPlacer::Key LabelPlacer::key(int column, int row) const
{
    return (Key(column) << 32) ^ Key(unsigned(row));
}

void LabelPlacer::forBuckets(const QRectF& rect, auto&& visit) const
{
    const int left = int(std::floor((rect.left() - m_bounds.left()) / m_bucket));
    const int right = int(std::floor((rect.right() - m_bounds.left()) / m_bucket));
    const int top = int(std::floor((rect.top() - m_bounds.top()) / m_bucket));
    const int bottom = int(std::floor((rect.bottom() - m_bounds.top()) / m_bucket));
    for (int column = left; column <= right; ++column) {
        for (int row = top; row <= bottom; ++row)
            visit(key(column, row));
    }
}

void LabelPlacer::addObstacle(const QRectF& rect)
{
    if (rect.isEmpty())
        return;
    const int index = int(m_taken.size());
    m_taken.push_back(rect);
    forBuckets(rect, [&](Key k) { m_buckets[k].push_back(index); });
}

void LabelPlacer::addPoint(const QPointF& point, double radius)
{
    addObstacle(QRectF(point.x() - radius, point.y() - radius, 2 * radius, 2 * radius));
    m_points.push_back(point);
}

namespace {

double distanceTo(const QRectF& rect, const QPointF& p)
{
    const QPointF nearest = LabelPlacer::nearestPointOn(rect, p);
    return std::hypot(nearest.x() - p.x(), nearest.y() - p.y());
}

} // namespace

bool LabelPlacer::isAmbiguous(const QRectF& rect, const QPointF& own) const
{
    // A label set right by its point must not sit as close to another point:
    // a reader takes it for the nearer one's.
    const double mine = distanceTo(rect, own);
    const QRectF around = rect.adjusted(-mine - 2, -mine - 2, mine + 2, mine + 2);
    for (const QPointF& other : m_points) {
        if (other == own || !around.contains(other))
            continue;
        if (distanceTo(rect, other) <= mine + 2.0)
            return true;
    }
    return false;
}

bool LabelPlacer::isFree(const QRectF& rect) const
{
    if (!m_bounds.contains(rect))
        return false;
    bool free = true;
    forBuckets(rect, [&](Key k) {
        if (!free)
            return;
        const auto found = m_buckets.find(k);
        if (found == m_buckets.end())
            return;
        for (int index : found->second) {
            if (m_taken[size_t(index)].intersects(rect)) {
                free = false;
                return;
            }
        }
    });
    return free;
}

LabelPlacer::Placement LabelPlacer::place(const QPointF& point, const QSizeF& size, double radius,
                                          std::optional<QPointF> preferred, bool allowLeader)
{
    std::array<Direction, 8> order = Directions;
    if (preferred && (preferred->x() != 0 || preferred->y() != 0)) {
        const double angle = std::atan2(preferred->y(), preferred->x());
        const auto away = [angle](Direction d) {
            const double diff = std::abs(std::remainder(std::atan2(d.dy, d.dx) - angle, 2 * M_PI));
            return diff;
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](Direction a, Direction b) { return away(a) < away(b); });
    }
    const double near = radius + Gap;
    for (Direction d : order) {
        const QRectF rect = candidate(point, size, d, near);
        if (isFree(rect) && !isAmbiguous(rect, point)) {
            addObstacle(rect);
            return {true, false, rect};
        }
    }
    if (allowLeader) {
        // Further out, joined to the point by a short line.
        const double steps[] = {near + 14.0, near + 28.0, near + 44.0, near + 62.0};
        const double shifts[] = {0.0, -0.5, 0.5};
        for (double offset : steps) {
            for (int tried = 0; tried < 8 * 3; ++tried) {
                const Direction d = order[size_t(tried % 8)];
                const double shift = shifts[tried / 8];
                if (shift != 0.0 && d.dx != 0)
                    continue;
                const QRectF rect = candidate(point, size, d, offset, shift);
                if (!isFree(rect))
                    continue;
                // The line must cross no other label or point either, and
                // later labels keep off it.
                const QPointF end = nearestPointOn(rect, point);
                const QLineF line(point, end);
                std::vector<QRectF> dots;
                for (double at = near; at < line.length(); at += 4.0) {
                    const QPointF p = line.pointAt(at / line.length());
                    dots.emplace_back(p.x() - 1, p.y() - 1, 2, 2);
                }
                if (!std::all_of(dots.begin(), dots.end(),
                                 [this](const QRectF& dot) { return isFree(dot); }))
                    continue;
                for (const QRectF& dot : dots)
                    addObstacle(dot);
                addObstacle(rect);
                return {true, true, rect};
            }
        }
    }
    return {};
}

QPointF LabelPlacer::nearestPointOn(const QRectF& rect, const QPointF& p)
{
    return {std::clamp(p.x(), rect.left(), rect.right()),
            std::clamp(p.y(), rect.top(), rect.bottom())};
}

} // namespace js
