#include "ui/insights/TrendChart.h"

#include "ui/insights/LegendRow.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

constexpr double ValueMax = 5.0;
constexpr double MaxRowHeight = 36.0;
constexpr double MinRowHeight = 16.0;

QColor beforeColour(const ChartLook& look)
{
    return look.compare;
}

} // namespace

QColor TrendChart::changeColour(double change, const ChartLook& look)
{
    const double rounded = std::round(change * 10.0) / 10.0;
    if (rounded > 0)
        return look.better;
    if (rounded < 0)
        return look.worse;
    return look.mutedText;
}

TrendChart::TrendChart() = default;
TrendChart::~TrendChart() = default;

QSizeF TrendChart::preferredSize(const ChartLook& look) const
{
    const QFontMetricsF small(look.smallFont);
    const double chrome = look.margin() * 3 + QFontMetricsF(look.titleFont).height() +
                          small.height() * 2.6 + small.height() * 3.2 +
                          QFontMetricsF(look.labelFont).height() + 16;
    const double rows = double(std::max<size_t>(m_rows.size(), 4));
    return {720.0, std::max(400.0, chrome + rows * 28.0)};
}

bool TrendChart::hasFigures() const
{
    const analysis::Insights* data = insights();
    return data->hasScores() && data->request.compareTo != NoId && data->deltas &&
           data->deltas->journey.has_value();
}

QString TrendChart::emptyMessage() const
{
    const analysis::Insights* data = insights();
    if (!data || data->request.round == NoId || !data->hasScores())
        return InsightChart::emptyMessage();
    if (data->request.compareTo == NoId || !data->deltas) {
        if (data->journeyRounds < 2)
            return tr("This is the journey's only round. Rate a second one (Assess > New round) "
                      "and this chart shows what moved between the two.");
        return tr("Pick a round in “Compare with” above, and this chart shows what moved "
                  "between the two rounds.");
    }
    return tr("%1 and %2 have no scores in common among what the filters let through.")
        .arg(data->beforeName, data->afterName);
}

QString TrendChart::subtitle() const
{
    const QString line = InsightChart::subtitle();
    const analysis::Insights* data = insights();
    if (!data || !data->deltas)
        return line;
    const auto rated = [](const analysis::RoundResults& results) {
        return std::count_if(results.cells.begin(), results.cells.end(),
                             [](const auto& cell) { return cell.second.hasMean(); });
    };
    const long most = std::max(rated(data->results), data->compare ? rated(*data->compare) : 0L);
    if (data->matchedCells >= most)
        return line;
    return tr("%1 · like for like: the %2 cells rated in both rounds")
        .arg(line)
        .arg(data->matchedCells);
}

void TrendChart::dataChanged()
{
    m_stageCanvas.invalidate();
    m_criterionCanvas.invalidate();
    m_rows.clear();
    const analysis::Insights* data = insights();
    if (!data || !data->deltas)
        return;
    const auto deltaOf = [](const std::map<Id, analysis::Delta>& deltas,
                            Id id) -> std::optional<analysis::Delta> {
        const auto at = deltas.find(id);
        return at == deltas.end() ? std::nullopt : std::optional(at->second);
    };
    for (const analysis::InsightsStage& stage : data->stages)
        m_rows.push_back(
            {Kind::Stage, stage.id, stage.name, deltaOf(data->deltas->stages, stage.id)});
    for (const analysis::InsightsCriterion& criterion : data->criteria)
        m_rows.push_back({Kind::Criterion, criterion.id, criterion.name,
                          deltaOf(data->deltas->criteria, criterion.id)});
}

size_t TrendChart::count(Kind kind) const
{
    return size_t(std::count_if(m_rows.begin(), m_rows.end(),
                                [kind](const Row& r) { return r.kind == kind; }));
}

