#include "ui/insights/ProfileChart.h"

#include "ui/insights/LegendRow.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

// The value ranges, a little wider than the scales so that markers at a 5 or
// a -3 are not cut.
constexpr double ScoreMin = 0.5;
constexpr double ScoreMax = 5.5;
constexpr double EmotionMin = -3.7;
constexpr double EmotionMax = 3.7;
constexpr double MarkerRadius = 5.0;
constexpr double HitRadius = 9.0;

QString signedEmotion(int value)
{
    if (value > 0)
        return QStringLiteral("+%1").arg(value);
    if (value < 0)
        return QStringLiteral("\u2212%1").arg(-value);
    return QStringLiteral("0");
}

// The shade of a stage that scores below target where the customer feels bad.
QColor dipShade(const ChartLook& look)
{
    QColor shade = look.worse;
    shade.setAlphaF(look.dark ? 0.15 : 0.13);
    return shade;
}

double yOf(const QRectF& plot, double value, double min, double max)
{
    return plot.bottom() - (value - min) / (max - min) * plot.height();
}

QCategoryAxis* valueAxis(const ChartLook& look, const QString& title, double min, double max,
                         const std::vector<std::pair<QString, double>>& ticks)
{
    auto* axis = new QCategoryAxis;
    QtChartCanvas::styleAxis(axis, look, title);
    axis->setRange(min, max);
    axis->setStartValue(min);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (const auto& [label, value] : ticks)
        axis->append(label, value);
    return axis;
}

QValueAxis* bandAxis(size_t stages)
{
    auto* axis = new QValueAxis;
    axis->setRange(0.0, double(std::max<size_t>(stages, 1)));
    axis->setVisible(false);
    return axis;
}

QLineSeries* lineSeries(QChart* chart, const QPen& pen)
{
    auto* series = new QLineSeries;
    series->setPen(pen);
    chart->addSeries(series);
    return series;
}

