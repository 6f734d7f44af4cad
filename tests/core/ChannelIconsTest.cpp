// Channel icons: each one paints inside its rectangle and only there, no two
// look alike, and the caller's painter comes back as it was. Painting paths on
// a QImage needs no QGuiApplication, so the core test main will do.
#include "core/render/ChannelIcons.h"

#include <QImage>
#include <QPainter>
#include <QPen>
#include <QTransform>

#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>
#include <vector>

namespace js {
namespace {

QImage transparentImage(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

QImage paintedOn(QSize imageSize, Channel channel, const QRectF& rect,
                 const QColor& color = Qt::black)
{
    QImage image = transparentImage(imageSize);
    QPainter painter(&image);
    paintChannelIcon(painter, channel, rect, color);
    painter.end();
    return image;
}

struct Ink {
    int inside = 0;
    int outside = 0;
};

// Counts the pixels with any ink: those that overlap `rect`, and the others.
Ink inkAround(const QImage& image, const QRectF& rect)
{
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) == 0) {
                continue;
            }
            if (QRectF(x, y, 1, 1).intersects(rect)) {
                ++ink.inside;
            } else {
                ++ink.outside;
            }
        }
    }
    return ink;
}

TEST(ChannelIconsTest, EveryChannelPaintsInsideItsRectangleOnly)
{
    // Square and oblong, whole and fractional pixels, from tiny to large.
    const std::vector<QRectF> rects = {QRectF(30, 30, 12, 12), QRectF(24, 24, 16, 16),
                                       QRectF(20, 20, 24, 24), QRectF(16, 16, 48, 48),
                                       QRectF(8, 8, 64, 64),   QRectF(10, 25, 60, 30),
                                       QRectF(25, 10, 30, 60), QRectF(20.5, 17.25, 33.5, 41.75)};
    for (int i = 0; i < ChannelCount; ++i) {
        for (const QRectF& rect : rects) {
            const Ink ink = inkAround(paintedOn(QSize(80, 80), Channel(i), rect), rect);
            const qreal side = std::min(rect.width(), rect.height());
            SCOPED_TRACE(testing::Message() << "channel " << i << ", side " << side);
            // A real pictogram covers a good part of its square, not a speck.
            EXPECT_GT(ink.inside, side * side / 10);
            EXPECT_EQ(ink.outside, 0);
        }
    }
}

TEST(ChannelIconsTest, IconIsCentredInAnOblongRectangle)
{
    const QRectF wide(0, 0, 80, 32);
    const QImage image = paintedOn(QSize(80, 32), Channel::Other, wide);
    // The icon takes the 32 x 32 square in the middle: the sides stay empty.
    EXPECT_EQ(inkAround(image, QRectF(24, 0, 32, 32)).outside, 0);
    EXPECT_GT(inkAround(image, QRectF(24, 0, 32, 32)).inside, 0);
}

TEST(ChannelIconsTest, EveryPairOfChannelsLooksDifferent)
{
    const QRectF rect(0, 0, 32, 32);
    std::vector<QImage> images;
    for (int i = 0; i < ChannelCount; ++i) {
        images.push_back(paintedOn(QSize(32, 32), Channel(i), rect));
    }
    for (int i = 0; i < ChannelCount; ++i) {
        for (int j = i + 1; j < ChannelCount; ++j) {
            // Not merely a stray pixel: a clear share of the square differs.
            int differing = 0;
            for (int y = 0; y < 32; ++y) {
                for (int x = 0; x < 32; ++x) {
                    const int a = qAlpha(images[size_t(i)].pixel(x, y));
                    const int b = qAlpha(images[size_t(j)].pixel(x, y));
                    differing += std::abs(a - b) > 128;
                }
            }
            EXPECT_GT(differing, 32 * 32 / 20) << "channels " << i << " and " << j;
        }
    }
}

TEST(ChannelIconsTest, PaintsInTheGivenColour)
{
    const QColor colour(20, 120, 200);
    const QImage image = paintedOn(QSize(48, 48), Channel::Store, QRectF(0, 0, 48, 48), colour);
    int solid = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255) {
                ++solid;
                EXPECT_EQ(QColor(pixel), colour);
            }
        }
    }
    EXPECT_GT(solid, 0);
}

TEST(ChannelIconsTest, LeavesThePainterStateAsItWas)
{
    QImage image = transparentImage(QSize(64, 64));
    QPainter painter(&image);
    const QPen pen(Qt::red, 3, Qt::DashLine, Qt::FlatCap, Qt::MiterJoin);
    const QBrush brush(Qt::green, Qt::Dense4Pattern);
    QTransform transform;
    transform.translate(3, 4).rotate(10).scale(0.9, 1.1);
    painter.setPen(pen);
    painter.setBrush(brush);
    painter.setTransform(transform);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setOpacity(0.5);
    const auto hints = painter.renderHints();

    for (int i = 0; i < ChannelCount; ++i) {
        paintChannelIcon(painter, Channel(i), QRectF(8, 8, 40, 40), Qt::black);
        EXPECT_EQ(painter.pen(), pen);
        EXPECT_EQ(painter.brush(), brush);
        EXPECT_EQ(painter.transform(), transform);
        EXPECT_EQ(painter.renderHints(), hints);
        EXPECT_EQ(painter.opacity(), 0.5);
        EXPECT_FALSE(painter.hasClipping());
    }
    painter.end();
}

TEST(ChannelIconsTest, NothingToPaintInAnEmptyRectangleOrAnInvalidColour)
{
    for (int i = 0; i < ChannelCount; ++i) {
        const QRectF empty(10, 10, 0, 20);
        EXPECT_EQ(inkAround(paintedOn(QSize(32, 32), Channel(i), empty), empty).outside, 0);
        const QRectF rect(0, 0, 32, 32);
        EXPECT_EQ(inkAround(paintedOn(QSize(32, 32), Channel(i), rect, QColor()), rect).inside, 0);
    }
}

TEST(ChannelIconsTest, ImageHasTheSizeAndPixelRatioAskedFor)
{
    const QImage image = channelIconImage(Channel::Chat, 24, Qt::black);
    EXPECT_EQ(image.size(), QSize(24, 24));
    EXPECT_EQ(image.devicePixelRatio(), 1.0);
    EXPECT_TRUE(image.hasAlphaChannel());
    EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0);
    EXPECT_GT(inkAround(image, QRectF(0, 0, 24, 24)).inside, 24 * 24 / 10);

    const QImage sharp = channelIconImage(Channel::Chat, 24, Qt::black, 2.0);
    EXPECT_EQ(sharp.size(), QSize(48, 48));
    EXPECT_EQ(sharp.devicePixelRatio(), 2.0);
    // Drawn at full resolution: the same icon as a 48 px one.
    const QImage plain = channelIconImage(Channel::Chat, 48, Qt::black);
    QImage compared = sharp;
    compared.setDevicePixelRatio(1.0);
    EXPECT_EQ(compared, plain);

    EXPECT_TRUE(channelIconImage(Channel::Chat, 0, Qt::black).isNull());
}

} // namespace
} // namespace js
