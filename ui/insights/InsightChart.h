#pragma once

#include "core/analysis/Insights.h"
#include "core/analysis/ScoreText.h"
#include "ui/insights/ChartLook.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace js {

// One chart of the Insights tab. It paints itself, title, axes and legend
// included, into any QPainter at any size: the widget on screen, a PNG, an
// SVG, a PDF page. It draws the figures it is given and never computes them;
// the Insights it points to must outlive it or be replaced.
class InsightChart {
    Q_DECLARE_TR_FUNCTIONS(InsightChart)

public:
    virtual ~InsightChart();

    // A stable, untranslated name for settings and file names ("heatmap").
    virtual QString key() const = 0;
    // The chart's title, in the user's language.
    virtual QString title() const = 0;

    void setInsights(const analysis::Insights* insights);
    const analysis::Insights* insights() const { return m_insights; }

    // The touchpoint selected in the window, drawn highlighted.
    void setSelectedTouchpoint(Id touchpoint);
    Id selectedTouchpoint() const { return m_selected; }

    // Paints the whole chart into rect: background, title, then the figures,
    // or a message saying what to do when there is nothing to show yet.
    void paint(QPainter& painter, const QRectF& rect, const ChartLook& look) const;
    // The touchpoint drawn at pos (a cell, a bar, a point) when the chart is
    // painted into rect; NoId elsewhere.
    Id touchpointAt(const QPointF& pos, const QRectF& rect, const ChartLook& look) const;
    // What a tooltip at pos says; empty for none.
    QString toolTipAt(const QPointF& pos, const QRectF& rect, const ChartLook& look) const;
    // The size the chart reads best at on screen, in pixels of the look.
    virtual QSizeF preferredSize(const ChartLook& look) const;

    // True when there are figures to draw (else the empty state is painted).
    bool hasContent() const;
    // The empty state's message.
    virtual QString emptyMessage() const;

    // Where the figures go below the title when painted into rect.
    QRectF bodyRect(const QRectF& rect, const ChartLook& look) const;

protected:
    // The line under the title: the journey and the round, what it is
    // compared with (for a chart that draws the comparison), and what the
    // filters leave out, so that a copied chart says what it shows.
    virtual QString subtitle() const;
    virtual bool drawsComparison() const { return false; }
    virtual bool hasFigures() const;
    // Called after new figures or a new selection arrive.
    virtual void dataChanged() {}
    virtual void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const = 0;
    virtual Id touchpointAtBody(const QPointF& pos, const QRectF& body,
                                const ChartLook& look) const;
    virtual QString toolTipAtBody(const QPointF& pos, const QRectF& body,
                                  const ChartLook& look) const;

private:
    const analysis::Insights* m_insights = nullptr;
    Id m_selected = NoId;
};

} // namespace js
