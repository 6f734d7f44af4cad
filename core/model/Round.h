#pragma once

#include "core/model/Framework.h"
#include "core/model/Id.h"

#include <QDate>
#include <QString>

#include <vector>

namespace js {

// A person who rates in a round (a workshop participant, or the manager alone).
struct Rater {
    Id id = NoId;
    QString name;
    QString role; // role or department

    bool operator==(const Rater&) const = default;
};

// One criterion as a round rates it. Chosen when the round is created, with
// the weight and target the criterion had then: later edits of the framework
// never change what a past round rated or what its results were.
struct RoundCriterion {
    Id criterionId = NoId;
    double weight = 1.0;
    double target = DefaultTarget;

    bool operator==(const RoundCriterion&) const = default;
};

// One assessment session: a workshop or a periodic self-check of one journey.
struct Round {
    Id id = NoId;
    QString name;
    QString description; // the facilitator's notes
    QDate date;
    Id journeyId = NoId; // required: the journey whose touchpoints it rates
    bool locked = false; // a finished round: read-only until unlocked
    std::vector<RoundCriterion> criteria;
    std::vector<Rater> raters;

    bool operator==(const Round&) const = default;
};

// The criteria a new round of the project rates by default: every criterion
// switched on, framework by framework, with its weight and target now.
std::vector<RoundCriterion> defaultRoundCriteria(const std::vector<Framework>& frameworks);

const RoundCriterion* findRoundCriterion(const Round& round, Id criterionId);

} // namespace js
