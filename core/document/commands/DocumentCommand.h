#pragma once

#include "core/document/ChangeEvent.h"
#include "core/model/Id.h"
#include "core/model/Project.h"

#include <QUndoCommand>

#include <functional>
#include <vector>

namespace js {

class ProjectDocument;

// Base of every command: gives access to the document's model and lets the
// command announce what it changed. Commands are the only writers of the model.
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(ProjectDocument* document, QUndoCommand* parent);

protected:
    Project& project();
    ProjectDocument* document() const { return m_document; }
    // The owner of an entity now (see ChangeEvent::owner). A command that
    // removes or moves an entity asks before the change.
    Id ownerNow(EntityKind kind, Id id);
    void notifyAdded(EntityKind kind, Id id);
    void notifyRemoved(EntityKind kind, Id id, Id owner);
    void notifyChanged(EntityKind kind, Id id, Field field);
    void notifyMoved(EntityKind kind, Id id, Id previousOwner);
    void notifyRatingChanged(const RatingKey& key);
    void notifyRatingsChanged(const QList<RatingKey>& keys);
    static quint64 runOf(ProjectDocument* document);

private:
    ProjectDocument* m_document;
};

// Finds the list a command works on, from the current model. Commands hold a
// locator, never a pointer, because lists move in memory as the model changes.
template <typename T> using ListLocator = std::function<std::vector<T>*(Project&)>;

} // namespace js
