#pragma once

#include "ui/insights/InsightChart.h"
#include "ui/insights/QtChartCanvas.h"

#include <optional>
#include <vector>

namespace js {

// The journey profile: the mean score of each stage as a line over the
// stages (the comparison round's as a dashed one, the mean target as a
// reference), and beneath it, over the same stage bands, the customer's
// emotion curve with one point per touchpoint spread over its stage, as the
// map draws it. A stage that scores below target where the customer feels
// bad is shaded in both. Qt Charts draws the axes and lines, two charts with
// plot areas set to the same left and right so that the bands line up; the
// markers, stage names and legend are painted on top.
class ProfileChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(ProfileChart)

public:
    ProfileChart();
    ~ProfileChart() override;

    QString key() const override { return QStringLiteral("profile"); }
    QString title() const override { return tr("Journey profile"); }
    QSizeF preferredSize(const ChartLook& look) const override;

    // One stage on the axis, in map order.
    struct StagePoint {
        Id stage = NoId;
        std::optional<double> score;   // the round's; absent: a gap in the line
        std::optional<double> compare; // the comparison round's
        int ratings = 0;
        double emotion = 0.0; // the mean emotion of its touchpoints
        bool dip = false;     // below target with a negative emotion
    };
    // One touchpoint on the emotion curve.
    struct EmotionPoint {
        Id touchpoint = NoId;
        size_t stageIndex = 0;
        double x = 0.0; // in stage bands: stage i spans i..i+1
        int emotion = 0;
    };
    const std::vector<StagePoint>& stagePoints() const { return m_stages; }
    const std::vector<EmotionPoint>& emotionPoints() const { return m_emotions; }
    // The reference line: the mean of the round's criteria's targets.
    std::optional<double> target() const { return m_target; }

    // Where each part goes in a body rect (for painting and hit tests).
    struct Geometry {
        QRectF legend;
        QRectF scorePlot;
        QRectF emotionPlot;
        QRectF stageLabels;
    };
    Geometry geometry(const QRectF& body, const ChartLook& look) const;
    // Where a point is drawn; a null point when it is not shown.
    QPointF stagePosition(const Geometry& geometry, Id stage) const;
    QPointF emotionPosition(const Geometry& geometry, Id touchpoint) const;

protected:
    bool drawsComparison() const override { return true; }
    void dataChanged() override;
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
    Id touchpointAtBody(const QPointF& pos, const QRectF& body,
                        const ChartLook& look) const override;
    QString toolTipAtBody(const QPointF& pos, const QRectF& body,
                          const ChartLook& look) const override;

private:
    double xOf(const QRectF& plot, double bands) const;
    void buildScoreChart(const Geometry& g, const ChartLook& look) const;
    void buildEmotionChart(const Geometry& g, const ChartLook& look) const;
    // Paints the legend into rect, or only measures it without a painter; its height.
    double legend(QPainter* painter, const QRectF& rect, const ChartLook& look) const;
    void paintStageLabels(QPainter& painter, const Geometry& g, const ChartLook& look) const;
    void paintMarkers(QPainter& painter, const Geometry& g, const ChartLook& look) const;
    const EmotionPoint* emotionPointAt(const Geometry& g, const QPointF& pos) const;

    std::vector<StagePoint> m_stages;
    std::vector<EmotionPoint> m_emotions;
    std::optional<double> m_target;
    // Rebuilt on each paint, in the look it is painted in.
    mutable QtChartCanvas m_scoreCanvas;
    mutable QtChartCanvas m_emotionCanvas;
};

} // namespace js
