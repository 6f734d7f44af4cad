#include "LiveFixture.h"
#include "ReloadProject.h"
#include "core/model/ProjectQueries.h"

#include <QSignalSpy>

namespace js::test {
using namespace Qt::Literals::StringLiterals;
namespace {

using LiveServerTest = LiveFixture;

TEST_F(LiveServerTest, ThreeParticipantsRateAndChangeTheirMindsIntoTheDocumentAndTheFile)
{
    live->setMode(live::LiveSession::Mode::Free);
    const auto [anna, annaKey] = join(QStringLiteral("Anna"));
    const auto [ben, benKey] = join(QStringLiteral("Ben"));
    const auto [cleo, cleoKey] = join(QStringLiteral("Cleo"));
    ASSERT_NE(anna, NoId);
    EXPECT_NE(annaKey, benKey);
    EXPECT_GE(annaKey.size(), 32); // 128 bits in hex

    // Each became a rater of the round.
    const Round* round = findRound(document->project(), sample.round);
    ASSERT_TRUE(round);
    ASSERT_EQ(round->raters.size(), 5u); // the sample's two, then the three who joined
    EXPECT_EQ(round->raters[2].name, QStringLiteral("Anna"));
    EXPECT_EQ(round->raters[4].id, cleo);

    EXPECT_EQ(rate(annaKey, sample.touchpoint, sample.criterion, 4).status, 200);
    EXPECT_EQ(rate(benKey, sample.touchpoint, sample.criterion, 2, QStringLiteral("Slow")).status,
              200);
    EXPECT_EQ(rate(cleoKey, sample.touchpoint, sample.criterion, u"na"_s).status, 200);
    // Anna changes her mind.
    const HttpResponse changed = rate(annaKey, sample.touchpoint, sample.criterion, 5);
    ASSERT_EQ(changed.status, 200);
    EXPECT_EQ(json(changed)["score"_L1].toInt(), 5);

    auto scoreOf = [&](const Project& project, Id rater) {
        const auto it = project.ratings.find(
            RatingKey{sample.round, rater, sample.touchpoint, sample.criterion});
        return it == project.ratings.end() ? Rating{} : it->second;
    };
    EXPECT_EQ(scoreOf(document->project(), anna).score, 5);
    EXPECT_EQ(scoreOf(document->project(), ben).score, 2);
    EXPECT_EQ(scoreOf(document->project(), ben).note, QStringLiteral("Slow"));
    EXPECT_EQ(scoreOf(document->project(), cleo).score, Rating::NotApplicable);

    // Through the document: one undo step takes Anna's change back.
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Live rating by Anna"));
    document->undoStack()->undo();
    EXPECT_EQ(scoreOf(document->project(), anna).score, 4);
    document->undoStack()->redo();

    ASSERT_TRUE(session->flushNow());
    const Project onDisk = reloadProject(path);
    EXPECT_EQ(scoreOf(onDisk, anna).score, 5);
    EXPECT_EQ(scoreOf(onDisk, ben).note, QStringLiteral("Slow"));
    EXPECT_EQ(scoreOf(onDisk, cleo).score, Rating::NotApplicable);
    EXPECT_EQ(findRound(onDisk, sample.round)->raters.size(), 5u);
}

TEST_F(LiveServerTest, RatingsReachTheFileOnTheirOwnWithinTheFlushWindow)
{
    live->setMode(live::LiveSession::Mode::Free);
    const auto [anna, key] = join(QStringLiteral("Anna"));
    ASSERT_EQ(rate(key, sample.touchpoint, sample.criterion, 3).status, 200);
    QSignalSpy flushed(session.get(), &ProjectSession::flushed);
    ASSERT_TRUE(flushed.wait(5000));
    const Project onDisk = reloadProject(path);
    const auto it =
        onDisk.ratings.find(RatingKey{sample.round, anna, sample.touchpoint, sample.criterion});
    ASSERT_NE(it, onDisk.ratings.end());
    EXPECT_EQ(it->second.score, 3);
}

TEST_F(LiveServerTest, AParticipantWithTheNameOfARaterRatesAsThatRater)
{
    const Round* round = findRound(document->project(), sample.round);
    const QString existing = round->raters.front().name;
    live->setMode(live::LiveSession::Mode::Free);
    const auto [participant, key] = join(existing.toUpper() + QStringLiteral("  "));
    EXPECT_EQ(participant, sample.rater);
    EXPECT_EQ(findRound(document->project(), sample.round)->raters.size(), 2u);
    // The rater rated everything before; whoever tapped the name sees none of
    // it (a colleague's scores and notes are not theirs to read), only what
    // they rate now.
    QJsonObject state = json(client->get(prefix + "/api/state", key));
    EXPECT_EQ(state["you"_L1]["name"_L1].toString(), existing) << "as the round spells it";
    EXPECT_TRUE(state["mine"_L1].toArray().isEmpty());
    ASSERT_EQ(rate(key, sample.touchpoint, sample.criterion, 2).status, 200);
    state = json(client->get(prefix + "/api/state", key));
    ASSERT_EQ(state["mine"_L1].toArray().size(), 1);
    EXPECT_EQ(state["mine"_L1][0]["score"_L1].toInt(), 2);
    // The same name twice is refused: the second phone must say who it is.
    const HttpResponse again =
        client->post(prefix + "/api/join", body(QJsonObject{{u"name"_s, existing}}));
    EXPECT_EQ(again.status, 409);
}

TEST_F(LiveServerTest, PacedParticipantsRateTheCurrentCellUntilTheFacilitatorMovesOn)
{
    const auto [anna, key] = join(QStringLiteral("Anna"));
    live->setPosition(sample.touchpoint, sample.criterion);
    QJsonObject state = json(client->get(prefix + "/api/state", key));
    EXPECT_EQ(state["mode"_L1].toString(), QStringLiteral("paced"));
    ASSERT_EQ(state["touchpoints"_L1].toArray().size(), 1);
    EXPECT_EQ(Id(state["current"_L1]["touchpoint"_L1].toDouble()), sample.touchpoint);
    EXPECT_EQ(state["you"_L1]["name"_L1].toString(), QStringLiteral("Anna"));

    EXPECT_EQ(rate(key, sample.touchpoint, sample.criterion, 2).status, 200);
    EXPECT_EQ(rate(key, sample.touchpoint, sample.criterion, 3).status, 200);
    state = json(client->get(prefix + "/api/state", key));
    ASSERT_EQ(state["mine"_L1].toArray().size(), 1);
    EXPECT_EQ(state["mine"_L1][0]["score"_L1].toInt(), 3);

    const quint64 before = live->version();
    live->setPosition(sample.secondTouchpoint, sample.criterion);
    EXPECT_GT(live->version(), before);
    EXPECT_EQ(rate(key, sample.touchpoint, sample.criterion, 5).status, 409);
    const RatingKey cell{sample.round, anna, sample.touchpoint, sample.criterion};
    EXPECT_EQ(document->rating(cell)->score, 3);
    EXPECT_EQ(rate(key, sample.secondTouchpoint, sample.criterion, 4).status, 200);
}

TEST_F(LiveServerTest, ThePageAndItsFilesComeFromTheAppWithStrictHeaders)
{
    const HttpResponse page = client->get(prefix);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("content-type").startsWith("text/html"));
    EXPECT_TRUE(page.body.contains(prefix + "/app.js"));
    EXPECT_TRUE(page.header("content-security-policy").contains("default-src 'none'"));
    EXPECT_EQ(page.header("cache-control"), "no-store");
    EXPECT_FALSE(page.body.contains("{{"));      // every text was filled in
    EXPECT_FALSE(page.body.contains("http://")); // nothing from elsewhere
    EXPECT_FALSE(page.body.contains("https://"));

