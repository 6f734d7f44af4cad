// Many changes at once, as a room of phones sends them, are written without
// waiting for a pause, so that no one flush grows long enough to hold up the
// window (docs/benchmarks.md, live rating).
#include "ReloadProject.h"
#include "SampleProject.h"
#include "TempDir.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectSession.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

namespace js::test {
namespace {

TEST(EarlyFlushTest, FiveHundredWaitingRatingsAreWrittenWithoutWaitingForAPause)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("workshop.journey"));
    QString error;
    auto session = ProjectSession::create(path, unlockedDemo(), &error);
    ASSERT_TRUE(session) << error.toStdString();
    session->setFlushDelay(60 * 60 * 1000); // a pause that never comes in this test
    ProjectDocument* document = session->document();
    const Round& round = document->project().rounds.back();
    ASSERT_FALSE(round.locked);
    const Journey* journey = findJourney(document->project(), round.journeyId);
    ASSERT_TRUE(journey);

    std::vector<RatingKey> keys;
    for (const Rater& rater : round.raters) {
        for (const Id touchpoint : touchpointIds(*journey)) {
            for (const RoundCriterion& criterion : round.criteria)
                keys.push_back(RatingKey{round.id, rater.id, touchpoint, criterion.criterionId});
        }
    }
    const std::size_t early = ProjectSession::EarlyFlushChanges;
    ASSERT_GE(keys.size(), early);
    auto scoreFor = [&](const RatingKey& key) {
        const Rating* now = document->rating(key);
        return now && now->score == 2 ? 3 : 2; // always a change
    };
    std::vector<int> sent;
    for (std::size_t i = 0; i + 1 < early; ++i) {
        sent.push_back(scoreFor(keys[i]));
        ASSERT_TRUE(document->setRatingScore(keys[i], sent.back()));
    }
    QCoreApplication::processEvents();
    EXPECT_TRUE(session->hasUnflushedChanges()) << "fewer wait for the pause";

    sent.push_back(scoreFor(keys[early - 1]));
    ASSERT_TRUE(document->setRatingScore(keys[early - 1], sent.back()));
    QCoreApplication::processEvents();
    EXPECT_FALSE(session->hasUnflushedChanges());
    const Project onDisk = reloadProject(path);
    for (std::size_t i = 0; i < early; ++i) {
        const auto it = onDisk.ratings.find(keys[i]);
        ASSERT_NE(it, onDisk.ratings.end());
        EXPECT_EQ(it->second.score, sent[i]);
    }
}

} // namespace
} // namespace js::test
