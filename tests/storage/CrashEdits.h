#pragma once

#include "core/document/ProjectDocument.h"

#include <iterator>

namespace js::test {

// The numbered edits the crash writer makes. Edit N always makes the same
// change to the same project, so the test can rebuild exactly what the file
// should hold after any number of them.
inline void applyCrashEdit(ProjectDocument& document, long edit)
{
    const Project& project = document.project();
    document.set(NoId, &Project::name, QStringLiteral("edit %1").arg(edit));
    const Journey& journey = project.journeys.front();
    document.moveStage(journey.stages.back().id, int(edit % 5));
    if (!project.ratings.empty()) {
        const auto rating =
            std::next(project.ratings.begin(), long(edit * 7919 % long(project.ratings.size())));
        document.setRatingScore(rating->first, int(edit % 5) + 1);
    }
    const Stage& stage = journey.stages[size_t(edit) % journey.stages.size()];
    if (!stage.touchpoints.empty()) {
        document.set(stage.touchpoints.front().id, &Touchpoint::description,
                     QStringLiteral("noted in edit %1").arg(edit));
    }
    if (edit % 10 == 0) {
        for (const Lane& lane : journey.lanes) {
            if (lane.kind == LaneKind::Text) {
                document.addCard(stage.id, lane.id, 0, QStringLiteral("card of edit %1").arg(edit));
                break;
            }
        }
    }
}

} // namespace js::test
