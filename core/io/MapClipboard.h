#pragma once

#include "core/model/Touchpoint.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace js {

struct Project;

// Touchpoints and cards on the clipboard, between journeys and between two
// windows (docs/clipboard.md describes the format). Ids never travel: what is
// pasted is new.
struct MapClipboard {
    struct Card {
        QString text;
        QString lane; // the name of the lane it was copied from

        bool operator==(const Card&) const = default;
    };
    std::vector<Touchpoint> touchpoints;
    std::vector<Card> cards;

    bool empty() const { return touchpoints.empty() && cards.empty(); }
    bool operator==(const MapClipboard&) const = default;

    static QString mimeType();
    // What is copied, in map order, from a project's ids.
    static MapClipboard copy(const Project& project, const std::vector<Id>& touchpoints,
                             const std::vector<Id>& cards);
    QByteArray toJson() const;
    // nullopt when the data is not ours or is damaged.
    static std::optional<MapClipboard> fromJson(const QByteArray& json);
    // One line per item, for other programs.
    QString toPlainText() const;
    // Each non-empty line of text as a card (for a text lane) or a touchpoint.
    static MapClipboard fromPlainText(const QString& text, bool asCards);
};

} // namespace js
