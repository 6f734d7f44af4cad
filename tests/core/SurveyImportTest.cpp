// Survey figures into the project: names matched to touchpoints, metrics in
// one undo step, a second import of the same file replacing the first.
#include "core/io/SurveyImport.h"

#include "SurveyFixtures.h"
#include "core/analysis/NameMatching.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"

#include <gtest/gtest.h>

namespace js::survey {
namespace {

const Journey& firstJourney(const ProjectDocument& document)
{
    return document.project().journeys.front();
}

Id touchpointNamed(const Journey& journey, const char* name)
{
    for (const Stage& stage : journey.stages) {
        for (const Touchpoint& touchpoint : stage.touchpoints) {
            if (touchpoint.name == QLatin1String(name))
                return touchpoint.id;
        }
    }
    return NoId;
}

TEST(NameMatchingTest, CaseAndSpacingAreIgnoredCloseNamesSuggested)
{
    ProjectDocument document(demoProject());
    const Journey& journey = firstJourney(document);
    const std::vector<NameMatch> matches = matchTouchpoints(
        journey, {QStringLiteral("  home   DELIVERY "), QStringLiteral("Check-out"),
                  QStringLiteral("Returns"), QStringLiteral("Gift cards"),
                  QStringLiteral("Customer servise phone line"), QStringLiteral("Checkuot")});
    ASSERT_EQ(matches.size(), 6u);
    EXPECT_EQ(matches[0].touchpoint, touchpointNamed(journey, "Home delivery"));
    EXPECT_TRUE(matches[0].close.empty());
    EXPECT_EQ(matches[1].touchpoint, NoId);
    ASSERT_FALSE(matches[1].close.empty());
    EXPECT_EQ(matches[1].close.front(), touchpointNamed(journey, "Checkout"));
    ASSERT_FALSE(matches[2].close.empty());
    EXPECT_EQ(matches[2].close.front(), touchpointNamed(journey, "Returns portal"));
    EXPECT_EQ(matches[3].touchpoint, NoId);
    EXPECT_TRUE(matches[3].close.empty());
    ASSERT_FALSE(matches[4].close.empty());
    EXPECT_EQ(matches[4].close.front(), touchpointNamed(journey, "Customer service phone line"));
    // Two letters swapped are one slip.
    ASSERT_FALSE(matches[5].close.empty());
    EXPECT_EQ(matches[5].close.front(), touchpointNamed(journey, "Checkout"));
}

class SurveyImportTest : public ::testing::Test {
protected:
    SurveyImportTest()
        : document(demoProject())
    {
        const QByteArray bytes = test::surveyFixture("qualtrics.csv");
        table = readSurvey(bytes, detectFormat(bytes));
        figures = computeFigures(table, suggestColumns(table));
        const Journey& journey = firstJourney(document);
        checkout = touchpointNamed(journey, "Checkout");
        delivery = touchpointNamed(journey, "Home delivery");
        names = {{normalizedName(u"Checkout"), checkout},
                 {normalizedName(u"Home delivery"), delivery}};
        document.undoStack()->clear();
        before = document.project().metrics.size();
    }

    std::vector<const Metric*> fromSource(const QString& source) const
    {
        std::vector<const Metric*> found;
        for (const Metric& metric : document.project().metrics) {
            if (isFromSource(metric, source))
                found.push_back(&metric);
        }
        return found;
    }

    ProjectDocument document;
    SurveyTable table;
    SurveyFigures figures;
    Id checkout = NoId;
    Id delivery = NoId;
    std::map<QString, Id> names;
    size_t before = 0;
};

TEST_F(SurveyImportTest, FiguresBecomeMetricsWithCountsScalesAndSource)
{
    const std::vector<Metric> metrics =
        surveyMetrics(figures, names, QStringLiteral("qualtrics.csv"), QDate(2026, 12, 1));
    // Checkout and Home delivery have all three; Returns portal is not matched.
    ASSERT_EQ(metrics.size(), 6u);
    const Metric& nps = metrics[0];
    EXPECT_EQ(nps.touchpointId, checkout);
    EXPECT_EQ(nps.kind, MetricKind::Nps);
    EXPECT_DOUBLE_EQ(nps.value, 20.0);
    EXPECT_EQ(nps.count, 5);
    EXPECT_EQ(nps.scale, QStringLiteral("0-10"));
    EXPECT_EQ(nps.date, QDate(2026, 10, 15)); // the latest response, not today
    EXPECT_TRUE(nps.note.startsWith(QLatin1String("qualtrics.csv\n")));
    EXPECT_TRUE(nps.note.contains(QStringLiteral("\u00b151"))) << nps.note.toStdString();
    EXPECT_TRUE(nps.note.contains(QLatin1String("few answers")));
    EXPECT_EQ(metrics[1].kind, MetricKind::Csat);
    EXPECT_DOUBLE_EQ(metrics[1].value, 60.0);
    EXPECT_EQ(metrics[1].scale, QStringLiteral("1-5"));
    EXPECT_TRUE(metrics[1].note.contains(QLatin1String("3.60")));
    EXPECT_EQ(metrics[2].kind, MetricKind::Ces);
    EXPECT_DOUBLE_EQ(metrics[2].value, 5.0);
    EXPECT_EQ(metrics[2].count, 4);
    EXPECT_EQ(metrics[2].scale, QStringLiteral("1-7"));
    EXPECT_EQ(metrics[3].touchpointId, delivery);
}

TEST_F(SurveyImportTest, ImportIsOneUndoStepAndReplacesTheSameSource)
{
    const QString source = QStringLiteral("qualtrics.csv");
    const ImportOutcome first = importSurveyMetrics(
        document, surveyMetrics(figures, names, source, QDate(2026, 12, 1)), source);
    EXPECT_EQ(first.added, 6);
    EXPECT_EQ(first.replaced, 0);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.undoStack()->undoText(),
              QStringLiteral("Import survey \u201cqualtrics.csv\u201d"));
    EXPECT_EQ(document.project().metrics.size(), before + 6);

