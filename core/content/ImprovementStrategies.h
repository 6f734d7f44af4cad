#pragma once

#include "core/analysis/WeakSpots.h"
#include "core/model/Action.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace js {

// The strategies the sources recommend for lifting customer experience.
enum class ImprovementStrategy {
    Personalise,
    EmpowerEmployees,
    SelfServiceAndFeedback,
    MeasureAndTrack,
    BeProactive,
    ListenToFeedback,
    BeEmpathetic,
    GoTheExtraMile,
};
inline constexpr int ImprovementStrategyCount = 8;

// The mistakes they warn against.
enum class CxMistake {
    IgnoringFeedback,
    SlowResponses,
    BrokenPromises,
    Rudeness,
};
inline constexpr int CxMistakeCount = 4;

// Translated names: "Be proactive", "Promises not kept".
QString improvementStrategyName(ImprovementStrategy strategy);
QString cxMistakeName(CxMistake mistake);

// One concrete thing a business can do about a weak criterion.
struct SuggestedAction {
    ImprovementStrategy strategy = ImprovementStrategy::ListenToFeedback;
    QString title;       // short and imperative, fit for an action's title
    QString description; // how to go about it, in a sentence or two
};

// What to do about a criterion that falls short, and what to watch out for.
struct ImprovementAdvice {
    std::vector<SuggestedAction> actions; // one or two, the most direct first
    CxMistake mistake = CxMistake::IgnoringFeedback;
    QString warning; // "Watch for …", one sentence
};

// The advice for a built-in criterion by its key ("trust", "clarity", …);
// generic advice for any other key, such as a user's own criterion (empty).
// Texts are translated.
ImprovementAdvice improvementAdvice(QStringView criterionKey);
// Whether the key has advice of its own rather than the generic one.
bool hasOwnAdvice(QStringView criterionKey);
// The keys with advice of their own, in the order of the built-in frameworks.
QStringList adviceKeys();

// A planned action for a weak spot, on the spot's touchpoint and criterion:
// the advice's first suggestion as its title, the spot's reason, how to go
// about it, the other suggestion and the warning as its description.
Action actionForWeakSpot(const analysis::WeakSpot& spot, const ImprovementAdvice& advice);

} // namespace js
