#pragma once

#include "core/model/Id.h"
#include "core/model/Lane.h"
#include "core/model/Metric.h"
#include "core/model/Touchpoint.h"

#include <QFont>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace js {

struct Project;

// The sizes the map is laid out with, in scene units (pixels at 100 %).
// Presentation mode lays the same map out with a larger scale.
struct MapStyle {
    double scale = 1.0;
    QString fontFamily; // empty: the application's font
    // Paper shows every word: no text is cut short, and the rows grow to
    // hold it. The screen keeps cards compact and elides.
    bool fullText = false;

    double margin() const { return 16 * scale; }
    double laneTitleWidth() const { return 168 * scale; }
    double stageWidth() const { return 248 * scale; }
    double journeyHeaderHeight() const { return 96 * scale; }
    double stageHeaderHeight() const { return 78 * scale; }
    double gap() const { return 8 * scale; }
    double padding() const { return 10 * scale; }
    double iconSize() const { return 20 * scale; }
    double emotionStep() const { return 22 * scale; }
    double minLaneHeight() const { return 64 * scale; }
    // At most `screen` lines of a text on screen, all of it on paper.
    int lines(int screen) const { return fullText ? 100000 : screen; }
    QFont font(double pixelSize, bool bold = false) const;
    QFont titleFont() const { return font(15 * scale, true); }
    QFont bodyFont() const { return font(13 * scale); }
    QFont cardTitleFont() const { return font(13 * scale, true); } // a touchpoint's name
    QFont smallFont() const { return font(11 * scale); }
    QFont journeyFont() const { return font(22 * scale, true); }
    // A customer figure's badge on a touchpoint ("NPS +12"): small but not
    // below the smallest text, so paper keeps it at 6 pt or more.
    QFont metricFont() const { return font(10 * scale, true); }
    // The smallest text the map paints (an emotion point's value): exports
    // keep it at 6 pt or larger on paper.
    double smallestText() const { return 9 * scale; }

    bool operator==(const MapStyle&) const = default;
};

// Text wrapped into a box: the lines that fit, the last one ending in an
// ellipsis when the whole text did not.
struct TextBlock {
    QString text; // the whole text
    QStringList lines;
    QRectF rect;
    bool elided = false;

    bool operator==(const TextBlock&) const = default;
};

struct StageBox {
    Id id = NoId;
    int index = 0;
    QRectF header; // the stage's title cell, in the frozen header row
    QRectF column; // the whole column below the header, across every lane
    TextBlock name;
    TextBlock description;

    bool operator==(const StageBox&) const = default;
};

struct LaneBox {
    Id id = NoId;
    int index = 0;
    LaneKind kind = LaneKind::Text;
    QRectF header; // the lane's title cell, in the frozen title column
    QRectF row;    // the whole row right of the title, across every stage
    TextBlock name;
    TextBlock hint; // what the lane holds, below its name

    bool operator==(const LaneBox&) const = default;
};

// A customer figure on a touchpoint's card: its latest NPS, CSAT or CES.
struct MetricBadge {
    Id metricId = NoId;
    MetricKind kind = MetricKind::Nps;
    QString text;            // "NPS +12", "CSAT 78%", "CES 5.2 of 7"
    int count = 0;           // the answers it rests on; 0 when not known
    bool fewAnswers = false; // see restsOnFewAnswers: drawn dashed and lighter
    QRectF rect;

    bool operator==(const MetricBadge&) const = default;
};

struct TouchpointBox {
    Id id = NoId;
    Id stageId = NoId;
    int stageIndex = 0;
    int index = 0; // in its stage
    QRectF rect;
    QRectF icon;
    Channel channel = Channel::Website;
    TextBlock name;
    TextBlock owner;
    // The weighted score in the round shown, against the weighted target of
    // the same cells; `scored` is false when nothing is rated (or no round).
    bool scored = false;
    double score = 0.0;
    double target = 0.0;
    QRectF scoreBadge; // where the score is written, at the card's bottom right
    // Its latest survey figures, in a row along the card's bottom left, clear
    // of the name, the owner and the score.
    std::vector<MetricBadge> metrics;

