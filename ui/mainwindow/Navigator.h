#pragma once

#include "ui/mainwindow/Selection.h"

#include <QTreeWidget>

#include <map>
#include <optional>
#include <vector>

namespace js {

class ProjectDocument;

// The tree on the left: journeys (with their stages and touchpoints),
// personas, frameworks (with their criteria) and rounds (with their raters).
// Follows the document: a rename changes its row in place; a structural
// change rebuilds the tree, keeping which branches are open and the
// selection. What is added (or brought back by undo) becomes selected; when
// the selected item goes, its neighbour is selected instead.
class Navigator : public QTreeWidget {
    Q_OBJECT

public:
    explicit Navigator(ProjectDocument* document, QWidget* parent = nullptr);

    // The current row (the one the inspector shows) and every selected row:
    // Ctrl- and Shift-click select several.
    Selection selection() const;
    QList<Selection> selections() const;
    void select(const Selection& selection);
    // Shows the window's selection: these rows selected, `current` current.
    void showSelection(const QList<Selection>& selected, const Selection& current);
    // Whether a rater just added becomes the selection (as when the user adds
    // one); off while a live session adds the participants who join, so that
    // a join never takes what the facilitator is working on.
    void setSelectsAddedRaters(bool selects) { m_selectsAddedRaters = selects; }

Q_SIGNALS:
    void selectionChanged(const js::Selection& selection);

private:
    using ItemKey = std::pair<int, Id>;

    void rebuild();
    void scheduleRebuild();
    void entityAdded(EntityKind kind, Id id);
    void entityChanged(EntityKind kind, Id id);
    QTreeWidgetItem* addItem(QTreeWidgetItem* parent, EntityKind kind, Id id);
    QTreeWidgetItem* addSection(const QString& text, EntityKind kind);
    // Sets an item's text, tooltip and look from the entity it shows.
    void decorate(QTreeWidgetItem* item) const;
    QTreeWidgetItem* itemFor(const Selection& selection) const;
    static ItemKey keyOf(const QTreeWidgetItem* item);
    // Where the selection goes if the selected item disappears.
    std::vector<Selection> fallbacksFor(const QTreeWidgetItem* item) const;
    void emitSelection();

    ProjectDocument* m_document;
    bool m_rebuildPending = false;
    std::map<ItemKey, bool> m_expanded;
    std::optional<Selection> m_added;
    bool m_selectsAddedRaters = true;
};

} // namespace js
