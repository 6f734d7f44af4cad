#pragma once

#include "core/render/HeatScale.h"

#include <QColor>
#include <QFont>
#include <QSizeF>

namespace js::report {

// The report's typography, colours and spacing, in points. Fonts take pixel
// sizes, which are points on the report's pages (see PagedDocument). Sizes
// grow with the paper (by the square root of its area against A4), so that
// an A3 report printed at A3 reads like an A4 one held closer.
struct ReportStyle {
    double scale = 1.0;

    QFont coverTitle; // the project's name on the cover
    QFont coverSubtitle;
    QFont heading1;
    QFont heading2;
    QFont body;
    QFont bodyBold;
    QFont small; // captions, table cells, running header and footer
    QFont smallBold;
    QFont figure; // the value of a key figure

    QColor ink;        // body text
    QColor muted;      // captions, labels
    QColor accent;     // headings, the cover band, table headers
    QColor accentText; // text on the accent
    QColor accentSoft; // the cover's second band, key figure boxes
    QColor rule;       // hair lines
    QColor stripe;     // every other table row
    QColor better;     // a rise
    QColor worse;      // a fall, a flag
    HeatScale heat;

    double paragraphGap = 6; // after a paragraph
    double headingGap1 = 14; // before a level-1 heading (not at a page top)
    double headingGap2 = 10;
    double blockGap = 10;     // after a table, a picture, a row of figures
    double cellPadding = 3.5; // inside a table cell, each side
    double headerBand = 26;   // the running header, from the top margin down
    double footerBand = 22;

    // The style for paper of this size, in points.
    static ReportStyle forPaper(const QSizeF& paper);
};

} // namespace js::report
