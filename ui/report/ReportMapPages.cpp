// The report's journey map: the whole map on one page to see its shape, then
// the map at a size that reads, over as many pages as that takes.
#include "core/model/ProjectQueries.h"
#include "core/render/MapLayouter.h"
#include "core/render/MapPainter.h"
#include "core/render/MapPoster.h"
#include "ui/report/AssessmentReport.h"
#include "ui/report/ReportSections.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace js {

using namespace report;

namespace {

// The map's smallest text on the detail pages, in points: a little more than
// the poster's 6 pt for a report read at arm's length, unless 6 pt saves pages.
constexpr double DetailTextSize = 6.5;

void paintFitted(QPainter& painter, const MapLayout& map, const QRectF& rect)
{
    const MapPainter mapPainter(MapTheme::lightTheme());
    const QSizeF size = map.bounds.size();
    if (size.isEmpty())
        return;
    const double upright = std::min(rect.width() / size.width(), rect.height() / size.height());
    const double turned = std::min(rect.height() / size.width(), rect.width() / size.height());
    // A wide map on a tall page reads larger turned a quarter to the left, as
    // a landscape figure in a book is.
    if (rect.height() > rect.width() && size.width() > size.height() && turned > upright * 1.15) {
        painter.translate(rect.center());
        painter.rotate(-90);
        mapPainter.paint(
            painter, map,
            QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(), rect.width()));
    } else {
        mapPainter.paint(painter, map, rect);
    }
}

} // namespace

void ReportSections::mapPage()
{
    if (!m_journey)
        return;
    m_flow.addHeading(1, tr("Journey map"));
    MapStyle style;
    style.fullText = true;
    MapLayouter layouter(style);
    m_report.m_map = std::make_unique<MapLayout>(
        layouter.layout(m_project, m_journey->id, m_round ? &m_insights.results : nullptr));
    caption(m_round ? tr("The journey as mapped, each touchpoint coloured by its score in %1. "
                         "The pages after this one show it at a size that reads; the map "
                         "poster export prints it whole.")
                          .arg(quoted(m_round->name))
                    : tr("The journey as mapped. The pages after this one show it at a size "
                         "that reads; the map poster export prints it whole."));
    const MapLayout* map = m_report.m_map.get();
    m_flow.addPictureFillingPage(240 * m_style.scale, [map](QPainter& painter, const QRectF& rect) {
        paintFitted(painter, *map, rect);
    });
    m_flow.addPageBreak();
    mapInDetail();
}

