// Three thousand random operations of every kind; undoing all of them gives
// back the start, redoing all gives back the end, every id in the model stays
// unique, and the model keeps its rules throughout.
#include "ProjectDiff.h"
#include "RandomEditor.h"
#include "SampleProject.h"
#include "core/model/ProjectValidation.h"

#include <gtest/gtest.h>
#include <set>

namespace js::test {
namespace {

std::multiset<Id> allIds(const Project& p)
{
    std::multiset<Id> ids;
    for (const Persona& persona : p.personas)
        ids.insert(persona.id);
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
    for (const Framework& f : p.frameworks) {
        ids.insert(f.id);
        for (const Criterion& c : f.criteria)
            ids.insert(c.id);
    }
    for (const Round& r : p.rounds) {
        ids.insert(r.id);
        for (const Rater& rater : r.raters)
            ids.insert(rater.id);
    }
    for (const Metric& m : p.metrics)
        ids.insert(m.id);
    for (const Action& a : p.actions)
        ids.insert(a.id);
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
    constexpr int Wanted = 3000;
    int applied = 0;
    std::set<int> kindsApplied;
    for (int attempt = 0; attempt < 20 * Wanted && applied < Wanted; ++attempt) {
        if (!editor.step())
            continue;
        ++applied;
        kindsApplied.insert(editor.lastKind());
        if (applied % 500 == 0) {
            ASSERT_EQ(validateProject(document.project()), QString()) << "after " << applied;
        }
    }
    ASSERT_EQ(applied, Wanted);
    RecordProperty("undoSteps", document.undoStack()->count());
    RecordProperty("kindsApplied", int(kindsApplied.size()));
    EXPECT_GE(int(kindsApplied.size()), editor.kinds() - 3)
        << "nearly every kind of operation was exercised";
    const Project end = document.project();
    EXPECT_EQ(validateProject(end), QString());
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
