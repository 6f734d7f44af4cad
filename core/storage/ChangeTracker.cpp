#include "core/storage/ChangeTracker.h"

#include "core/document/ProjectDocument.h"

namespace js {

ChangeTracker::ChangeTracker(ProjectDocument* document, QObject* parent)
    : QObject(parent)
{
    connect(document, &ProjectDocument::entityAdded, this,
            [this](EntityKind kind, Id id) { note(kind, id, true, true); });
    connect(document, &ProjectDocument::entityMoved, this,
            [this](EntityKind kind, Id id) { note(kind, id, false, true); });
    connect(document, &ProjectDocument::entityChanged, this,
            [this](EntityKind kind, Id id) { note(kind, id, false, false); });
    connect(document, &ProjectDocument::entityRemoved, this,
            [this](EntityKind kind, Id id) { note(kind, id, false, false); });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_pending = ChangeSet{};
        m_pending.everything = true;
        Q_EMIT changed();
    });
    connect(document, &ProjectDocument::ratingChanged, this, [this](const RatingKey& key) {
        m_pending.ratings.insert(key);
        Q_EMIT changed();
    });
    connect(document, &ProjectDocument::ratingsChanged, this, [this](const QList<RatingKey>& keys) {
        m_pending.ratings.insert(keys.begin(), keys.end());
        Q_EMIT changed();
    });
}

void ChangeTracker::note(EntityKind kind, Id id, bool deep, bool siblings)
{
    if (kind == EntityKind::Project) {
        m_pending.projectFields = true;
    } else {
        m_pending.entities.insert({kind, id});
        if (deep)
            m_pending.deep.insert({kind, id});
        if (siblings)
            m_pending.siblings.insert({kind, id});
    }
    Q_EMIT changed();
}

ChangeSet ChangeTracker::take()
{
    ChangeSet taken = std::move(m_pending);
    m_pending = ChangeSet{};
    return taken;
}

void ChangeTracker::restore(const ChangeSet& changes)
{
    m_pending.merge(changes);
}

} // namespace js