void attach(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace

ProfileChart::ProfileChart() = default;
ProfileChart::~ProfileChart() = default;

QSizeF ProfileChart::preferredSize(const ChartLook& look) const
{
    const double chrome = look.margin() * 3 + QFontMetricsF(look.titleFont).height() +
                          QFontMetricsF(look.smallFont).height();
    return {720.0, chrome + 420.0};
}

void ProfileChart::dataChanged()
{
    m_scoreCanvas.invalidate();
    m_emotionCanvas.invalidate();
    m_stages.clear();
    m_emotions.clear();
    m_target.reset();
    const analysis::Insights* data = insights();
    if (!data)
        return;
    if (!data->criteria.empty()) {
        double sum = 0;
        for (const analysis::InsightsCriterion& criterion : data->criteria)
            sum += criterion.target;
        m_target = sum / double(data->criteria.size());
    }
    for (size_t s = 0; s < data->stages.size(); ++s) {
        const analysis::InsightsStage& stage = data->stages[s];
        StagePoint point;
        point.stage = stage.id;
        if (const analysis::RollUp* rollUp = analysis::findRollUp(data->results.stages, stage.id)) {
            point.score = rollUp->score;
            point.ratings = rollUp->ratings;
        }
        if (data->compare) {
            if (const analysis::RollUp* rollUp =
                    analysis::findRollUp(data->compare->stages, stage.id))
                point.compare = rollUp->score;
        }
        const double n = double(stage.touchpoints.size());
        double emotions = 0;
        for (size_t k = 0; k < stage.touchpoints.size(); ++k) {
            const analysis::InsightsTouchpoint& touchpoint =
                data->touchpoints[stage.touchpoints[k]];
            m_emotions.push_back(
                {touchpoint.id, s, double(s) + (double(k) + 0.5) / n, touchpoint.emotion});
            emotions += touchpoint.emotion;
        }
        point.emotion = n > 0 ? emotions / n : 0.0;
        point.dip = point.score && m_target && *point.score < *m_target && point.emotion < 0;
        m_stages.push_back(point);
    }
}

ProfileChart::Geometry ProfileChart::geometry(const QRectF& body, const ChartLook& look) const
{
    Geometry g;
    const QFontMetricsF label(look.labelFont);
    const QFontMetricsF small(look.smallFont);
    // The axis title, turned, and the widest tick label ("−3") left of the plots.
    const double left =
        small.height() + 10 + label.horizontalAdvance(QStringLiteral("\u22123")) + 10;
    const double right = 8;
    g.legend = QRectF(body.left(), body.top(), body.width(), 0);
    g.legend.setHeight(legend(nullptr, g.legend, look));
    const double labels = std::ceil(label.height() * 2.5);
    const double gap = std::ceil(small.height() * 1.2);
    const double top = g.legend.bottom() + 8;
    const double plots = std::max(body.bottom() - labels - top - gap, 60.0);
    const double scoreHeight = std::round(plots * 0.6);
    g.scorePlot = QRectF(body.left() + left, top, body.width() - left - right, scoreHeight);
    g.emotionPlot = QRectF(g.scorePlot.left(), g.scorePlot.bottom() + gap, g.scorePlot.width(),
                           plots - scoreHeight);
    g.stageLabels =
        QRectF(g.scorePlot.left(), g.emotionPlot.bottom() + 4, g.scorePlot.width(), labels - 4);
    return g;
}

double ProfileChart::xOf(const QRectF& plot, double bands) const
{
    const double count = double(std::max<size_t>(m_stages.size(), 1));
    return plot.left() + bands / count * plot.width();
}

QPointF ProfileChart::stagePosition(const Geometry& g, Id stage) const
{
    for (size_t s = 0; s < m_stages.size(); ++s) {
        if (m_stages[s].stage == stage && m_stages[s].score)
            return {xOf(g.scorePlot, double(s) + 0.5),
                    yOf(g.scorePlot, *m_stages[s].score, ScoreMin, ScoreMax)};
    }
    return {};
}

QPointF ProfileChart::emotionPosition(const Geometry& g, Id touchpoint) const
{
    for (const EmotionPoint& point : m_emotions) {
        if (point.touchpoint == touchpoint)
            return {xOf(g.emotionPlot, point.x),
                    yOf(g.emotionPlot, point.emotion, EmotionMin, EmotionMax)};
    }
    return {};
}

void ProfileChart::buildScoreChart(const Geometry& g, const ChartLook& look) const
{
    auto* chart = new QChart;
    m_scoreCanvas.setChart(chart, look);
    chart->setBackgroundVisible(false);
    chart->legend()->setVisible(false);
    if (m_target) {
        QPen pen(look.target, 1.5, Qt::DashDotLine);
        QLineSeries* line = lineSeries(chart, pen);
        line->append(0.0, *m_target);
        line->append(double(m_stages.size()), *m_target);
    }
    // One line per run of stages with a score: a stage without one is a gap.
    const auto runs = [&](auto score, const QPen& pen) {
        QLineSeries* run = nullptr;
        for (size_t s = 0; s < m_stages.size(); ++s) {
            const std::optional<double> value = score(m_stages[s]);
            if (!value) {
                run = nullptr;
                continue;
            }
            if (!run)
                run = lineSeries(chart, pen);
            run->append(double(s) + 0.5, *value);
        }
    };
    if (insights()->compare) {
        QPen pen(look.compare, 2.0, Qt::DashLine);
        runs([](const StagePoint& p) { return p.compare; }, pen);
    }
    runs([](const StagePoint& p) { return p.score; }, QPen(look.round, 2.5));
    QCategoryAxis* y = valueAxis(look, tr("Mean score"), ScoreMin, ScoreMax,
                                 {{QStringLiteral("1"), 1.0},
                                  {QStringLiteral("2"), 2.0},
                                  {QStringLiteral("3"), 3.0},
                                  {QStringLiteral("4"), 4.0},
                                  {QStringLiteral("5"), 5.0}});
    attach(chart, bandAxis(m_stages.size()), y);
    chart->setPlotArea(g.scorePlot);
}

void ProfileChart::buildEmotionChart(const Geometry& g, const ChartLook& look) const
{
    auto* chart = new QChart;
    m_emotionCanvas.setChart(chart, look);
    chart->setBackgroundVisible(false);
    chart->legend()->setVisible(false);
    QLineSeries* zero = lineSeries(chart, QPen(look.axis, 1.0));
    zero->append(0.0, 0.0);
    zero->append(double(m_stages.size()), 0.0);
    QLineSeries* curve = lineSeries(chart, QPen(look.emotion, 2.5));
    for (const EmotionPoint& point : m_emotions)
        curve->append(point.x, point.emotion);
    QCategoryAxis* y =
        valueAxis(look, tr("Emotion"), EmotionMin, EmotionMax,
                  {{signedEmotion(-3), -3.0}, {signedEmotion(0), 0.0}, {signedEmotion(3), 3.0}});
    attach(chart, bandAxis(m_stages.size()), y);
    chart->setPlotArea(g.emotionPlot);
}

void ProfileChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    Geometry g = geometry(body, look);
    // The charts are laid out in coordinates relative to the body.
    Geometry local = g;
    local.scorePlot.translate(-body.topLeft());
    local.emotionPlot.translate(-body.topLeft());

    // Stage bands: a dip shaded under both plots, separators between stages.
    const double count = double(std::max<size_t>(m_stages.size(), 1));
    const double band = g.scorePlot.width() / count;
    const QColor dip = dipShade(look);
    for (size_t s = 0; s < m_stages.size(); ++s) {
        const double x = xOf(g.scorePlot, double(s));
        if (m_stages[s].dip) {
            painter.fillRect(QRectF(x, g.scorePlot.top(), band, g.scorePlot.height()), dip);
            painter.fillRect(QRectF(x, g.emotionPlot.top(), band, g.emotionPlot.height()), dip);
        }
    }

    // Built once per change of the figures or the look; laid out at every size.
    if (m_scoreCanvas.isCurrent(look))
        m_scoreCanvas.chart()->setPlotArea(local.scorePlot);
    else
        buildScoreChart(local, look);
    if (m_emotionCanvas.isCurrent(look))
        m_emotionCanvas.chart()->setPlotArea(local.emotionPlot);
    else
        buildEmotionChart(local, look);
    m_scoreCanvas.render(painter, body);
    m_emotionCanvas.render(painter, body);

    painter.setPen(QPen(look.grid, 1.0));
    for (size_t s = 1; s < m_stages.size(); ++s) {
        const double x = std::round(xOf(g.scorePlot, double(s))) + 0.5;
        painter.drawLine(QPointF(x, g.scorePlot.top()), QPointF(x, g.scorePlot.bottom()));
        painter.drawLine(QPointF(x, g.emotionPlot.top()), QPointF(x, g.emotionPlot.bottom()));
    }
    paintMarkers(painter, g, look);
    paintStageLabels(painter, g, look);
    legend(&painter, g.legend, look);
}

