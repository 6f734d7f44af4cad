// Resetting a built-in framework to the bundled one: what comes back, what
// stays (ids, ratings, the user's own criteria), and that it is one undo step.
#include "core/content/FrameworkReset.h"

#include "ProjectDiff.h"
#include "SampleProject.h"
#include "core/content/BuiltInFrameworks.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"

#include <functional>
#include <gtest/gtest.h>

namespace js {
namespace {

// A user's own criterion.
Criterion named(const char* name)
{
    Criterion criterion;
    criterion.name = QString::fromLatin1(name);
    return criterion;
}

class FrameworkResetTest : public ::testing::Test {
protected:
    const Framework& trixie() const { return *findFramework(document.project(), trixieId); }
    Id criterion(const char* key) const
    {
        for (const Criterion& c : trixie().criteria) {
            if (c.key == QLatin1String(key))
                return c.id;
        }
        return NoId;
    }
    QStringList names() const
    {
        QStringList list;
        for (const Criterion& c : trixie().criteria)
            list << c.name;
        return list;
    }
    int ratingsOn(Id criterionId) const
    {
        int n = 0;
        for (const auto& [key, rating] : document.project().ratings)
            n += key.criterion == criterionId ? 1 : 0;
        return n;
    }
    static QStringList bundledNames()
    {
        QStringList list;
        for (const Criterion& c : bundledFramework(QStringLiteral("trixie"))->criteria)
            list << c.name;
        return list;
    }

