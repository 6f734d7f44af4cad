#pragma once

#include "core/document/ChangeEvent.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace js {

class ProjectDocument;

// An item model of one ordered list of the project (its frameworks, the
// criteria of one framework), a row per entity. It keeps the ids it shows and
// follows the document's change events one by one: an entity added, removed
// or moved becomes a row inserted, removed or moved, and a changed one
// repaints its row only. Rows can be dragged to a new place, which moves the
// entity through the document.
class IdListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;

    Id idAt(int row) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

protected:
    IdListModel(ProjectDocument* document, EntityKind kind, QObject* parent);

    // Null once the document is gone (the list is empty then).
    ProjectDocument* document() const { return m_document; }
    // The ids of the list, in the document's order now.
    virtual std::vector<Id> idsNow() const = 0;
    // Whether an event about an entity of the model's kind is about a row of
    // this list (a criterion of the framework shown).
    virtual bool concerns(const ChangeEvent& event) const = 0;
    // Moves the entity to a position in the list, through the document.
    virtual bool moveTo(Id id, int index) = 0;
    // Reads the whole list again.
    void reload();

private:
    void documentChanged(const ChangeEvent& event);
    // Moves a dragged row to stand before the given row (the row count for
    // the end).
    bool moveBefore(int from, int before);

    QPointer<ProjectDocument> m_document;
    EntityKind m_kind;
    std::vector<Id> m_ids;
};

} // namespace js