void ProfileChart::paintMarkers(QPainter& painter, const Geometry& g, const ChartLook& look) const
{
    const QFontMetricsF small(look.smallFont);
    painter.setFont(look.smallFont);
    const double count = double(std::max<size_t>(m_stages.size(), 1));
    for (size_t s = 0; s < m_stages.size(); ++s) {
        const StagePoint& point = m_stages[s];
        const double x = xOf(g.scorePlot, double(s) + 0.5);
        if (point.compare) {
            // A square for the comparison round, so the two tell apart without colour.
            const QPointF at(x, yOf(g.scorePlot, *point.compare, ScoreMin, ScoreMax));
            painter.setPen(QPen(look.background, 1.5));
            painter.setBrush(look.compare);
            painter.drawRect(QRectF(at - QPointF(4, 4), QSizeF(8, 8)));
        }
        if (!point.score) {
            painter.setFont(look.smallFont);
            painter.setPen(look.mutedText);
            const QRectF box(xOf(g.scorePlot, double(s)), g.scorePlot.center().y() - small.height(),
                             g.scorePlot.width() / count, small.height() * 2);
            painter.drawText(box, Qt::AlignCenter, tr("no score"));
            continue;
        }
        const QPointF at(x, yOf(g.scorePlot, *point.score, ScoreMin, ScoreMax));
        painter.setPen(QPen(look.background, 1.5));
        painter.setBrush(look.round);
        painter.drawEllipse(at, MarkerRadius + 0.5, MarkerRadius + 0.5);
        // The score beside its point: above it, unless that is off the plot or
        // across the target line or the comparison point, then below.
        painter.setFont(look.valueFont);
        painter.setPen(look.text);
        const auto crosses = [&](const QRectF& label) {
            const auto across = [&](std::optional<double> value) {
                if (!value)
                    return false;
                const double y = yOf(g.scorePlot, *value, ScoreMin, ScoreMax);
                return y >= label.top() - 3 && y <= label.bottom() + 3;
            };
            return label.top() < g.scorePlot.top() || across(m_target) || across(point.compare);
        };
        QRectF label(at.x() + 6, at.y() - 22, 44, 18);
        if (crosses(label))
            label.moveTop(at.y() + 4);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                         analysis::scoreText(*point.score));
    }
    // Markers shrink where the touchpoints stand close, and give way to the
    // line alone where they would run into one blot (hundreds of touchpoints).
    const double spacing = g.emotionPlot.width() / double(std::max<size_t>(m_emotions.size(), 1));
    const double radius = std::min(MarkerRadius, spacing * 0.4);
    for (const EmotionPoint& point : m_emotions) {
        const QPointF at(xOf(g.emotionPlot, point.x),
                         yOf(g.emotionPlot, point.emotion, EmotionMin, EmotionMax));
        const bool selected = point.touchpoint == selectedTouchpoint();
        if (selected) {
            painter.setPen(QPen(look.selection, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, MarkerRadius + 4, MarkerRadius + 4);
        }
        if (radius < 2.0 && !selected)
            continue;
        painter.setPen(QPen(look.background, 1.5));
        painter.setBrush(look.emotion);
        painter.drawEllipse(at, std::max(radius, 2.0), std::max(radius, 2.0));
    }
}

