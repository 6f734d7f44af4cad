#pragma once

#include "ui/mainwindow/Selection.h"

#include <QLineEdit>

namespace js {

class ProjectDocument;

// Types straight into a stage, lane, touchpoint or card on the canvas. Every
// keystroke is an edit of the document (consecutive ones merge into one undo
// step); Enter asks for the next item, Tab moves on, Escape ends.
class MapInlineEditor : public QLineEdit {
    Q_OBJECT

public:
    MapInlineEditor(ProjectDocument* document, QWidget* parent);

    const Selection& target() const { return m_target; }
    bool isEditing() const { return m_target.id != NoId; }
    // Starts editing an entity's name (a card's text). `fresh` marks an item
    // just added for this: left empty, it is taken away again.
    void start(const Selection& target, bool fresh);
    // Ends editing (Escape, a click elsewhere).
    void finish();

Q_SIGNALS:
    void nextRequested(const js::Selection& after);             // Enter
    void advanceRequested(const js::Selection& from, int step); // Tab, Shift+Tab
    void finished(const js::Selection& target);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString currentText() const;
    void write(const QString& text);

    ProjectDocument* m_document;
    Selection m_target;
    bool m_fresh = false;
    int m_undoIndex = -1; // the undo stack's index right after the add
};

} // namespace js