    ProjectDocument document{test::unlockedDemo()};
    Id trixieId = document.project().frameworks.at(0).id;
};

TEST_F(FrameworkResetTest, FindsTheBundledFrameworksByKeyOnly)
{
    ASSERT_TRUE(bundledFramework(QStringLiteral("trixie")));
    EXPECT_EQ(bundledFramework(QStringLiteral("trixie"))->name, QStringLiteral("TRIXIE"));
    ASSERT_TRUE(bundledFramework(QStringLiteral("five-cs")));
    EXPECT_FALSE(bundledFramework(QString()));
    EXPECT_FALSE(bundledFramework(QStringLiteral("no-such-framework")));
}

TEST_F(FrameworkResetTest, UntouchedAndUserFrameworksDoNotDiffer)
{
    for (const Framework& framework : document.project().frameworks)
        EXPECT_FALSE(differsFromBuiltIn(framework)) << framework.name.toStdString();
    Framework own;
    own.name = QStringLiteral("Our own");
    own.criteria.push_back(named("Speed"));
    const Id ownId = document.addFramework(own);
    EXPECT_FALSE(differsFromBuiltIn(*findFramework(document.project(), ownId)));
    const int steps = document.undoStack()->count();
    EXPECT_FALSE(resetToBuiltIn(document, ownId));
    EXPECT_FALSE(resetToBuiltIn(document, trixieId)) << "nothing to reset";
    EXPECT_FALSE(resetToBuiltIn(document, Id(999999)));
    EXPECT_EQ(document.undoStack()->count(), steps);
}

TEST_F(FrameworkResetTest, EveryCustomisationCounts)
{
    const Id trust = criterion("trust");
    const std::vector<std::function<void()>> edits = {
        [&] { document.set(trixieId, &Framework::name, QStringLiteral("Our TRIXIE")); },
        [&] { document.set(trixieId, &Framework::description, QStringLiteral("Ours")); },
        [&] { document.set(trust, &Criterion::name, QStringLiteral("Honesty")); },
        [&] { document.set(trust, &Criterion::description, QStringLiteral("Honest")); },
        [&] { document.set(trust, &Criterion::questions, QStringList{QStringLiteral("Why?")}); },
        [&] { document.set(trust, &Criterion::weight, 2.5); },
        [&] { document.set(trust, &Criterion::target, 3.5); },
        [&] { document.set(criterion("reliability"), &Criterion::enabled, true); },
        [&] { document.moveCriterion(trust, 3); },
        [&] { document.removeCriterion(criterion("interaction")); },
        [&] { document.addCriterion(trixieId, 1, named("Speed")); },
    };
    for (size_t i = 0; i < edits.size(); ++i) {
        edits[i]();
        EXPECT_TRUE(differsFromBuiltIn(trixie())) << "edit " << i;
        document.undoStack()->undo();
        EXPECT_FALSE(differsFromBuiltIn(trixie())) << "edit " << i;
    }
}

TEST_F(FrameworkResetTest, TheUsersOwnCriteriaAtTheEndAreNoDifference)
{
    document.addCriterion(trixieId, -1, named("Speed"));
    EXPECT_FALSE(differsFromBuiltIn(trixie()));
}

TEST_F(FrameworkResetTest, RestoresTheBundledCriteriaKeepingIdsRatingsAndTheUsersOwn)
{
    const Id trust = criterion("trust");
    const Id impact = criterion("impact");
    const Id reliability = criterion("reliability");
    const Id interaction = criterion("interaction");
    const int trustRatings = ratingsOn(trust);
    ASSERT_GT(trustRatings, 0) << "the demo project rates Trust";

    document.set(trixieId, &Framework::name, QStringLiteral("Our TRIXIE"));
    document.set(trust, &Criterion::name, QStringLiteral("Honesty"));
    document.set(trust, &Criterion::weight, 3.0);
    document.set(trust, &Criterion::questions, QStringList{QStringLiteral("Why?")});
    document.set(criterion("relevance"), &Criterion::target, 2.5);
    document.set(reliability, &Criterion::enabled, true);
    document.moveCriterion(impact, 0);
    document.removeCriterion(interaction);
    const Id speed = document.addCriterion(trixieId, 2, named("Speed"));
    const Id price = document.addCriterion(trixieId, -1, named("Price"));
    ASSERT_TRUE(differsFromBuiltIn(trixie()));

    const Project before = document.project();
    const int steps = document.undoStack()->count();
    ASSERT_TRUE(resetToBuiltIn(document, trixieId));
    const Project after = document.project();
    EXPECT_EQ(document.undoStack()->count(), steps + 1) << "one undo step";
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Reset framework “Our TRIXIE”"));
    EXPECT_FALSE(differsFromBuiltIn(trixie()));

    EXPECT_EQ(trixie().name, QStringLiteral("TRIXIE"));
    EXPECT_EQ(names(),
              (bundledNames() + QStringList{QStringLiteral("Speed"), QStringLiteral("Price")}))
        << "the user's own criteria after the built-in ones, in their order";
    EXPECT_EQ(criterion("trust"), trust);
    EXPECT_EQ(criterion("impact"), impact);
    EXPECT_EQ(criterion("reliability"), reliability);
    EXPECT_FALSE(findCriterion(document.project(), reliability)->enabled);
    EXPECT_EQ(ratingsOn(trust), trustRatings) << "ratings of a kept criterion survive";
    const Id restored = criterion("interaction");
    EXPECT_NE(restored, NoId) << "a deleted built-in criterion comes back";
    EXPECT_NE(restored, interaction);
    EXPECT_EQ(trixie().criteria.at(7).id, speed);
    EXPECT_EQ(trixie().criteria.at(8).id, price);
    const Framework& bundled = *bundledFramework(QStringLiteral("trixie"));
    for (size_t i = 0; i < bundled.criteria.size(); ++i) {
        Criterion expected = bundled.criteria[i];
        expected.id = trixie().criteria[i].id;
        EXPECT_EQ(trixie().criteria[i], expected) << expected.name.toStdString();
    }

    document.undoStack()->undo();
    EXPECT_EQ(test::firstDifference(document.project(), before), "");
    document.undoStack()->redo();
    EXPECT_EQ(test::firstDifference(document.project(), after), "");
}

TEST_F(FrameworkResetTest, ResetsTheFiveCsToo)
{
    const Framework& fiveCs = document.project().frameworks.at(1);
    const Id id = fiveCs.id;
    const Id first = fiveCs.criteria.front().id;
    document.removeCriterion(first);
    ASSERT_TRUE(resetToBuiltIn(document, id));
    const Framework& restored = *findFramework(document.project(), id);
    EXPECT_EQ(restored.criteria.size(), bundledFramework(restored.key)->criteria.size());
    EXPECT_EQ(restored.criteria.front().key, bundledFramework(restored.key)->criteria.front().key);
}

} // namespace
} // namespace js
