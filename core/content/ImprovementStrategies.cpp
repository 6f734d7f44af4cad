#include "core/content/ImprovementStrategies.h"

#include <QCoreApplication>

#include <array>

namespace js {

namespace {

constexpr const char* context = "js::ImprovementStrategies";

QString translated(const char* text)
{
    return QCoreApplication::translate(context, text);
}

const std::array<const char*, ImprovementStrategyCount> strategyNames = {
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Personalize the experience"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Empower front-line employees"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Use technology for self-service and feedback"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Measure and track results"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Be proactive"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Listen to feedback"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Be empathetic"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Go the extra mile"),
};

const std::array<const char*, CxMistakeCount> mistakeNames = {
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Ignoring feedback"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Slow responses"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Promises not kept"),
    QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Rudeness"),
};

struct SuggestionSpec {
    ImprovementStrategy strategy;
    const char* title;
    const char* description;
};

struct AdviceSpec {
    const char16_t* key; // empty for the generic advice
    SuggestionSpec first;
    SuggestionSpec second;
    CxMistake mistake;
    const char* warning;
};

using S = ImprovementStrategy;
using M = CxMistake;

// The generic advice comes last, for criteria of the user's own.
const std::array<AdviceSpec, 13> advice = {{
    {u"trust",
     {S::MeasureAndTrack,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Check every promise this touchpoint makes"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "List what is promised here (prices, delivery dates, refund times, how data is "
          "used) and check how often each promise is kept. Fix the process, or change the "
          "promise, wherever the two differ.")},
     {S::BeProactive,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Tell customers about problems before they find them"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "When a delivery slips or a condition changes, say so first and say what you "
          "will do about it. Customers forgive a problem more easily than a surprise.")},
     M::BrokenPromises,
     QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                       "Watch for promises that are not kept: one broken promise undoes many kept "
                       "ones.")},
    {u"relevance",
     {S::ListenToFeedback,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Ask customers what they came here to do"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Talk to five recent customers, or add a one-question survey, about what they "
          "wanted to get done at this point, and compare it with what the touchpoint "
          "offers them.")},
     {S::Personalise,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Tailor the offer to your main customer groups"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Pick the two or three groups that matter most and give each a message or offer "
          "of its own here, instead of one message for everyone.")},
     M::IgnoringFeedback,
     QT_TRANSLATE_NOOP(
         "js::ImprovementStrategies",
         "Watch for decisions made on what the business wants to sell rather than on what "
         "customers say they need.")},
    {u"intimacy",
     {S::Personalise,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Use what you already know about the customer"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Make sure the people and systems at this touchpoint see the customer's history, "
          "so that nobody has to repeat themselves and returning customers are treated as "
          "such.")},
     {S::GoTheExtraMile,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Reward loyalty in a way customers notice"),
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Find one small, unexpected gesture for regular customers at this point: a "
                        "personal thank-you, an upgrade, a call to check all went well.")},
     M::Rudeness,
     QT_TRANSLATE_NOOP(
         "js::ImprovementStrategies",
         "Watch for cold, scripted or curt replies: they tell customers they are only a "
         "case number.")},
    {u"experience",
     {S::SelfServiceAndFeedback,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Remove steps and let customers serve themselves"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Go through this touchpoint as a customer, count the steps and the waiting, and "
          "cut or automate what adds nothing. Let customers do simple things themselves, "
          "on the channel they prefer.")},
     {S::EmpowerEmployees,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Let front-line staff solve problems on the spot"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Give the people at this touchpoint the authority and the tools to fix common "
          "problems without a hand-off or a manager's approval.")},
     M::SlowResponses,
     QT_TRANSLATE_NOOP(
         "js::ImprovementStrategies",
         "Watch for slow answers to questions and complaints: waiting is the friction "
         "customers remember.")},
    {u"impact",
     {S::MeasureAndTrack,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Start measuring this touchpoint"),
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Pick one figure for it (satisfaction, likelihood to recommend or customer "
                        "effort), collect it every month and review it with the team that owns the "
                        "touchpoint.")},
     {S::MeasureAndTrack,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Link the touchpoint to repeat business"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Compare customers who had a good experience here with those who did not: do "
          "they buy again, stay longer or spend more? That tells you what improving it is "
          "worth.")},
     M::IgnoringFeedback,
     QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                       "Watch for figures that are collected but never acted on.")},
    {u"reliability",
     {S::MeasureAndTrack,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Set a service standard and check it every week"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Agree what done right means here (time, accuracy, completeness), measure it "
          "weekly and follow up every miss.")},
     {S::BeProactive,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Remove the causes of repeat problems"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Read last month's complaints about this touchpoint, find the two most common "
          "causes and fix them at the source rather than case by case.")},
     M::BrokenPromises,
     QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                       "Watch for promises that hold on a quiet day but not on a busy one.")},
    {u"interaction",
     {S::EmpowerEmployees,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Train and trust the people customers talk to"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Give front-line staff the training, the information and the freedom to help "
          "customers personally instead of reading from a script.")},
     {S::SelfServiceAndFeedback,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Answer faster on the customer's own channel"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Set a response time for every channel used here (phone, chat, email, social "
          "media), staff for it and tell customers what to expect.")},
     M::Rudeness,
     QT_TRANSLATE_NOOP(
         "js::ImprovementStrategies",
         "Watch for rude or dismissive replies, above all when the customer is already "
         "upset.")},
    {u"clarity",
     {S::ListenToFeedback,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Watch real customers use the touchpoint"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Ask a few customers to use it while you watch, without helping. Rewrite every "
          "message, label or price that makes them hesitate.")},
     {S::BeProactive,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Show the full price and conditions up front"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Put the whole price, delivery terms and conditions where the customer decides, "
          "not in the small print or after the order.")},
     M::BrokenPromises,
     QT_TRANSLATE_NOOP(
         "js::ImprovementStrategies",
         "Watch for hidden costs and small print: customers read them as a promise not "
         "kept.")},
    {u"consistency",
     {S::MeasureAndTrack,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Compare this touchpoint across your channels"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Go through it on the website, in the app, by phone and in the store, and note "
          "where prices, answers or tone differ. Agree one version and share it with every "
          "team.")},
     {S::EmpowerEmployees,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Give every channel the same information"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Keep one shared source of answers, prices and policies that front-line staff "
          "and self-service channels all work from.")},
     M::BrokenPromises,
     QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                       "Watch for one channel promising what another cannot deliver.")},
    {u"customization",
     {S::Personalise,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Remember customers' preferences and history"),
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "Keep the choices customers have already made (sizes, delivery options, "
                        "channels) and offer them first the next time.")},
     {S::SelfServiceAndFeedback,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Let customers choose how they are served"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Offer a choice of channel, timing and amount of contact at this touchpoint, and "
          "respect the choice once it is made.")},
     M::IgnoringFeedback,
     QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                       "Watch for preferences that customers state but never see used.")},
    {u"connection",
     {S::GoTheExtraMile,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Follow up personally after the interaction"),
      QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                        "A short, genuine message after a purchase or a support case, from a named "
                        "person, builds a relationship that no automated newsletter can.")},
     {S::ListenToFeedback,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Invite customers' stories and answer them"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Ask customers how they use what they bought, answer every comment in your own "
          "voice, and show what you changed because of them.")},
     M::IgnoringFeedback,
     QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                       "Watch for comments and reviews that go unanswered.")},
    {u"compassion",
     {S::BeEmpathetic,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Handle complaints with empathy and speed"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Train staff to acknowledge how the customer feels first, apologize where it is "
          "due, and agree the next step and when it will happen before the conversation "
          "ends.")},
     {S::ListenToFeedback,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Close the loop on every complaint"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Tell each customer who complained what you did about it, and review complaints "
          "every month to remove what causes them.")},
     M::Rudeness,
     QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                       "Watch for defensive or rude answers to complaints: they turn an unhappy "
                       "customer into a lost one.")},
    {u"",
     {S::ListenToFeedback,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Ask customers what would make this better"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Collect a few comments from recent customers about this touchpoint and act on "
          "the request you hear most often.")},
     {S::MeasureAndTrack,
      QT_TRANSLATE_NOOP("js::ImprovementStrategies", "Agree how you will see it improve"),
      QT_TRANSLATE_NOOP(
          "js::ImprovementStrategies",
          "Choose one figure or observation that shows progress on this point, note it now "
          "and check it again in three months.")},
     M::IgnoringFeedback,
     QT_TRANSLATE_NOOP("js::ImprovementStrategies",
                       "Watch for feedback that is collected but never acted on.")},
}};

