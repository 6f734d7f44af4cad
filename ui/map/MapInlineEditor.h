#pragma once

#include "core/document/ProjectDocument.h"
#include "ui/mainwindow/Selection.h"

#include <QPlainTextEdit>

namespace js {

// Types straight into a stage, lane, touchpoint or card on the canvas. Every
// keystroke is an edit of the document; one sitting is one undo step. Enter
// ends it (after a new item it asks for the next one), Tab moves on, Escape
// ends; Shift+Enter starts a new line in a card.
//
// A new item's name, typed in the edit run that added it, is part of its add:
// "Add card “Too many ads”" is one undo step, and a new item left empty goes
// again without a trace, with nothing left to redo.
class MapInlineEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    MapInlineEditor(ProjectDocument* document, QWidget* parent);
    ~MapInlineEditor() override;

    const Selection& target() const { return m_target; }
    bool isEditing() const { return m_target.id != NoId; }
    // Starts editing an entity's name (a card's text); `added` when the item
    // was just added to be named.
    void start(const Selection& target, bool added);
    // Ends editing (Escape, a click elsewhere).
    void finish();
    // The text as it is now, for placing the editor.
    QString text() const { return toPlainText(); }

Q_SIGNALS:
    void nextRequested(const js::Selection& after);             // Enter after a new item
    void advanceRequested(const js::Selection& from, int step); // Tab, Shift+Tab
    void finished(const js::Selection& target);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString currentText() const;
    void write();
    void documentChanged(const ChangeEvent& event);

    ProjectDocument* m_document;
    Selection m_target;
    bool m_added = false;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace js
