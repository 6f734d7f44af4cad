// The JSON interchange: an export reads back to the same project, and a file
// that breaks a rule is refused with the place it breaks it, never wrapped,
// clamped or silently defaulted.
#include "core/io/JsonFormat.h"

#include "ProjectDiff.h"
#include "core/content/DemoProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace js::test {
namespace {

// Sets the value at a path such as {"journeys", "0", "name"}.
QJsonValue withValue(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        array[index] = withValue(array[index], path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    object[head] = withValue(object.value(head), path, value);
    return object;
}

QByteArray demoWith(const QString& path, const QJsonValue& value)
{
    const QJsonObject demo = QJsonDocument::fromJson(projectToJson(demoProject())).object();
    return QJsonDocument(withValue(demo, path.split(u'/'), value).toObject()).toJson();
}

TEST(JsonFormatTest, AnExportReadsBackAsTheSameProject)
{
    QString error;
    const std::optional<Project> project = projectFromJson(projectToJson(demoProject()), &error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(firstDifference(*project, demoProject()), "");
}

TEST(JsonFormatTest, AHiddenLaneSurvivesTheJson)
{
    Project demo = demoProject();
    ASSERT_GE(demo.journeys.front().lanes.size(), 2u);
    demo.journeys.front().lanes[1].hidden = true;
    const QByteArray json = projectToJson(demo);
    const QJsonArray lanes = QJsonDocument::fromJson(json)
                                 .object()
                                 .value(u"journeys")[0]
                                 .toObject()
                                 .value(u"lanes")
                                 .toArray();
    EXPECT_EQ(lanes[0].toObject().value(u"hidden"), QJsonValue(false));
    EXPECT_EQ(lanes[1].toObject().value(u"hidden"), QJsonValue(true));
    QString error;
    const std::optional<Project> project = projectFromJson(json, &error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(firstDifference(*project, demo), "");
    EXPECT_EQ(projectToJson(*project), json);
}

TEST(JsonFormatTest, LanesWithoutHiddenFromAnEarlierVersionAreShown)
{
    Project demo = demoProject();
    for (Journey& journey : demo.journeys) {
        for (Lane& lane : journey.lanes)
            lane.hidden = true;
    }
    // Schema 1000 wrote no "hidden"; a null reads the same way.
    QJsonObject root = QJsonDocument::fromJson(projectToJson(demo)).object();
    QJsonArray journeys = root.value(u"journeys").toArray();
    for (qsizetype j = 0; j < journeys.size(); ++j) {
        QJsonObject journey = journeys[j].toObject();
        QJsonArray lanes = journey.value(u"lanes").toArray();
        for (qsizetype l = 0; l < lanes.size(); ++l) {
            QJsonObject lane = lanes[l].toObject();
            if (l == 0)
                lane.insert(QStringLiteral("hidden"), QJsonValue(QJsonValue::Null));
            else
                lane.remove(QStringLiteral("hidden"));
            lanes[l] = lane;
        }
        journey.insert(QStringLiteral("lanes"), lanes);
        journeys[j] = journey;
    }
    root.insert(QStringLiteral("journeys"), journeys);
    QString error;
    const std::optional<Project> project = projectFromJson(QJsonDocument(root).toJson(), &error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(firstDifference(*project, demoProject()), "");
}

TEST(JsonFormatTest, ASecondEmotionOrTouchpointLaneIsRefused)
{
    // A journey has one row of touchpoints and one emotion curve: a file
    // with a second, even an empty one, is not ours to open.
    for (const char* kind : {"emotion", "touchpoints"}) {
        QJsonObject demo = QJsonDocument::fromJson(projectToJson(demoProject())).object();
        QJsonArray journeys = demo[QStringLiteral("journeys")].toArray();
        QJsonObject journey = journeys[1].toObject();
        QJsonArray lanes = journey[QStringLiteral("lanes")].toArray();
        lanes.append(QJsonObject{{QStringLiteral("id"), 900000},
                                 {QStringLiteral("name"), QStringLiteral("Again")},
                                 {QStringLiteral("kind"), QString::fromLatin1(kind)}});
        journey[QStringLiteral("lanes")] = lanes;
        journeys[1] = journey;
        demo[QStringLiteral("journeys")] = journeys;
        QString error;
        EXPECT_FALSE(projectFromJson(QJsonDocument(demo).toJson(), &error)) << kind;
        EXPECT_TRUE(error.contains(
            QStringLiteral("more than one touchpoint lane, emotion lane or lane of scores")))
            << error.toStdString();
    }
}

TEST(JsonFormatTest, ARoundRatesOnlyTheTouchpointsOfItsJourney)
{
    const Project demo = demoProject();
    ASSERT_FALSE(demo.rounds.empty());
    ASSERT_NE(demo.rounds[0].journeyId, demo.journeys[1].id);
    QString error;
    const std::optional<Project> project = projectFromJson(
        demoWith(QStringLiteral("rounds/0/journey"), double(demo.journeys[1].id)), &error);
    EXPECT_FALSE(project);
    EXPECT_TRUE(error.contains(QStringLiteral("another journey"))) << error.toStdString();
}

TEST(JsonFormatTest, ARatingWithNeitherScoreNorNoteIsRefused)
{
    QJsonObject demo = QJsonDocument::fromJson(projectToJson(demoProject())).object();
    QJsonArray ratings = demo.value(u"ratings").toArray();
    QJsonObject rating = ratings[3].toObject();
    rating.insert(QStringLiteral("score"), QJsonValue(QJsonValue::Null));
    rating.remove(QStringLiteral("note"));
    ratings[3] = rating;
    demo.insert(QStringLiteral("ratings"), ratings);
    QString error;
    EXPECT_FALSE(projectFromJson(QJsonDocument(demo).toJson(), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("ratings[3]:"))) << error.toStdString();
}

struct BadValue {
    const char* path;
    QJsonValue value;
    const char* where; // the place the message must name
};

class JsonRuleTest : public ::testing::TestWithParam<BadValue> {};

TEST_P(JsonRuleTest, IsRefusedWithItsPlace)
{
    const BadValue& bad = GetParam();
    QString error;
    const std::optional<Project> project =
        projectFromJson(demoWith(QString::fromLatin1(bad.path), bad.value), &error);
    EXPECT_FALSE(project);
    EXPECT_TRUE(error.startsWith(QString::fromLatin1(bad.where)))
        << "message: " << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Values, JsonRuleTest,
    ::testing::Values(
        BadValue{"version", 0, "version:"}, BadValue{"version", QStringLiteral("1"), "version:"},
        BadValue{"project", QStringLiteral("Fernbrook"), "project:"},
        BadValue{"project/name", 42, "project.name:"}, BadValue{"journeys/0", 3, "journeys[0]:"},
        BadValue{"journeys/0/name", QJsonArray{}, "journeys[0].name:"},
        BadValue{"journeys/0/stages/0/touchpoints/0/importance", 4294967299.0,
                 "journeys[0].stages[0].touchpoints[0].importance:"},
        BadValue{"journeys/0/stages/0/touchpoints/0/emotion", 2.5,
                 "journeys[0].stages[0].touchpoints[0].emotion:"},
        BadValue{"journeys/0/stages/0/touchpoints/0/id", 1152921504606846976.0,
                 "journeys[0].stages[0].touchpoints[0].id:"},
        BadValue{"personas/0/photo", QStringLiteral("not*base64!"), "personas[0].photo:"},
        BadValue{"frameworks/0/criteria/0/enabled", QStringLiteral("yes"),
                 "frameworks[0].criteria[0].enabled:"},
        BadValue{"journeys/0/lanes/1/hidden", QStringLiteral("true"),
                 "journeys[0].lanes[1].hidden:"},
        BadValue{"journeys/0/lanes/1/hidden", 1, "journeys[0].lanes[1].hidden:"},
        BadValue{"frameworks/0/criteria/0/questions", QJsonArray{1, 2},
                 "frameworks[0].criteria[0].questions:"},
        BadValue{"frameworks/0/criteria/0/weight", 1000, "criterion"},
        BadValue{"rounds/0/date", QStringLiteral("next Tuesday"), "rounds[0].date:"},
        BadValue{"metrics/0/count", -1, "metrics[0].count:"},
        BadValue{"actions/0/impact", 6, "actions[0].impact:"}));

} // namespace
} // namespace js::test