TrendChart::Geometry TrendChart::geometry(const QRectF& body, const ChartLook& look) const
{
    Geometry g;
    const QFontMetricsF small(look.smallFont);
    const QFontMetricsF label(look.labelFont);
    const QFontMetricsF value(look.valueFont);
    g.legend = QRectF(body.left(), body.top(), body.width(), 0);
    g.legend.setHeight(legend(nullptr, g.legend, look));
    double longest = 0;
    for (const Row& row : m_rows)
        longest = std::max(longest, label.horizontalAdvance(row.label));
    const double labelWidth = std::clamp(longest + 32.0, 80.0, std::max(80.0, body.width() * 0.3));
    const double changeWidth = value.horizontalAdvance(QStringLiteral("\u22120.0")) + 16.0;
    const double headingHeight = std::ceil(small.height() * 1.6);
    // The value axis under the last panel: its labels and its title.
    const double axisHeight = std::ceil(label.height() + small.height() + 12);
    const std::vector<std::pair<Kind, size_t>> kinds = {{Kind::Stage, count(Kind::Stage)},
                                                        {Kind::Criterion, count(Kind::Criterion)}};
    size_t panels = 0;
    for (const auto& kind : kinds)
        panels += kind.second > 0 ? 1 : 0;
    const double top = g.legend.bottom() + 6;
    const double available =
        body.bottom() - top - axisHeight - double(panels) * (headingHeight + 6);
    const double rowHeight = std::clamp(available / double(std::max<size_t>(m_rows.size(), 1)),
                                        MinRowHeight, MaxRowHeight);
    double y = top;
    size_t first = 0;
    for (const auto& [kind, rows] : kinds) {
        if (rows == 0)
            continue;
        Panel panel;
        panel.kind = kind;
        panel.first = first;
        panel.count = rows;
        panel.heading = QRectF(body.left(), y, body.width(), headingHeight);
        panel.plot = QRectF(body.left() + labelWidth, panel.heading.bottom(),
                            body.width() - labelWidth - changeWidth, rowHeight * double(rows));
        y = panel.plot.bottom() + 6;
        first += rows;
        g.panels.push_back(panel);
    }
    return g;
}

QRectF TrendChart::rowRect(const Geometry& g, size_t row) const
{
    for (const Panel& panel : g.panels) {
        if (row < panel.first || row >= panel.first + panel.count)
            continue;
        const double height = panel.plot.height() / double(panel.count);
        return QRectF(panel.plot.left(), panel.plot.top() + double(row - panel.first) * height,
                      panel.plot.width(), height);
    }
    return {};
}

