// `journeyscope export`, run as a user runs it, and its files read back by
// independent tools: poppler's pdftotext, pdfinfo and pdffonts for the PDF.
#include "../bench/LargeProject.h"
#include "CliRunner.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/model/Project.h"
#include "core/storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace js::test {
namespace {

// Text without its spaces and hyphens: pdftotext joins a word broken after
// a hyphen at the end of a line ("e-" "commerce") into "ecommerce".
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("[\\s-]+"));
    return text.remove(space);
}

class ExportCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        project = dir.path(QStringLiteral("demo.journey"));
        ASSERT_EQ(journeyscope({QStringLiteral("demo"), project}).exitCode, 0);
    }

    Outcome exportAs(const QString& out, QStringList options = {})
    {
        return journeyscope(
            QStringList{QStringLiteral("export"), project, QStringLiteral("--out"), out} + options);
    }

    static QString pdfText(const QString& pdf, int page = 0)
    {
        QStringList arguments;
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                      << QString::number(page);
        return run(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-")).out;
    }

    static QString pdfInfo(const QString& pdf, const QString& field)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
        const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                      QRegularExpression::MultilineOption);
        return line.match(info).captured(1).trimmed();
    }

    TempDir dir;
    QString project;
};

TEST_F(ExportCliTest, TheMapPdfCarriesEveryWordOfTheDemoMapAsText)
{
    const QString pdf = dir.path(QStringLiteral("map.pdf"));
    const Outcome outcome =
        exportAs(pdf, {QStringLiteral("--page"), QStringLiteral("A1"), QStringLiteral("--portrait"),
                       QStringLiteral("--fit"), QStringLiteral("page")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.isEmpty()) << outcome.err.toStdString();
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Pages")), QStringLiteral("1"));
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A1)")))
        << pdfInfo(pdf, QStringLiteral("Page size")).toStdString();
    EXPECT_TRUE(
        pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("1684 x 2384")));

    const QString text = squeezed(pdfText(pdf));
    const Project demo = demoProject();
    const Journey& journey = demo.journeys.front();
    int words = 0;
    for (const Stage& stage : journey.stages) {
        EXPECT_TRUE(text.contains(squeezed(stage.name))) << stage.name.toStdString();
        EXPECT_TRUE(text.contains(squeezed(stage.description))) << stage.description.toStdString();
        for (const Touchpoint& touchpoint : stage.touchpoints) {
            EXPECT_TRUE(text.contains(squeezed(touchpoint.name))) << touchpoint.name.toStdString();
            ++words;
        }
        for (const LaneCard& card : stage.cards) {
            EXPECT_TRUE(text.contains(squeezed(card.text))) << card.text.toStdString();
            ++words;
        }
    }
    EXPECT_GT(words, 40);
    // The header says whose map it is.
    EXPECT_TRUE(text.contains(squeezed(demo.name)));
    EXPECT_TRUE(text.contains(squeezed(demo.client)));
    EXPECT_TRUE(text.contains(squeezed(journey.name)));
}

TEST_F(ExportCliTest, EveryFontOfThePdfIsEmbedded)
{
    const QString pdf = dir.path(QStringLiteral("map.pdf"));
    ASSERT_EQ(exportAs(pdf).exitCode, 0);
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {pdf}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 2) << "pdffonts lists no font";
    // "name type encoding emb sub uni object ID": emb is the fourth field from the end.
    for (const QString& line : lines.mid(2)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        ASSERT_GE(fields.size(), 7) << line.toStdString();
        EXPECT_EQ(fields[fields.size() - 5], QStringLiteral("yes")) << line.toStdString();
    }
}

