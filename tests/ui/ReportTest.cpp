// The PDF assessment report: the page-flow engine's rules (a table's header
// on every page it continues on, no heading left at a page's foot) and the
// demo project's report as poppler reads it back (pdftotext, pdffonts).
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/model/ProjectQueries.h"
#include "core/render/PagedDocument.h"
#include "ui/report/AssessmentReport.h"
#include "ui/report/ReportFlow.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>
#include <map>

namespace js::test {

namespace {

using report::BlockKind;
using report::ReportFlow;

QPageLayout a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                       QPageLayout::Millimeter);
}

std::unique_ptr<ReportFlow> flowOn(const QPageLayout& layout)
{
    const QRectF paper = layout.fullRect(QPageLayout::Point);
    return std::make_unique<ReportFlow>(report::ReportStyle::forPaper(paper.size()), paper,
                                        layout.paintRect(QPageLayout::Point));
}

// A flow as a document, to write it to a PDF.
class FlowDocument : public PagedDocument {
public:
    FlowDocument(const QPageLayout& layout, const ReportFlow& flow)
        : m_layout(layout)
        , m_flow(flow)
    {}
    QPageLayout pageLayout() const override { return m_layout; }
    int pageCount() const override { return m_flow.pageCount(); }
    void paintPage(QPainter& painter, int index) const override
    {
        m_flow.paintPage(painter, index);
    }
    QString title() const override { return QStringLiteral("Flow"); }

private:
    QPageLayout m_layout;
    const ReportFlow& m_flow;
};

bool writeTo(const PagedDocument& document, const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && writePdf(document, file) == PdfResult::Written;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a page (from 1), or of the whole file, on one line: table
// cells and paragraphs wrap where they like, the words stay in order.
// A page's text (or the whole document's); `inLayout` keeps the lines as
// they stand on the page, so that a contents line reads "Journey map 5"
// whatever the order the page's text was drawn in.
QString textOf(const QString& pdf, int page = 0, bool inLayout = false)
{
    QStringList arguments;
    if (inLayout)
        arguments << QStringLiteral("-layout");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments).simplified();
}

// To look at the reports the tests write (and make docs/screenshots/report-*.png):
// JS_REPORT_SAMPLES=/tmp/reports ui_tests --gtest_filter='ReportTest.*'
void keepSample(const QString& pdf)
{
    const QString folder = qEnvironmentVariable("JS_REPORT_SAMPLES");
    if (folder.isEmpty())
        return;
    const QString copy = folder + QLatin1Char('/') + QFileInfo(pdf).fileName();
    QFile::remove(copy);
    QFile::copy(pdf, copy);
}

// Every block of a page, checked: a heading (visible or not) never ends one.
void expectNoHeadingLast(const ReportFlow& flow)
{
    for (int page = 0; page < flow.pageCount(); ++page) {
        const auto pieces = flow.placements(page);
        ASSERT_FALSE(pieces.empty()) << "page " << page << " is empty";
        EXPECT_NE(pieces.back().kind, BlockKind::Heading) << "a heading ends page " << page + 1;
    }
}

} // namespace

