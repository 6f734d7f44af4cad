#pragma once

#include "core/model/Project.h"

#include <QDate>
#include <QString>

namespace js::selfassessment {

// A day as the self-assessment names it: "14 March 2026".
QString dayText(QDate date);

// A new round for a manager rating alone: named after the day ("Self-
// assessment 14 March 2026", numbered if the project has one of that name),
// with the manager as its one rater and the criteria chosen.
Round selfAssessmentRound(const Project& project, Id journeyId, const QString& raterName,
                          std::vector<RoundCriterion> criteria, QDate date);

// The self-assessment before this round on the same journey: the latest
// earlier round (by date, then by place in the project) rated by one person
// alone that holds a score. NoId when there is none.
Id previousSelfAssessment(const Project& project, Id roundId);

} // namespace js::selfassessment
