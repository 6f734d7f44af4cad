#include "LiveFixture.h"
#include "core/model/ProjectQueries.h"

namespace js::test {
using namespace Qt::Literals::StringLiterals;
namespace {

// Every refusal changes nothing: the project before equals the project after.
class LiveRefusalsTest : public LiveFixture {
protected:
    void SetUp() override
    {
        LiveFixture::SetUp();
        live->setMode(live::LiveSession::Mode::Free);
        std::tie(anna, annaKey) = join(QStringLiteral("Anna"));
        std::tie(ben, benKey) = join(QStringLiteral("Ben"));
        ASSERT_EQ(rate(annaKey, sample.touchpoint, sample.criterion, 4).status, 200);
        before = document->project();
        revision = document->revision();
    }
    void expectNothingChanged()
    {
        EXPECT_EQ(document->revision(), revision);
        EXPECT_TRUE(document->project() == before);
    }

    Id anna = NoId;
    Id ben = NoId;
    QByteArray annaKey;
    QByteArray benKey;
    Project before;
    quint64 revision = 0;
};

TEST_F(LiveRefusalsTest, WithoutTheTokenEveryPathIsNotFoundAndSaysNothing)
{
    for (const QByteArray& path : {QByteArray("/"), QByteArray("/s"), QByteArray("/s/"),
                                   QByteArray("/api/state"), QByteArray("/s//api/state"),
                                   QByteArray("/favicon.ico"), QByteArray("/s/../etc/passwd")}) {
        const HttpResponse response = client->get(path);
        EXPECT_EQ(response.status, 404) << path.toStdString();
        EXPECT_FALSE(response.body.contains(document->project().journeys.front().name.toUtf8()));
    }
    const HttpResponse join =
        client->post("/s/api/join", body(QJsonObject{{u"name"_s, QStringLiteral("Eve")}}));
    EXPECT_EQ(join.status, 404);
    expectNothingChanged();
}

TEST_F(LiveRefusalsTest, AWrongTokenIsNotFound)
{
    QByteArray wrong = live->token();
    wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
    EXPECT_EQ(client->get("/s/" + wrong).status, 404);
    EXPECT_EQ(client->get("/s/" + wrong + "/api/state").status, 404);
    EXPECT_EQ(client
                  ->post("/s/" + wrong + "/api/join",
                         body(QJsonObject{{u"name"_s, QStringLiteral("Eve")}}))
                  .status,
              404);
    EXPECT_EQ(client->get("/s/" + live->token().left(31) + "/api/state").status, 404);
    QJsonObject rating{{u"key"_s, QString::fromLatin1(annaKey)},
                       {u"touchpoint"_s, double(sample.touchpoint)},
                       {u"criterion"_s, double(sample.criterion)},
                       {u"score"_s, 1}};
    EXPECT_EQ(client->post("/s/" + wrong + "/api/rate", body(rating)).status, 404);
    expectNothingChanged();
}

TEST_F(LiveRefusalsTest, AKeyWritesOnlyItsOwnRatings)
{
    // Ben cannot write as Anna: naming her with his key is refused...
    QJsonObject asAnna{{u"key"_s, QString::fromLatin1(benKey)},
                       {u"participant"_s, double(anna)},
                       {u"touchpoint"_s, double(sample.touchpoint)},
                       {u"criterion"_s, double(sample.criterion)},
                       {u"score"_s, 1}};
    EXPECT_EQ(client->post(prefix + "/api/rate", body(asAnna)).status, 403);
    // ...and a made-up key or none at all is refused too.
    EXPECT_EQ(
        rate("0123456789abcdef0123456789abcdef", sample.touchpoint, sample.criterion, 1).status,
        403);
    EXPECT_EQ(rate(QByteArray(), sample.touchpoint, sample.criterion, 1).status, 403);
    expectNothingChanged();
    // Ben's own key writes Ben's rating, never Anna's.
    ASSERT_EQ(rate(benKey, sample.touchpoint, sample.criterion, 1).status, 200);
    EXPECT_EQ(
        document->rating(RatingKey{sample.round, anna, sample.touchpoint, sample.criterion})->score,
        4);
    EXPECT_EQ(
        document->rating(RatingKey{sample.round, ben, sample.touchpoint, sample.criterion})->score,
        1);
}

TEST_F(LiveRefusalsTest, ScoresOutOfRangeAreBadRequests)
{
    for (const QJsonValue& score :
         {QJsonValue(9), QJsonValue(0), QJsonValue(-1), QJsonValue(2.5), QJsonValue(u"5"_s),
          QJsonValue(u"NA "_s), QJsonValue(QJsonValue::Null)}) {
        const HttpResponse response = rate(annaKey, sample.touchpoint, sample.criterion, score);
        EXPECT_EQ(response.status, 400) << response.body.toStdString();
        EXPECT_TRUE(json(response).contains("error"_L1));
    }
    expectNothingChanged();
}

TEST_F(LiveRefusalsTest, CellsOutsideTheRoundAreBadRequests)
{
    EXPECT_EQ(rate(annaKey, sample.touchpoint, 999999, 3).status, 400);
    EXPECT_EQ(rate(annaKey, 999999, sample.criterion, 3).status, 400);
    EXPECT_EQ(rate(annaKey, sample.round, sample.criterion, 3).status, 400);
    expectNothingChanged();
}

TEST_F(LiveRefusalsTest, ATenMegabyteBodyIsRefusedUnread)
{
    const QByteArray huge = "{\"name\":\"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
    const HttpResponse response = client->post(prefix + "/api/join", huge);
    // Either the server answers 413 or it cuts the connection before reading it all.
    EXPECT_TRUE(response.status == 413 || response.status == 0) << response.status;
    expectNothingChanged();
    // A body just over the limit, which the server reads, gets 413.
    const QByteArray over = "{\"name\":\"" + QByteArray(live::MaxBodyBytes, 'x') + "\"}";
    HttpClient fresh(QHostAddress(QHostAddress::LocalHost), server->port());
    EXPECT_EQ(fresh.post(prefix + "/api/join", over).status, 413);
    expectNothingChanged();
    // The server goes on serving.
    EXPECT_EQ(fresh.get(prefix + "/api/state").status, 200);
}

TEST_F(LiveRefusalsTest, MalformedJsonIsABadRequest)
{
    for (const QByteArray& bad :
         {QByteArray("{"), QByteArray("not json"), QByteArray("[1,2]"), QByteArray("\"Anna\""),
          QByteArray("{\"name\":5}"), QByteArray("{\"name\":\"\"}"), QByteArray(""),
          QByteArray("\"A\u0000B\"", 6)}) {
        EXPECT_EQ(client->post(prefix + "/api/join", bad).status, 400) << bad.toStdString();
        if (bad.startsWith("{\"name\":"))
            continue; // an object, but no rating: see AKeyWritesOnlyItsOwnRatings
        EXPECT_EQ(client->post(prefix + "/api/rate", bad).status, 400) << bad.toStdString();
    }
    expectNothingChanged();
}

TEST_F(LiveRefusalsTest, ALockedRoundRefusesASessionAndRatings)
{
    ASSERT_TRUE(document->set(sample.round, &Round::locked, true));
    before = document->project();
    revision = document->revision();
    EXPECT_FALSE(live::LiveSession::refusal(*document, sample.round).isEmpty());
    const HttpResponse refused = rate(annaKey, sample.touchpoint, sample.criterion, 2);
    EXPECT_EQ(refused.status, 409);
    EXPECT_EQ(
        client->post(prefix + "/api/join", body(QJsonObject{{u"name"_s, QStringLiteral("Eve")}}))
            .status,
        409);
    EXPECT_TRUE(json(client->get(prefix + "/api/state", annaKey))["locked"_L1].toBool());
    expectNothingChanged();
}

TEST_F(LiveRefusalsTest, WrongMethodsAreRefused)
{
    EXPECT_EQ(client->get(prefix + "/api/join").status, 405);
    EXPECT_EQ(client->get(prefix + "/api/rate").status, 405);
    EXPECT_EQ(client->post(prefix + "/api/state", "{}").status, 405);
    EXPECT_EQ(client->get(prefix + "/api/other").status, 404);
    EXPECT_EQ(client->get(prefix + "/other.js").status, 404);
    expectNothingChanged();
}

TEST_F(LiveRefusalsTest, AFloodFromOneClientIsThrottledAndChangesNothing)
{
    server->setThrottle(10, 1);
    int throttled = 0;
    for (int i = 0; i < 30; ++i) {
        const HttpResponse response = rate(annaKey, sample.touchpoint, sample.criterion, 1 + i % 5);
        if (response.status == 429) {
            ++throttled;
            EXPECT_EQ(response.header("retry-after"), "1");
        }
    }
    EXPECT_GE(throttled, 19);
    // At most the ten allowed requests went through; the last one allowed wins.
    const Rating* rating =
        document->rating(RatingKey{sample.round, anna, sample.touchpoint, sample.criterion});
    ASSERT_TRUE(rating);
    EXPECT_LE(document->undoStack()->count(), 2 + 10 + 1);
}

} // namespace
} // namespace js::test
