#include "ui/mainwindow/Inspector.h"

#include "core/document/ProjectDocument.h"
#include "ui/mainwindow/InspectorForms.h"

#include <QKeyEvent>
#include <QTimer>

namespace js {

Inspector::Inspector(ProjectDocument* document, QWidget* parent)
    : QScrollArea(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("inspector"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(260);
    connect(m_document, &ProjectDocument::changed, this, [this](const ChangeEvent& event) {
        // The form shows its entity, and names of others (a journey's
        // persona, a card's lane and stage) and counts (the project's): an
        // edit of an unrelated field elsewhere leaves it alone.
        if (!m_form)
            return;
        const Selection shown = m_form->selection();
        const bool itself = event.kind == shown.kind && event.id == shown.id;
        const bool names = event.type == ChangeType::Changed && event.field == Field::Name;
        if (itself || event.type != ChangeType::Changed || names ||
            shown.kind == EntityKind::Project)
            refreshLater();
    });
    connect(m_document, &ProjectDocument::projectReset, this, [this] { show(Selection{}); });
    show(Selection{});
}

void Inspector::show(const Selection& selection)
{
    if (m_form && m_form->selection() == selection)
        return;
    if (!m_document->exists(selection.kind, selection.id)) {
        show(Selection{});
        return;
    }
    m_form = new InspectorForm(m_document, selection);
    setWidget(m_form); // deletes the previous form
    for (QWidget* field : m_form->findChildren<QWidget*>())
        field->installEventFilter(this);
}

bool Inspector::eventFilter(QObject* watched, QEvent* event)
{
    // A field taking the focus starts a new run of typing: it will be its
    // own undo step, not merged with an earlier sitting at the same field.
    if (event->type() == QEvent::FocusIn)
        m_document->beginEditRun();
    // Every keystroke is already an edit of the project: Undo and Redo in a
    // field are the project's, not the field's own, so that the undo history
    // stays one history. Left unaccepted, the keys reach the Edit menu.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void Inspector::refreshLater()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        if (!m_form)
            return;
        if (!m_document->exists(m_form->selection().kind, m_form->selection().id))
            show(Selection{});
        else
            m_form->refresh();
    });
}

} // namespace js
