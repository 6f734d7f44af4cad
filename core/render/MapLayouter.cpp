#include "core/render/MapLayouter.h"

#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"
#include "core/render/MetricBadges.h"
#include "core/render/PaperFont.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

struct MapLayoutText {
    Q_DECLARE_TR_FUNCTIONS(js::MapLayout)
};

double lineHeight(const QFont& font)
{
    return QFontMetricsF(font).lineSpacing();
}

QString laneHint(LaneKind kind)
{
    // Only the curve needs saying what it shows.
    return kind == LaneKind::Emotion ? MapLayoutText::tr("How the customer feels, −3 to +3")
                                     : QString();
}

double heatRowHeight(const MapStyle& s)
{
    return 22 * s.scale;
}

QSizeF badgeSize(const QFont& font)
{
    const QFontMetricsF metrics(font);
    return QSizeF(metrics.horizontalAdvance(QStringLiteral("0.0")) + 12, metrics.height() + 2);
}

// A touchpoint's weighted score in the round, against the weighted target of
// the same cells, and where its badge goes.
void scoreTouchpoint(TouchpointBox& box, const Project& project, const Round& round,
                     const analysis::RoundResults& results, const QFont& font)
{
    const analysis::RollUp* rollUp = analysis::findRollUp(results.touchpoints, box.id);
    if (!rollUp || rollUp->weight <= 0)
        return;
    double weighted = 0.0;
    for (const RoundCriterion& criterion : round.criteria) {
        const analysis::CellStats* stats = results.cell(box.id, criterion.criterionId);
        if (stats && stats->hasMean())
            weighted += criterion.weight * targetFor(project, round.id, criterion, box.id);
    }
    box.scored = true;
    box.score = rollUp->score;
    box.target = weighted / rollUp->weight;
    const QSizeF size = badgeSize(font);
    box.scoreBadge = QRectF(box.rect.right() - size.width() - 6,
                            box.rect.bottom() - size.height() - 5, size.width(), size.height());
    // The badge sits below the name; the owner's line leaves it room.
    if (box.scoreBadge.top() < box.name.rect.bottom() + 2) {
        const double grow = box.name.rect.bottom() + 2 - box.scoreBadge.top();
        box.rect.setBottom(box.rect.bottom() + grow);
        box.scoreBadge.translate(0, grow);
    }
}

} // namespace

QFont MapStyle::font(double pixelSize, bool bold) const
{
    QFont font = fontFamily.isEmpty() ? QGuiApplication::font() : QFont(fontFamily);
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    if (fullText)
        preferPlainGlyphs(font);
    return font;
}

MapLayouter::MapLayouter(MapStyle style)
    : m_style(std::move(style))
{}

void MapLayouter::setStyle(const MapStyle& style)
{
    if (style == m_style)
        return;
    m_style = style;
    m_wrapped.clear();
}

TextBlock MapLayouter::wrap(const QString& text, const QFont& font, double width, int maxLines)
{
    const Key key{text, font.key(), int(std::floor(width)), maxLines};
    if (auto it = m_wrapped.constFind(key); it != m_wrapped.constEnd())
        return *it;
    // Typing leaves a trail of texts never shown again: start afresh now and
    // then rather than grow without end.
    constexpr qsizetype MaxRemembered = 20000;
    if (m_wrapped.size() >= MaxRemembered)
        m_wrapped.clear();

    TextBlock block;
    block.text = text;
    QString flowing = text.trimmed();
    flowing.replace(u'\n', QChar::LineSeparator);
    const QFontMetricsF metrics(font);
    if (!flowing.isEmpty()) {
        QTextLayout layout(flowing, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            if (block.lines.size() == maxLines - 1) {
                // The last line that fits takes the rest of the text.
                const QString rest = flowing.mid(line.textStart()).simplified();
                const QString elided = metrics.elidedText(rest, Qt::ElideRight, width);
                block.elided = elided != rest || rest.contains(QChar::LineSeparator);
                block.lines << elided;
                break;
            }
            block.lines << flowing.mid(line.textStart(), line.textLength())
                               .remove(QChar::LineSeparator)
                               .trimmed();
        }
        layout.endLayout();
    }
    block.rect = QRectF(0, 0, width, block.lines.size() * metrics.lineSpacing());
    m_wrapped.insert(key, block);
    return block;
}

