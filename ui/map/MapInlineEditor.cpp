#include "ui/map/MapInlineEditor.h"

#include "core/document/ProjectDocument.h"

#include <QKeyEvent>

namespace js {

MapInlineEditor::MapInlineEditor(ProjectDocument* document, QWidget* parent)
    : QLineEdit(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("mapInlineEditor"));
    setFrame(false);
    hide();
    connect(this, &QLineEdit::textEdited, this, &MapInlineEditor::write);
}

QString MapInlineEditor::currentText() const
{
    const Project& project = m_document->project();
    return displayName(project, m_target.kind, m_target.id);
}

void MapInlineEditor::start(const Selection& target, bool fresh)
{
    if (isEditing())
        finish();
    if (!m_document->exists(target.kind, target.id))
        return;
    m_target = target;
    m_fresh = fresh;
    m_undoIndex = m_document->undoStack()->index();
    setText(currentText());
    selectAll();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void MapInlineEditor::write(const QString& text)
{
    switch (m_target.kind) {
    case EntityKind::Stage:
        m_document->set(m_target.id, &Stage::name, text);
        break;
    case EntityKind::Lane:
        m_document->set(m_target.id, &Lane::name, text);
        break;
    case EntityKind::Touchpoint:
        m_document->set(m_target.id, &Touchpoint::name, text);
        break;
    case EntityKind::Card:
        m_document->set(m_target.id, &LaneCard::text, text);
        break;
    default:
        break;
    }
}

void MapInlineEditor::finish()
{
    if (!isEditing())
        return;
    const Selection target = m_target;
    m_target = {};
    hide();
    // An item added to be typed into and left empty was not wanted: take the
    // add back, as if it had never been made.
    QUndoStack* stack = m_document->undoStack();
    if (m_fresh && m_document->exists(target.kind, target.id) &&
        displayName(m_document->project(), target.kind, target.id).trimmed().isEmpty() &&
        stack->index() == m_undoIndex && stack->canUndo()) {
        stack->undo();
    }
    Q_EMIT finished(target);
}

void MapInlineEditor::keyPressEvent(QKeyEvent* event)
{
    const Selection target = m_target;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (text().trimmed().isEmpty()) {
            finish(); // an empty new item goes; nothing follows it
            return;
        }
        m_fresh = false;
        finish();
        Q_EMIT nextRequested(target);
        return;
    case Qt::Key_Tab:
        finish();
        Q_EMIT advanceRequested(target, +1);
        return;
    case Qt::Key_Backtab:
        finish();
        Q_EMIT advanceRequested(target, -1);
        return;
    case Qt::Key_Escape:
        finish();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

bool MapInlineEditor::event(QEvent* event)
{
    // Tab is ours (move on), not focus traversal; Undo and Redo are the
    // project's, so that the history stays one history.
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void MapInlineEditor::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        finish();
}

} // namespace js
