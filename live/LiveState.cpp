#include "live/LiveState.h"

#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"
#include "core/model/Rating.h"

#include <QJsonArray>

#include <algorithm>

namespace js::live {
namespace {

QJsonObject touchpointJson(const Touchpoint& touchpoint, const Stage& stage)
{
    return QJsonObject{{QStringLiteral("id"), double(touchpoint.id)},
                       {QStringLiteral("name"), touchpoint.name},
                       {QStringLiteral("stage"), stage.name},
                       {QStringLiteral("description"), touchpoint.description}};
}

QJsonObject criterionJson(const Criterion& criterion, const Framework& framework)
{
    return QJsonObject{
        {QStringLiteral("id"), double(criterion.id)},
        {QStringLiteral("name"), criterion.name},
        {QStringLiteral("framework"), framework.name},
        {QStringLiteral("description"), criterion.description},
        {QStringLiteral("questions"), QJsonArray::fromStringList(criterion.questions)}};
}

} // namespace

QJsonValue scoreJson(int score)
{
    if (score == Rating::NotApplicable)
        return QStringLiteral("na");
    if (score >= 1)
        return score;
    return QJsonValue::Null;
}

QJsonObject stateJson(const Project& project, const StateRequest& request)
{
    const Round& round = *request.round;
    const Journey* journey = findJourney(project, round.journeyId);
    QJsonObject state{
        {QStringLiteral("round"), round.name},
        {QStringLiteral("journey"), journey ? journey->name : QString()},
        {QStringLiteral("mode"), request.free ? QStringLiteral("free") : QStringLiteral("paced")},
        {QStringLiteral("locked"), round.locked},
        {QStringLiteral("version"), double(request.version)}};
    if (!request.free)
        state.insert(QStringLiteral("current"),
                     QJsonObject{{QStringLiteral("touchpoint"), double(request.touchpoint)},
                                 {QStringLiteral("criterion"), double(request.criterion)}});

    QJsonArray touchpoints;
    if (journey) {
        for (const Stage& stage : journey->stages) {
            for (const Touchpoint& touchpoint : stage.touchpoints) {
                if (request.free || touchpoint.id == request.touchpoint)
                    touchpoints.append(touchpointJson(touchpoint, stage));
            }
        }
    }
    state.insert(QStringLiteral("touchpoints"), touchpoints);

    QJsonArray criteria;
    for (const RoundCriterion& rc : round.criteria) {
        if (!request.free && rc.criterionId != request.criterion)
            continue;
        for (const Framework& framework : project.frameworks) {
            for (const Criterion& criterion : framework.criteria) {
                if (criterion.id == rc.criterionId)
                    criteria.append(criterionJson(criterion, framework));
            }
        }
    }
    state.insert(QStringLiteral("criteria"), criteria);

    if (request.rater == NoId) {
        // Before joining: the raters of the round nobody has taken yet, to pick from.
        QJsonArray raters;
        for (const Rater& rater : round.raters) {
            if (std::find(request.joined.begin(), request.joined.end(), rater.id) ==
                request.joined.end())
                raters.append(rater.name);
        }
        state.insert(QStringLiteral("raters"), raters);
        return state;
    }

    state.insert(QStringLiteral("you"),
                 QJsonObject{{QStringLiteral("participant"), double(request.rater)},
                             {QStringLiteral("name"), request.name}});
    // The participant's own ratings of the cells listed: one range of the map,
    // which is ordered by round, then rater.
    QJsonArray mine;
    const auto first = project.ratings.lower_bound(RatingKey{round.id, request.rater, NoId, NoId});
    for (auto it = first; it != project.ratings.end() && it->first.round == round.id &&
                          it->first.rater == request.rater;
         ++it) {
        const RatingKey& key = it->first;
        if (!request.free &&
            (key.touchpoint != request.touchpoint || key.criterion != request.criterion))
            continue;
        if (!request.rated || !request.rated->count({key.touchpoint, key.criterion}))
            continue; // rated before this session: not this phone's to see
        mine.append(QJsonObject{{QStringLiteral("touchpoint"), double(key.touchpoint)},
                                {QStringLiteral("criterion"), double(key.criterion)},
                                {QStringLiteral("score"), scoreJson(it->second.score)},
                                {QStringLiteral("note"), it->second.note}});
    }
    state.insert(QStringLiteral("mine"), mine);
    return state;
}

} // namespace js::live