    bool operator==(const TouchpointBox&) const = default;
};

// One cell of the lane of scores: a touchpoint on one criterion.
struct HeatCell {
    Id touchpointId = NoId;
    Id criterionId = NoId;
    QRectF rect;
    bool scored = false;
    bool notApplicable = false; // no score, and N/A given
    double mean = 0.0;
    double target = 0.0;
    bool discuss = false;

    bool operator==(const HeatCell&) const = default;
};

// The lane of scores: a row per criterion of the round shown, named in the
// lane's title cell, and a cell per touchpoint, spread over its stage like
// the points of the emotion curve.
struct HeatRows {
    Id laneId = NoId;
    QRectF band;                  // the rows inside the lane row
    std::vector<TextBlock> names; // a criterion's name per row, in the title cell
    TextBlock round;              // which round the scores are of, under the lane's name
    std::vector<HeatCell> cells;
    QString empty; // said in the lane when there is no round or criterion

    bool operator==(const HeatRows&) const = default;
};

struct CardBox {
    Id id = NoId;
    Id stageId = NoId;
    Id laneId = NoId;
    int stageIndex = 0;
    int laneIndex = 0;
    int noteIndex = 0; // its lane's place among the text lanes: the note colour
    int index = 0;     // among the cards of its lane in its stage
    QRectF rect;
    TextBlock text;

    bool operator==(const CardBox&) const = default;
};

struct EmotionPoint {
    Id touchpointId = NoId;
    Id stageId = NoId;
    QPointF position;
    int value = 0;
    bool lowest = false;

    bool operator==(const EmotionPoint&) const = default;
};

// The emotion lane: one point per touchpoint, at the touchpoint's share of
// its stage's width and at its value's height (+3 at the top).
struct EmotionCurve {
    Id laneId = NoId;
    QRectF band; // the plotting area inside the lane row
    std::vector<EmotionPoint> points;

    double yOf(int value) const;
    int valueAt(double y) const; // the nearest value -3..+3
    bool operator==(const EmotionCurve&) const = default;
};

struct JourneyHeaderBox {
    QRectF rect;
    TextBlock name;
    TextBlock state;
    QRectF photo; // empty when the journey has no persona
    TextBlock persona;
    TextBlock role;
    TextBlock quote;
    QImage photoImage;

    bool operator==(const JourneyHeaderBox& other) const
    {
        // The same decoded photo is the same image object: no pixel compare.
        return rect == other.rect && name == other.name && state == other.state &&
               photo == other.photo && persona == other.persona && role == other.role &&
               quote == other.quote && photoImage.cacheKey() == other.photoImage.cacheKey();
    }
};

// A hint where the map is empty ("Add your first stage").
struct EmptyHint {
    QRectF rect;
    QString text;

    bool operator==(const EmptyHint&) const = default;
};

// Where everything of one journey's map goes. Pure geometry and wrapped
// text: the canvas, the PDF and the image export paint from it.
struct MapLayout {
    Id journeyId = NoId;
    MapStyle style;
    QRectF bounds;
    QRectF corner; // above the lane titles, left of the stage headers
    JourneyHeaderBox header;
    std::vector<StageBox> stages;
    std::vector<LaneBox> lanes;
    std::vector<TouchpointBox> touchpoints;
    std::vector<CardBox> cards;
    EmotionCurve curve;
    HeatRows heat;
    std::vector<EmptyHint> hints;

    const StageBox* stage(Id id) const;
    const LaneBox* lane(Id id) const;
    const TouchpointBox* touchpoint(Id id) const;
    const CardBox* card(Id id) const;
    // The stage whose column holds x, the lane whose row holds y (or null).
    const StageBox* stageAt(double x) const;
    const LaneBox* laneAt(double y) const;
};

} // namespace js
