#include "live/LiveRequests.h"

#include "core/model/Rating.h"
#include "live/QrCode.h"
#include "live/RequestThrottle.h"

#include <gtest/gtest.h>

namespace js::live {
namespace {

TEST(LiveRequestsTest, AJoinNeedsANameOfPrintableText)
{
    const auto ok = LiveRequests::parseJoin(R"({"name":"  Anna   Berg "})");
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok.value->name, QStringLiteral("Anna Berg"));
    EXPECT_FALSE(LiveRequests::parseJoin(R"({"name":"   "})").ok());
    EXPECT_FALSE(LiveRequests::parseJoin(R"({"nom":"Anna"})").ok());
    EXPECT_FALSE(LiveRequests::parseJoin(R"({"name":"Anna\u0007"})").ok());
    // A right-to-left override would turn the names after it around.
    EXPECT_FALSE(LiveRequests::parseJoin(R"({"name":"Anna\u202eevE"})").ok());
    EXPECT_TRUE(LiveRequests::parseJoin(R"({"name":"Zoë Müller-Łukasz"})").ok());
    const QByteArray longName = "{\"name\":\"" + QByteArray(MaxNameLength + 1, 'a') + "\"}";
    EXPECT_FALSE(LiveRequests::parseJoin(longName).ok());
    const QByteArray huge = "{\"name\":\"" + QByteArray(MaxBodyBytes, 'a') + "\"}";
    EXPECT_EQ(LiveRequests::parseJoin(huge).error.status, 413);
}

TEST(LiveRequestsTest, ARatingNamesItsCellAndAScoreOneToFiveOrNa)
{
    const auto four = LiveRequests::parseRate(
        R"({"key":"k1","touchpoint":12,"criterion":7,"score":4,"note":" Slow "})");
    ASSERT_TRUE(four.ok());
    EXPECT_EQ(four.value->key, "k1");
    EXPECT_EQ(four.value->touchpoint, 12);
    EXPECT_EQ(four.value->criterion, 7);
    EXPECT_EQ(four.value->score, 4);
    EXPECT_EQ(four.value->note, QStringLiteral("Slow"));

    const auto na =
        LiveRequests::parseRate(R"({"key":"k","touchpoint":1,"criterion":2,"score":"na"})");
    ASSERT_TRUE(na.ok());
    EXPECT_EQ(na.value->score, Rating::NotApplicable);
    EXPECT_FALSE(na.value->note.has_value());

    for (const char* bad : {R"({"key":"k","touchpoint":1,"criterion":2,"score":6})",
                            R"({"key":"k","touchpoint":1,"criterion":2,"score":1.5})",
                            R"({"key":"k","touchpoint":1.5,"criterion":2,"score":1})",
                            R"({"key":"k","touchpoint":-1,"criterion":2,"score":1})",
                            R"({"key":"k","touchpoint":1e300,"criterion":2,"score":1})",
                            R"({"key":"k","criterion":2,"score":1})",
                            R"({"key":"k","touchpoint":1,"criterion":2,"score":1,"note":5})",
                            R"({"key":"k","touchpoint":"1","criterion":2,"score":1})"}) {
        const auto parsed = LiveRequests::parseRate(bad);
        EXPECT_FALSE(parsed.ok()) << bad;
        EXPECT_EQ(parsed.error.status, 400) << bad;
    }
    EXPECT_EQ(LiveRequests::parseRate(R"({"touchpoint":1,"criterion":2,"score":1})").error.status,
              403);
}

TEST(RequestThrottleTest, ABurstIsAllowedThenTheBucketRefillsOverTime)
{
    RequestThrottle throttle(3, 2);
    const QHostAddress phone(QStringLiteral("192.168.1.20"));
    const QHostAddress other(QStringLiteral("192.168.1.21"));
    EXPECT_TRUE(throttle.allowAt(phone, 0));
    EXPECT_TRUE(throttle.allowAt(phone, 0));
    EXPECT_TRUE(throttle.allowAt(phone, 0));
    EXPECT_FALSE(throttle.allowAt(phone, 0));
    EXPECT_TRUE(throttle.allowAt(other, 0)); // another phone is not held up
    EXPECT_FALSE(throttle.allowAt(phone, 400));
    EXPECT_TRUE(throttle.allowAt(phone, 500)); // two a second: one more after half a second
    EXPECT_FALSE(throttle.allowAt(phone, 500));
    // The same client through an IPv6 socket shares its bucket.
    EXPECT_FALSE(throttle.allowAt(QHostAddress(QStringLiteral("::ffff:192.168.1.20")), 500));
}

TEST(QrCodeTest, AJoinAddressBecomesASquareCodeWithFinderPatterns)
{
    const QrCode code =
        QrCode::encode("http://192.168.1.23:8137/s/0123456789abcdef0123456789abcdef");
    ASSERT_FALSE(code.isNull());
    EXPECT_GE(code.size(), 21);
    EXPECT_EQ((code.size() - 17) % 4, 0); // a QR version's size
    // The three finder patterns: dark corners, a light ring, a dark centre.
    for (const auto& [x, y] :
         {std::pair{0, 0}, std::pair{code.size() - 7, 0}, std::pair{0, code.size() - 7}}) {
        EXPECT_TRUE(code.isDark(x, y));
        EXPECT_TRUE(code.isDark(x + 6, y + 6));
        EXPECT_FALSE(code.isDark(x + 1, y + 1));
        EXPECT_TRUE(code.isDark(x + 3, y + 3));
    }
    EXPECT_FALSE(code.isDark(-1, 0));
}

} // namespace
} // namespace js::live