TEST(ReportFlowTest, ALongTableRepeatsItsHeaderRowOnEveryPage)
{
    TempDir dir;
    const QPageLayout layout = a4();
    auto flow = flowOn(layout);
    flow->addHeading(1, QStringLiteral("Ratings"));
    flow->addParagraph(QStringLiteral("A long table follows."));
    std::vector<report::Row> rows;
    for (int i = 1; i <= 150; ++i)
        rows.push_back({report::Cell(QStringLiteral("Row %1").arg(i)),
                        report::Cell(QString::number(i % 5 + 1))});
    flow->addTable({{QStringLiteral("Touchpoint heading"), 3}, {QStringLiteral("Score"), 1}},
                   std::move(rows));
    flow->layOut();
    ASSERT_GE(flow->pageCount(), 3);

    // Every row exactly once, in order, each piece under its header.
    int next = 0;
    for (int page = 0; page < flow->pageCount(); ++page) {
        for (const auto& piece : flow->placements(page)) {
            if (piece.kind != BlockKind::Table)
                continue;
            EXPECT_TRUE(piece.header) << "page " << page + 1;
            EXPECT_EQ(piece.first, next);
            EXPECT_LE(piece.rect.bottom(), flow->body().bottom() + 0.01);
            next = piece.last;
        }
    }
    EXPECT_EQ(next, 150);

    // And on paper: the header's text on every page, each page's first row
    // right after the last row of the page before.
    const QString pdf = dir.path(QStringLiteral("table.pdf"));
    ASSERT_TRUE(writeTo(FlowDocument(layout, *flow), pdf));
    int lastRow = 0;
    for (int page = 1; page <= flow->pageCount(); ++page) {
        const QString text = textOf(pdf, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Touchpoint heading Score")))
            << "page " << page << ": " << text.left(200).toStdString();
        const QRegularExpressionMatch first =
            QRegularExpression(QStringLiteral("Row (\\d+)")).match(text);
        ASSERT_TRUE(first.hasMatch());
        EXPECT_EQ(first.captured(1).toInt(), lastRow + 1) << "page " << page;
        const auto all = QRegularExpression(QStringLiteral("Row (\\d+)")).globalMatch(text);
        for (auto it = all; it.hasNext();)
            lastRow = it.next().captured(1).toInt();
        EXPECT_TRUE(
            text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(flow->pageCount())));
    }
    EXPECT_EQ(lastRow, 150);
}

TEST(ReportFlowTest, AHeadingIsNeverTheLastBlockOnAPage)
{
    // However much comes before it, a heading lands with what follows it:
    // filler of 1 to 80 lines puts the heading at every height of the page.
    const QString line = QStringLiteral("A line of filler text that wraps. ");
    int movedHeadings = 0;
    for (int lines = 1; lines <= 80; ++lines) {
        auto flow = flowOn(a4());
        flow->addParagraph(line.repeated(lines * 3));
        flow->addHeading(1, QStringLiteral("Section"));
        flow->addHeading(2, QStringLiteral("Subsection"));
        flow->addParagraph(line.repeated(20));
        flow->addHeading(2, QStringLiteral("A table"));
        flow->addTable({{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}},
                       {{report::Cell(QStringLiteral("1")), report::Cell(QStringLiteral("2"))}});
        flow->layOut();
        expectNoHeadingLast(*flow);
        // The paragraph before never leaves a line alone on either side of a break.
        std::map<int, std::vector<int>> lineCounts; // per paragraph, of each of its pieces
        for (int page = 0; page < flow->pageCount(); ++page) {
            for (const auto& piece : flow->placements(page)) {
                if (piece.kind == BlockKind::Paragraph)
                    lineCounts[piece.block].push_back(piece.last - piece.first);
            }
        }
        for (const auto& [block, counts] : lineCounts) {
            if (counts.size() > 1) {
                for (int count : counts)
                    EXPECT_GE(count, 2) << "filler of " << lines << " lines";
            }
        }
        const auto& headings = flow->headings();
        ASSERT_EQ(headings.size(), 3u);
        EXPECT_EQ(headings[0].page, headings[1].page);
        if (headings[0].page > 0 &&
            flow->placements(headings[0].page).front().kind == BlockKind::Heading)
            ++movedHeadings;
    }
    // The test did meet headings that had to move to the next page.
    EXPECT_GT(movedHeadings, 0);
}

