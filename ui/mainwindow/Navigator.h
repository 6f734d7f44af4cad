#pragma once

#include "ui/mainwindow/Selection.h"

#include <QTreeWidget>

namespace js {

class ProjectDocument;

// The tree on the left: journeys (with their stages and touchpoints),
// personas, frameworks (with their criteria) and rounds (with their raters).
// Rebuilds itself when the document changes and keeps the selection.
class Navigator : public QTreeWidget {
    Q_OBJECT

public:
    explicit Navigator(ProjectDocument* document, QWidget* parent = nullptr);

    Selection selection() const;
    void select(const Selection& selection);

Q_SIGNALS:
    void selectionChanged(const js::Selection& selection);

private:
    void rebuild();
    void scheduleRebuild();
    QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const QString& text, EntityKind kind, Id id);
    QTreeWidgetItem* addSection(const QString& text, EntityKind kind);
    void emitSelection();

    ProjectDocument* m_document;
    bool m_rebuildPending = false;
};

} // namespace js
