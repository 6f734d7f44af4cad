// `journeyscope survey --into`, run as a user runs it: the metrics of the
// survey fixtures stored in a copy of the demo project and read back.
#include "CliRunner.h"
#include "ReloadProject.h"
#include "SurveyRuns.h"
#include "TempDir.h"
#include "core/model/ProjectQueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace js::test {
namespace {

std::vector<Metric> fromSource(const Project& project, const char* source)
{
    std::vector<Metric> metrics;
    for (const Metric& metric : project.metrics) {
        if (metric.note.startsWith(QString::fromLatin1(source) + QStringLiteral(" #")))
            metrics.push_back(metric);
    }
    return metrics;
}

const Metric* metricOf(const Project& project, const std::vector<Metric>& metrics,
                       const char* touchpoint, MetricKind kind)
{
    for (const Metric& metric : metrics) {
        const Touchpoint* owner = findTouchpoint(project, metric.touchpointId);
        if (metric.kind == kind && owner && owner->name == QLatin1String(touchpoint))
            return &metric;
    }
    return nullptr;
}

class SurveyIntoTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("demo.journey"));
        const Outcome demo = journeyscope({QStringLiteral("demo"), m_path});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        m_before = reloadProject(m_path).metrics.size();
    }

    Outcome into(const char* name, const QStringList& more = {})
    {
        return journeyscope(
            survey(fixture(name), QStringList{QStringLiteral("--into"), m_path} + more));
    }

    TempDir m_dir;
    QString m_path;
    size_t m_before = 0;
};

TEST_F(SurveyIntoTest, MetricsReopenFromTheFile)
{
    const Outcome run = into("qualtrics.csv");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral(
        "Stored 8 metrics for 3 touchpoints of journey “First patio furniture order”")))
        << run.out.toStdString();
    // The demo has two journeys: the run says which one it chose.
    EXPECT_TRUE(run.err.contains(QStringLiteral("the first, “First patio furniture order”")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral("-journal")));

    const Project project = reloadProject(m_path);
    const std::vector<Metric> metrics = fromSource(project, "qualtrics.csv");
    // Checkout and Home delivery have all three; the Returns portal no NPS.
    EXPECT_EQ(metrics.size(), 8u);
    EXPECT_EQ(project.metrics.size(), m_before + 8);
    const Metric* nps = metricOf(project, metrics, "Checkout", MetricKind::Nps);
    ASSERT_TRUE(nps);
    EXPECT_DOUBLE_EQ(nps->value, 20.0);
    EXPECT_EQ(nps->count, 5);
    EXPECT_EQ(nps->date, QDate(2026, 10, 15));
    const Metric* csat = metricOf(project, metrics, "Home delivery", MetricKind::Csat);
    ASSERT_TRUE(csat);
    EXPECT_NEAR(csat->value, 33.333, 0.001);
    EXPECT_EQ(csat->count, 3);
    const Metric* ces = metricOf(project, metrics, "Checkout", MetricKind::Ces);
    ASSERT_TRUE(ces);
    EXPECT_DOUBLE_EQ(ces->value, 5.0);
    EXPECT_EQ(ces->scale, QStringLiteral("1-7"));
    EXPECT_FALSE(metricOf(project, metrics, "Returns portal", MetricKind::Nps));

    EXPECT_EQ(journeyscope({QStringLiteral("check"), m_path}).exitCode, 0);
}

TEST_F(SurveyIntoTest, ImportingTheSameFileAgainReplacesItsMetrics)
{
    ASSERT_EQ(into("qualtrics.csv").exitCode, 0);
    const Outcome again = into("qualtrics.csv");
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(
        again.out.contains(QStringLiteral("replace 8 from an earlier import of “qualtrics.csv”")))
        << again.out.toStdString();
    const Project project = reloadProject(m_path);
    EXPECT_EQ(fromSource(project, "qualtrics.csv").size(), 8u);
    EXPECT_EQ(project.metrics.size(), m_before + 8);

    // Another file adds its own.
    ASSERT_EQ(into("european.csv").exitCode, 0);
    EXPECT_EQ(reloadProject(m_path).metrics.size(), m_before + 8 + 6);
}

