// Mermaid import (File > Import journey from Mermaid…): the diagram parser,
// and turning what it read into a project.

#include "FuzzSupport.h"
#include "core/io/MermaidJourney.h"
#include "core/model/ProjectValidation.h"

#include <cstdlib>

JOURNEYSCOPE_FUZZ_STARTS_QT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const js::mermaid::MermaidImport parsed = js::mermaid::parseJourney(text);
    if (!parsed.ok) {
        if (parsed.message.isEmpty())
            std::abort(); // a refusal must say what is wrong
        return 0;
    }
    for (const js::mermaid::MermaidSection& section : parsed.sections) {
        for (const js::mermaid::MermaidTask& task : section.tasks) {
            if (task.score < 1 || task.score > 5)
                std::abort();
        }
    }
    // What the import writes must be a valid project that exports again.
    const js::Project project = js::mermaid::projectFromImport(parsed, QStringLiteral("Fuzzed"));
    if (!js::validateProject(project).isEmpty())
        std::abort();
    if (!project.journeys.empty())
        (void)js::mermaid::journeyText(project, project.journeys.front().id);
    return 0;
}