void ReportSections::mapInDetail()
{
    const MapLayout* map = m_report.m_map.get();
    if (!map || map->bounds.isEmpty() || map->stages.empty() || map->lanes.empty())
        return;
    // Each part fills a page below its heading and caption.
    const QRectF body = m_flow.body();
    const double height = body.height() - 56 * m_style.scale;
    const double lanesTop = map->lanes.front().row.top();
    const double titlesWidth = map->stages.front().header.left() - map->bounds.left();
    const double stageWidth = map->stages.front().header.width();
    const double headerRow = lanesTop - map->corner.top(); // the stage headers, repeated
    const double firstTop = lanesTop - map->bounds.top();  // the journey header too

    const int stageCount = int(map->stages.size());
    struct Parts {
        double scale = 0;                                // points per map unit
        int perPart = 1;                                 // stages side by side
        int columns = 1;                                 // parts across
        std::vector<std::pair<size_t, size_t>> laneRuns; // [first, end) of map->lanes
        int count() const { return columns * int(laneRuns.size()); }
    };
    const auto partsAt = [&](double k) {
        Parts parts;
        parts.scale = k;
        // Whole stages side by side, as many parts across as it takes, evenly.
        const int across = std::max(1, int((body.width() / k - titlesWidth) / stageWidth + 1e-9));
        parts.columns = (stageCount + across - 1) / across;
        parts.perPart = (stageCount + parts.columns - 1) / parts.columns;
        // Whole lanes down the page; the stage headers repeat on every part.
        const double room = height / k;
        for (size_t first = 0; first < map->lanes.size();) {
            double used = parts.laneRuns.empty() ? firstTop : headerRow;
            size_t end = first;
            while (end < map->lanes.size() &&
                   (end == first || used + map->lanes[end].row.height() <= room)) {
                used += map->lanes[end].row.height();
                ++end;
            }
            parts.laneRuns.emplace_back(first, end);
            first = end;
        }
        return parts;
    };
    // Text at DetailTextSize, or smaller down to 6 pt where that saves pages.
    Parts best = partsAt(DetailTextSize / map->style.smallestText());
    for (double text = DetailTextSize; text >= MapPoster::MinimumTextSize - 1e-9; text -= 0.05) {
        Parts parts = partsAt(text / map->style.smallestText());
        if (parts.count() < best.count())
            best = std::move(parts);
    }
    const double scale = best.scale;
    const int columnParts = best.columns;
    const int perPart = best.perPart;
    const std::vector<std::pair<size_t, size_t>>& laneRuns = best.laneRuns;
    const int rows = int(laneRuns.size());
    const int count = rows * columnParts;
    for (int i = 0; i < count; ++i) {
        const int row = i / columnParts;
        const int column = i % columnParts;
        const int firstStage = column * perPart;
        const int endStage = std::min(stageCount, firstStage + perPart);
        const auto [firstLane, endLane] = laneRuns[size_t(row)];
        if (i == 0 && count > 1)
            m_flow.addContentsEntry(2, tr("The map in detail"));
        const QString title = count == 1
                                  ? tr("The map in detail")
                                  : tr("The map in detail, part %1 of %2").arg(i + 1).arg(count);
        m_flow.addHeading(2, title, count == 1);
        if (count > 1) {
            const QString stages = endStage - firstStage == 1
                                       ? map->stages[size_t(firstStage)].name.text
                                       : tr("%1 to %2")
                                             .arg(map->stages[size_t(firstStage)].name.text,
                                                  map->stages[size_t(endStage - 1)].name.text);
            caption(tr("%1; lanes %2 to %3 of %4")
                        .arg(stages)
                        .arg(firstLane + 1)
                        .arg(endLane)
                        .arg(map->lanes.size()));
        }
        // What the part shows, in map units: the lane titles and the stage
        // headers beside and above its own stages and lanes.
        // The journey header once, on the first part; a slice of it elsewhere
        // would show half a name.
        const double top = i == 0 ? map->bounds.top() : map->corner.top();
        const double left = map->stages[size_t(firstStage)].header.left();
        const double right = map->stages[size_t(endStage - 1)].header.right();
        const double lanesFrom = map->lanes[firstLane].row.top();
        const double lanesTo = map->lanes[endLane - 1].row.bottom();
        const QRectF sources[] = {
            QRectF(QPointF(map->bounds.left(), top),
                   QPointF(map->bounds.left() + titlesWidth, lanesTop)),
            QRectF(QPointF(left, top), QPointF(right, lanesTop)),
            QRectF(QPointF(map->bounds.left(), lanesFrom),
                   QPointF(map->bounds.left() + titlesWidth, lanesTo)),
            QRectF(QPointF(left, lanesFrom), QPointF(right, lanesTo)),
        };
        const double pictureHeight = (lanesTop - top + lanesTo - lanesFrom) * scale;
        m_flow.addPicture(
            pictureHeight, [map, sources, scale](QPainter& painter, const QRectF& rect) {
                const MapPainter mapPainter(MapTheme::lightTheme());
                // Each source goes where the one before it (left, then above) ends.
                const double splitX = sources[0].width() * scale;
                const double splitY = sources[0].height() * scale;
                const QPointF corners[] = {rect.topLeft(), rect.topLeft() + QPointF(splitX, 0),
                                           rect.topLeft() + QPointF(0, splitY),
                                           rect.topLeft() + QPointF(splitX, splitY)};
                for (int k = 0; k < 4; ++k) {
                    const QRectF& source = sources[k];
                    painter.save();
                    painter.setClipRect(QRectF(corners[k], source.size() * scale));
                    painter.translate(corners[k]);
                    painter.scale(scale, scale);
                    painter.translate(-source.topLeft());
                    mapPainter.paintMap(painter, *map, source);
                    painter.restore();
                }
            });
        m_flow.addPageBreak();
    }
}

} // namespace js
