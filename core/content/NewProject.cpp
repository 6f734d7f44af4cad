#include "core/content/NewProject.h"

#include "core/content/BuiltInFrameworks.h"
#include "core/content/JourneyTemplates.h"
#include "core/document/ProjectDocument.h"

#include <QCoreApplication>

namespace js {

void fillNewProject(ProjectDocument& document)
{
    document.set(NoId, &Project::name,
                 QCoreApplication::translate("js::NewProject", "New project"));
    Journey journey = journeyFromTemplate(JourneyTemplate::Lifecycle);
    journey.name = QCoreApplication::translate("js::NewProject", "Customer journey");
    document.addJourney(std::move(journey));
    for (Framework& framework : builtInFrameworks())
        document.addFramework(std::move(framework));
    document.undoStack()->clear();
}

} // namespace js
