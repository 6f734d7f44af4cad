// A room of phones rating at once loses nothing: every rating each phone was
// told it made is in the document, and after the session's own flush, in
// the file. Timings are the benchmark's business (tests/bench/LiveBench.cpp).
#include "LiveLoad.h"

#include "ReloadProject.h"
#include "TempDir.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "live/LiveServer.h"

#include <gtest/gtest.h>

namespace js::test {
namespace {

// The benchmark's 30 phones, on 12 of its 20 touchpoints (4,320 ratings), so
// that the run stays short under the sanitizers: each phone still sends more
// than the throttle's burst, and a phone answered 429 waits and sends again.
constexpr int Participants = 30;
constexpr int Touchpoints = 12;
constexpr int Criteria = 12;

int mismatches(const Project& project, const load::Grid& grid,
               const std::vector<load::PhoneResult>& phones)
{
    int wrong = 0;
    for (int p = 0; p < int(phones.size()); ++p) {
        for (int t = 0; t < int(grid.touchpoints.size()); ++t) {
            for (int c = 0; c < int(grid.criteria.size()); ++c) {
                const auto it = project.ratings.find(RatingKey{grid.round, phones[size_t(p)].rater,
                                                               grid.touchpoints[size_t(t)],
                                                               grid.criteria[size_t(c)]});
                if (it == project.ratings.end() || it->second.score != load::scoreFor(p, t, c))
                    ++wrong;
            }
        }
    }
    return wrong;
}

TEST(LiveLoadTest, ThirtyPhonesRatingEveryCellAtOnceLoseNoneInTheDocumentOrTheFile)
{
    const load::Grid grid = load::makeGrid(Touchpoints, Criteria);
    ASSERT_EQ(int(grid.criteria.size()), Criteria);
    TempDir dir;
    const QString path = dir.path(QStringLiteral("load.journey"));
    QString error;
    std::unique_ptr<ProjectSession> session = ProjectSession::create(path, grid.project, &error);
    ASSERT_TRUE(session) << error.toStdString();
    live::LiveSession live(session->document(), grid.round);
    live.setMode(live::LiveSession::Mode::Free);
    live::LiveServer server(&live);
    ASSERT_TRUE(server.start(QHostAddress::LocalHost, 0, &error)) << error.toStdString();

    const load::LoadOutcome outcome =
        load::runLoad(*session, live, server.port(), grid, Participants);

    int rated = 0;
    for (const load::PhoneResult& phone : outcome.phones) {
        EXPECT_EQ(phone.failures, 0) << phone.firstFailure.toStdString();
        EXPECT_NE(phone.rater, NoId);
        rated += phone.rated;
    }
    const int expected = Participants * grid.cells();
    EXPECT_EQ(rated, expected);
    const Round* round = findRound(session->document()->project(), grid.round);
    ASSERT_TRUE(round);
    EXPECT_EQ(int(round->raters.size()), Participants);
    EXPECT_EQ(mismatches(session->document()->project(), grid, outcome.phones), 0);

    // The session's own flush, not one forced here, put them all in the file.
    EXPECT_GE(outcome.ratingToFileMs, 0) << "no flush after the last rating";
    EXPECT_FALSE(session->hasUnflushedChanges());
    const Project onDisk = reloadProject(path);
    EXPECT_EQ(int(onDisk.ratings.size()), expected);
    EXPECT_EQ(mismatches(onDisk, grid, outcome.phones), 0);
}

} // namespace
} // namespace js::test
