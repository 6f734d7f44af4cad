#pragma once

#include "core/model/Id.h"

#include <QMetaType>

namespace js {

// Which field of an entity an edit changed. Views use it to skip work that a
// change cannot affect (an owner's new name never moves the emotion curve).
enum class Field {
    None, // not a field edit: an entity added, removed or moved
    Name,
    Description,
    Client,
    Role,
    Goals,
    Frustrations,
    Quote,
    Photo,
    Persona,
    State,
    Kind,
    Hidden,
    Text,
    Lane,
    Channel,
    Owner,
    Importance,
    Emotion,
    Locked,   // a round locked or unlocked
    Criteria, // the criteria a round rates
    Other,    // a field no view tells apart (assessment and plan fields)
};

enum class ChangeType { Added, Removed, Changed, Moved };

// One change of the model, as the document announces it.
struct ChangeEvent {
    ChangeType type = ChangeType::Changed;
    EntityKind kind = EntityKind::Project;
    Id id = NoId;
    // The entity's owner: the journey of a stage or lane, the stage of a
    // touchpoint or card, the framework of a criterion, the round of a rater,
    // the touchpoint of a target override;
    // NoId for the rest. For a removal, the owner it had.
    Id owner = NoId;
    // For a move, the owner before it (the old stage of a touchpoint).
    Id previousOwner = NoId;
    Field field = Field::None;
    // The document's revision after this change.
    quint64 revision = 0;

    bool operator==(const ChangeEvent&) const = default;
};

} // namespace js

Q_DECLARE_METATYPE(js::ChangeEvent)