void ProfileChart::paintStageLabels(QPainter& painter, const Geometry& g,
                                    const ChartLook& look) const
{
    const analysis::Insights& data = *insights();
    painter.setPen(look.text);
    const double count = double(std::max<size_t>(m_stages.size(), 1));
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    for (size_t s = 0; s < data.stages.size() && s < m_stages.size(); ++s) {
        const QRectF box(xOf(g.stageLabels, double(s)) + 3, g.stageLabels.top(),
                         g.stageLabels.width() / count - 6, g.stageLabels.height());
        const QString& name = data.stages[s].name;
        // In the label font if it fits in two lines without breaking a word,
        // else in the small one, else elided.
        bool drawn = false;
        for (const QFont& font : {look.labelFont, look.smallFont}) {
            const QFontMetricsF metrics(font);
            const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const bool wordsFit = std::all_of(words.begin(), words.end(), [&](const QString& w) {
                return metrics.horizontalAdvance(w) <= box.width();
            });
            if (wordsFit && metrics.boundingRect(box, flags, name).height() <= box.height()) {
                painter.setFont(font);
                painter.drawText(box, flags, name);
                drawn = true;
                break;
            }
        }
        if (!drawn) {
            painter.setFont(look.smallFont);
            painter.drawText(
                box, Qt::AlignHCenter | Qt::AlignTop,
                QFontMetricsF(look.smallFont).elidedText(name, Qt::ElideRight, box.width()));
        }
    }
}

