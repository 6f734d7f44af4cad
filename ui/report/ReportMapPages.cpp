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
// What two neighbouring detail pages share, in map units: the eye finds
// where one page continues the other.
constexpr double DetailOverlap = 24.0;

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
    if (!map || map->bounds.isEmpty())
        return;
    // Each part fills a page below its heading.
    const QRectF body = m_flow.body();
    const double height = body.height() - 48 * m_style.scale;
    const auto parts = [](double extent, double window, double step) {
        return extent <= window ? 1 : 1 + int(std::ceil((extent - window) / step - 1e-9));
    };
    // Points per map unit: text at DetailTextSize, or a little smaller (never
    // under 6 pt) when that saves a row or a column of pages.
    double scale = 0;
    int columns = 0;
    int rows = 0;
    for (double text = DetailTextSize; text >= MapPoster::MinimumTextSize - 1e-9; text -= 0.05) {
        const double k = text / map->style.smallestText();
        const double stepX = body.width() / k - DetailOverlap;
        const double stepY = height / k - DetailOverlap;
        const int c = parts(map->bounds.width(), body.width() / k, stepX);
        const int r = parts(map->bounds.height(), height / k, stepY);
        if (scale == 0 || r * c < rows * columns) {
            scale = k;
            columns = c;
            rows = r;
        }
    }
    const QSizeF window(body.width() / scale, height / scale);
    const QSizeF step(window.width() - DetailOverlap, window.height() - DetailOverlap);
    const int count = rows * columns;
    for (int i = 0; i < count; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        const QString title = count == 1
                                  ? tr("The map in detail")
                                  : tr("The map in detail, part %1 of %2").arg(i + 1).arg(count);
        if (i == 0 && count > 1)
            m_flow.addContentsEntry(2, tr("The map in detail"));
        m_flow.addHeading(2, title, i == 0 && count == 1);
        if (count > 1) {
            caption(tr("Row %1, column %2 of %3 × %4; each part repeats the edge of the last.")
                        .arg(row + 1)
                        .arg(column + 1)
                        .arg(rows)
                        .arg(columns));
        }
        const QPointF origin(map->bounds.left() + column * step.width(),
                             map->bounds.top() + row * step.height());
        m_flow.addPicture(height - 20 * m_style.scale,
                          [map, origin, window, scale](QPainter& painter, const QRectF& rect) {
                              painter.save();
                              painter.setClipRect(rect);
                              painter.translate(rect.topLeft());
                              painter.scale(scale, scale);
                              painter.translate(-origin);
                              const QRectF visible(origin, window);
                              MapPainter(MapTheme::lightTheme()).paintMap(painter, *map, visible);
                              painter.restore();
                          });
        m_flow.addPageBreak();
    }
}

} // namespace js
