#pragma once

#include "ProjectDiff.h"
#include "SampleProject.h"

#include <functional>
#include <gtest/gtest.h>

namespace js::test {

// A document filled with the sample project, and the check every command must
// pass: it changes the project, it is one undo step, undo gives back exactly the
// state before, redo exactly the state after.
class CommandTest : public ::testing::Test {
protected:
    void SetUp() override { s = buildSample(document); }

    void expectUndoRedo(const std::function<bool()>& operation)
    {
        const Project before = document.project();
        const int steps = document.undoStack()->count();
        ASSERT_TRUE(operation());
        const Project after = document.project();
        EXPECT_FALSE(before == after) << "the operation changed nothing";
        EXPECT_EQ(document.undoStack()->count(), steps + 1);
        document.undoStack()->undo();
        EXPECT_EQ(firstDifference(document.project(), before), "");
        document.undoStack()->redo();
        EXPECT_EQ(firstDifference(document.project(), after), "");
    }

    // An operation that must be refused and leave no trace.
    void expectRefused(const std::function<bool()>& operation)
    {
        const Project before = document.project();
        const int steps = document.undoStack()->count();
        EXPECT_FALSE(operation());
        EXPECT_EQ(document.undoStack()->count(), steps);
        EXPECT_EQ(firstDifference(document.project(), before), "");
    }

    const Project& project() const { return document.project(); }

    ProjectDocument document;
    Sample s;
};

} // namespace js::test
