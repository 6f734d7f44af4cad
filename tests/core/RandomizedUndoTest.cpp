// A few thousand random operations; undoing all of them gives back the start,
// redoing all gives back the end, and every id in the model stays unique.
#include "ProjectDiff.h"
#include "RandomEditor.h"
#include "SampleProject.h"

#include <gtest/gtest.h>
#include <set>

namespace js::test {
namespace {

std::multiset<Id> allIds(const Project& p)
{
    std::multiset<Id> ids;
    for (const Journey& j : p.journeys) {
        ids.insert(j.id);
        for (const Lane& l : j.lanes)
            ids.insert(l.id);
        for (const Stage& s : j.stages) {
            ids.insert(s.id);
            for (const Touchpoint& t : s.touchpoints)
                ids.insert(t.id);
            for (const LaneCard& c : s.cards)
                ids.insert(c.id);
        }
    }
    for (const Framework& f : p.frameworks)
        for (const Criterion& c : f.criteria)
            ids.insert(c.id);
    for (const Round& r : p.rounds)
        for (const Rater& rater : r.raters)
            ids.insert(rater.id);
    return ids;
}

class RandomizedUndoTest : public ::testing::TestWithParam<unsigned> {};

TEST_P(RandomizedUndoTest, UndoAllGivesTheStartAndRedoAllGivesTheEnd)
{
    ProjectDocument document;
    buildSample(document);
    document.undoStack()->setUndoLimit(0);
    const Project start = document.project();
    RandomEditor editor(document, GetParam());
    int applied = 0;
    for (int i = 0; i < 3000; ++i)
        applied += editor.step() ? 1 : 0;
    ASSERT_GT(applied, 500) << "the random editor should mostly find valid operations";
    RecordProperty("applied", applied);
    const Project end = document.project();
    const std::multiset<Id> ids = allIds(end);
    EXPECT_EQ(std::set<Id>(ids.begin(), ids.end()).size(), ids.size()) << "ids stay unique";

    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    ASSERT_EQ(firstDifference(document.project(), start), "");
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    ASSERT_EQ(firstDifference(document.project(), end), "");
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomizedUndoTest, ::testing::Values(1u, 7u, 42u, 2026u));

} // namespace
} // namespace js::test
