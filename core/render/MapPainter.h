#pragma once

#include "core/render/MapLayout.h"

#include <QColor>
#include <QFlags>

#include <set>

class QPainter;
class QPalette;

namespace js {

// The colours of the map. Light for paper and light desktops, dark for dark
// ones; the canvas picks from the window's palette.
struct MapTheme {
    bool dark = false;
    QColor background;
    QColor headerBand; // the journey header and the frozen rows
    QColor columnEven;
    QColor columnOdd;
    QColor laneTitle;
    QColor grid;
    QColor text;
    QColor mutedText;
    QColor card;
    QColor cardBorder;
    QColor selection;
    QColor positive;
    QColor negative;
    QColor curve;

    static MapTheme lightTheme();
    static MapTheme darkTheme();
    static MapTheme forPalette(const QPalette& palette);
    // A stage's colour, by its position; a text lane's note colour likewise.
    QColor stageColor(int index) const;
    QColor noteColor(int laneIndex) const;
};

enum class PaintFlag {
    None = 0,
    Selected = 1,
    Current = 2, // the stage presentation mode is on
    Dimmed = 4,  // another stage is the current one
};
Q_DECLARE_FLAGS(PaintFlags, PaintFlag)

// Paints a MapLayout, whole or piece by piece, into any QPainter: the canvas
// paints each piece from its own item, exports paint the whole map at once.
// Everything is drawn in layout coordinates.
class MapPainter {
public:
    explicit MapPainter(MapTheme theme);

    const MapTheme& theme() const { return m_theme; }

    // The whole map, scaled to fit `target` and centred in it.
    void paint(QPainter& painter, const MapLayout& layout, const QRectF& target) const;
    // The whole map in layout coordinates; with `visible`, only the boxes
    // that meet it (a page of a tiled poster).
    void paintMap(QPainter& painter, const MapLayout& layout, const QRectF& visible = {}) const;

    void paintBackground(QPainter& painter, const MapLayout& layout) const;
    void paintJourneyHeader(QPainter& painter, const MapLayout& layout) const;
    void paintCorner(QPainter& painter, const MapLayout& layout) const;
    void paintStageHeader(QPainter& painter, const MapLayout& layout, const StageBox& stage,
                          PaintFlags flags = {}) const;
    void paintLaneHeader(QPainter& painter, const MapLayout& layout, const LaneBox& lane,
                         PaintFlags flags = {}) const;
    void paintTouchpoint(QPainter& painter, const MapLayout& layout, const TouchpointBox& box,
                         PaintFlags flags = {}) const;
    void paintCard(QPainter& painter, const MapLayout& layout, const CardBox& box,
                   PaintFlags flags = {}) const;
    void paintCurve(QPainter& painter, const MapLayout& layout,
                    const std::set<Id>& selectedTouchpoints = {}, const QRectF& visible = {}) const;
    void paintHints(QPainter& painter, const MapLayout& layout) const;
    // The lane of scores: a heat cell per touchpoint and criterion.
    // With `visible`, only the cells that meet it.
    void paintHeat(QPainter& painter, const MapLayout& layout, const QRectF& visible = {}) const;

    // The mark of a cell the raters disagree on.
    static QColor discussColor() { return QColor(0xb0, 0x00, 0x4e); }

    // Draws wrapped text line by line from its rectangle's top left.
    static void paintText(QPainter& painter, const TextBlock& block, const QFont& font,
                          const QColor& color);

private:
    void paintSelection(QPainter& painter, const QRectF& rect, double radius, double scale) const;
    void paintRaised(QPainter& painter, const QRectF& rect, double radius, const QColor& fill,
                     const QColor& border, double scale) const;

    MapTheme m_theme;
};

} // namespace js

Q_DECLARE_OPERATORS_FOR_FLAGS(js::PaintFlags)
