// The map on paper: every word of every card, on one page when the text
// stays at 6 pt or larger, tiled with labels otherwise.
#include "core/render/MapPoster.h"

#include "core/content/DemoProject.h"
#include "core/content/JourneyTemplates.h"
#include "core/model/Project.h"
#include "core/render/MapLayouter.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

namespace js {
namespace {

MapLayout paperLayout(const Project& project, Id journey)
{
    MapStyle style;
    style.fullText = true;
    MapLayouter layouter(style);
    return layouter.layout(project, journey);
}

PosterOptions onPage(QPageSize::PageSizeId size, QPageLayout::Orientation orientation,
                     PosterFit fit)
{
    PosterOptions options;
    options.pageSize = QPageSize(size);
    options.orientation = orientation;
    options.fit = fit;
    return options;
}

// A journey with long texts: cards and names that the screen would elide.
Project wordyProject()
{
    Project project = demoProject();
    Journey& journey = project.journeys.front();
    const QString longText = QStringLiteral(
        "The customer reads the whole delivery policy twice, calls the shop to ask whether the "
        "parasol comes assembled, is put on hold for twelve minutes, and finally gives up and "
        "orders from a competitor who answers in the chat within a minute, which nobody on the "
        "team had thought about until the workshop.");
    journey.stages.front().cards.front().text = longText;
    journey.stages.front().touchpoints.front().name = longText;
    journey.stages.front().description = longText;
    return project;
}

TEST(MapPosterLayoutTest, PaperShowsEveryWordWhereTheScreenElides)
{
    const Project project = wordyProject();
    const Id journey = project.journeys.front().id;
    MapLayouter screen;
    const MapLayout onScreen = screen.layout(project, journey);
    const MapLayout onPaper = paperLayout(project, journey);
    ASSERT_TRUE(onScreen.cards.front().text.elided) << "the test needs a text the screen cuts";
    for (const CardBox& card : onPaper.cards) {
        EXPECT_FALSE(card.text.elided);
        // Lines break after a hyphen too: compare without the spaces.
        EXPECT_EQ(card.text.lines.join(QString()).remove(QLatin1Char(' ')),
                  card.text.text.simplified().remove(QLatin1Char(' ')));
        EXPECT_LE(card.text.rect.bottom(), card.rect.bottom() + 0.01);
    }
    for (const TouchpointBox& box : onPaper.touchpoints) {
        EXPECT_FALSE(box.name.elided);
        EXPECT_LE(box.name.rect.bottom(), box.rect.bottom() + 0.01);
    }
    for (const StageBox& stage : onPaper.stages) {
        EXPECT_FALSE(stage.description.elided);
        EXPECT_LE(stage.description.rect.bottom(), stage.header.bottom() + 0.01)
            << stage.name.text.toStdString();
    }
    // Rows grew to hold it: nothing overlaps the lane below.
    for (const LaneBox& lane : onPaper.lanes) {
        for (const CardBox& card : onPaper.cards)
            if (card.laneId == lane.id)
                EXPECT_LE(card.rect.bottom(), lane.row.bottom() + 0.01);
    }
}

TEST(MapPosterTest, ALargePageHoldsTheDemoMapOnOnePageAtSixPointOrMore)
{
    const Project project = demoProject();
    const MapLayout layout = paperLayout(project, project.journeys.front().id);
    const MapPoster poster(layout, MapTheme::lightTheme(),
                           onPage(QPageSize::A1, QPageLayout::Portrait, PosterFit::Auto));
    EXPECT_TRUE(poster.problem().isEmpty());
    EXPECT_EQ(poster.pageCount(), 1);
    EXPECT_GE(poster.smallestTextSize(), MapPoster::MinimumTextSize);
    EXPECT_TRUE(poster.pageLabel(0).isEmpty());
    EXPECT_EQ(poster.pageLayout().pageSize().id(), QPageSize::A1);
}

TEST(MapPosterTest, OnePageRefusesTextUnderSixPointAndNamesAPageThatFits)
{
    const Project project = demoProject();
    const MapLayout layout = paperLayout(project, project.journeys.front().id);
    const PosterOptions options = onPage(QPageSize::A4, QPageLayout::Landscape, PosterFit::OnePage);
    const MapPoster poster(layout, MapTheme::lightTheme(), options);
    EXPECT_EQ(poster.pageCount(), 0);
    const std::optional<QPageLayout> fits = MapPoster::fittingPage(layout, options);
    ASSERT_TRUE(fits.has_value());
    EXPECT_TRUE(poster.problem().contains(fits->pageSize().name()))
        << poster.problem().toStdString();
    EXPECT_TRUE(poster.problem().contains(QStringLiteral("6 pt")));
    // The page it names does hold the map on one page.
    PosterOptions suggested = options;
    suggested.pageSize = fits->pageSize();
    suggested.orientation = fits->orientation();
    const MapPoster onSuggested(layout, MapTheme::lightTheme(), suggested);
    EXPECT_EQ(onSuggested.pageCount(), 1);
    EXPECT_GE(onSuggested.smallestTextSize(), MapPoster::MinimumTextSize);
    // ...and is the smallest that does: A4 fails, so it is larger than A4.
    EXPECT_GT(fits->pageSize().size(QPageSize::Point).width() *
                  fits->pageSize().size(QPageSize::Point).height(),
              QPageSize(QPageSize::A4).size(QPageSize::Point).width() *
                  QPageSize(QPageSize::A4).size(QPageSize::Point).height());
}

TEST(MapPosterTest, AutomaticTilesASmallPageInsteadOfShrinkingTheText)
{
    const Project project = demoProject();
    const MapLayout layout = paperLayout(project, project.journeys.front().id);
    const MapPoster poster(layout, MapTheme::lightTheme(),
                           onPage(QPageSize::A4, QPageLayout::Landscape, PosterFit::Auto));
    EXPECT_TRUE(poster.problem().isEmpty());
    EXPECT_GT(poster.pageCount(), 1);
    EXPECT_EQ(poster.pageCount(), poster.rows() * poster.columns());
    EXPECT_GE(poster.smallestTextSize(), MapPoster::MinimumTextSize);
    EXPECT_EQ(poster.pageLabel(1), QStringLiteral("Row %1, column %2 of %3 × %4")
                                       .arg(1 / poster.columns() + 1)
                                       .arg(1 % poster.columns() + 1)
                                       .arg(poster.rows())
                                       .arg(poster.columns()));
}

TEST(MapPosterTest, TilesCoverTheWholeMapWithOverlap)
{
    const Project project = demoProject();
    const MapLayout layout = paperLayout(project, project.journeys.front().id);
    PosterOptions options = onPage(QPageSize::A4, QPageLayout::Portrait, PosterFit::Tile);
    options.overlapMm = 15;
    const MapPoster poster(layout, MapTheme::lightTheme(), options);
    ASSERT_GT(poster.columns(), 1);
    ASSERT_GT(poster.rows(), 1);
    const QRectF paint = poster.pageLayout().paintRect(QPageLayout::Point);
    // The tiles, less one overlap each, span at least the printed map.
    const double overlap = 15 * 72 / 25.4;
    EXPECT_GE(poster.columns() * (paint.width() - overlap) + overlap,
              layout.bounds.width() * poster.scale() - 0.5);
    // One tile fewer would not.
    EXPECT_LT((poster.columns() - 1) * (paint.width() - overlap) + overlap,
              layout.bounds.width() * poster.scale());
}

TEST(MapPosterTest, EveryPagePaintsTheMapAndItsFrame)
{
    const Project project = demoProject();
    const MapLayout layout = paperLayout(project, project.journeys.front().id);
    const MapPoster poster(layout, MapTheme::lightTheme(),
                           onPage(QPageSize::A4, QPageLayout::Landscape, PosterFit::Tile));
    for (int page = 0; page < poster.pageCount(); ++page) {
        const QImage image = renderPage(poster, page, 30);
        ASSERT_FALSE(image.isNull());
        EXPECT_NEAR(image.width(), 297 / 25.4 * 30, 1.5);
        // Something besides white paper: the map and the header.
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += image.pixel(x, y) != qRgb(255, 255, 255);
        EXPECT_GT(inked, image.width() * image.height() / 20) << "page " << page;
    }
}

TEST(MapPosterTest, NoPartOfTheMapSpillsOutOfItsAreaOnATiledPage)
{
    const Project project = demoProject();
    const MapLayout layout = paperLayout(project, project.journeys.front().id);
    const MapPoster poster(layout, MapTheme::lightTheme(),
                           onPage(QPageSize::A4, QPageLayout::Landscape, PosterFit::Tile));
    ASSERT_GT(poster.rows(), 1);
    const double dpi = 72; // a pixel per point
    const QRectF area = poster.mapArea();
    for (int page = 0; page < poster.pageCount(); ++page) {
        const QImage image = renderPage(poster, page, dpi);
        // The strip between the map and the legend holds only the crop and
        // overlap marks near its ends; a card cut by the page edge must not
        // show in it.
        int inked = 0;
        for (int y = int(area.bottom()) + 2; y < int(area.bottom()) + 7; ++y)
            for (int x = int(area.left()) + 12; x < int(area.right()) - 12; ++x)
                inked += image.pixel(x, y) != qRgb(255, 255, 255);
        EXPECT_LT(inked, 12) << "page " << page; // a dashed overlap mark at most
    }
}

TEST(MapPosterTest, TheLegendNamesTheChannelsTheMapUses)
{
    Project project = demoProject();
    Journey& journey = project.journeys.front();
    for (Stage& stage : journey.stages)
        for (Touchpoint& touchpoint : stage.touchpoints)
            touchpoint.channel = Channel::Phone;
    const MapLayout layout = paperLayout(project, journey.id);
    const MapLegend legend = MapLegend::of(layout);
    EXPECT_FALSE(legend.isEmpty());
    // One channel and the curve: a single row on a wide page, more on a narrow one.
    EXPECT_LT(legend.height(1000, 7), legend.height(120, 7));
}

} // namespace
} // namespace js
