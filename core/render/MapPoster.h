#pragma once

#include "core/model/Id.h"
#include "core/render/MapLayout.h"
#include "core/render/MapLegend.h"
#include "core/render/MapPainter.h"
#include "core/render/PagedDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>

#include <optional>

namespace js {

struct Project;

// How the map meets the paper: on one page when its text stays at 6 pt or
// larger and tiled otherwise (Auto), on one page or not at all, or tiled
// at print size.
enum class PosterFit { Auto, OnePage, Tile };

struct PosterOptions {
    QPageSize pageSize = QPageSize(QPageSize::A3);
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double marginMm = 10.0;
    PosterFit fit = PosterFit::Auto;
    double overlapMm = 12.0; // tiles share this much, for taping together
    // The running header of every page.
    QString project;
    QString client;
    QString journey;
    QString persona;
    QDate date;
};

// The header fields for one journey of a project.
void describeJourney(PosterOptions& options, const Project& project, Id journeyId);

// A journey map on paper: the canvas's layout (with every word of every
// card, see MapStyle::fullText) painted by the canvas's painter, on one page
// or tiled across several with overlap, crop marks and page labels. A
// header names the project, client, journey, persona and date; a legend
// explains the symbols; a footer numbers the pages.
class MapPoster : public PagedDocument {
    Q_DECLARE_TR_FUNCTIONS(js::MapPoster)

public:
    static constexpr double MinimumTextSize = 6.0; // points
    // Points per layout unit at print size: a screen pixel at 96 dpi.
    static constexpr double PrintScale = 0.75;

    MapPoster(MapLayout layout, MapTheme theme, PosterOptions options);

    // Empty when the poster can be printed; otherwise why not (one page
    // asked for, and the text would come out smaller than 6 pt), naming a
    // page size that would hold it.
    const QString& problem() const { return m_problem; }
    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    // Points per layout unit, and the map's smallest text in points.
    double scale() const { return m_scale; }
    double smallestTextSize() const { return m_scale * m_layout.style.smallestText(); }
    // Where the map is painted on each page, in points on the paper: the
    // map never spills out of it.
    const QRectF& mapArea() const { return m_content; }
    // "Row 1, column 2 of 2 × 3" on a tiled poster, empty on one page.
    QString pageLabel(int index) const;

    // The smallest common page (A4 to A0, Letter, Tabloid, either way up)
    // that holds the map on one page with its text at 6 pt or larger.
    static std::optional<QPageLayout> fittingPage(const MapLayout& layout,
                                                  const PosterOptions& options);

    QPageLayout pageLayout() const override { return m_page; }
    int pageCount() const override { return m_problem.isEmpty() ? m_rows * m_columns : 0; }
    void paintPage(QPainter& painter, int index) const override;
    QString title() const override;

private:
    // The area the map is painted in, in points on the paper.
    static QRectF contentRect(const QPageLayout& page, double legendHeight);
    double legendHeight(const QPageLayout& page) const;
    void paintFrame(QPainter& painter, int index) const;
    void paintMarks(QPainter& painter, int row, int column) const;

    MapLayout m_layout;
    MapPainter m_painter;
    MapLegend m_legend;
    PosterOptions m_options;
    QPageLayout m_page;
    QRectF m_content;
    double m_scale = PrintScale;
    double m_overlap = 0; // points
    int m_rows = 1;
    int m_columns = 1;
    QString m_problem;
};

} // namespace js
