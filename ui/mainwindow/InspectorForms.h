#pragma once

#include "ui/mainwindow/Selection.h"

#include <QWidget>

#include <functional>
#include <vector>

namespace js {

class ProjectDocument;

// An editing form for one entity. Each editor writes through the document
// (one undoable edit per change, typing merges) and re-reads its value when
// refresh() is called after the document changed (undo, redo).
class InspectorForm : public QWidget {
    Q_OBJECT

public:
    InspectorForm(ProjectDocument* document, const Selection& selection, QWidget* parent = nullptr);

    const Selection& selection() const { return m_selection; }
    void refresh();

private:
    Selection m_selection;
    std::vector<std::function<void()>> m_refreshers;
};

} // namespace js