TEST(ReportFlowTest, AHeadingKeepsItsLeadInWithWhatItIntroduces)
{
    const QString line = QStringLiteral("A line of filler text that wraps. ");
    for (int lines = 1; lines <= 80; ++lines) {
        auto flow = flowOn(a4());
        flow->addParagraph(line.repeated(lines * 3));
        flow->addHeading(2, QStringLiteral("Top weak spots"));
        flow->addParagraph(QStringLiteral("The scores that fall furthest short."));
        std::vector<report::Row> rows(8, {report::Cell(QStringLiteral("A row"))});
        flow->addTable({{QStringLiteral("Touchpoint"), 1}}, std::move(rows));
        flow->layOut();
        int tablePage = -1;
        for (int page = 0; page < flow->pageCount() && tablePage < 0; ++page) {
            for (const auto& piece : flow->placements(page)) {
                if (piece.kind == BlockKind::Table) {
                    tablePage = page;
                    break;
                }
            }
        }
        EXPECT_EQ(flow->headings().front().page, tablePage) << "filler of " << lines << " lines";
    }
}

TEST(ReportFlowTest, ARowTallerThanAPageIsSplitAndTheRestStayWhole)
{
    auto flow = flowOn(a4());
    const QString huge = QStringLiteral("Evidence. ").repeated(1400);
    flow->addTable({{QStringLiteral("Note"), 1}}, {{report::Cell(QStringLiteral("short"))},
                                                   {report::Cell(huge)},
                                                   {report::Cell(QStringLiteral("after"))}});
    flow->layOut();
    ASSERT_GE(flow->pageCount(), 3);
    int pieces = 0;
    for (int page = 0; page < flow->pageCount(); ++page) {
        for (const auto& piece : flow->placements(page))
            pieces += piece.first <= 1 && piece.last > 1 ? 1 : 0;
    }
    EXPECT_GE(pieces, 2);
}

class ReportTest : public ::testing::Test {
protected:
    static exporting::ExportRequest a4Request()
    {
        exporting::ExportRequest request;
        request.report = true;
        request.page = QPageSize::A4;
        request.landscape = false;
        request.marginMm = 15;
        request.consultant = QStringLiteral("Jordan Ellery");
        return request;
    }
    TempDir dir;
};

TEST_F(ReportTest, ResolvesTheFirstJourneyAndItsLatestRound)
{
    const Project project = demoProject();
    const AssessmentReport report(project, a4Request());
    EXPECT_EQ(report.journeyId(), project.journeys.front().id);
    const Round* round = findRound(project, report.roundId());
    ASSERT_TRUE(round);
    EXPECT_EQ(round->name, QStringLiteral("Follow-up workshop"));
    const Round* compare = findRound(project, report.comparedRoundId());
    ASSERT_TRUE(compare);
    EXPECT_EQ(compare->name, QStringLiteral("Baseline workshop"));

    exporting::ExportRequest baseline = a4Request();
    baseline.roundId = compare->id;
    const AssessmentReport first(project, baseline);
    EXPECT_EQ(first.roundId(), compare->id);
    EXPECT_EQ(first.comparedRoundId(), NoId);
}

