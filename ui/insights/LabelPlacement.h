#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <unordered_map>
#include <vector>

namespace js {

// Places text labels next to points of a chart so that no two labels
// overlap, and no label covers a point or anything else marked as taken.
// Greedy: each label in turn tries eight positions around its point, then
// positions further out (to be drawn with a leader line), and is left out
// when none is free. Taken space is kept in a grid of buckets, so placing n
// labels among n points costs about n times the candidates tried.
class LabelPlacer {
public:
    struct Placement {
        bool placed = false;
        bool leader = false; // drawn away from its point: join them with a line
        QRectF rect;
    };

    // Labels must stay inside bounds.
    explicit LabelPlacer(const QRectF& bounds, double bucketSize = 48.0);

    // Marks space as taken (a point's marker, a caption).
    void addObstacle(const QRectF& rect);
    // Space for a point's marker of this radius.
    void addPoint(const QPointF& point, double radius);

    // Finds room for a label of this size by a point whose marker has this
    // radius, and takes it. With a preferred direction, the positions that
    // look that way are tried first.
    Placement place(const QPointF& point, const QSizeF& size, double radius,
                    std::optional<QPointF> preferred = std::nullopt, bool allowLeader = true);

    // True when rect lies in the bounds and touches nothing taken.
    bool isFree(const QRectF& rect) const;
    // True when another point is as near to rect as `own` (the label's).
    bool isAmbiguous(const QRectF& rect, const QPointF& own) const;

    // The point on rect nearest to p (where a leader line ends).
    static QPointF nearestPointOn(const QRectF& rect, const QPointF& p);

private:
    using Key = long long;
    Key key(int column, int row) const;
    void forBuckets(const QRectF& rect, auto&& visit) const;

    QRectF m_bounds;
    double m_bucket;
    std::vector<QRectF> m_taken;
    std::vector<QPointF> m_points;
    std::unordered_map<Key, std::vector<int>> m_buckets; // into m_taken
};

} // namespace js