TEST_F(SurveyIntoTest, NamesMatchIgnoringCaseAndSpacingAndTheRestAreListed)
{
    // "Customer Service Phone Line" and the Returns portal match; "Check-out"
    // is close to the Checkout; "Gift cards" is nowhere.
    const Outcome run = into("surveymonkey.csv", {QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("“Check-out” (close: “Checkout”)")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("“Gift cards”")));
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_EQ(number(report[u"stored"].toObject(), "metrics"), 6);
    EXPECT_EQ(report[u"stored"][u"unmatched"].toArray().size(), 2);

    const Project project = reloadProject(m_path);
    const std::vector<Metric> metrics = fromSource(project, "surveymonkey.csv");
    EXPECT_EQ(metrics.size(), 6u);
    const Metric* phone =
        metricOf(project, metrics, "Customer service phone line", MetricKind::Ces);
    ASSERT_TRUE(phone);
    EXPECT_DOUBLE_EQ(phone->value, 4.2);
    EXPECT_FALSE(metricOf(project, metrics, "Checkout", MetricKind::Nps));
}

TEST_F(SurveyIntoTest, AOneTouchpointFileGoesToTheTouchpointNamed)
{
    const Outcome run =
        into("googleforms.csv", {QStringLiteral("--whole-file"), QStringLiteral("home  DELIVERY")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const Project project = reloadProject(m_path);
    const std::vector<Metric> metrics = fromSource(project, "googleforms.csv");
    ASSERT_EQ(metrics.size(), 3u);
    const Metric* nps = metricOf(project, metrics, "Home delivery", MetricKind::Nps);
    ASSERT_TRUE(nps);
    EXPECT_NEAR(nps->value, 16.667, 0.001);
    EXPECT_EQ(nps->count, 6);
    EXPECT_EQ(nps->date, QDate(2026, 10, 4));
}

TEST_F(SurveyIntoTest, NoMatchingTouchpointStoresNothing)
{
    const QByteArray before = fileHash(m_path);
    // The redesigned journey's touchpoints have longer names: close, never the same.
    const Outcome run =
        into("surveymonkey.csv", {QStringLiteral("--journey"),
                                  QStringLiteral("patio order after the delivery redesign")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing is stored"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("“Returns portal with free pickup”")))
        << run.err.toStdString();
    EXPECT_EQ(fileHash(m_path), before);
    EXPECT_EQ(reloadProject(m_path).metrics.size(), m_before);

    const Outcome wholeFile =
        into("googleforms.csv", {QStringLiteral("--whole-file"), QStringLiteral("Teleporter")});
    EXPECT_EQ(wholeFile.exitCode, 1);
    EXPECT_EQ(fileHash(m_path), before);
}

TEST_F(SurveyIntoTest, RefusalsLeaveTheFileAsItWas)
{
    const QByteArray before = fileHash(m_path);
    const Outcome journey =
        into("qualtrics.csv", {QStringLiteral("--journey"), QStringLiteral("Nope")});
    EXPECT_EQ(journey.exitCode, 1);
    EXPECT_TRUE(journey.err.contains(QStringLiteral("“Nope”"))) << journey.err.toStdString();
    TempDir dir;
    const QString broken = dir.path(QStringLiteral("broken.csv"));
    ASSERT_TRUE(writeBytes(broken, "Touchpoint,NPS\n\"Checkout,9\n"));
    const Outcome file = journeyscope(survey(broken, {QStringLiteral("--into"), m_path}));
    EXPECT_EQ(file.exitCode, 1);
    EXPECT_EQ(journeyscope(
                  survey(fixture("qualtrics.csv"), {QStringLiteral("--into"), m_path,
                                                    QStringLiteral("--nps"), QStringLiteral("99")}))
                  .exitCode,
              2);
    EXPECT_EQ(fileHash(m_path), before);
    const Outcome missing =
        journeyscope(survey(fixture("qualtrics.csv"),
                            {QStringLiteral("--into"), dir.path(QStringLiteral("gone.journey"))}));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("gone.journey"))));
}

} // namespace
} // namespace js::test