TEST_F(ReportTest, TheDemoReportSaysWhatTheBoardNeedsWhereTheContentsSay)
{
    const Project project = demoProject();
    const AssessmentReport report(project, a4Request());
    const QString pdf = dir.path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(writeTo(report, pdf));
    const int pages = report.pageCount();
    ASSERT_GE(pages, 10);
    keepSample(pdf);

    const QString cover = textOf(pdf, 1);
    ASSERT_FALSE(cover.isEmpty()) << "pdftotext failed";
    EXPECT_TRUE(cover.contains(project.name)) << cover.toStdString();
    EXPECT_TRUE(cover.contains(project.client.simplified()));
    EXPECT_TRUE(cover.contains(QStringLiteral("Jordan Ellery")));
    EXPECT_FALSE(cover.contains(QStringLiteral("Page 1 of")));

    // The contents: each section on the page it names.
    const QString contents = textOf(pdf, 2, true);
    EXPECT_TRUE(contents.contains(QStringLiteral("Assessment report"))) << contents.toStdString();
    const QStringList sections{QStringLiteral("Executive summary"),
                               QStringLiteral("Journey map"),
                               QStringLiteral("Insights"),
                               QStringLiteral("Heatmap of scores against targets"),
                               QStringLiteral("Stage by stage"),
                               QStringLiteral("Action plan"),
                               QStringLiteral("Appendix: every rating")};
    for (const QString& section : sections) {
        const auto entry = std::find_if(report.contents().begin(), report.contents().end(),
                                        [&](const auto& e) { return e.text == section; });
        ASSERT_NE(entry, report.contents().end()) << section.toStdString();
    }
    for (const auto& entry : report.contents()) {
        const int page = entry.page + 1;
        ASSERT_GT(page, 2) << entry.text.toStdString();
        const QString listed = entry.text + QLatin1Char(' ') + QString::number(page);
        EXPECT_TRUE(contents.contains(listed)) << listed.toStdString();
        EXPECT_TRUE(textOf(pdf, page).contains(entry.text))
            << entry.text.toStdString() << " not on page " << page;
    }

    // Every stage, touchpoint and action by name; the footers.
    const QString all = textOf(pdf);
    const Journey& journey = project.journeys.front();
    for (const Stage& stage : journey.stages) {
        EXPECT_TRUE(all.contains(stage.name)) << stage.name.toStdString();
        for (const Touchpoint& tp : stage.touchpoints)
            EXPECT_TRUE(all.contains(tp.name.simplified())) << tp.name.toStdString();
    }
    ASSERT_FALSE(project.actions.empty());
    for (const Action& action : project.actions)
        EXPECT_TRUE(all.contains(action.title.simplified())) << action.title.toStdString();
    // The footer read as it stands on the page: in reading order pdftotext
    // may weave it into a map's lane of scores just above it.
    for (int page = 2; page <= pages; ++page)
        EXPECT_TRUE(
            textOf(pdf, page, true).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)))
            << "page " << page;
    EXPECT_TRUE(all.contains(QStringLiteral("Top weak spots")));
    EXPECT_TRUE(all.contains(QStringLiteral("Biggest movements since Baseline workshop")));
}

TEST_F(ReportTest, EveryPageOfAStageNamesItsStageInTheHeader)
{
    const Project project = demoProject();
    const AssessmentReport report(project, a4Request());
    const QString pdf = dir.path(QStringLiteral("stages.pdf"));
    ASSERT_TRUE(writeTo(report, pdf));
    const std::vector<report::HeadingEntry>& contents = report.contents();
    int continued = 0;
    for (const Stage& stage : project.journeys.front().stages) {
        // The pages after the stage's heading, up to the next entry's: its
        // heading's own page shows the heading itself.
        auto entry = std::find_if(contents.begin(), contents.end(), [&](const auto& e) {
            return e.level == 2 && e.text == stage.name;
        });
        ASSERT_NE(entry, contents.end()) << stage.name.toStdString();
        const int first = entry->page + 1;
        const int next = std::next(entry) == contents.end() ? report.pageCount() + 1
                                                            : std::next(entry)->page + 1;
        for (int page = first + 1; page < next; ++page) {
            const QString header = textOf(pdf, page, true).left(200);
            EXPECT_TRUE(header.contains(stage.name))
                << stage.name.toStdString() << " not in the header of page " << page;
            ++continued;
        }
    }
    EXPECT_GT(continued, 0) << "the test needs a stage that runs onto a second page";
}

TEST_F(ReportTest, EmbedsEveryFont)
{
    const AssessmentReport report(demoProject(), a4Request());
    const QString pdf = dir.path(QStringLiteral("fonts.pdf"));
    ASSERT_TRUE(writeTo(report, pdf));
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2) << "pdffonts lists no font";
    for (const QString& line : lines.mid(2)) {
        // name type encoding emb sub uni object-id: "emb" is the fourth from the end.
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(fields.size(), 7) << line.toStdString();
        EXPECT_EQ(fields[fields.size() - 5], QStringLiteral("yes")) << line.toStdString();
    }
}