TEST_F(ExportCliTest, ALargeMapIsTiledWithLabelsAndNoTextUnderSixPoint)
{
    Project large = bench::largeProject();
    large.ratings.clear(); // the map is what is tested; the file stays small
    const QString file = dir.path(QStringLiteral("large.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(file, large, &error)) << error.toStdString();
    project = file;
    const QString pdf = dir.path(QStringLiteral("large.pdf"));
    const Outcome outcome = exportAs(pdf, {QStringLiteral("--page"), QStringLiteral("a3")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    EXPECT_GT(pages, 2);
    EXPECT_TRUE(outcome.out.contains(QString::number(pages))) << outcome.out.toStdString();

    // Page labels: "Row r, column c of R × C" on each page, R × C pages.
    const QRegularExpression label(QStringLiteral("Row (\\d+), column (\\d+) of (\\d+) × (\\d+)"));
    const QRegularExpressionMatch first = label.match(pdfText(pdf, 1));
    ASSERT_TRUE(first.hasMatch());
    const int rows = first.captured(3).toInt();
    const int columns = first.captured(4).toInt();
    EXPECT_EQ(rows * columns, pages);
    const QRegularExpressionMatch last = label.match(pdfText(pdf, pages));
    ASSERT_TRUE(last.hasMatch());
    EXPECT_EQ(last.captured(1).toInt(), rows);
    EXPECT_EQ(last.captured(2).toInt(), columns);

    // No word is set smaller than 6 pt: a word's box is at least its size tall.
    const QString boxes =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}).out;
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" "
                       "yMax=\"([\\d.]+)\">"));
    int count = 0;
    double smallest = 1000;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        smallest = std::min(smallest, match.captured(2).toDouble() - match.captured(1).toDouble());
        ++count;
    }
    EXPECT_GT(count, 1000);
    EXPECT_GE(smallest, 6.0);
}

TEST_F(ExportCliTest, OnePageThatWouldShrinkTheTextIsRefusedWithAPageThatFits)
{
    const QString pdf = dir.path(QStringLiteral("small.pdf"));
    const Outcome outcome = exportAs(pdf, {QStringLiteral("--page"), QStringLiteral("a4"),
                                           QStringLiteral("--fit"), QStringLiteral("page")});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("6 pt"))) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("A2"))) << outcome.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(ExportCliTest, CsvKeepsAwkwardNamesIntactWithAByteOrderMarkForExcel)
{
    Project awkward = demoProject();
    Touchpoint& touchpoint = awkward.journeys.front().stages.front().touchpoints.front();
    touchpoint.name = QStringLiteral("Café \"Zoë\", line one\nline two");
    const QString file = dir.path(QStringLiteral("awkward.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(file, awkward, &error)) << error.toStdString();
    project = file;
    const QString csv = dir.path(QStringLiteral("ratings.csv"));
    ASSERT_EQ(exportAs(csv, {QStringLiteral("--bom")}).exitCode, 0);
    QFile read(csv);
    ASSERT_TRUE(read.open(QIODevice::ReadOnly));
    const QByteArray bytes = read.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "journey,stage,touchpoint,framework"));
    EXPECT_TRUE(
        bytes.contains(QStringLiteral("\"Café \"\"Zoë\"\", line one\nline two\"").toUtf8()));
    EXPECT_TRUE(bytes.contains("\r\n"));

    const QString plain = dir.path(QStringLiteral("actions.csv"));
    ASSERT_EQ(exportAs(plain, {QStringLiteral("--table"), QStringLiteral("actions")}).exitCode, 0);
    QFile actions(plain);
    ASSERT_TRUE(actions.open(QIODevice::ReadOnly));
    EXPECT_TRUE(actions.readAll().startsWith("title,"));
}

