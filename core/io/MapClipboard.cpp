#include "core/io/MapClipboard.h"

#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"
#include "core/model/ValueRanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

namespace js {

namespace {

constexpr int FormatVersion = 1;
const QString FormatName = QStringLiteral("journeyscope-map-items");

} // namespace

QString MapClipboard::mimeType()
{
    return QStringLiteral("application/x-journeyscope-map-items+json");
}

MapClipboard MapClipboard::copy(const Project& project, const std::vector<Id>& touchpoints,
                                const std::vector<Id>& cards)
{
    const std::set<Id> wantedTouchpoints(touchpoints.begin(), touchpoints.end());
    const std::set<Id> wantedCards(cards.begin(), cards.end());
    MapClipboard clip;
    // Map order: journey by journey, stage by stage, lane by lane.
    for (const Journey& journey : project.journeys) {
        for (const Stage& stage : journey.stages) {
            for (const Touchpoint& touchpoint : stage.touchpoints) {
                if (wantedTouchpoints.contains(touchpoint.id)) {
                    Touchpoint copy = touchpoint;
                    copy.id = NoId;
                    clip.touchpoints.push_back(copy);
                }
            }
        }
        for (const Lane& lane : journey.lanes) {
            for (const Stage& stage : journey.stages) {
                for (const LaneCard& card : stage.cards) {
                    if (card.laneId == lane.id && wantedCards.contains(card.id))
                        clip.cards.push_back({card.text, lane.name});
                }
            }
        }
    }
    return clip;
}

QByteArray MapClipboard::toJson() const
{
    QJsonArray touchpointArray;
    for (const Touchpoint& t : touchpoints) {
        touchpointArray.append(QJsonObject{{QStringLiteral("name"), t.name},
                                           {QStringLiteral("channel"), channelKey(t.channel)},
                                           {QStringLiteral("owner"), t.owner},
                                           {QStringLiteral("description"), t.description},
                                           {QStringLiteral("importance"), t.importance},
                                           {QStringLiteral("emotion"), t.emotion}});
    }
    QJsonArray cardArray;
    for (const Card& card : cards) {
        cardArray.append(
            QJsonObject{{QStringLiteral("text"), card.text}, {QStringLiteral("lane"), card.lane}});
    }
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("touchpoints"), touchpointArray},
                           {QStringLiteral("cards"), cardArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<MapClipboard> MapClipboard::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName ||
        root.value(QStringLiteral("version")).toInt(-1) < 1)
        return std::nullopt;
    MapClipboard clip;
    for (const QJsonValue& value : root.value(QStringLiteral("touchpoints")).toArray()) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject o = value.toObject();
        Touchpoint t;
        t.name = o.value(QStringLiteral("name")).toString();
        t.channel =
            channelFromKey(o.value(QStringLiteral("channel")).toString()).value_or(Channel::Other);
        t.owner = o.value(QStringLiteral("owner")).toString();
        t.description = o.value(QStringLiteral("description")).toString();
        t.importance = std::clamp(o.value(QStringLiteral("importance")).toInt(3),
                                  ranges::importance.min, ranges::importance.max);
        t.emotion = std::clamp(o.value(QStringLiteral("emotion")).toInt(0), ranges::emotion.min,
                               ranges::emotion.max);
        clip.touchpoints.push_back(t);
    }
    for (const QJsonValue& value : root.value(QStringLiteral("cards")).toArray()) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject o = value.toObject();
        clip.cards.push_back({o.value(QStringLiteral("text")).toString(),
                              o.value(QStringLiteral("lane")).toString()});
    }
    return clip;
}

QString MapClipboard::toPlainText() const
{
    QStringList lines;
    for (const Touchpoint& t : touchpoints)
        lines << t.name;
    for (const Card& card : cards)
        lines << card.text;
    return lines.join(u'\n');
}

MapClipboard MapClipboard::fromPlainText(const QString& text, bool asCards)
{
    MapClipboard clip;
    for (const QString& line : text.split(u'\n')) {
        const QString item = line.trimmed();
        if (item.isEmpty())
            continue;
        if (asCards) {
            clip.cards.push_back({item, QString()});
        } else {
            Touchpoint t;
            t.name = item;
            clip.touchpoints.push_back(t);
        }
    }
    return clip;
}

} // namespace js