TEST_F(ReportTest, AProjectWithoutAnyRoundStillWrites)
{
    Project project = demoProject();
    project.rounds.clear();
    project.ratings.clear();
    project.targets.clear();
    const AssessmentReport report(project, a4Request());
    EXPECT_EQ(report.roundId(), NoId);
    const QString pdf = dir.path(QStringLiteral("unrated.pdf"));
    ASSERT_TRUE(writeTo(report, pdf));
    keepSample(pdf);
    const QString all = textOf(pdf);
    EXPECT_TRUE(all.contains(QStringLiteral("not been assessed yet")));
    EXPECT_TRUE(all.contains(QStringLiteral("Journey map")));
    for (const Touchpoint& tp : project.journeys.front().stages.front().touchpoints)
        EXPECT_TRUE(all.contains(tp.name.simplified())) << tp.name.toStdString();
}

TEST_F(ReportTest, ARoundNobodyRatedYetStillWrites)
{
    Project project = demoProject();
    project.ratings.clear();
    const AssessmentReport report(project, a4Request());
    EXPECT_NE(report.roundId(), NoId);
    const QString pdf = dir.path(QStringLiteral("blank.pdf"));
    ASSERT_TRUE(writeTo(report, pdf));
    const QString all = textOf(pdf);
    EXPECT_TRUE(all.contains(QStringLiteral("Nobody has rated the round"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Action plan")));
}

TEST_F(ReportTest, AHeatmapTooTallForAPageComesStageByStage)
{
    // Five times the touchpoints (the copies unrated): 100 rows of heatmap.
    Project project = demoProject();
    Id next = maxId(project);
    for (Stage& stage : project.journeys.front().stages) {
        const std::vector<Touchpoint> originals = stage.touchpoints;
        for (int copy = 2; copy <= 5; ++copy) {
            for (Touchpoint tp : originals) {
                tp.id = ++next;
                tp.name = QStringLiteral("%1 (%2)").arg(tp.name).arg(copy);
                stage.touchpoints.push_back(tp);
            }
        }
    }
    const AssessmentReport report(project, a4Request());
    const QString pdf = dir.path(QStringLiteral("tall.pdf"));
    ASSERT_TRUE(writeTo(report, pdf));
    keepSample(pdf);
    int heatmaps = 0;
    for (int page = 1; page <= report.pageCount(); ++page) {
        // Below the running header, which names the section the page is in.
        QStringList lines =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")})
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (report.flow().hasChrome(page - 1) && !lines.isEmpty())
            lines.removeFirst();
        heatmaps += int(lines.join(QLatin1Char(' '))
                            .count(QStringLiteral("Heatmap of scores against targets")));
    }
    // The contents' entry, then one heatmap per stage.
    EXPECT_EQ(heatmaps, 1 + int(project.journeys.front().stages.size()));
    EXPECT_TRUE(textOf(pdf).contains(QStringLiteral("Home delivery (5)")));
}

TEST_F(ReportTest, AnEmptyProjectAndALandscapeA3ReportWrite)
{
    const AssessmentReport empty(Project{}, a4Request());
    EXPECT_GE(empty.pageCount(), 2);
    ASSERT_TRUE(writeTo(empty, dir.path(QStringLiteral("empty.pdf"))));

    exporting::ExportRequest wide = a4Request();
    wide.page = QPageSize::A3;
    wide.landscape = true;
    const AssessmentReport report(demoProject(), wide);
    const QString pdf = dir.path(QStringLiteral("a3.pdf"));
    ASSERT_TRUE(writeTo(report, pdf));
    keepSample(pdf);
    EXPECT_TRUE(textOf(pdf, 2).contains(QStringLiteral("Executive summary")));
}

} // namespace js::test
