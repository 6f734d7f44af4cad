#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QString>

#include <vector>

namespace js {

// A person who rates in a round (a workshop participant, or the manager alone).
struct Rater {
    Id id = NoId;
    QString name;
    QString role;

    bool operator==(const Rater&) const = default;
};

// One assessment session: a workshop or a periodic self-check of one journey.
struct Round {
    Id id = NoId;
    QString name;
    QString description;
    QDate date;
    Id journeyId = NoId;
    std::vector<Rater> raters;

    bool operator==(const Round&) const = default;
};

} // namespace js
