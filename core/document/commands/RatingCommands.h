#pragma once

#include "core/document/commands/DocumentCommand.h"

#include <optional>

namespace js {

// Sets or clears one rating (nullopt clears it). Consecutive note edits of the
// same rating merge.
class SetRatingCommand : public DocumentCommand {
public:
    SetRatingCommand(ProjectDocument* document, const RatingKey& key, std::optional<Rating> after,
                     bool mergeable, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const std::optional<Rating>& value);

    RatingKey m_key;
    std::optional<Rating> m_before;
    std::optional<Rating> m_after;
    bool m_mergeable;
};

// Removes every rating whose key matches a predicate (all ratings of a removed
// touchpoint, criterion, round or rater); undo restores them.
class RemoveRatingsCommand : public DocumentCommand {
public:
    using Predicate = std::function<bool(const RatingKey&)>;

    RemoveRatingsCommand(ProjectDocument* document, Predicate predicate,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void notifyRemovedKeys();

    Predicate m_predicate;
    std::vector<std::pair<RatingKey, Rating>> m_removed;
};

} // namespace js