void TrendChart::buildPanel(QtChartCanvas& canvas, const Panel& panel, const QPointF& origin,
                            bool valueLabels, const ChartLook& look) const
{
    auto* chart = new QChart;
    canvas.setChart(chart, look, valueLabels ? 1 : 0);
    chart->setBackgroundVisible(false);
    chart->legend()->setVisible(false);
    auto* before = new QBarSet(insights()->beforeName);
    auto* after = new QBarSet(insights()->afterName);
    before->setColor(beforeColour(look));
    before->setBorderColor(Qt::transparent);
    after->setColor(look.round);
    after->setBorderColor(Qt::transparent);
    QStringList categories;
    // Qt Charts stacks categories and sets bottom up: the first row goes last.
    for (size_t i = panel.count; i-- > 0;) {
        const Row& row = m_rows[panel.first + i];
        before->append(row.delta ? row.delta->before : 0.0);
        after->append(row.delta ? row.delta->after : 0.0);
        categories << QString::number(i);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(after);
    series->append(before);
    series->setBarWidth(0.72);
    chart->addSeries(series);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    QtChartCanvas::styleAxis(axisY, look, QString());
    axisY->setLabelsVisible(false);
    axisY->setGridLineVisible(false);
    auto* axisX = new QValueAxis;
    QtChartCanvas::styleAxis(axisX, look, valueLabels ? tr("Mean score") : QString());
    axisX->setRange(0.0, ValueMax);
    axisX->setTickCount(int(ValueMax) + 1);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setLabelsVisible(valueLabels);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->setPlotArea(panel.plot.translated(-origin));
}

void TrendChart::paintChanges(QPainter& painter, const QtChartCanvas& canvas, const Panel& panel,
                              const QPointF& origin, const ChartLook& look) const
{
    QChart* chart = canvas.chart();
    QAbstractSeries* series =
        chart && !chart->series().isEmpty() ? chart->series().front() : nullptr;
    if (!series)
        return;
    const QFontMetricsF label(look.labelFont);
    const double rowHeight = panel.plot.height() / double(panel.count);
    for (size_t i = 0; i < panel.count; ++i) {
        const Row& row = m_rows[panel.first + i];
        const double category = double(panel.count - 1 - i);
        const double centre = panel.plot.top() + (double(i) + 0.5) * rowHeight;
        // The row's name, left of the plot.
        painter.setFont(look.labelFont);
        painter.setPen(look.text);
        const QRectF name(panel.heading.left() + 10, centre - rowHeight / 2,
                          panel.plot.left() - panel.heading.left() - 18, rowHeight);
        painter.drawText(name, Qt::AlignRight | Qt::AlignVCenter,
                         label.elidedText(row.label, Qt::ElideRight, name.width()));
        if (!row.delta) {
            painter.setFont(look.smallFont);
            painter.setPen(look.mutedText);
            painter.drawText(QRectF(panel.plot.left() + 8, centre - rowHeight / 2,
                                    panel.plot.width() - 8, rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("not rated in both rounds"));
            continue;
        }
        const double longer = std::max(row.delta->before, row.delta->after);
        const QPointF end = chart->mapToPosition(QPointF(longer, category), series) + origin;
        painter.setFont(look.valueFont);
        painter.setPen(changeColour(row.delta->change, look));
        painter.drawText(QRectF(end.x() + 6, centre - rowHeight / 2, 60, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, analysis::changeText(row.delta->change));
    }
}

double TrendChart::legend(QPainter* painter, const QRectF& rect, const ChartLook& look) const
{
    const analysis::Insights& data = *insights();
    LegendRow row(painter, rect, look);
    row.box(beforeColour(look), tr("%1 (before)").arg(data.beforeName));
    row.box(look.round, tr("%1 (after)").arg(data.afterName));
    row.text(look.better, analysis::changeText(0.5), tr("a rise"));
    row.text(look.worse, analysis::changeText(-0.5), tr("a fall"));
    return row.height();
}

void TrendChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    const Geometry g = geometry(body, look);
    legend(&painter, g.legend, look);
    for (size_t p = 0; p < g.panels.size(); ++p) {
        const Panel& panel = g.panels[p];
        QFont heading = look.smallFont;
        heading.setBold(true);
        painter.setFont(heading);
        painter.setPen(look.mutedText);
        painter.drawText(panel.heading.adjusted(10, 0, 0, 0), Qt::AlignLeft | Qt::AlignBottom,
                         panel.kind == Kind::Stage ? tr("By stage") : tr("By criterion"));
        QtChartCanvas& canvas = panel.kind == Kind::Stage ? m_stageCanvas : m_criterionCanvas;
        // Built once per change of the figures or the look; laid out at every size.
        const bool valueLabels = p + 1 == g.panels.size();
        if (canvas.isCurrent(look, valueLabels ? 1 : 0))
            canvas.chart()->setPlotArea(panel.plot.translated(-body.topLeft()));
        else
            buildPanel(canvas, panel, body.topLeft(), valueLabels, look);
        canvas.render(painter, body);
        paintChanges(painter, canvas, panel, body.topLeft(), look);
    }
}

QString TrendChart::toolTipAtBody(const QPointF& pos, const QRectF& body,
                                  const ChartLook& look) const
{
    const Geometry g = geometry(body, look);
    const analysis::Insights& data = *insights();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        QRectF band = rowRect(g, i);
        band.setLeft(body.left());
        band.setRight(body.right());
        if (!band.contains(pos))
            continue;
        const Row& row = m_rows[i];
        if (!row.delta)
            return tr("%1\nNot rated in both rounds").arg(row.label);
        return tr("%1\n%2: %3\n%4: %5\nChange %6")
            .arg(row.label, data.beforeName, analysis::scoreText(row.delta->before), data.afterName,
                 analysis::scoreText(row.delta->after), analysis::changeText(row.delta->change));
    }
    return {};
}

} // namespace js