    // The same file again: its metrics are replaced, not doubled.
    const ImportOutcome second = importSurveyMetrics(
        document, surveyMetrics(figures, names, source, QDate(2026, 12, 1)), source);
    EXPECT_EQ(second.added, 6);
    EXPECT_EQ(second.replaced, 6);
    EXPECT_EQ(document.project().metrics.size(), before + 6);
    EXPECT_EQ(fromSource(source).size(), 6u);

    // Another source stands beside it; the demo's own metrics are untouched.
    const QString other = QStringLiteral("other.csv");
    importSurveyMetrics(document, surveyMetrics(figures, names, other, {}), other);
    EXPECT_EQ(document.project().metrics.size(), before + 12);

    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(fromSource(source).size(), 6u);
    document.undoStack()->undo();
    EXPECT_EQ(document.project().metrics.size(), before);
    EXPECT_TRUE(fromSource(source).empty());
}

TEST_F(SurveyImportTest, NamesMatchedToOneTouchpointCountAsOne)
{
    names[normalizedName(u"Returns portal")] = checkout;
    const std::vector<Metric> metrics = surveyMetrics(figures, names, QStringLiteral("q.csv"), {});
    ASSERT_EQ(metrics.size(), 6u); // still one of each kind per touchpoint
    // Checkout CSAT 5, 4, 4, 2, 3 with Returns portal's 3: 3 of 6 = 50 %.
    EXPECT_EQ(metrics[1].count, 6);
    EXPECT_DOUBLE_EQ(metrics[1].value, 50.0);
}

TEST_F(SurveyImportTest, TheSourceIsTheFileNameAndItsQuestions)
{
    const QString source = surveySource(QStringLiteral("responses.csv"), table);
    EXPECT_TRUE(source.startsWith(QLatin1String("responses.csv #"))) << source.toStdString();
    // A later export of the same survey, more responses and all, is the same source.
    QByteArray more = test::surveyFixture("qualtrics.csv");
    more += "2026-11-01 09:00:00,2026-11-01 09:04:10,IP Address,R_12,Checkout,10,5,7,\r\n";
    EXPECT_EQ(surveySource(QStringLiteral("responses.csv"), readSurvey(more, detectFormat(more))),
              source);
    // Another survey saved under the same name is not, so it replaces nothing.
    const QByteArray other = test::surveyFixture("googleforms.csv");
    const SurveyTable otherTable = readSurvey(other, detectFormat(other));
    const QString otherSource = surveySource(QStringLiteral("responses.csv"), otherTable);
    EXPECT_NE(otherSource, source);
    importSurveyMetrics(document, surveyMetrics(figures, names, source, {}), source);
    ColumnChoice columns = suggestColumns(otherTable);
    columns.wholeFile = QStringLiteral("Home delivery");
    const ImportOutcome second = importSurveyMetrics(
        document, surveyMetrics(computeFigures(otherTable, columns), names, otherSource, {}),
        otherSource);
    EXPECT_EQ(second.replaced, 0);
    EXPECT_EQ(document.project().metrics.size(), before + 6 + 3);
    // The undo step names the file, not its mark.
    EXPECT_EQ(document.undoStack()->undoText(),
              QStringLiteral("Import survey \u201cresponses.csv\u201d"));
}

TEST_F(SurveyImportTest, NothingMatchedChangesNothing)
{
    const std::vector<Metric> metrics = surveyMetrics(figures, {}, QStringLiteral("q.csv"), {});
    EXPECT_TRUE(metrics.empty());
    const ImportOutcome outcome = importSurveyMetrics(document, metrics, QStringLiteral("q.csv"));
    EXPECT_EQ(outcome.added, 0);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_EQ(document.project().metrics.size(), before);
}

} // namespace
} // namespace js::survey
