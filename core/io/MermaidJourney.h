#pragma once

#include "core/model/Project.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace js {
class ProjectDocument;
}

// A journey as the text of a Mermaid user-journey diagram ("journey", a
// title, a "section" per stage, "Task name: score: actors" per touchpoint),
// out for documents and wikis that render Mermaid, and in to start a map from
// one. Mermaid rates a task 1..5; a touchpoint has an emotion -3..+3 (see
// scoreFromEmotion).
namespace js::mermaid {

// The nearest point of the 1..5 scale laid linearly over -3..+3:
// -3 -> 1, -2 and -1 -> 2, 0 -> 3, +1 and +2 -> 4, +3 -> 5.
int scoreFromEmotion(int emotion);
// The way back, so that every score survives import then export:
// 1 -> -3, 2 -> -2, 3 -> 0, 4 -> +2, 5 -> +3.
int emotionFromScore(int score);

// The diagram of one journey of the project; empty for an unknown id. The
// actor of every task is the journey's persona, or "Customer" without one.
// Names are written so that Mermaid always parses them (see the .cpp).
QString journeyText(const Project& project, Id journeyId);

struct MermaidTask {
    QString name;
    int score = 3; // 1..5
    QStringList actors;

    bool operator==(const MermaidTask&) const = default;
};

struct MermaidSection {
    QString name; // empty for tasks written before the first section
    std::vector<MermaidTask> tasks;

    bool operator==(const MermaidSection&) const = default;
};

struct MermaidImport {
    bool ok = false;
    QString message; // what is wrong, starting with the line ("line 4: ..."), when not ok
    int line = 0;    // the 1-based line of the problem; 0 when it is no one line
    QString title;
    std::vector<MermaidSection> sections;
};

// Reads a journey diagram. Tolerates indentation, blank lines, "%%" and "#"
// comments, directives, front matter, accTitle/accDescr, CRLF, a missing title
// and tasks without actors. Refuses, naming the line, text that is not a
// journey diagram, a task without a score, a score that is not 1..5, and ";".
MermaidImport parseJourney(const QString& text);

// What an import adds to a project: the journey (stages, touchpoints with
// their emotion, the lanes a new journey has; no ids) and the persona named
// after the first actor, if any task has one. fallbackName names a journey
// without a title (the file's name, say).
struct ImportedJourney {
    Journey journey;
    std::optional<Persona> persona;
};
ImportedJourney journeyFromImport(const MermaidImport& parsed, const QString& fallbackName);

// Adds an import to the document as one undo step, and returns the new
// journey's id (NoId when parsed is not ok). A persona of the same name that
// the project already has is used rather than doubled.
Id addImportedJourney(ProjectDocument& document, const MermaidImport& parsed,
                      const QString& fallbackName);

// A new project holding only the import and the built-in frameworks, named
// after the journey, with ids assigned (what "journeyscope import" writes).
Project projectFromImport(const MermaidImport& parsed, const QString& fallbackName);

} // namespace js::mermaid
