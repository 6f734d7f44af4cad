// The exporter behind File > Export and `journeyscope export`: what a
// cancelled or refused export leaves (nothing), and files made to measure.
#include "ui/report/Exporter.h"

#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/model/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>

#include <gtest/gtest.h>

namespace js {
namespace {

using exporting::ExportOutcome;
using exporting::ExportRequest;
using exporting::Format;

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

class ExporterTest : public ::testing::Test {
protected:
    Project project = demoProject();
    test::TempDir dir;
};

TEST_F(ExporterTest, ACancelledPdfLeavesNoFileAndTheOldOneAsItWas)
{
    ExportRequest request;
    request.page = QPageSize::A4; // tiled: several pages, so there is a moment to cancel
    const QString path = dir.path(QStringLiteral("map.pdf"));
    int calls = 0;
    ExportOutcome outcome = exporting::exportProject(project, request, path, [&](int done, int) {
        ++calls;
        return done < 2;
    });
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_EQ(calls, 2);
    EXPECT_TRUE(filesIn(QFileInfo(path).absolutePath()).isEmpty())
        << filesIn(dir.path({})).join(u' ').toStdString();

    ASSERT_TRUE(test::writeBytes(path, "the earlier map"));
    outcome = exporting::exportProject(project, request, path, [](int, int) { return false; });
    EXPECT_TRUE(outcome.cancelled);
    QFile earlier(path);
    ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
    EXPECT_EQ(earlier.readAll(), QByteArray("the earlier map"));
    EXPECT_EQ(filesIn(QFileInfo(path).absolutePath()), QStringList{QStringLiteral("map.pdf")});
}

TEST_F(ExporterTest, ACancelledWorkbookLeavesNoFile)
{
    ExportRequest request;
    request.format = Format::Xlsx;
    const QString path = dir.path(QStringLiteral("book.xlsx"));
    int calls = 0;
    int total = 0;
    const ExportOutcome outcome =
        exporting::exportProject(project, request, path, [&](int, int all) {
            ++calls;
            total = all;
            return false;
        });
    ASSERT_EQ(calls, 1) << "the demo's workbook has rows enough to report progress once";
    EXPECT_GT(total, int(project.ratings.size()));
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(filesIn(QFileInfo(path).absolutePath()).isEmpty());
    EXPECT_TRUE(QDir::temp().entryList({QStringLiteral("*book*.xlsx")}, QDir::Files).isEmpty());
}

TEST_F(ExporterTest, ProgressCountsEveryPage)
{
    ExportRequest request;
    request.page = QPageSize::A4;
    std::vector<int> seen;
    int total = 0;
    const ExportOutcome outcome = exporting::exportProject(
        project, request, dir.path(QStringLiteral("map.pdf")), [&](int done, int all) {
            seen.push_back(done);
            total = all;
            return true;
        });
    ASSERT_TRUE(outcome.ok) << outcome.message.toStdString();
    EXPECT_EQ(int(seen.size()), outcome.pages);
    EXPECT_EQ(total, outcome.pages);
    EXPECT_EQ(seen.back(), outcome.pages);
}

TEST_F(ExporterTest, AMapImageHasTheResolutionAskedFor)
{
    ExportRequest request;
    request.format = Format::Png;
    request.dpi = 96;
    const QString screen = dir.path(QStringLiteral("96.png"));
    ASSERT_TRUE(exporting::exportProject(project, request, screen).ok);
    request.dpi = 192;
    const QString sharp = dir.path(QStringLiteral("192.png"));
    ASSERT_TRUE(exporting::exportProject(project, request, sharp).ok);
    const QImage small(screen);
    const QImage large(sharp);
    ASSERT_FALSE(small.isNull());
    EXPECT_NEAR(large.width(), 2 * small.width(), 2);
    EXPECT_NEAR(large.height(), 2 * small.height(), 2);
    EXPECT_NEAR(large.dotsPerMeterX() * 0.0254, 192, 1);
    // The map's own size at 96 dpi: a pixel per layout unit.
    const MapLayout layout = exporting::exportLayout(project, request);
    EXPECT_NEAR(small.width(), layout.bounds.width(), 1);
    // With the legend below the map: what the channels and colours mean.
    EXPECT_GT(small.height(), layout.bounds.height() + 20);
}

TEST_F(ExporterTest, AChartImageIsTheChartOfTheRoundAtTheResolutionAskedFor)
{
    ExportRequest request;
    request.format = Format::Png;
    request.chart = QStringLiteral("heatmap");
    request.dpi = 96;
    const QString path = dir.path(QStringLiteral("heatmap.png"));
    const ExportOutcome outcome = exporting::exportProject(project, request, path);
    ASSERT_TRUE(outcome.ok) << outcome.message.toStdString();
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 300);

    request.format = Format::Svg;
    const QString svg = dir.path(QStringLiteral("heatmap.svg"));
    ASSERT_TRUE(exporting::exportProject(project, request, svg).ok);
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    // Text stays text: the touchpoints are named in it.
    EXPECT_TRUE(
        text.contains(project.journeys.front().stages.front().touchpoints.front().name.toUtf8()));
}

TEST_F(ExporterTest, AJourneyWithoutARoundStillExportsItsMapButNoChart)
{
    project.rounds.clear();
    project.ratings.clear();
    ExportRequest request;
    const ExportOutcome map =
        exporting::exportProject(project, request, dir.path(QStringLiteral("map.pdf")));
    EXPECT_TRUE(map.ok) << map.message.toStdString();
    request.format = Format::Png;
    request.chart = QStringLiteral("radar");
    const QString chart = dir.path(QStringLiteral("radar.png"));
    const ExportOutcome refused = exporting::exportProject(project, request, chart);
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("round"))) << refused.message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(chart));
}

TEST_F(ExporterTest, AProjectWithoutJourneysSaysSo)
{
    project.journeys.clear();
    project.rounds.clear();
    project.ratings.clear();
    ExportRequest request;
    const QString path = dir.path(QStringLiteral("map.pdf"));
    const ExportOutcome outcome = exporting::exportProject(project, request, path);
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.message.contains(QStringLiteral("no journey")));
    EXPECT_FALSE(QFileInfo::exists(path));
    QString why;
    EXPECT_EQ(exporting::pdfDocument(project, request, &why), nullptr);
    EXPECT_FALSE(why.isEmpty());
}

} // namespace
} // namespace js
