#pragma once

#include "core/render/HeatScale.h"

#include <QColor>
#include <QFont>

class QPalette;

namespace js {

// The look every Insights chart shares, whether Qt Charts draws it or we do:
// the colours of a light or dark palette, colour-blind safe series colours
// (Okabe and Ito), the one heat scale, and fonts in pixels, so that a chart
// laid out at a size looks the same on screen, in a PNG and on paper.
struct ChartLook {
    bool dark = false;
    QColor background;
    QColor plotBackground;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor selection;
    QColor round;   // the round shown
    QColor compare; // the round it is compared with
    QColor target;  // target lines and polygons
    QColor better;  // a rise between rounds, a score above its target
    QColor worse;   // a fall, a score below it
    QColor emotion; // the customer's emotion curve
    HeatScale heat;
    QFont titleFont;
    QFont labelFont;
    QFont smallFont;
    QFont valueFont; // numbers in cells and on bars

    static ChartLook light();
    static ChartLook darkLook();
    // The light or dark look, whichever suits the palette's window colour.
    static ChartLook forPalette(const QPalette& palette);

    // The same colours and fonts (a chart built for one look serves the other).
    bool sameAs(const ChartLook& other) const;

    // Margins and gaps in pixels at this look's size.
    double margin() const { return 12.0; }
    double titleHeight() const;
};

} // namespace js
