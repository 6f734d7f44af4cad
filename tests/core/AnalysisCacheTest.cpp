// The analysis cache: one computation per round and document revision.
#include "core/analysis/AnalysisCache.h"

#include "AnalysisProject.h"
#include "core/document/ProjectDocument.h"

#include <gtest/gtest.h>

namespace js::analysis {
namespace {

using test::AnalysisProject;
using P = test::AnalysisProject;

TEST(AnalysisCacheTest, TheSameObjectUntilTheRevisionChanges)
{
    ProjectDocument document(AnalysisProject::rated().project);
    AnalysisCache cache;
    const quint64 revision = document.revision();
    const RoundResults& first = cache.results(document.project(), revision, P::Round);
    const RoundResults& again = cache.results(document.project(), revision, P::Round);
    EXPECT_EQ(&first, &again);
    EXPECT_EQ(cache.computations(), 1);
    EXPECT_TRUE(cache.holdsRevision(revision));
    EXPECT_DOUBLE_EQ(first.cell(P::Ad, P::Trust)->mean, 3.0);

    // A rating changes: the revision rises and the round is computed anew.
    ASSERT_TRUE(document.setRatingScore(RatingKey{P::Round, P::Rita, P::Ad, P::Trust}, 4));
    ASSERT_NE(document.revision(), revision);
    const RoundResults& changed = cache.results(document.project(), document.revision(), P::Round);
    EXPECT_EQ(cache.computations(), 2);
    EXPECT_DOUBLE_EQ(changed.cell(P::Ad, P::Trust)->mean, 4.0); // (4 + 3 + 5) / 3
    EXPECT_FALSE(cache.holdsRevision(revision));
    EXPECT_EQ(&changed, &cache.results(document.project(), document.revision(), P::Round));
    EXPECT_EQ(cache.computations(), 2);
}

TEST(AnalysisCacheTest, RoundsAreComputedWhenFirstAskedAndKeptApart)
{
    const AnalysisProject p = AnalysisProject::rated();
    AnalysisCache cache;
    const RoundResults& round = cache.results(p.project, 7, P::Round);
    const RoundResults& unknown = cache.results(p.project, 7, 4242);
    EXPECT_EQ(cache.computations(), 2);
    EXPECT_TRUE(unknown.cells.empty());
    EXPECT_EQ(&round, &cache.results(p.project, 7, P::Round)); // still held
    EXPECT_EQ(round, computeRound(p.project, P::Round));
    EXPECT_EQ(cache.computations(), 2);

    cache.clear();
    EXPECT_FALSE(cache.holdsRevision(7));
    cache.results(p.project, 7, P::Round);
    EXPECT_EQ(cache.computations(), 3);
}

} // namespace
} // namespace js::analysis
