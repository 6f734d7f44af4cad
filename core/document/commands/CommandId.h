#pragma once

namespace js {

// QUndoCommand::id() values of the commands that merge with their successor.
enum CommandId {
    SetFieldCommandId = 1,
    SetRatingCommandId,
};

} // namespace js
