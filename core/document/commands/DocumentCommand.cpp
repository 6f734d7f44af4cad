#include "core/document/commands/DocumentCommand.h"

#include "core/document/ProjectDocument.h"

namespace js {

DocumentCommand::DocumentCommand(ProjectDocument* document, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
{}

Project& DocumentCommand::project()
{
    return m_document->m_project;
}

void DocumentCommand::notifyAdded(EntityKind kind, Id id)
{
    Q_EMIT m_document->entityAdded(kind, id);
}

void DocumentCommand::notifyRemoved(EntityKind kind, Id id)
{
    Q_EMIT m_document->entityRemoved(kind, id);
}

void DocumentCommand::notifyChanged(EntityKind kind, Id id)
{
    Q_EMIT m_document->entityChanged(kind, id);
}

void DocumentCommand::notifyMoved(EntityKind kind, Id id)
{
    Q_EMIT m_document->entityMoved(kind, id);
}

void DocumentCommand::notifyRatingChanged(const RatingKey& key)
{
    Q_EMIT m_document->ratingChanged(key);
}

void DocumentCommand::notifyRatingsChanged(const QList<RatingKey>& keys)
{
    Q_EMIT m_document->ratingsChanged(keys);
}

} // namespace js
