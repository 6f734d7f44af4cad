// The messages of the instance channel: what a later launch sends and what
// the running instance answers, and what it refuses.
#include "app/InstanceMessage.h"

#include <QtEndian>

#include <gtest/gtest.h>

namespace js {
namespace {

using namespace Qt::Literals::StringLiterals;
using namespace instance_message;

QByteArray bodyOf(const QByteArray& message)
{
    return message.mid(HeaderBytes);
}

TEST(InstanceMessageTest, ARequestReadsBackAsSent)
{
    const InstanceRequest request{
        InstanceRequest::Kind::Open, {u"/home/ü/Kunde Ω.journey"_s, u"/b.journey"_s}, u"/home/ü"_s};
    const QByteArray message = encode(request);
    ASSERT_EQ(bodyLength(message.left(HeaderBytes)), message.size() - HeaderBytes);
    bool otherVersion = true;
    EXPECT_EQ(decodeRequest(bodyOf(message), &otherVersion), request);
    EXPECT_FALSE(otherVersion);
    for (const auto kind : {InstanceRequest::Kind::Demo, InstanceRequest::Kind::New,
                            InstanceRequest::Kind::Start, InstanceRequest::Kind::Windows}) {
        const InstanceRequest other{kind, {}, u"/"_s};
        EXPECT_EQ(decodeRequest(bodyOf(encode(other))), other);
    }
}

TEST(InstanceMessageTest, ARelativePathIsRelativeToTheLaunchsFolder)
{
    const std::optional<InstanceRequest> request = decodeRequest(
        R"({"journeyscope": 1, "request": "open", "directory": "/work/x",
            "files": ["a.journey", "../b.journey"]})");
    ASSERT_TRUE(request);
    EXPECT_EQ(request->files, (QStringList{u"/work/x/a.journey"_s, u"/work/b.journey"_s}));
}

TEST(InstanceMessageTest, AReplyReadsBackAsSent)
{
    const std::optional<InstanceReply> reply =
        decodeReply(bodyOf(encode(InstanceReply{true, {u"/a.journey"_s}})));
    ASSERT_TRUE(reply);
    EXPECT_TRUE(reply->accepted);
    EXPECT_EQ(reply->windows, QStringList{u"/a.journey"_s});
}

TEST(InstanceMessageTest, AnotherVersionIsRecognisedAndRefused)
{
    bool otherVersion = false;
    EXPECT_FALSE(decodeRequest(R"({"journeyscope": 2, "request": "open"})", &otherVersion));
    EXPECT_TRUE(otherVersion);
    EXPECT_FALSE(decodeReply(R"({"journeyscope": 2, "accepted": true})"));
}

TEST(InstanceMessageTest, LengthsOutOfBoundsAreRefused)
{
    const auto header = [](quint32 length) {
        QByteArray bytes(HeaderBytes, '\0');
        qToBigEndian(length, bytes.data());
        return bytes;
    };
    EXPECT_FALSE(bodyLength(header(0)));
    EXPECT_FALSE(bodyLength(header(quint32(MaxBytes) + 1)));
    EXPECT_FALSE(bodyLength(header(0xffffffffu)));
    EXPECT_FALSE(bodyLength("ab"));
    EXPECT_EQ(bodyLength(header(quint32(MaxBytes))), MaxBytes);
}

TEST(InstanceMessageTest, BrokenRequestsAreRefused)
{
    for (const char* body :
         {"", "{", "[]", "null", R"({"request": "open", "files": ["/a"]})",
          R"({"journeyscope": "1", "request": "new"})", R"({"journeyscope": 1})",
          R"({"journeyscope": 1, "request": "x"})", R"({"journeyscope": 1, "request": "open"})",
          R"({"journeyscope": 1, "request": "open", "files": "/a"})",
          R"({"journeyscope": 1, "request": "open", "files": [null]})",
          R"({"journeyscope": 1, "request": "new", "directory": []})"}) {
        bool otherVersion = true;
        EXPECT_FALSE(decodeRequest(body, &otherVersion)) << body;
        EXPECT_FALSE(otherVersion) << body;
    }
}

} // namespace
} // namespace js
