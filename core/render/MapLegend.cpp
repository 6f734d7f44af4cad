#include "core/render/MapLegend.h"

#include "core/render/ChannelIcons.h"
#include "core/render/HeatScale.h"
#include "core/render/MapLayout.h"
#include "core/render/MapPainter.h"
#include "core/render/MetricBadges.h"
#include "core/render/PaperFont.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <set>

namespace js {

namespace {

constexpr double HeatTarget = 4.0;

} // namespace

MapLegend MapLegend::of(const MapLayout& layout)
{
    MapLegend legend;
    std::set<Channel> used;
    for (const TouchpointBox& box : layout.touchpoints)
        used.insert(box.channel);
    if (!used.empty()) {
        legend.m_entries.push_back({Symbol::Heading, tr("Channels")});
        for (Channel channel : used)
            legend.m_entries.push_back({Symbol::Channel, channelName(channel), channel});
    }
    const bool scored = !layout.heat.cells.empty() ||
                        std::any_of(layout.touchpoints.begin(), layout.touchpoints.end(),
                                    [](const TouchpointBox& box) { return box.scored; });
    if (scored) {
        legend.m_entries.push_back({Symbol::Heading, tr("Scores against target")});
        legend.m_entries.push_back({Symbol::Heat, tr("Far below"), {}, 1.5});
        legend.m_entries.push_back({Symbol::Heat, tr("Below"), {}, 3.2});
        legend.m_entries.push_back({Symbol::Heat, tr("On target"), {}, HeatTarget});
        legend.m_entries.push_back({Symbol::Heat, tr("Above"), {}, 5.0});
        legend.m_entries.push_back({Symbol::Heat, tr("N/A"), {}, 0, true});
        legend.m_entries.push_back({Symbol::Heat, tr("Not rated"), {}, 0, false, true});
        if (std::any_of(layout.heat.cells.begin(), layout.heat.cells.end(),
                        [](const HeatCell& cell) { return cell.discuss; }))
            legend.m_entries.push_back({Symbol::Discuss, tr("The raters disagree: discuss")});
    }
    if (layout.curve.laneId != NoId && !layout.curve.points.empty()) {
        legend.m_entries.push_back({Symbol::Heading, tr("Emotion")});
        legend.m_entries.push_back({Symbol::Curve, tr("How the customer feels, −3 to +3")});
        legend.m_entries.push_back({Symbol::Lowest, tr("The lowest point")});
    }
    bool figures = false;
    bool few = false;
    for (const TouchpointBox& box : layout.touchpoints) {
        for (const MetricBadge& badge : box.metrics) {
            figures = true;
            few = few || badge.fewAnswers;
        }
    }
    if (figures) {
        legend.m_entries.push_back({Symbol::Heading, tr("Survey figures")});
        legend.m_entries.push_back(
            {Symbol::Metric, tr("The latest NPS, CSAT or CES of a touchpoint")});
        if (few)
            legend.m_entries.push_back(
                {Symbol::FewAnswers, tr("Rests on fewer than %n answers", nullptr, FewAnswers)});
    }
    return legend;
}

double MapLegend::place(double width, double textSize, std::vector<QRectF>* rects) const
{
    const QFontMetricsF plain(paperFont(textSize));
    const QFontMetricsF bold(paperFont(textSize, true));
    const double rowHeight = plain.height() * 1.5;
    const double symbol = textSize * 1.6;
    const double curveSymbol = textSize * 3.2;
    double x = 0;
    double y = 0;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        double w = 0;
        if (entry.symbol == Symbol::Heading)
            w = bold.horizontalAdvance(entry.text) + textSize * 0.6;
        else
            w = (entry.symbol == Symbol::Curve || entry.symbol == Symbol::Metric ||
                         entry.symbol == Symbol::FewAnswers
                     ? curveSymbol
                     : symbol) +
                textSize * 0.4 + plain.horizontalAdvance(entry.text);
        // A group starts with some air; a heading never ends a row alone.
        double lead = 0;
        if (entry.symbol == Symbol::Heading && x > 0)
            lead = textSize * 1.8;
        else if (x > 0)
            lead = textSize * 0.9;
        double needed = lead + w;
        if (entry.symbol == Symbol::Heading && i + 1 < m_entries.size())
            needed += textSize * 2 + symbol; // at least the start of its first entry
        if (x > 0 && x + needed > width) {
            x = 0;
            lead = 0;
            y += rowHeight;
        }
        if (rects)
            rects->push_back(QRectF(x + lead, y, w, rowHeight));
        x += lead + w;
    }
    return m_entries.empty() ? 0 : y + rowHeight;
}

