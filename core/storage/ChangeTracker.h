#pragma once

#include "core/storage/ChangeSet.h"

#include <QObject>

namespace js {

class ProjectDocument;

// Collects a document's change signals into a ChangeSet for the next flush.
class ChangeTracker : public QObject {
    Q_OBJECT

public:
    explicit ChangeTracker(ProjectDocument* document, QObject* parent = nullptr);

    const ChangeSet& pending() const { return m_pending; }
    bool hasChanges() const { return !m_pending.empty(); }
    // Hands over what is pending and starts a new set.
    ChangeSet take();
    // Puts back a set whose flush failed, so that the next flush retries it.
    void restore(const ChangeSet& changes);

Q_SIGNALS:
    void changed();

private:
    void note(EntityKind kind, Id id, bool deep, bool siblings);

    ChangeSet m_pending;
};

} // namespace js
