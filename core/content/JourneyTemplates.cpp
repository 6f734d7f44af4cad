#include "core/content/JourneyTemplates.h"

#include <QCoreApplication>

namespace js {

namespace {

constexpr const char* context = "js::JourneyTemplate";

struct LaneSpec {
    const char* name;
    LaneKind kind;
};

const std::vector<LaneSpec> mapLanes = {
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Customer actions"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Touchpoints"), LaneKind::Touchpoints},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Thoughts"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Emotions"), LaneKind::Emotion},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Pain points"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Opportunities"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Backstage"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Scores"), LaneKind::Heat},
};

const std::vector<LaneSpec> blueprintLanes = {
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Evidence"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Customer actions"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Touchpoints"), LaneKind::Touchpoints},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Frontstage"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Backstage"), LaneKind::Text},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Support processes"), LaneKind::Text},
};

struct StageSpec {
    const char* name;
    const char* description;
};

const std::vector<StageSpec> lifecycleStages = {
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Awareness"),
     QT_TRANSLATE_NOOP("js::JourneyTemplate",
                       "The customer notices a need and first hears of us.")},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Consideration"),
     QT_TRANSLATE_NOOP("js::JourneyTemplate", "The customer compares options and weighs us up.")},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Purchase"),
     QT_TRANSLATE_NOOP("js::JourneyTemplate",
                       "The customer decides, buys and receives the order.")},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Retention"),
     QT_TRANSLATE_NOOP("js::JourneyTemplate",
                       "The customer uses what they bought, gets help and comes back.")},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Advocacy"),
     QT_TRANSLATE_NOOP("js::JourneyTemplate", "The customer recommends us to others.")},
};

const std::vector<StageSpec> purchaseStages = {
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Pre-purchase"),
     QT_TRANSLATE_NOOP("js::JourneyTemplate", "Everything before the decision to buy.")},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Purchase"),
     QT_TRANSLATE_NOOP("js::JourneyTemplate", "Choosing, paying and receiving.")},
    {QT_TRANSLATE_NOOP("js::JourneyTemplate", "Post-purchase"),
     QT_TRANSLATE_NOOP("js::JourneyTemplate", "Using, getting help, returning and recommending.")},
};

QString translated(const char* text)
{
    return QCoreApplication::translate(context, text);
}

Journey build(const std::vector<StageSpec>& stages, const std::vector<LaneSpec>& lanes)
{
    Journey journey;
    Id laneId = 1;
    for (const LaneSpec& spec : lanes)
        journey.lanes.push_back(Lane{laneId++, translated(spec.name), spec.kind});
    for (const StageSpec& spec : stages) {
        Stage stage;
        stage.name = translated(spec.name);
        stage.description = translated(spec.description);
        journey.stages.push_back(std::move(stage));
    }
    return journey;
}

} // namespace

std::vector<JourneyTemplate> journeyTemplates()
{
    return {JourneyTemplate::Lifecycle, JourneyTemplate::PurchasePhases,
            JourneyTemplate::ServiceBlueprint};
}

QString journeyTemplateName(JourneyTemplate kind)
{
    switch (kind) {
    case JourneyTemplate::Lifecycle:
        return translated(QT_TRANSLATE_NOOP("js::JourneyTemplate", "Awareness to advocacy"));
    case JourneyTemplate::PurchasePhases:
        return translated(
            QT_TRANSLATE_NOOP("js::JourneyTemplate", "Before, during and after purchase"));
    case JourneyTemplate::ServiceBlueprint:
        return translated(QT_TRANSLATE_NOOP("js::JourneyTemplate", "Service blueprint"));
    }
    return {};
}

QString journeyTemplateDescription(JourneyTemplate kind)
{
    switch (kind) {
    case JourneyTemplate::Lifecycle:
        return translated(QT_TRANSLATE_NOOP(
            "js::JourneyTemplate",
            "Five stages from first notice to recommendation, with lanes for customer actions, "
            "touchpoints, thoughts, emotions, pain points, opportunities and backstage."));
    case JourneyTemplate::PurchasePhases:
        return translated(
            QT_TRANSLATE_NOOP("js::JourneyTemplate",
                              "Three broad phases around the purchase, for a first, quick map."));
    case JourneyTemplate::ServiceBlueprint:
        return translated(QT_TRANSLATE_NOOP(
            "js::JourneyTemplate",
            "What the customer sees and does, and what the business does front and back stage "
            "to deliver it."));
    }
    return {};
}

Journey journeyFromTemplate(JourneyTemplate kind)
{
    switch (kind) {
    case JourneyTemplate::Lifecycle:
        return build(lifecycleStages, mapLanes);
    case JourneyTemplate::PurchasePhases:
        return build(purchaseStages, mapLanes);
    case JourneyTemplate::ServiceBlueprint:
        return build(lifecycleStages, blueprintLanes);
    }
    return {};
}

} // namespace js