    const HttpResponse script = client->get(prefix + "/app.js");
    ASSERT_EQ(script.status, 200);
    EXPECT_TRUE(script.header("content-type").startsWith("text/javascript"));
    EXPECT_FALSE(script.body.contains("innerHTML")); // texts are set as text, never as markup
    EXPECT_EQ(client->get(prefix + "/app.css").status, 200);
}

TEST_F(LiveServerTest, StateTellsOnlyWhatRatingNeeds)
{
    // Another rater's note and a persona must not leave the laptop.
    const RatingKey other{sample.round, sample.otherRater, sample.touchpoint, sample.criterion};
    ASSERT_TRUE(document->setRatingNote(other, QStringLiteral("Secret remark about Bob")));
    live->setMode(live::LiveSession::Mode::Free);
    const auto [anna, key] = join(QStringLiteral("Anna"));
    const QByteArray state = client->get(prefix + "/api/state", key).body;
    EXPECT_FALSE(state.contains("Secret remark"));
    const Persona& persona = document->project().personas.front();
    EXPECT_FALSE(state.contains(persona.name.toUtf8()));
    const QJsonObject object = QJsonDocument::fromJson(state).object();
    EXPECT_TRUE(object["mine"_L1].toArray().isEmpty());
    EXPECT_FALSE(object.contains("raters"_L1)); // who else rates is not the phone's business
}

TEST_F(LiveServerTest, StoppingTheSessionClosesThePort)
{
    const quint16 port = server->port();
    EXPECT_EQ(client->get(prefix + "/api/state").status, 200);
    server->stop();
    EXPECT_FALSE(server->isListening());
    HttpClient fresh(QHostAddress(QHostAddress::LocalHost), port);
    EXPECT_EQ(fresh.get(prefix + "/api/state").status, 0);
}

} // namespace
} // namespace js::test