double ProfileChart::legend(QPainter* painter, const QRectF& rect, const ChartLook& look) const
{
    const analysis::Insights& data = *insights();
    LegendRow row(painter, rect, look);
    row.line(look.round, Qt::SolidLine, LegendRow::Circle, data.roundName);
    if (data.compare)
        row.line(look.compare, Qt::DashLine, LegendRow::Square, data.compareName);
    if (m_target)
        row.line(look.target, Qt::DashDotLine, LegendRow::None,
                 tr("Target %1").arg(analysis::scoreText(*m_target)));
    row.line(look.emotion, Qt::SolidLine, LegendRow::Circle, tr("Emotion"));
    if (std::any_of(m_stages.begin(), m_stages.end(), [](const auto& p) { return p.dip; })) {
        row.box(dipShade(look), tr("Below target, negative emotion"));
    }
    return row.height();
}

const ProfileChart::EmotionPoint* ProfileChart::emotionPointAt(const Geometry& g,
                                                               const QPointF& pos) const
{
    const EmotionPoint* best = nullptr;
    double bestDistance = HitRadius;
    for (const EmotionPoint& point : m_emotions) {
        const QPointF at(xOf(g.emotionPlot, point.x),
                         yOf(g.emotionPlot, point.emotion, EmotionMin, EmotionMax));
        const double distance = std::hypot(at.x() - pos.x(), at.y() - pos.y());
        if (distance <= bestDistance) {
            best = &point;
            bestDistance = distance;
        }
    }
    return best;
}

Id ProfileChart::touchpointAtBody(const QPointF& pos, const QRectF& body,
                                  const ChartLook& look) const
{
    const EmotionPoint* point = emotionPointAt(geometry(body, look), pos);
    return point ? point->touchpoint : NoId;
}

QString ProfileChart::toolTipAtBody(const QPointF& pos, const QRectF& body,
                                    const ChartLook& look) const
{
    const analysis::Insights& data = *insights();
    const Geometry g = geometry(body, look);
    if (const EmotionPoint* point = emotionPointAt(g, pos)) {
        const analysis::InsightsTouchpoint* touchpoint = data.touchpoint(point->touchpoint);
        return tr("%1 · %2\nEmotion %3")
            .arg(touchpoint ? touchpoint->name : QString(), data.stages[point->stageIndex].name,
                 signedEmotion(point->emotion));
    }
    const QRectF plots = g.scorePlot.united(g.emotionPlot);
    if (!plots.contains(pos) || m_stages.empty())
        return {};
    const size_t s = std::min(
        size_t((pos.x() - g.scorePlot.left()) / g.scorePlot.width() * double(m_stages.size())),
        m_stages.size() - 1);
    const StagePoint& point = m_stages[s];
    QString text = data.stages[s].name;
    if (point.score)
        text += QLatin1Char('\n') + tr("%1: %2, from %n rating(s)", nullptr, point.ratings)
                                        .arg(data.roundName, analysis::scoreText(*point.score));
    else
        text += QLatin1Char('\n') + tr("%1: no score yet").arg(data.roundName);
    if (data.compare)
        text +=
            QLatin1Char('\n') +
            (point.compare ? tr("%1: %2").arg(data.compareName, analysis::scoreText(*point.compare))
                           : tr("%1: no score").arg(data.compareName));
    if (m_target)
        text += QLatin1Char('\n') + tr("Mean target %1").arg(analysis::scoreText(*m_target));
    text += QLatin1Char('\n') + tr("Mean emotion %1").arg(analysis::changeText(point.emotion));
    if (point.dip)
        text += QLatin1Char('\n') + tr("Below target where the customer feels bad");
    return text;
}

} // namespace js
