// Schema 2000 gave every round a journey and criteria of its own. Files of
// schema 1000 migrate by one rule, and JSON of format 1 imports by the same
// rule, so that a file and its JSON twin of that time stay the same project.
#include "ProjectDiff.h"
#include "TempDir.h"
#include "core/document/ProjectDocument.h"
#include "core/io/JsonFormat.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace js::test {
namespace {

// Ids in the committed schema-1000 demo (its JSON twin shows them).
constexpr Id Baseline = 167;
constexpr Id FollowUp = 172;
constexpr Id CurrentJourney = 17;
constexpr Id Reliability = 9; // switched off in TRIXIE
constexpr Id Trust = 4;
constexpr Id OpenRound = 900001;

QString fixture(const char* name)
{
    return QStringLiteral(JOURNEYSCOPE_FIXTURES "/schema-1000/") + QLatin1String(name);
}

// The edits a user of version 1 could make that version 2 no longer allows:
// the baseline on no journey (its ratings are on the current state, one of
// them strays to the target state), a round on no journey with no ratings,
// and a score on a criterion that is switched off.
struct Tampering {
    Id strayTouchpoint = NoId; // a touchpoint of the target-state journey
    Id baselineRater = NoId;
    Id followUpRater = NoId;
    Id followUpTouchpoint = NoId;
};

// The id of the first touchpoint of a journey's first stage.
Id firstTouchpoint(const QJsonValue& journey)
{
    return journey.toObject()
        .value(u"stages")
        .toArray()
        .at(0)
        .toObject()
        .value(u"touchpoints")
        .toArray()
        .at(0)
        .toObject()
        .value(u"id")
        .toInteger();
}

Id firstRater(const QJsonValue& round)
{
    return round.toObject().value(u"raters").toArray().at(0).toObject().value(u"id").toInteger();
}

Tampering tamperingFor(const QJsonObject& root)
{
    const QJsonArray journeys = root.value(u"journeys").toArray();
    const QJsonArray rounds = root.value(u"rounds").toArray();
    Tampering t;
    t.strayTouchpoint = firstTouchpoint(journeys.at(1));
    t.baselineRater = firstRater(rounds.at(0));
    t.followUpRater = firstRater(rounds.at(1));
    t.followUpTouchpoint = firstTouchpoint(journeys.at(0));
    return t;
}

QByteArray tamperedJson(const Tampering& t)
{
    QFile file(fixture("demo.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray rounds = root.value(u"rounds").toArray();
    QJsonObject baseline = rounds.at(0).toObject();
    baseline.insert(QStringLiteral("journey"), QJsonValue::Null);
    rounds.replace(0, baseline);
    rounds.append(QJsonObject{{QStringLiteral("id"), OpenRound},
                              {QStringLiteral("name"), QStringLiteral("Open")},
                              {QStringLiteral("journey"), QJsonValue::Null}});
    root.insert(QStringLiteral("rounds"), rounds);
    QJsonArray ratings = root.value(u"ratings").toArray();
    ratings.append(QJsonObject{{QStringLiteral("round"), FollowUp},
                               {QStringLiteral("rater"), t.followUpRater},
                               {QStringLiteral("touchpoint"), t.followUpTouchpoint},
                               {QStringLiteral("criterion"), Reliability},
                               {QStringLiteral("score"), 2}});
    ratings.append(QJsonObject{{QStringLiteral("round"), Baseline},
                               {QStringLiteral("rater"), t.baselineRater},
                               {QStringLiteral("touchpoint"), t.strayTouchpoint},
                               {QStringLiteral("criterion"), Trust},
                               {QStringLiteral("score"), 3}});
    root.insert(QStringLiteral("ratings"), ratings);
    return QJsonDocument(root).toJson();
}

void tamperFile(const QString& path, const Tampering& t)
{
    const QString name = QStringLiteral("tamper-rounds");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        for (const QString& statement : {
                 QStringLiteral("UPDATE round SET journey_id = NULL WHERE id = %1").arg(Baseline),
                 QStringLiteral("INSERT INTO round VALUES (%1, 2, 'Open', '', '', NULL)")
                     .arg(OpenRound),
                 QStringLiteral("INSERT INTO rating VALUES (%1, %2, %3, %4, 2, '')")
                     .arg(FollowUp)
                     .arg(t.followUpRater)
                     .arg(t.followUpTouchpoint)
                     .arg(Reliability),
                 QStringLiteral("INSERT INTO rating VALUES (%1, %2, %3, %4, 3, '')")
                     .arg(Baseline)
                     .arg(t.baselineRater)
                     .arg(t.strayTouchpoint)
                     .arg(Trust),
             })
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool ratesCriterion(const Round& round, Id criterion)
{
    return findRoundCriterion(round, criterion) != nullptr;
}

TEST(RoundMigrationTest, OldRoundsGetAJourneyAndTheCriteriaTheyRated)
{
    QFile twin(fixture("demo.json"));
    ASSERT_TRUE(twin.open(QIODevice::ReadOnly));
    const Tampering t = tamperingFor(QJsonDocument::fromJson(twin.readAll()).object());
    TempDir dir;
    const QString path = dir.path(QStringLiteral("Version one.journey"));
    ASSERT_TRUE(QFile::copy(fixture("demo.journey"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    tamperFile(path, t);

    OpenResult result;
    auto session = ProjectSession::open(path, &result);
    ASSERT_TRUE(session) << result.message.toStdString();
    const Project& project = session->document()->project();

    const Round* baseline = findRound(project, Baseline);
    ASSERT_TRUE(baseline);
    EXPECT_EQ(baseline->journeyId, CurrentJourney) << "the journey its ratings are on";
    EXPECT_FALSE(project.ratings.contains({Baseline, t.baselineRater, t.strayTouchpoint, Trust}))
        << "a rating on another journey goes";
    const Round* open = findRound(project, OpenRound);
    ASSERT_TRUE(open);
    EXPECT_EQ(open->journeyId, project.journeys.front().id) << "no ratings: the first journey";
    EXPECT_FALSE(open->locked);

    // The criteria switched on, plus the switched-off one the follow-up rated.
    EXPECT_FALSE(ratesCriterion(*baseline, Reliability));
    EXPECT_TRUE(ratesCriterion(*baseline, Trust));
    EXPECT_EQ(baseline->criteria.size(), 10u);
    const Round* followUp = findRound(project, FollowUp);
    ASSERT_TRUE(followUp);
    EXPECT_TRUE(ratesCriterion(*followUp, Reliability));
    EXPECT_EQ(followUp->criteria.size(), 11u);
    // Framework order, with the criterion's weight and target of the time.
    const Criterion* trust = findCriterion(project, Trust);
    EXPECT_EQ(baseline->criteria.front(), (RoundCriterion{Trust, trust->weight, trust->target}));
    EXPECT_TRUE(
        project.ratings.contains({FollowUp, t.followUpRater, t.followUpTouchpoint, Reliability}));

    // JSON of format 1 with the same edits imports as the same project.
    QString error;
    const std::optional<Project> imported = projectFromJson(tamperedJson(t), &error);
    ASSERT_TRUE(imported) << error.toStdString();
    EXPECT_EQ(firstDifference(project, *imported), "");
}

TEST(RoundMigrationTest, JsonOfFormatTwoNeedsAJourneyAndTheCriteria)
{
    QFile file(QStringLiteral(JOURNEYSCOPE_FIXTURES "/schema-2000/demo.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QString error;
    ASSERT_TRUE(projectFromJson(QJsonDocument(root).toJson(), &error)) << error.toStdString();

    QJsonArray rounds = root.value(u"rounds").toArray();
    QJsonObject round = rounds.at(0).toObject();
    round.insert(QStringLiteral("journey"), QJsonValue::Null);
    rounds.replace(0, round);
    QJsonObject noJourney = root;
    noJourney.insert(QStringLiteral("rounds"), rounds);
    EXPECT_FALSE(projectFromJson(QJsonDocument(noJourney).toJson(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("rounds[0].journey"))) << error.toStdString();

    round = root.value(u"rounds").toArray().at(0).toObject();
    round.remove(QStringLiteral("criteria"));
    rounds.replace(0, round);
    QJsonObject noCriteria = root;
    noCriteria.insert(QStringLiteral("rounds"), rounds);
    EXPECT_FALSE(projectFromJson(QJsonDocument(noCriteria).toJson(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("rounds[0].criteria"))) << error.toStdString();
}

} // namespace
} // namespace js::test
