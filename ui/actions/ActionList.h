#pragma once

#include "core/document/ChangeEvent.h"
#include "core/model/Action.h"

#include <QTableWidget>

namespace js {

class ProjectDocument;

// The action plan: every improvement with the touchpoint and criterion it
// should lift, its owner, due date, status, impact and effort. Follows the
// document row by row: an edit refreshes the rows it names, an added or
// removed action adds or removes its row; only a reset rebuilds the table.
class ActionList : public QTableWidget {
    Q_OBJECT

public:
    explicit ActionList(ProjectDocument* document, QWidget* parent = nullptr);

    // How many times the whole table was filled (a test counts them).
    int rebuilds() const { return m_rebuilds; }

private:
    void rebuild();
    void documentChanged(const ChangeEvent& event);
    int rowOf(Id actionId) const;
    void fillRow(int row, const Action& action);

    ProjectDocument* m_document;
    int m_rebuilds = 0;
};

} // namespace js
