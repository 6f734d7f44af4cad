#pragma once

#include "core/model/Touchpoint.h"

#include <QCoreApplication>
#include <QRectF>

#include <vector>

class QPainter;

namespace js {

struct MapLayout;
struct MapTheme;

// What the map's symbols mean, for paper where nobody can hover: the icons
// of the channels the journey uses, the heat colours of scores, the emotion
// curve, the survey figures' badges. Laid out as a flow of entries that wraps onto more rows on a
// narrow page.
class MapLegend {
    Q_DECLARE_TR_FUNCTIONS(js::MapLegend)

public:
    // The legend of what `layout` shows: only the channels it uses, the heat
    // colours when it carries scores, the curve when it has one, the badges
    // when a card carries a survey figure (and the dashed one when one rests
    // on few answers).
    static MapLegend of(const MapLayout& layout);

    bool isEmpty() const { return m_entries.empty(); }
    // How tall the legend is across `width` points with text of `textSize`.
    double height(double width, double textSize) const;
    void paint(QPainter& painter, const QRectF& rect, const MapTheme& theme, double textSize) const;

private:
    enum class Symbol { Heading, Channel, Heat, Discuss, Curve, Lowest, Metric, FewAnswers };
    struct Entry {
        Symbol symbol = Symbol::Heading;
        QString text;
        Channel channel = Channel::Website;
        double score = 0.0; // for a heat swatch: the score against a target of 4
        bool notApplicable = false;
        bool notRated = false;
    };

    // Where each entry goes, left to right and wrapping; the height taken.
    double place(double width, double textSize, std::vector<QRectF>* rects) const;

    std::vector<Entry> m_entries;
};

} // namespace js
