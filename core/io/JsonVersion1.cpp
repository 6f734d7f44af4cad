#include "core/io/JsonVersion1.h"

#include "core/model/ProjectQueries.h"

#include <map>
#include <set>

namespace js {

namespace {

// The journey a round without one takes: that of most of its ratings.
Id journeyForRound(const Project& project, Id roundId, const std::map<Id, int>& journeyOf)
{
    std::map<int, int> ratingsPerJourney; // journey index -> count
    for (const auto& [key, rating] : project.ratings) {
        if (key.round != roundId)
            continue;
        if (auto it = journeyOf.find(key.touchpoint); it != journeyOf.end())
            ++ratingsPerJourney[it->second];
    }
    int best = -1;
    int most = 0;
    for (const auto& [index, count] : ratingsPerJourney) {
        if (count > most) {
            best = index;
            most = count;
        }
    }
    if (best < 0)
        return project.journeys.empty() ? NoId : project.journeys.front().id;
    return project.journeys[size_t(best)].id;
}

} // namespace

void completeVersion1Rounds(Project& project)
{
    std::map<Id, int> journeyOf; // touchpoint -> index of its journey
    for (size_t j = 0; j < project.journeys.size(); ++j) {
        for (Id touchpoint : touchpointIds(project.journeys[j]))
            journeyOf[touchpoint] = int(j);
    }
    std::vector<Round> kept;
    for (Round& round : project.rounds) {
        if (round.journeyId == NoId)
            round.journeyId = journeyForRound(project, round.id, journeyOf);
        if (round.journeyId != NoId)
            kept.push_back(std::move(round));
    }
    project.rounds = std::move(kept);

    std::map<Id, Id> journeyOfRound;
    for (const Round& round : project.rounds)
        journeyOfRound[round.id] = round.journeyId;
    std::set<std::pair<Id, Id>> rated; // round, criterion
    for (auto it = project.ratings.begin(); it != project.ratings.end();) {
        const RatingKey& key = it->first;
        const auto round = journeyOfRound.find(key.round);
        const auto journey = journeyOf.find(key.touchpoint);
        const bool fits = round != journeyOfRound.end() && journey != journeyOf.end() &&
                          project.journeys[size_t(journey->second)].id == round->second;
        if (!fits) {
            it = project.ratings.erase(it);
            continue;
        }
        rated.insert({key.round, key.criterion});
        ++it;
    }
    for (Round& round : project.rounds) {
        if (!round.criteria.empty())
            continue;
        for (const Framework& framework : project.frameworks) {
            for (const Criterion& c : framework.criteria) {
                if (c.enabled || rated.contains({round.id, c.id}))
                    round.criteria.push_back({c.id, c.weight, c.target});
            }
        }
    }
}

} // namespace js
