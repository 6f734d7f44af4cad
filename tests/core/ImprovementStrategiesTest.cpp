// The suggested actions per criterion: every built-in criterion has its own,
// a user's criterion gets the generic ones, every strategy and mistake of the
// sources is used, and a weak spot becomes a planned action.
#include "core/content/ImprovementStrategies.h"

#include "core/content/BuiltInFrameworks.h"

#include <gtest/gtest.h>
#include <set>

namespace js {
namespace {

QStringList builtInKeys()
{
    QStringList keys;
    for (const Framework& framework : builtInFrameworks()) {
        for (const Criterion& criterion : framework.criteria)
            keys << criterion.key;
    }
    return keys;
}

TEST(ImprovementStrategiesTest, EveryBuiltInCriterionHasAdviceOfItsOwn)
{
    const QStringList keys = builtInKeys();
    ASSERT_EQ(keys.size(), 12);
    EXPECT_EQ(adviceKeys(), keys);
    std::set<QString> titles;
    for (const QString& key : keys) {
        EXPECT_TRUE(hasOwnAdvice(key)) << key.toStdString();
        const ImprovementAdvice advice = improvementAdvice(key);
        ASSERT_GE(advice.actions.size(), 1u);
        ASSERT_LE(advice.actions.size(), 2u);
        for (const SuggestedAction& action : advice.actions) {
            EXPECT_FALSE(action.title.isEmpty());
            EXPECT_LE(action.title.size(), 60) << action.title.toStdString();
            EXPECT_FALSE(action.title.endsWith(u'.')) << "a title, not a sentence";
            EXPECT_TRUE(action.title.front().isUpper()) << "sentence case";
            EXPECT_TRUE(action.description.endsWith(u'.'));
            EXPECT_GT(action.description.size(), action.title.size());
            EXPECT_TRUE(titles.insert(action.title).second)
                << "each suggestion is said once: " << action.title.toStdString();
        }
        EXPECT_TRUE(advice.warning.startsWith(QStringLiteral("Watch for ")));
    }
}

TEST(ImprovementStrategiesTest, AUsersOwnCriterionGetsTheGenericAdvice)
{
    EXPECT_FALSE(hasOwnAdvice(u""));
    EXPECT_FALSE(hasOwnAdvice(u"delivery-speed"));
    EXPECT_FALSE(hasOwnAdvice(u"Trust")) << "keys are exact";
    const ImprovementAdvice generic = improvementAdvice(u"");
    ASSERT_FALSE(generic.actions.empty());
    EXPECT_EQ(improvementAdvice(u"delivery-speed").actions.front().title,
              generic.actions.front().title);
    EXPECT_NE(improvementAdvice(u"trust").actions.front().title, generic.actions.front().title);
    EXPECT_FALSE(generic.warning.isEmpty());
}

TEST(ImprovementStrategiesTest, EveryStrategyAndMistakeOfTheSourcesIsUsed)
{
    std::set<ImprovementStrategy> strategies;
    std::set<CxMistake> mistakes;
    for (const QString& key : adviceKeys()) {
        const ImprovementAdvice advice = improvementAdvice(key);
        for (const SuggestedAction& action : advice.actions)
            strategies.insert(action.strategy);
        mistakes.insert(advice.mistake);
    }
    EXPECT_EQ(int(strategies.size()), ImprovementStrategyCount);
    EXPECT_EQ(int(mistakes.size()), CxMistakeCount);

    std::set<QString> names;
    for (int i = 0; i < ImprovementStrategyCount; ++i)
        names.insert(improvementStrategyName(ImprovementStrategy(i)));
    for (int i = 0; i < CxMistakeCount; ++i)
        names.insert(cxMistakeName(CxMistake(i)));
    EXPECT_EQ(int(names.size()), ImprovementStrategyCount + CxMistakeCount);
    EXPECT_EQ(improvementStrategyName(ImprovementStrategy::BeProactive),
              QStringLiteral("Be proactive"));
    EXPECT_EQ(cxMistakeName(CxMistake::BrokenPromises), QStringLiteral("Promises not kept"));
    EXPECT_FALSE(names.count(QString()));
}

TEST(ImprovementStrategiesTest, AWeakSpotBecomesAPlannedActionOnItsCell)
{
    analysis::WeakSpot spot;
    spot.touchpoint = 11;
    spot.criterion = 22;
    spot.stage = 5;
    spot.mean = 2.0;
    spot.target = 4.0;
    spot.gap = 2.0;
    spot.reason = QStringLiteral("Trust 2.0 against a target of 4.0, importance 5");
    const ImprovementAdvice advice = improvementAdvice(u"trust");
    const Action action = actionForWeakSpot(spot, advice);
    EXPECT_EQ(action.touchpointId, 11);
    EXPECT_EQ(action.criterionId, 22);
    EXPECT_EQ(action.status, ActionStatus::Planned);
    EXPECT_EQ(action.id, NoId);
    EXPECT_EQ(action.title, advice.actions.front().title);
    EXPECT_TRUE(action.description.contains(spot.reason));
    EXPECT_TRUE(action.description.contains(advice.actions.front().description));
    EXPECT_TRUE(action.description.contains(advice.actions.back().title));
    EXPECT_TRUE(action.description.contains(advice.warning));
}

} // namespace
} // namespace js
