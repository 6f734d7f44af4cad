#pragma once

#include "ui/mainwindow/Selection.h"

#include <QList>
#include <QObject>

namespace js {

class ProjectDocument;

// The window's one selection, shared by every view: the navigator, the map,
// the inspector and later the grid and the charts. Holds any number of
// entities; the current one is the last picked, and the inspector shows it.
// What the document removes drops out of the selection.
class SelectionModel : public QObject {
    Q_OBJECT

public:
    explicit SelectionModel(ProjectDocument* document, QObject* parent = nullptr);

    const QList<Selection>& selected() const { return m_selected; }
    // The last picked, or the project when nothing is selected.
    Selection current() const;
    bool isSelected(EntityKind kind, Id id) const;
    bool isEmpty() const { return m_selected.isEmpty(); }
    // True while what the document removed drops out of the selection.
    bool isPruning() const { return m_pruning; }
    // The selected ids of one kind, in selection order.
    QList<Id> ids(EntityKind kind) const;

    // Selects exactly this entity (the project: nothing).
    void select(const Selection& selection);
    // Selects these; `current` (one of them) becomes the current one.
    void setSelection(const QList<Selection>& selection, const Selection& current = {});
    void toggle(const Selection& selection);
    void clear();

Q_SIGNALS:
    // After every change of what is selected or which one is current.
    void changed();

private:
    void entityRemoved(EntityKind kind, Id id);

    ProjectDocument* m_document;
    QList<Selection> m_selected;
    Selection m_current;
    bool m_prunePending = false;
    bool m_pruning = false;
};

} // namespace js