QImage MapLayouter::photo(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return {};
    if (bytes != m_photoBytes) {
        m_photoBytes = bytes;
        m_photo = QImage::fromData(bytes);
    }
    return m_photo;
}

MapLayout MapLayouter::layout(const Project& project, Id journeyId,
                              const analysis::RoundResults* results)
{
    if (results && results->journeyId != journeyId)
        results = nullptr;
    const Round* round = results ? findRound(project, results->roundId) : nullptr;
    MapLayout map;
    map.journeyId = journeyId;
    map.style = m_style;
    const Journey* journey = findJourney(project, journeyId);
    if (!journey)
        return map;
    const MapStyle& s = m_style;
    const double stageWidth = s.stageWidth();
    const double cardWidth = stageWidth - 2 * s.gap();
    const double textWidth = cardWidth - 2 * s.padding();
    const double left = s.margin() + s.laneTitleWidth();
    const int stageCount = int(journey->stages.size());
    const double mapWidth = s.laneTitleWidth() + std::max(stageCount, 1) * stageWidth;

    // The journey header: its name and state, and its persona.
    JourneyHeaderBox& header = map.header;
    header.rect = QRectF(s.margin(), s.margin(), mapWidth, s.journeyHeaderHeight());
    // The name takes what the persona leaves (or the whole row).
    const bool withPersona = findPersona(project, journey->personaId) != nullptr;
    const double nameWidth =
        (withPersona ? std::clamp(mapWidth - 620 * s.scale, 320 * s.scale, 760 * s.scale)
                     : mapWidth) -
        s.padding();
    header.name = wrap(journey->name, s.journeyFont(), nameWidth, s.lines(1));
    header.name.rect.moveTopLeft(header.rect.topLeft() + QPointF(0, 14 * s.scale));
    header.state = wrap(journeyStateName(journey->state), s.bodyFont(), nameWidth, s.lines(1));
    header.state.rect.moveTopLeft(header.name.rect.bottomLeft() + QPointF(0, 4 * s.scale));
    if (const Persona* persona = findPersona(project, journey->personaId)) {
        const double photoSize = 64 * s.scale;
        const double x = header.rect.left() + nameWidth + 2 * s.padding();
        const double available = header.rect.right() - x - photoSize - s.padding();
        if (available > 120 * s.scale) {
            header.photo = QRectF(x, header.rect.top() + 12 * s.scale, photoSize, photoSize);
            const double textLeft = header.photo.right() + s.padding();
            const double textWidth_ = std::min(available, 520 * s.scale);
            header.persona = wrap(persona->name, s.titleFont(), textWidth_, s.lines(1));
            header.persona.rect.moveTopLeft(QPointF(textLeft, header.photo.top()));
            QPointF below = header.persona.rect.bottomLeft() + QPointF(0, 2 * s.scale);
            if (!persona->role.isEmpty()) {
                header.role = wrap(persona->role, s.smallFont(), textWidth_, s.lines(1));
                header.role.rect.moveTopLeft(below);
                below = header.role.rect.bottomLeft() + QPointF(0, 4 * s.scale);
            }
            if (!persona->quote.isEmpty()) {
                header.quote = wrap(QChar(0x201C) + persona->quote.trimmed() + QChar(0x201D),
                                    s.bodyFont(), textWidth_, s.lines(2));
                header.quote.rect.moveTopLeft(below);
            }
            header.photoImage = photo(persona->photo);
        }
    }

    if (s.fullText) {
        // On paper the header grows to hold a long name or quote.
        double bottom = std::max(header.state.rect.bottom(), header.photo.bottom());
        for (const TextBlock* block : {&header.persona, &header.role, &header.quote})
            if (!block->lines.isEmpty())
                bottom = std::max(bottom, block->rect.bottom());
        header.rect.setBottom(std::max(header.rect.bottom(), bottom + 12 * s.scale));
    }

    // The stage header row, frozen at the top when the map scrolls; on paper
    // as tall as the stage with the longest name and description.
    const double stageInner = stageWidth - 2 * s.padding();
    double stageHeaderHeight = s.stageHeaderHeight();
    if (s.fullText) {
        for (const Stage& stage : journey->stages) {
            const double name =
                wrap(stage.name, s.titleFont(), stageInner, s.lines(1)).rect.height();
            const double description =
                wrap(stage.description, s.smallFont(), stageInner, s.lines(2)).rect.height();
            stageHeaderHeight =
                std::max(stageHeaderHeight, 15 * s.scale + name + description + s.padding());
        }
    }
    const double headerTop = header.rect.bottom() + s.gap();
    const double lanesTop = headerTop + stageHeaderHeight;
    map.corner = QRectF(s.margin(), headerTop, s.laneTitleWidth(), stageHeaderHeight);
    for (int i = 0; i < stageCount; ++i) {
        const Stage& stage = journey->stages[size_t(i)];
        StageBox box;
        box.id = stage.id;
        box.index = i;
        box.header = QRectF(left + i * stageWidth, headerTop, stageWidth, stageHeaderHeight);
        box.name = wrap(stage.name, s.titleFont(), stageInner, s.lines(1));
        box.name.rect.moveTopLeft(box.header.topLeft() + QPointF(s.padding(), 12 * s.scale));
        box.description = wrap(stage.description, s.smallFont(), stageInner, s.lines(2));
        box.description.rect.moveTopLeft(box.name.rect.bottomLeft() + QPointF(0, 3 * s.scale));
        map.stages.push_back(box);
    }

    // The lane rows: each as tall as its fullest stage.
    const QFont body = s.bodyFont();
    const QFont bold = s.cardTitleFont();
    const QFont small = s.smallFont();
    const std::unordered_set<Id> withBadges = touchpointsWithBadges(project);
    double y = lanesTop;
    int laneIndex = 0;
    int textLanes = 0;
    for (const Lane& lane : journey->lanes) {
        if (lane.hidden)
            continue;
        const int noteIndex = lane.kind == LaneKind::Text ? textLanes++ : 0;
        LaneBox laneBox;
        laneBox.id = lane.id;
        laneBox.index = laneIndex++;
        laneBox.kind = lane.kind;
        double height = s.minLaneHeight();
        if (lane.kind == LaneKind::Emotion) {
            height = std::max(height, 6 * s.emotionStep() + 2 * s.padding() + 40 * s.scale);
        } else if (lane.kind == LaneKind::Heat) {
            const int rows = round ? int(round->criteria.size()) : 0;
            height = std::max(height, lineHeight(s.titleFont()) + lineHeight(small) +
                                          rows * heatRowHeight(s) + 3 * s.padding());
        } else {
            for (int i = 0; i < stageCount; ++i) {
                const Stage& stage = journey->stages[size_t(i)];
                const double x = left + i * stageWidth + s.gap();
                double cy = y + s.gap();
                if (lane.kind == LaneKind::Touchpoints) {
                    int index = 0;
                    for (const Touchpoint& touchpoint : stage.touchpoints) {
                        TouchpointBox box;
                        box.id = touchpoint.id;
                        box.stageId = stage.id;
                        box.stageIndex = i;
                        box.index = index++;
                        box.channel = touchpoint.channel;
                        const double nameLeft = s.padding() + s.iconSize() + s.gap();
                        const double nameWidth_ = cardWidth - nameLeft - s.padding();
                        box.name = wrap(touchpoint.name, bold, nameWidth_, s.lines(3));
                        box.name.rect.moveTopLeft(QPointF(x + nameLeft, cy + s.padding()));
                        double bottom = box.name.rect.bottom();
                        if (!touchpoint.owner.isEmpty()) {
                            // With scores shown, the owner leaves room for the badge.
                            box.owner = wrap(touchpoint.owner, small,
                                             nameWidth_ - (round ? badgeSize(small).width() : 0),
                                             s.lines(1));
                            box.owner.rect.moveTopLeft(box.name.rect.bottomLeft() +
                                                       QPointF(0, 2 * s.scale));
                            bottom = box.owner.rect.bottom();
                        }
                        box.icon =
                            QRectF(x + s.padding(), cy + s.padding(), s.iconSize(), s.iconSize());
                        bottom = std::max({bottom, box.icon.bottom(), cy + lineHeight(bold)});
                        // The survey figures below, left of where a score goes.
                        if (withBadges.contains(touchpoint.id))
                            box.metrics = layoutMetricBadges(
                                project, touchpoint.id, s,
                                QPointF(x + nameLeft, bottom + 4 * s.scale),
                                nameWidth_ - (round ? badgeSize(small).width() + s.gap() : 0));
                        for (const MetricBadge& badge : box.metrics)
                            bottom = std::max(bottom, badge.rect.bottom());
                        box.rect = QRectF(x, cy, cardWidth, bottom + s.padding() - cy);
                        if (round)
                            scoreTouchpoint(box, project, *round, *results, small);
                        cy = box.rect.bottom() + s.gap();
                        map.touchpoints.push_back(box);
                    }
                } else {
                    int index = 0;
                    for (const LaneCard& card : stage.cards) {
                        if (card.laneId != lane.id)
                            continue;
                        CardBox box;
                        box.id = card.id;
                        box.stageId = stage.id;
                        box.laneId = lane.id;
                        box.stageIndex = i;
                        box.laneIndex = laneBox.index;
                        box.noteIndex = noteIndex;
                        box.index = index++;
                        box.text = wrap(card.text, body, textWidth, s.lines(5));
                        box.text.rect.moveTopLeft(QPointF(x + s.padding(), cy + s.padding()));
                        const double textHeight =
                            std::max(box.text.rect.height(), lineHeight(body));
                        box.rect = QRectF(x, cy, cardWidth, textHeight + 2 * s.padding());
                        cy = box.rect.bottom() + s.gap();
                        map.cards.push_back(box);
                    }
                }
                height = std::max(height, cy - y);
            }
        }
        const double inner = s.laneTitleWidth() - 2 * s.padding();
        laneBox.name = wrap(lane.name, s.titleFont(), inner, s.lines(2));
        laneBox.hint = wrap(laneHint(lane.kind), small, inner, s.lines(3));
        if (s.fullText && lane.kind != LaneKind::Heat) {
            height = std::max(height, laneBox.name.rect.height() + laneBox.hint.rect.height() +
                                          2 * s.padding() + 2 * s.scale);
        }
        laneBox.header = QRectF(s.margin(), y, s.laneTitleWidth(), height);
        laneBox.row = QRectF(left, y, std::max(stageCount, 1) * stageWidth, height);
        laneBox.name.rect.moveTopLeft(laneBox.header.topLeft() + QPointF(s.padding(), s.padding()));
        laneBox.hint.rect.moveTopLeft(laneBox.name.rect.bottomLeft() + QPointF(0, 2 * s.scale));
        if (lane.kind == LaneKind::Heat && map.heat.laneId == NoId) {
            map.heat.laneId = lane.id;
            // The rows start below the lane's name; the criteria's names go
            // in the title cell, one per row.
            map.heat.band = laneBox.row.adjusted(
                0, 2 * s.padding() + lineHeight(s.titleFont()) + lineHeight(small), 0,
                -s.padding());
            laneBox.name = wrap(lane.name, s.titleFont(), inner, 1);
            laneBox.name.rect.moveTopLeft(laneBox.header.topLeft() +
                                          QPointF(s.padding(), s.padding()));
            laneBox.hint = TextBlock{};
            if (round) {
                map.heat.round = wrap(round->name, small, inner, 1);
                map.heat.round.rect.moveTopLeft(laneBox.name.rect.bottomLeft());
                for (size_t r = 0; r < round->criteria.size(); ++r) {
                    TextBlock name = wrap(
                        displayName(project, EntityKind::Criterion, round->criteria[r].criterionId),
                        small, inner, 1);
                    name.rect.moveTopLeft(QPointF(laneBox.header.left() + s.padding(),
                                                  map.heat.band.top() + r * heatRowHeight(s) +
                                                      (heatRowHeight(s) - name.rect.height()) / 2));
                    map.heat.names.push_back(name);
                }
            } else {
                map.heat.empty =
                    MapLayoutText::tr("Pick a round on the Assess tab to see its scores here");
            }
        }
        if (lane.kind == LaneKind::Emotion && map.curve.laneId == NoId) {
            map.curve.laneId = lane.id;
            // Room above +3 for a point's ring, below -3 for "Lowest".
            map.curve.band =
                laneBox.row.adjusted(0, s.padding() + 10 * s.scale, 0, -s.padding() - 30 * s.scale);
        }
        map.lanes.push_back(laneBox);
        y += height;
    }

    for (StageBox& stage : map.stages)
        stage.column = QRectF(stage.header.left(), lanesTop, stageWidth, y - lanesTop);

    // The emotion curve: one point per touchpoint, spread over its stage.
    if (map.curve.laneId != NoId) {
        int lowest = Touchpoint::MaxEmotion + 1;
        for (int i = 0; i < stageCount; ++i) {
            const Stage& stage = journey->stages[size_t(i)];
            const double n = double(stage.touchpoints.size());
            for (size_t k = 0; k < stage.touchpoints.size(); ++k) {
                const Touchpoint& touchpoint = stage.touchpoints[k];
                EmotionPoint point;
                point.touchpointId = touchpoint.id;
                point.stageId = stage.id;
                point.value = touchpoint.emotion;
                point.position = QPointF(left + i * stageWidth + (double(k) + 0.5) * stageWidth / n,
                                         map.curve.yOf(touchpoint.emotion));
                lowest = std::min(lowest, touchpoint.emotion);
                map.curve.points.push_back(point);
            }
        }
        for (EmotionPoint& point : map.curve.points)
            point.lowest = point.value == lowest && lowest < 0;
    }

    // The lane of scores: a cell per touchpoint and criterion.
    if (map.heat.laneId != NoId && round) {
        for (int i = 0; i < stageCount; ++i) {
            const Stage& stage = journey->stages[size_t(i)];
            const double n = double(stage.touchpoints.size());
            for (size_t k = 0; k < stage.touchpoints.size(); ++k) {
                const Id touchpoint = stage.touchpoints[k].id;
                const double cellLeft =
                    left + i * stageWidth + s.gap() / 2 + double(k) * (stageWidth - s.gap()) / n;
                const double cellWidth = (stageWidth - s.gap()) / n;
                for (size_t r = 0; r < round->criteria.size(); ++r) {
                    const RoundCriterion& criterion = round->criteria[r];
                    HeatCell cell;
                    cell.touchpointId = touchpoint;
                    cell.criterionId = criterion.criterionId;
                    cell.rect = QRectF(cellLeft, map.heat.band.top() + r * heatRowHeight(s),
                                       cellWidth, heatRowHeight(s))
                                    .adjusted(1, 1, -1, -1);
                    cell.target = targetFor(project, round->id, criterion, touchpoint);
                    if (const analysis::CellStats* stats =
                            results->cell(touchpoint, criterion.criterionId);
                        stats && stats->hasMean()) {
                        cell.scored = true;
                        cell.mean = stats->mean;
                        cell.discuss = stats->discuss;
                    } else if (stats) {
                        cell.notApplicable = stats->notApplicable > 0;
                    }
                    map.heat.cells.push_back(cell);
                }
            }
        }
    }

    // What to do where the map is empty.
    if (stageCount == 0) {
        map.hints.push_back({QRectF(left, headerTop, stageWidth, s.stageHeaderHeight()),
                             MapLayoutText::tr("Add your first stage")});
    }
    if (map.lanes.empty()) {
        map.hints.push_back(
            {QRectF(s.margin(), lanesTop, mapWidth, 120 * s.scale),
             MapLayoutText::tr("Add a lane for touchpoints, thoughts or pain points")});
        y = std::max(y, lanesTop + 120 * s.scale);
    }

    map.bounds = QRectF(0, 0, mapWidth + 2 * s.margin(), y + s.margin());
    return map;
}

} // namespace js
