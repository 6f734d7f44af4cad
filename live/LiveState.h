#pragma once

#include "core/model/Id.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <set>
#include <utility>
#include <vector>

namespace js {
struct Project;
struct Round;
} // namespace js

namespace js::live {

// What GET /api/state tells a phone: the round, the cells it may rate with
// their texts, and (for a participant) their own ratings. Only what rating
// needs: never other journeys, other raters' scores or notes, or personas.
struct StateRequest {
    const Round* round = nullptr;
    bool free = false;    // every cell of the round; otherwise only the current one
    Id touchpoint = NoId; // the current cell in paced mode
    Id criterion = NoId;
    quint64 version = 0;
    Id rater = NoId;        // the participant asking, or NoId
    QString name;           // their name
    std::vector<Id> joined; // raters already taken by a participant
    // The cells the participant rated in this session; only these are in "mine".
    const std::set<std::pair<Id, Id>>* rated = nullptr;
};

QJsonObject stateJson(const Project& project, const StateRequest& request);

// A score as the API writes it: 1..5, "na", or null for none.
QJsonValue scoreJson(int score);

} // namespace js::live
