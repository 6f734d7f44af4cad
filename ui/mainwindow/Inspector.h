#pragma once

#include "ui/mainwindow/InspectorForms.h"
#include "ui/mainwindow/Selection.h"

#include <QPointer>
#include <QScrollArea>

namespace js {

class InspectorForm;
class ProjectDocument;

// The panel on the right: a form for the selected entity, kept in step with
// the document (undo and redo show up in the fields at once).
class Inspector : public QScrollArea {
    Q_OBJECT

public:
    explicit Inspector(ProjectDocument* document, QWidget* parent = nullptr);

    void show(const Selection& selection);
    InspectorForm* form() const { return m_form; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshLater();

    ProjectDocument* m_document;
    QPointer<InspectorForm> m_form;
    bool m_refreshPending = false;
};

} // namespace js