const AdviceSpec& specFor(QStringView key)
{
    for (const AdviceSpec& spec : advice) {
        if (!key.isEmpty() && key == QStringView(spec.key))
            return spec;
    }
    return advice.back();
}

SuggestedAction suggestion(const SuggestionSpec& spec)
{
    return SuggestedAction{spec.strategy, translated(spec.title), translated(spec.description)};
}

} // namespace

QString improvementStrategyName(ImprovementStrategy strategy)
{
    return translated(strategyNames.at(size_t(strategy)));
}

QString cxMistakeName(CxMistake mistake)
{
    return translated(mistakeNames.at(size_t(mistake)));
}

ImprovementAdvice improvementAdvice(QStringView criterionKey)
{
    const AdviceSpec& spec = specFor(criterionKey);
    ImprovementAdvice result;
    result.actions = {suggestion(spec.first), suggestion(spec.second)};
    result.mistake = spec.mistake;
    result.warning = translated(spec.warning);
    return result;
}

bool hasOwnAdvice(QStringView criterionKey)
{
    return &specFor(criterionKey) != &advice.back();
}

QStringList adviceKeys()
{
    QStringList keys;
    for (const AdviceSpec& spec : advice) {
        if (spec.key[0] != u'\0')
            keys << QString::fromUtf16(spec.key);
    }
    return keys;
}

Action actionForWeakSpot(const analysis::WeakSpot& spot, const ImprovementAdvice& advice)
{
    Action action;
    action.touchpointId = spot.touchpoint;
    action.criterionId = spot.criterion;
    action.status = ActionStatus::Planned;
    QStringList parts;
    if (!spot.reason.isEmpty())
        parts << QCoreApplication::translate("js::ImprovementStrategies", "Weak spot: %1.")
                     .arg(spot.reason);
    if (!advice.actions.empty()) {
        const SuggestedAction& first = advice.actions.front();
        action.title = first.title;
        parts << first.description;
        for (size_t i = 1; i < advice.actions.size(); ++i)
            parts << QCoreApplication::translate("js::ImprovementStrategies", "Also consider: %1.")
                         .arg(advice.actions[i].title);
    }
    if (!advice.warning.isEmpty())
        parts << advice.warning;
    action.description = parts.join(QStringLiteral("\n\n"));
    return action;
}

} // namespace js
