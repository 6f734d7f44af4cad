#pragma once

#include <QTableWidget>

namespace js {

class ProjectDocument;

// The action plan: every improvement with the touchpoint and criterion it
// should lift, its owner, due date, status, impact and effort.
class ActionList : public QTableWidget {
    Q_OBJECT

public:
    explicit ActionList(ProjectDocument* document, QWidget* parent = nullptr);

private:
    void rebuildLater();
    void rebuild();

    ProjectDocument* m_document;
    bool m_rebuildPending = false;
};

} // namespace js
