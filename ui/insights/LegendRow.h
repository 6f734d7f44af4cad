#pragma once

#include "ui/insights/ChartLook.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace js {

// A chart's legend painted as rows of entries, left to right, each a swatch
// and a label; an entry that does not fit on the row goes to the next one.
// Without a painter it only measures, for a layout to know the height.
class LegendRow {
public:
    enum Marker { None, Circle, Square };

    // Entries start at rect's top left and wrap within its width; rows are
    // lineHeight() high.
    LegendRow(QPainter* painter, const QRectF& rect, const ChartLook& look);

    // A line sample in a colour and a dash, with an optional marker on it.
    void line(const QColor& colour, Qt::PenStyle style, Marker marker, const QString& label);
    // A filled box (a bar, a shaded band).
    void box(const QColor& fill, const QString& label);
    // A coloured bit of text as its own swatch ("+0.6"), then the label.
    void text(const QColor& colour, const QString& sample, const QString& label);

    static double lineHeight(const ChartLook& look);
    // The height of the rows used so far.
    double height() const;

private:
    // Moves to the next row when an entry this wide does not fit.
    void place(double swatch, const QString& label);
    void label(double swatch, const QString& label);

    QPainter* m_painter;
    QRectF m_rect;
    const ChartLook& m_look;
    double m_x = 0;
    double m_y = 0;
};

} // namespace js