TEST_F(ExportCliTest, MermaidGoesOutAndComesBackAsTheSameStages)
{
    const QString mermaid = dir.path(QStringLiteral("journey.mmd"));
    ASSERT_EQ(exportAs(mermaid).exitCode, 0);
    QFile text(mermaid);
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    EXPECT_TRUE(text.readAll().startsWith("journey"));
    const QString back = dir.path(QStringLiteral("back.journey"));
    ASSERT_EQ(
        journeyscope({QStringLiteral("import"), mermaid, QStringLiteral("--out"), back}).exitCode,
        0);
    const QString json = dir.path(QStringLiteral("back.json"));
    project = back;
    ASSERT_EQ(exportAs(json).exitCode, 0);
    QFile read(json);
    ASSERT_TRUE(read.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(read.readAll());
    const Project demo = demoProject();
    for (const Stage& stage : demo.journeys.front().stages)
        EXPECT_TRUE(exported.contains(stage.name)) << stage.name.toStdString();
}

TEST_F(ExportCliTest, EveryOtherFormatWritesItsKindOfFile)
{
    const QString png = dir.path(QStringLiteral("map.png"));
    ASSERT_EQ(exportAs(png, {QStringLiteral("--dpi"), QStringLiteral("72")}).exitCode, 0);
    QFile image(png);
    ASSERT_TRUE(image.open(QIODevice::ReadOnly));
    EXPECT_TRUE(image.read(8).startsWith("\x89PNG"));
    const QString svg = dir.path(QStringLiteral("radar.svg"));
    ASSERT_EQ(exportAs(svg, {QStringLiteral("--chart"), QStringLiteral("radar")}).exitCode, 0);
    QFile drawing(svg);
    ASSERT_TRUE(drawing.open(QIODevice::ReadOnly));
    EXPECT_TRUE(drawing.readAll().contains("<svg"));
    const QString xlsx = dir.path(QStringLiteral("book.xlsx"));
    ASSERT_EQ(exportAs(xlsx).exitCode, 0);
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_TRUE(book.read(2) == "PK"); // a zip, as every workbook is
}

TEST_F(ExportCliTest, AFailedExportSaysWhyAndLeavesNoFile)
{
    const QString nowhere = dir.path(QStringLiteral("no such folder/map.pdf"));
    Outcome outcome = exportAs(nowhere);
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("Could not write")))
        << outcome.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));

    const QString pdf = dir.path(QStringLiteral("map.pdf"));
    outcome = exportAs(pdf, {QStringLiteral("--journey"), QStringLiteral("No such journey")});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("No such journey")))
        << outcome.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));

    const QString chart = dir.path(QStringLiteral("chart.png"));
    outcome = exportAs(chart, {QStringLiteral("--chart"), QStringLiteral("pie")});
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("heatmap"))) << outcome.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(chart));

    outcome = exportAs(dir.path(QStringLiteral("x.doc")));
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("--format"))) << outcome.err.toStdString();

    // A failed export over an existing file leaves that file as it was.
    ASSERT_TRUE(writeBytes(pdf, "an earlier export"));
    outcome = exportAs(pdf, {QStringLiteral("--page"), QStringLiteral("a4"),
                             QStringLiteral("--fit"), QStringLiteral("page")});
    EXPECT_EQ(outcome.exitCode, 1);
    QFile earlier(pdf);
    ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
    EXPECT_EQ(earlier.readAll(), QByteArray("an earlier export"));
    EXPECT_EQ(QDir(QFileInfo(pdf).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 2)
        << "a temporary file was left behind";
}

TEST_F(ExportCliTest, AnOptionTheExportWouldNotUseIsRefused)
{
    const QStringList misplaced[] = {
        {QStringLiteral("map.pdf"), QStringLiteral("--chart"), QStringLiteral("heatmap")},
        {QStringLiteral("map.png"), QStringLiteral("--table"), QStringLiteral("ratings")},
        {QStringLiteral("book.xlsx"), QStringLiteral("--bom")},
        {QStringLiteral("map.pdf"), QStringLiteral("--dpi"), QStringLiteral("300")},
        {QStringLiteral("report.pdf"), QStringLiteral("--report"), QStringLiteral("--fit"),
         QStringLiteral("tile")},
        {QStringLiteral("map.pdf"), QStringLiteral("--landscape"), QStringLiteral("--portrait")},
        {QStringLiteral("ratings.csv"), QStringLiteral("--page"), QStringLiteral("a4")},
    };
    for (const QStringList& arguments : misplaced) {
        const QString out = dir.path(arguments.front());
        const Outcome outcome = exportAs(out, arguments.mid(1));
        EXPECT_EQ(outcome.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(outcome.err.contains(arguments[1])) << outcome.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out));
    }
}

TEST_F(ExportCliTest, TheReportIsUprightA4WithTheConsultantNamed)
{
    const QString pdf = dir.path(QStringLiteral("report.pdf"));
    ASSERT_EQ(exportAs(pdf, {QStringLiteral("--report"), QStringLiteral("--consultant"),
                             QStringLiteral("Mara Lindqvist")})
                  .exitCode,
              0);
    EXPECT_TRUE(pdfText(pdf, 1).contains(QStringLiteral("Mara Lindqvist")));
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Page size")).left(9), QStringLiteral("595 x 842"))
        << "a report is upright A4 unless told otherwise";
}

TEST_F(ExportCliTest, ARadarChartShowsTheWeakestStage)
{
    const QString svg = dir.path(QStringLiteral("radar.svg"));
    ASSERT_EQ(exportAs(svg, {QStringLiteral("--chart"), QStringLiteral("radar")}).exitCode, 0);
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("(stage)"))) << "the radar shows a stage";
    EXPECT_FALSE(text.contains(QStringLiteral("Select a touchpoint")));
}

} // namespace
} // namespace js::test
