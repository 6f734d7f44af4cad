#pragma once

#include "core/model/Id.h"

#include <QString>

#include <optional>

namespace js::selfassessment {

// What the self-assessment remembers between runs, in QSettings: the name
// the manager rates under (asked once), and per project where a walk was left
// half-way. A project is known by a key its caller chooses (the file's path);
// keys are hashed, so any text will do.

QString raterName();
void setRaterName(const QString& name);

// Where a walk stopped: the round it fills and the cell on screen.
struct ResumePoint {
    Id round = NoId;
    Id rater = NoId;
    Id touchpoint = NoId;
    Id criterion = NoId;

    bool operator==(const ResumePoint&) const = default;
};

std::optional<ResumePoint> resumePoint(const QString& projectKey);
void setResumePoint(const QString& projectKey, const ResumePoint& point);
// After the walk reached its result (or the round is gone): nothing to resume.
void clearResumePoint(const QString& projectKey);

} // namespace js::selfassessment
