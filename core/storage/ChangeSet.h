#pragma once

#include "core/model/Id.h"
#include "core/model/Rating.h"

#include <set>
#include <utility>

namespace js {

// What changed in a document since the last flush, by id: the storage re-reads
// each from the model and writes it, or deletes it when it is gone.
struct ChangeSet {
    using Entity = std::pair<EntityKind, Id>;

    bool everything = false; // the whole project was replaced
    bool projectFields = false;
    std::set<Entity> entities; // changed, added, moved or removed
    std::set<Entity> deep;     // added: write everything it owns too
    std::set<Entity> siblings; // added or moved: renumber its siblings
    std::set<RatingKey> ratings;

    bool empty() const
    {
        return !everything && !projectFields && entities.empty() && ratings.empty();
    }

    void merge(const ChangeSet& other)
    {
        everything = everything || other.everything;
        projectFields = projectFields || other.projectFields;
        entities.insert(other.entities.begin(), other.entities.end());
        deep.insert(other.deep.begin(), other.deep.end());
        siblings.insert(other.siblings.begin(), other.siblings.end());
        ratings.insert(other.ratings.begin(), other.ratings.end());
    }
};

} // namespace js
