#pragma once

#include "core/model/Id.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace js {

enum class Channel {
    Website,
    App,
    Email,
    Phone,
    Store,
    Social,
    Chat,
    Advertising,
    WordOfMouth,
    Other,
};
inline constexpr int ChannelCount = 10;

// Stable, untranslated key used in files ("website", "word-of-mouth", ...).
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(QStringView key);
// Translated name for the user interface.
QString channelName(Channel channel);

// One interaction between the customer and the business, inside a stage.
struct Touchpoint {
    static constexpr int MinImportance = 1;
    static constexpr int MaxImportance = 5;
    static constexpr int MinEmotion = -3;
    static constexpr int MaxEmotion = 3;

    Id id = NoId;
    QString name;
    Channel channel = Channel::Website;
    QString owner;
    QString description;
    int importance = 3; // how much it matters to the customer, 1..5
    int emotion = 0;    // the customer's feeling there, -3..+3

    bool operator==(const Touchpoint&) const = default;
};

} // namespace js
