#pragma once

#include "core/model/Id.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <set>

namespace js {

// What the Insights tab remembers per project (in the user's settings, keyed
// by the project's file): the filters and the charts chosen.
struct InsightsSettings {
    Id round = NoId;
    // NoId with compareChosen: "no comparison"; without: the previous round.
    Id compareTo = NoId;
    bool compareChosen = false;
    std::optional<std::set<Id>> frameworks;
    std::optional<std::set<Id>> raters;
    std::optional<std::set<Id>> stages;
    QStringList hiddenCharts; // InsightChart::key() of the charts switched off
    bool radarByStage = false;
    Id radarSubject = NoId; // the stage shown when radarByStage
    int quadrantSplit = 0;  // analysis::QuadrantSplit

    static InsightsSettings load(const QString& projectKey);
    void save(const QString& projectKey) const;
    bool operator==(const InsightsSettings&) const = default;
};

} // namespace js
