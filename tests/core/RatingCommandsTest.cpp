// Ratings: scores, N/A, notes, clearing; not rated is different from N/A.
#include "CommandTestBase.h"
#include "core/content/JourneyTemplates.h"

#include <QSignalSpy>

namespace js::test {
namespace {

using RatingCommandsTest = CommandTest;

TEST_F(RatingCommandsTest, SetsAScoreAndUndoRestoresThePreviousOne)
{
    const RatingKey key{s.round, s.rater, s.otherTouchpoint, s.criterion};
    const int old = document.rating(key)->score;
    const int next = old == 5 ? 1 : old + 1;
    expectUndoRedo([&] { return document.setRatingScore(key, next); });
    EXPECT_EQ(document.rating(key)->score, next);
    document.undoStack()->undo();
    EXPECT_EQ(document.rating(key)->score, old);
}

TEST_F(RatingCommandsTest, NotApplicableIsKeptApartFromNotRated)
{
    const RatingKey key{s.round, s.rater, s.otherTouchpoint, s.criterion};
    expectUndoRedo([&] { return document.setRatingScore(key, Rating::NotApplicable); });
    ASSERT_TRUE(document.rating(key));
    EXPECT_EQ(document.rating(key)->score, Rating::NotApplicable);
    expectUndoRedo([&] { return document.setRatingScore(key, Rating::NotRated); });
    EXPECT_FALSE(document.rating(key)) << "not rated and no note: no rating at all";
}

TEST_F(RatingCommandsTest, ANoteSurvivesClearingTheScore)
{
    const RatingKey key{s.round, s.rater, s.touchpoint, s.criterion};
    ASSERT_EQ(document.rating(key)->note, QStringLiteral("Evidence"));
    expectUndoRedo([&] { return document.setRatingScore(key, Rating::NotRated); });
    ASSERT_TRUE(document.rating(key));
    EXPECT_EQ(document.rating(key)->note, QStringLiteral("Evidence"));
    expectUndoRedo([&] { return document.clearRating(key); });
    EXPECT_FALSE(document.rating(key));
}

TEST_F(RatingCommandsTest, RefusesInvalidScoresAndKeys)
{
    const RatingKey key{s.round, s.rater, s.touchpoint, s.criterion};
    expectRefused([&] { return document.setRatingScore(key, 6); });
    expectRefused([&] { return document.setRatingScore(key, -2); });
    expectRefused([&] {
        return document.setRatingScore({s.round, s.touchpoint, s.touchpoint, s.criterion}, 3);
    });
    expectRefused([&] {
        return document.setRatingScore({s.round, s.rater, s.criterion, s.criterion}, 3);
    });
    expectRefused([&] {
        return document.setRatingScore({s.round, s.rater, s.touchpoint, s.touchpoint}, 3);
    });
    expectRefused([&] { return document.setRatingScore(key, document.rating(key)->score); });
}

TEST_F(RatingCommandsTest, NoteTypingMergesIntoOneStep)
{
    const RatingKey key{s.round, s.otherRater, s.otherTouchpoint, s.criterion};
    document.setRatingNote(key, QStringLiteral("S"));
    document.setRatingNote(key, QStringLiteral("Sl"));
    document.setRatingNote(key, QStringLiteral("Slow"));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.rating(key)->note, QStringLiteral("Slow"));
    document.undoStack()->undo();
    EXPECT_TRUE(document.rating(key)->note.isEmpty());
}

TEST_F(RatingCommandsTest, ScoreEditsDoNotMerge)
{
    const RatingKey key{s.round, s.otherRater, s.otherTouchpoint, s.criterion};
    // Three scores that all differ from the one the sample gave.
    const int first = document.rating(key)->score % 5 + 1;
    ASSERT_TRUE(document.setRatingScore(key, first));
    ASSERT_TRUE(document.setRatingScore(key, first % 5 + 1));
    ASSERT_TRUE(document.setRatingScore(key, Rating::NotApplicable));
    EXPECT_EQ(document.undoStack()->count(), 3) << "each score is its own undo step";
}

TEST_F(RatingCommandsTest, AnnouncesTheChangedKey)
{
    QSignalSpy spy(&document, &ProjectDocument::ratingChanged);
    const RatingKey key{s.round, s.otherRater, s.otherTouchpoint, s.criterion};
    document.setRatingScore(key, document.rating(key)->score % 5 + 1);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).value<RatingKey>() == key);
}

TEST_F(RatingCommandsTest, ANoteIsOneUndoStep)
{
    const RatingKey key{s.round, s.otherRater, s.otherTouchpoint, s.criterion};
    expectUndoRedo(
        [&] { return document.setRatingNote(key, QStringLiteral("Three people said so")); });
    EXPECT_EQ(document.rating(key)->note, QStringLiteral("Three people said so"));
}

TEST_F(RatingCommandsTest, OnlyTouchpointsOfTheRoundsJourneyAreRated)
{
    const Id otherJourney = document.addJourney(journeyFromTemplate(JourneyTemplate::Lifecycle));
    const Id elsewhere =
        document.addTouchpoint(findJourney(project(), otherJourney)->stages[0].id, 0, Touchpoint{});
    expectRefused([&] {
        return document.setRatingScore({s.round, s.rater, elsewhere, s.criterion}, 4);
    });
    // A round always assesses one journey.
    EXPECT_EQ(document.addRound(makeRound(QStringLiteral("Open"), NoId)), NoId);
}

} // namespace
} // namespace js::test
