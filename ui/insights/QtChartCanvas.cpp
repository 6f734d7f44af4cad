#include "ui/insights/QtChartCanvas.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

namespace js {

QtChartCanvas::QtChartCanvas()
    : m_scene(std::make_unique<QGraphicsScene>())
{}

QtChartCanvas::~QtChartCanvas() = default;

void QtChartCanvas::setChart(QChart* chart, const ChartLook& look, int variant)
{
    delete m_chart;
    m_chart = chart;
    m_look = std::make_unique<ChartLook>(look);
    m_variant = variant;
    m_current = chart != nullptr;
    if (!chart)
        return;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(look.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitle(QString());
    QLegend* legend = chart->legend();
    legend->setFont(look.labelFont);
    legend->setLabelColor(look.text);
    legend->setBackgroundVisible(false);
    m_scene->addItem(chart);
}

bool QtChartCanvas::isCurrent(const ChartLook& look, int variant) const
{
    return m_current && m_chart && m_variant == variant && m_look && m_look->sameAs(look);
}

void QtChartCanvas::layOut(const QSizeF& size) const
{
    if (!m_chart)
        return;
    if (m_chart->size() != size) {
        m_chart->resize(size);
        m_scene->setSceneRect(QRectF(QPointF(), size));
    }
    m_chart->layout()->activate();
}

void QtChartCanvas::render(QPainter& painter, const QRectF& rect) const
{
    if (!m_chart)
        return;
    layOut(rect.size());
    m_scene->render(&painter, rect, QRectF(QPointF(), rect.size()), Qt::IgnoreAspectRatio);
}

void QtChartCanvas::styleAxis(QAbstractAxis* axis, const ChartLook& look, const QString& title)
{
    axis->setLabelsFont(look.labelFont);
    axis->setLabelsColor(look.mutedText);
    axis->setTitleText(title);
    axis->setTitleFont(look.smallFont);
    axis->setTitleBrush(look.mutedText);
    axis->setGridLineColor(look.grid);
    axis->setLinePenColor(look.axis);
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

} // namespace js
