#pragma once

// Helpers shared by the files that implement ProjectDocument's operations.

#include "core/document/ProjectDocument.h"
#include "core/document/commands/ListCommands.h"

#include <algorithm>

namespace js::detail {

inline int clampIndex(int index, size_t size)
{
    if (index < 0 || static_cast<size_t>(index) > size)
        return static_cast<int>(size);
    return index;
}

inline QString nounOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return ProjectDocument::tr("project");
    case EntityKind::Persona:
        return ProjectDocument::tr("persona");
    case EntityKind::Journey:
        return ProjectDocument::tr("journey");
    case EntityKind::Stage:
        return ProjectDocument::tr("stage");
    case EntityKind::Lane:
        return ProjectDocument::tr("lane");
    case EntityKind::Card:
        return ProjectDocument::tr("card");
    case EntityKind::Touchpoint:
        return ProjectDocument::tr("touchpoint");
    case EntityKind::Framework:
        return ProjectDocument::tr("framework");
    case EntityKind::Criterion:
        return ProjectDocument::tr("criterion");
    case EntityKind::Round:
        return ProjectDocument::tr("round");
    case EntityKind::Rater:
        return ProjectDocument::tr("rater");
    case EntityKind::Target:
        return ProjectDocument::tr("target");
    case EntityKind::Metric:
        return ProjectDocument::tr("metric");
    case EntityKind::Action:
        return ProjectDocument::tr("action");
    }
    return {};
}

inline QString addText(EntityKind kind)
{
    return ProjectDocument::tr("Add %1").arg(nounOf(kind));
}

// "Delete touchpoint “Checkout page”": what the Edit menu calls an edit of
// one named entity.
inline QString namedText(const char* verb, const Project& project, EntityKind kind, Id id)
{
    const QString name = displayName(project, kind, id);
    if (name.isEmpty())
        return ProjectDocument::tr(verb).arg(nounOf(kind), QString()).trimmed();
    return ProjectDocument::tr(verb).arg(nounOf(kind), quoted(name));
}

inline QString removeText(const Project& project, EntityKind kind, Id id)
{
    return namedText(QT_TRANSLATE_NOOP("js::ProjectDocument", "Delete %1 %2"), project, kind, id);
}

inline QString moveText(const Project& project, EntityKind kind, Id id)
{
    return namedText(QT_TRANSLATE_NOOP("js::ProjectDocument", "Move %1 %2"), project, kind, id);
}

// Pushes a move of an item inside one list, unless it is already there.
template <typename T>
QUndoCommand* makeMoveWithin(ProjectDocument* document, const std::vector<T>& list,
                             ListLocator<T> locator, Id id, int index)
{
    const int from = indexOfId(list, id);
    if (from < 0 || list.empty())
        return nullptr;
    const int to = std::clamp(index, 0, static_cast<int>(list.size()) - 1);
    if (from == to)
        return nullptr;
    auto* command = new MoveItemCommand<T>(document, locator, locator, id, to);
    command->setText(moveText(document->project(), EntityTraits<T>::kind, id));
    return command;
}

} // namespace js::detail
