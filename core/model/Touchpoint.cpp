#include "core/model/Touchpoint.h"

#include "core/model/KeyTable.h"

#include <array>

namespace js {

namespace {

constexpr const char* context = "js::Channel";

const std::array<KeyEntry<Channel>, ChannelCount> channels = {{
    {Channel::Website, u"website", QT_TRANSLATE_NOOP("js::Channel", "Website")},
    {Channel::App, u"app", QT_TRANSLATE_NOOP("js::Channel", "Mobile app")},
    {Channel::Email, u"email", QT_TRANSLATE_NOOP("js::Channel", "Email")},
    {Channel::Phone, u"phone", QT_TRANSLATE_NOOP("js::Channel", "Phone")},
    {Channel::Store, u"store", QT_TRANSLATE_NOOP("js::Channel", "In store")},
    {Channel::Social, u"social", QT_TRANSLATE_NOOP("js::Channel", "Social media")},
    {Channel::Chat, u"chat", QT_TRANSLATE_NOOP("js::Channel", "Live chat")},
    {Channel::Advertising, u"advertising", QT_TRANSLATE_NOOP("js::Channel", "Advertising")},
    {Channel::WordOfMouth, u"word-of-mouth", QT_TRANSLATE_NOOP("js::Channel", "Word of mouth")},
    {Channel::Other, u"other", QT_TRANSLATE_NOOP("js::Channel", "Other")},
}};

} // namespace

QString channelKey(Channel channel)
{
    return keyOf<Channel>(channels, channel);
}

std::optional<Channel> channelFromKey(QStringView key)
{
    return valueOf<Channel>(channels, key);
}

QString channelName(Channel channel)
{
    return nameOf<Channel>(channels, channel, context);
}

} // namespace js
