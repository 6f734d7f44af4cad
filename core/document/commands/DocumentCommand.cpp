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

quint64 DocumentCommand::runOf(ProjectDocument* document)
{
    return document->editRun();
}

Id DocumentCommand::ownerNow(EntityKind kind, Id id)
{
    return ownerOf(m_document->m_project, kind, id);
}

void DocumentCommand::notifyAdded(EntityKind kind, Id id)
{
    m_document->announce({ChangeType::Added, kind, id, ownerNow(kind, id)});
}

void DocumentCommand::notifyRemoved(EntityKind kind, Id id, Id owner)
{
    m_document->announce({ChangeType::Removed, kind, id, owner});
}

void DocumentCommand::notifyChanged(EntityKind kind, Id id, Field field)
{
    m_document->announce({ChangeType::Changed, kind, id, ownerNow(kind, id), NoId, field});
}

void DocumentCommand::notifyMoved(EntityKind kind, Id id, Id previousOwner)
{
    m_document->announce({ChangeType::Moved, kind, id, ownerNow(kind, id), previousOwner});
}

void DocumentCommand::notifyRatingChanged(const RatingKey& key)
{
    ++m_document->m_revision;
    Q_EMIT m_document->ratingChanged(key);
}

void DocumentCommand::notifyRatingsChanged(const QList<RatingKey>& keys)
{
    ++m_document->m_revision;
    Q_EMIT m_document->ratingsChanged(keys);
}

} // namespace js
