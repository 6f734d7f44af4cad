#include "core/document/commands/RatingCommands.h"

#include "core/document/commands/CommandId.h"

namespace js {

SetRatingCommand::SetRatingCommand(ProjectDocument* document, const RatingKey& key,
                                   std::optional<Rating> after, bool mergeable,
                                   QUndoCommand* parent)
    : DocumentCommand(document, parent)
    , m_key(key)
    , m_after(std::move(after))
    , m_mergeable(mergeable)
{
    const auto& ratings = project().ratings;
    if (auto it = ratings.find(m_key); it != ratings.end())
        m_before = it->second;
}

void SetRatingCommand::redo()
{
    apply(m_after);
}

void SetRatingCommand::undo()
{
    apply(m_before);
}

int SetRatingCommand::id() const
{
    return m_mergeable ? SetRatingCommandId : -1;
}

bool SetRatingCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetRatingCommand*>(other);
    if (!next || !next->m_mergeable || next->m_key != m_key)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

void SetRatingCommand::apply(const std::optional<Rating>& value)
{
    auto& ratings = project().ratings;
    if (value)
        ratings[m_key] = *value;
    else
        ratings.erase(m_key);
    notifyRatingChanged(m_key);
}

RemoveRatingsCommand::RemoveRatingsCommand(ProjectDocument* document, Predicate predicate,
                                           QUndoCommand* parent)
    : DocumentCommand(document, parent)
    , m_predicate(std::move(predicate))
{}

void RemoveRatingsCommand::redo()
{
    m_removed.clear();
    auto& ratings = project().ratings;
    for (auto it = ratings.begin(); it != ratings.end();) {
        if (m_predicate(it->first)) {
            m_removed.emplace_back(it->first, std::move(it->second));
            it = ratings.erase(it);
        } else {
            ++it;
        }
    }
    notifyRemovedKeys();
}

void RemoveRatingsCommand::undo()
{
    auto& ratings = project().ratings;
    for (auto& [key, rating] : m_removed)
        ratings.emplace_hint(ratings.end(), key, std::move(rating));
    notifyRemovedKeys();
    m_removed.clear();
}

void RemoveRatingsCommand::notifyRemovedKeys()
{
    if (m_removed.empty())
        return;
    QList<RatingKey> keys;
    keys.reserve(qsizetype(m_removed.size()));
    for (const auto& [key, rating] : m_removed)
        keys.append(key);
    notifyRatingsChanged(keys);
}

} // namespace js