double MapLegend::height(double width, double textSize) const
{
    return place(width, textSize, nullptr);
}

void MapLegend::paint(QPainter& painter, const QRectF& rect, const MapTheme& theme,
                      double textSize) const
{
    std::vector<QRectF> rects;
    place(rect.width(), textSize, &rects);
    const HeatScale heat(theme.dark);
    const double symbol = textSize * 1.6;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        const QRectF box = rects[i].translated(rect.topLeft());
        if (entry.symbol == Symbol::Heading) {
            painter.setFont(paperFont(textSize, true));
            painter.setPen(theme.text);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            continue;
        }
        const double width = entry.symbol == Symbol::Curve ? textSize * 3.2 : symbol;
        if (entry.symbol == Symbol::Metric || entry.symbol == Symbol::FewAnswers) {
            // A badge as the cards show it, naming a kind of figure.
            const QRectF mark(box.left(), box.center().y() - symbol * 0.4, textSize * 3.2,
                              symbol * 0.8);
            paintMetricBadge(painter, mark, tr("NPS"), paperFont(textSize * 0.8, true), theme.text,
                             entry.symbol == Symbol::FewAnswers, textSize / 10);
            painter.setFont(paperFont(textSize));
            painter.setPen(theme.mutedText);
            painter.drawText(QRectF(mark.right() + textSize * 0.4, box.top(),
                                    box.right() - mark.right(), box.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, entry.text);
            continue;
        }
        const QRectF mark(box.left(), box.center().y() - symbol / 2, width, symbol);
        switch (entry.symbol) {
        case Symbol::Channel:
            paintChannelIcon(painter, entry.channel, mark, theme.text);
            break;
        case Symbol::Heat: {
            const QColor fill = entry.notApplicable ? heat.notApplicable()
                                : entry.notRated    ? heat.empty()
                                                    : heat.fill(entry.score, HeatTarget);
            painter.setPen(QPen(theme.cardBorder, 0.5));
            painter.setBrush(fill);
            painter.drawRoundedRect(mark.adjusted(1, 2, -1, -2), 2, 2);
            break;
        }
        case Symbol::Discuss: {
            // As the lane of scores marks it: a dot in a cell's corner.
            painter.setPen(QPen(theme.cardBorder, 0.5));
            painter.setBrush(heat.fill(3.2, HeatTarget));
            const QRectF cell = mark.adjusted(1, 2, -1, -2);
            painter.drawRoundedRect(cell, 2, 2);
            painter.setPen(Qt::NoPen);
            painter.setBrush(MapPainter::discussColor());
            const double d = cell.height() * 0.4;
            painter.drawEllipse(QRectF(cell.right() - d - 1, cell.top() + 1, d, d));
            break;
        }
        case Symbol::Curve: {
            // A wave ending in a point, inside the mark so the label keeps clear.
            const double r = symbol * 0.2;
            const QPointF end(mark.right() - r, mark.center().y() - r);
            QPainterPath path;
            path.moveTo(mark.left() + r, mark.center().y() + r);
            path.cubicTo(mark.left() + width * 0.35, mark.top(), mark.left() + width * 0.6,
                         mark.bottom(), end.x(), end.y());
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(theme.curve, textSize * 0.22, Qt::SolidLine, Qt::RoundCap));
            painter.drawPath(path);
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme.positive);
            painter.drawEllipse(end, r, r);
            break;
        }
        case Symbol::Lowest: {
            const QPointF centre = mark.center();
            painter.setPen(QPen(theme.negative, textSize * 0.12));
            painter.setBrush(
                QColor(theme.negative.red(), theme.negative.green(), theme.negative.blue(), 40));
            painter.drawEllipse(centre, symbol * 0.45, symbol * 0.45);
            painter.setPen(Qt::NoPen);
            painter.setBrush(theme.negative);
            painter.drawEllipse(centre, symbol * 0.22, symbol * 0.22);
            break;
        }
        case Symbol::Heading:
        case Symbol::Metric:
        case Symbol::FewAnswers:
            break;
        }
        painter.setFont(paperFont(textSize));
        painter.setPen(theme.mutedText);
        painter.drawText(QRectF(mark.right() + textSize * 0.4, box.top(),
                                box.right() - mark.right(), box.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
    painter.restore();
}

} // namespace js
