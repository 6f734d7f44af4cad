#include "core/content/DemoProject.h"

#include "core/content/BuiltInFrameworks.h"
#include "core/content/JourneyTemplates.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace js {

namespace {

class DemoBuilder {
public:
    Project build(const QJsonObject& source);

private:
    Id next() { return m_nextId++; }
    void readJourney(const QJsonObject& object);
    void readRound(const QJsonObject& object);
    Id criterionByName(const QString& name) const;
    Id touchpointByKey(const QString& key) const { return m_touchpoints.value(key, NoId); }

    Project m_project;
    Id m_nextId = 1;
    QHash<QString, Id> m_personas;
    QHash<QString, Id> m_journeys;
    QHash<QString, Id> m_touchpoints;
};

// Which lane of the awareness-to-advocacy template a card section goes to.
int templateLaneIndex(const QString& section)
{
    static const std::map<QString, int> lanes = {
        {QStringLiteral("Actions"), 0},     {QStringLiteral("Thoughts"), 2},
        {QStringLiteral("Pain points"), 4}, {QStringLiteral("Opportunities"), 5},
        {QStringLiteral("Backstage"), 6},
    };
    auto it = lanes.find(section);
    return it == lanes.end() ? -1 : it->second;
}

QDate dateOf(const QJsonValue& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Project DemoBuilder::build(const QJsonObject& source)
{
    const QJsonObject project = source.value(u"project").toObject();
    m_project.name = project.value(u"name").toString();
    m_project.client = project.value(u"client").toString();
    m_project.description = project.value(u"description").toString();

    for (const QJsonValue& value : source.value(u"personas").toArray()) {
        const QJsonObject object = value.toObject();
        Persona persona;
        persona.id = next();
        persona.name = object.value(u"name").toString();
        persona.role = object.value(u"role").toString();
        persona.description = object.value(u"description").toString();
        persona.goals = object.value(u"goals").toString();
        persona.frustrations = object.value(u"frustrations").toString();
        persona.quote = object.value(u"quote").toString();
        m_personas.insert(object.value(u"key").toString(), persona.id);
        m_project.personas.push_back(std::move(persona));
    }

    for (Framework framework : builtInFrameworks(FrameworkLanguage::English)) {
        framework.id = next();
        for (Criterion& criterion : framework.criteria)
            criterion.id = next();
        m_project.frameworks.push_back(std::move(framework));
    }

    for (const QJsonValue& value : source.value(u"journeys").toArray())
        readJourney(value.toObject());
    for (const QJsonValue& value : source.value(u"rounds").toArray())
        readRound(value.toObject());

    for (const QJsonValue& value : source.value(u"targets").toArray()) {
        const QJsonObject object = value.toObject();
        const QString roundName = object.value(u"round").toString();
        const auto round = std::find_if(m_project.rounds.begin(), m_project.rounds.end(),
                                        [&](const Round& r) { return r.name == roundName; });
        if (round == m_project.rounds.end())
            continue;
        m_project.targets.push_back(TargetOverride{
            next(), round->id, touchpointByKey(object.value(u"touchpoint").toString()),
            criterionByName(object.value(u"criterion").toString()),
            object.value(u"target").toDouble(DefaultTarget)});
    }

    for (const QJsonValue& value : source.value(u"actions").toArray()) {
        const QJsonObject object = value.toObject();
        Action action;
        action.id = next();
        action.title = object.value(u"title").toString();
        action.description = object.value(u"description").toString();
        action.touchpointId = touchpointByKey(object.value(u"touchpoint").toString());
        action.criterionId = criterionByName(object.value(u"criterion").toString());
        action.owner = object.value(u"owner").toString();
        action.due = dateOf(object.value(u"due"));
        action.status =
            actionStatusFromKey(object.value(u"status").toString()).value_or(ActionStatus::Planned);
        action.impact = std::clamp(object.value(u"impact").toInt(3), 1, 5);
        action.effort = std::clamp(object.value(u"effort").toInt(3), 1, 5);
        m_project.actions.push_back(std::move(action));
    }

    for (const QJsonValue& value : source.value(u"metrics").toArray()) {
        const QJsonObject object = value.toObject();
        Metric metric;
        metric.id = next();
        metric.touchpointId = touchpointByKey(object.value(u"touchpoint").toString());
        metric.kind = metricKindFromKey(object.value(u"kind").toString()).value_or(MetricKind::Nps);
        metric.value = object.value(u"value").toDouble();
        metric.count = object.value(u"count").toInt();
        metric.scale = metric.kind == MetricKind::Ces ? QStringLiteral("1-7") : QString();
        metric.date = dateOf(object.value(u"date"));
        metric.note = object.value(u"note").toString();
        m_project.metrics.push_back(std::move(metric));
    }
    return std::move(m_project);
}

void DemoBuilder::readJourney(const QJsonObject& object)
{
    Journey journey = journeyFromTemplate(JourneyTemplate::Lifecycle);
    journey.id = next();
    journey.name = object.value(u"name").toString();
    journey.description = object.value(u"description").toString();
    journey.personaId = m_personas.value(object.value(u"persona").toString(), NoId);
    journey.state =
        journeyStateFromKey(object.value(u"state").toString()).value_or(JourneyState::Current);
    for (Lane& lane : journey.lanes)
        lane.id = next();
    journey.stages.clear();
    for (const QJsonValue& stageValue : object.value(u"stages").toArray()) {
        const QJsonObject stageObject = stageValue.toObject();
        Stage stage;
        stage.id = next();
        stage.name = stageObject.value(u"name").toString();
        stage.description = stageObject.value(u"description").toString();
        const QJsonObject cards = stageObject.value(u"cards").toObject();
        for (auto it = cards.begin(); it != cards.end(); ++it) {
            const int lane = templateLaneIndex(it.key());
            if (lane < 0)
                continue;
            for (const QJsonValue& text : it.value().toArray())
                stage.cards.push_back(
                    LaneCard{next(), journey.lanes[static_cast<size_t>(lane)].id, text.toString()});
        }
        for (const QJsonValue& tpValue : stageObject.value(u"touchpoints").toArray()) {
            const QJsonObject tp = tpValue.toObject();
            Touchpoint touchpoint;
            touchpoint.id = next();
            touchpoint.name = tp.value(u"name").toString();
            touchpoint.channel =
                channelFromKey(tp.value(u"channel").toString()).value_or(Channel::Other);
            touchpoint.owner = tp.value(u"owner").toString();
            touchpoint.description = tp.value(u"description").toString();
            touchpoint.importance = std::clamp(tp.value(u"importance").toInt(3), 1, 5);
            touchpoint.emotion = std::clamp(tp.value(u"emotion").toInt(0), -3, 3);
            m_touchpoints.insert(tp.value(u"key").toString(), touchpoint.id);
            stage.touchpoints.push_back(std::move(touchpoint));
        }
        journey.stages.push_back(std::move(stage));
    }
    m_journeys.insert(object.value(u"key").toString(), journey.id);
    m_project.journeys.push_back(std::move(journey));
}

Id DemoBuilder::criterionByName(const QString& name) const
{
    for (const Framework& framework : m_project.frameworks) {
        for (const Criterion& criterion : framework.criteria) {
            if (criterion.name == name)
                return criterion.id;
        }
    }
    return NoId;
}

void DemoBuilder::readRound(const QJsonObject& object)
{
    Round round;
    round.id = next();
    round.name = object.value(u"name").toString();
    round.description = object.value(u"description").toString();
    round.date = dateOf(object.value(u"date"));
    round.journeyId = m_journeys.value(object.value(u"journey").toString(), NoId);
    std::vector<int> biases;
    for (const QJsonValue& value : object.value(u"raters").toArray()) {
        const QJsonObject rater = value.toObject();
        round.raters.push_back(
            Rater{next(), rater.value(u"name").toString(), rater.value(u"role").toString()});
        biases.push_back(rater.value(u"bias").toInt());
    }
    // Everyone's score from the consensus, their bias and a fixed variation.
    // Both depend on the cell and the rater only, so a cell the room agreed
    // on in both rounds scores the same, and a change between rounds is one
    // the consensus records. Most cells are unanimous or one point apart.
    const QJsonObject consensus = object.value(u"consensus").toObject();
    int touchpointIndex = 0;
    for (auto it = consensus.begin(); it != consensus.end(); ++it, ++touchpointIndex) {
        const Id touchpoint = touchpointByKey(it.key());
        const QJsonObject scores = it.value().toObject();
        int criterionIndex = 0;
        for (auto score = scores.begin(); score != scores.end(); ++score, ++criterionIndex) {
            const Id criterion = criterionByName(score.key());
            for (size_t r = 0; r < round.raters.size(); ++r) {
                const int rater = static_cast<int>(r);
                const int pattern = (touchpointIndex * 7 + criterionIndex * 3 + rater * 5) % 13;
                const int variation = pattern == 0 ? -1 : pattern == 1 ? 1 : 0;
                const int bias =
                    (touchpointIndex * 3 + criterionIndex + rater) % 7 == 0 ? biases[r] : 0;
                const int value = std::clamp(score.value().toInt() + bias + variation, 1, 5);
                m_project.ratings[RatingKey{round.id, round.raters[r].id, touchpoint, criterion}] =
                    Rating{value, {}};
            }
        }
    }

    // Where the room disagreed, the recorded scores and evidence.
    for (const QJsonValue& value : object.value(u"split").toArray()) {
        const QJsonObject split = value.toObject();
        const Id touchpoint = touchpointByKey(split.value(u"touchpoint").toString());
        const Id criterion = criterionByName(split.value(u"criterion").toString());
        const QJsonArray scores = split.value(u"scores").toArray();
        const QJsonArray notes = split.value(u"notes").toArray();
        for (qsizetype r = 0; r < scores.size() && r < qsizetype(round.raters.size()); ++r) {
            const int score = scores.at(r).toInt();
            m_project
                .ratings[RatingKey{round.id, round.raters[size_t(r)].id, touchpoint, criterion}] =
                Rating{score == 0 ? Rating::NotApplicable : std::clamp(score, 1, 5),
                       notes.at(r).toString()};
        }
    }

    for (const QJsonValue& value : object.value(u"notes").toArray()) {
        const QJsonObject note = value.toObject();
        const auto r = static_cast<size_t>(note.value(u"rater").toInt());
        if (r >= round.raters.size())
            continue;
        const RatingKey key{round.id, round.raters[r].id,
                            touchpointByKey(note.value(u"touchpoint").toString()),
                            criterionByName(note.value(u"criterion").toString())};
        m_project.ratings[key].note = note.value(u"text").toString();
    }
    // The round rates the criteria switched on and any it holds scores on.
    for (const Framework& framework : m_project.frameworks) {
        for (const Criterion& c : framework.criteria) {
            const bool rated = std::any_of(
                m_project.ratings.begin(), m_project.ratings.end(), [&](const auto& entry) {
                    return entry.first.round == round.id && entry.first.criterion == c.id;
                });
            if (c.enabled || rated)
                round.criteria.push_back({c.id, c.weight, c.target});
        }
    }
    round.locked = object.value(u"locked").toBool();
    m_project.rounds.push_back(std::move(round));
}

} // namespace

Project demoProject()
{
    return DemoBuilder().build(readJsonResource(QStringLiteral(":/demo/demo-project.json")));
}

} // namespace js
