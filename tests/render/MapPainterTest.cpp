// The one painter of the map: it paints a layout into any QPainter, an image
// as well as a PDF, inside the rectangle it is given.
#include "core/render/MapPainter.h"

#include "core/content/DemoProject.h"
#include "core/render/MapLayouter.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

namespace js {
namespace {

class MapPainterTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        project = demoProject();
        layout = layouter.layout(project, project.journeys.front().id);
    }

    QImage paint(const MapTheme& theme, const QSize& size, const QRectF& target)
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        MapPainter(theme).paint(painter, layout, target);
        return image;
    }

    Project project;
    MapLayouter layouter;
    MapLayout layout;
};

TEST_F(MapPainterTest, PaintsTheWholeMapInsideTheTargetOnly)
{
    const QRectF target(100, 50, 800, 500);
    const QImage image = paint(MapTheme::lightTheme(), QSize(1000, 600), target);
    int inside = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool painted = qAlpha(image.pixel(x, y)) > 0;
            if (!target.adjusted(-1, -1, 1, 1).contains(x, y))
                ASSERT_FALSE(painted) << x << "," << y;
            else
                inside += painted;
        }
    }
    EXPECT_GT(inside, 100000) << "the map fills its target";
}

TEST_F(MapPainterTest, LightAndDarkThemesLookDifferent)
{
    const QImage light = paint(MapTheme::lightTheme(), QSize(600, 400), QRectF(0, 0, 600, 400));
    const QImage dark = paint(MapTheme::darkTheme(), QSize(600, 400), QRectF(0, 0, 600, 400));
    auto meanLightness = [](const QImage& image) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                if (qAlpha(image.pixel(x, y)) == 255) {
                    sum += QColor(image.pixel(x, y)).lightnessF();
                    ++n;
                }
            }
        }
        return n ? sum / n : 0.0;
    };
    EXPECT_GT(meanLightness(light), 0.8);
    EXPECT_LT(meanLightness(dark), 0.3);
}

TEST_F(MapPainterTest, APdfKeepsTheTextAsTextWithItsFontEmbedded)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A3));
        pdf.setPageOrientation(QPageLayout::Landscape);
        QPainter painter(&pdf);
        MapPainter(MapTheme::lightTheme())
            .paint(painter, layout, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
    }
    const QByteArray bytes = buffer.data();
    ASSERT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_TRUE(bytes.contains("/FontFile")) << "fonts are embedded";
    EXPECT_FALSE(bytes.contains("/Subtype /Image")) << "nothing is a picture of text";
}

TEST_F(MapPainterTest, StageColoursRepeatAndNotesFollowTheirLane)
{
    const MapTheme theme = MapTheme::lightTheme();
    EXPECT_NE(theme.stageColor(0), theme.stageColor(1));
    EXPECT_EQ(theme.stageColor(0), theme.stageColor(6));
    EXPECT_NE(theme.noteColor(0), theme.noteColor(2));
    EXPECT_NE(MapTheme::darkTheme().noteColor(0), theme.noteColor(0));
}

} // namespace
} // namespace js
