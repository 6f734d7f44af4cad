#include "ui/map/MapInlineEditor.h"

#include <QKeyEvent>
#include <QScopedValueRollback>

namespace js {

MapInlineEditor::MapInlineEditor(ProjectDocument* document, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("mapInlineEditor"));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    QPlainTextEdit::document()->setDocumentMargin(1);
    setStyleSheet(QStringLiteral("QPlainTextEdit#mapInlineEditor { border: 2px solid %1; "
                                 "border-radius: 3px; }")
                      .arg(palette().color(QPalette::Highlight).name()));
    hide();
    connect(this, &QPlainTextEdit::textChanged, this, &MapInlineEditor::write);
    connect(m_document, &ProjectDocument::changed, this, &MapInlineEditor::documentChanged);
}

MapInlineEditor::~MapInlineEditor()
{
    // Goes before the document: an empty new item goes with it.
    finish();
}

QString MapInlineEditor::currentText() const
{
    return displayName(m_document->project(), m_target.kind, m_target.id);
}

void MapInlineEditor::start(const Selection& target, bool added)
{
    if (isEditing())
        finish();
    if (!m_document->exists(target.kind, target.id))
        return;
    m_target = target;
    m_added = added;
    // A new item's name is typed in the run that added it (and merges into
    // the add); a rename is a run of its own.
    if (!added)
        m_document->beginEditRun();
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        setPlainText(currentText());
    }
    selectAll();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void MapInlineEditor::write()
{
    if (m_loading || !isEditing())
        return;
    const QScopedValueRollback<bool> writing(m_writing, true);
    QString value = toPlainText();
    // Names are one line; only a card holds several.
    if (m_target.kind != EntityKind::Card)
        value.replace(u'\n', u' ');
    switch (m_target.kind) {
    case EntityKind::Stage:
        m_document->set(m_target.id, &Stage::name, value);
        break;
    case EntityKind::Lane:
        m_document->set(m_target.id, &Lane::name, value);
        break;
    case EntityKind::Touchpoint:
        m_document->set(m_target.id, &Touchpoint::name, value);
        break;
    case EntityKind::Card:
        m_document->set(m_target.id, &LaneCard::text, value);
        break;
    default:
        break;
    }
}

void MapInlineEditor::documentChanged(const ChangeEvent& event)
{
    if (!isEditing() || m_writing || event.kind != m_target.kind || event.id != m_target.id)
        return;
    if (event.type == ChangeType::Removed) {
        m_added = false;
        finish();
    } else if (event.type == ChangeType::Changed && toPlainText() != currentText()) {
        // Changed from elsewhere (an undo): show what it is now.
        const QScopedValueRollback<bool> loading(m_loading, true);
        setPlainText(currentText());
        moveCursor(QTextCursor::End);
    }
}

void MapInlineEditor::finish()
{
    if (!isEditing())
        return;
    const Selection target = m_target;
    m_target = {};
    hide();
    // A new item left empty was not wanted: it goes, and leaves nothing to
    // redo. An item now named is already one undo step with its name.
    if (m_added && m_document->exists(target.kind, target.id) &&
        displayName(m_document->project(), target.kind, target.id).trimmed().isEmpty())
        m_document->dropLastAdd(target.kind, target.id);
    m_added = false;
    m_document->beginEditRun();
    Q_EMIT finished(target);
}

void MapInlineEditor::keyPressEvent(QKeyEvent* event)
{
    const Selection target = m_target;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if ((event->modifiers() & Qt::ShiftModifier) && target.kind == EntityKind::Card) {
            QPlainTextEdit::keyPressEvent(event); // a new line in the card
            return;
        }
        const bool added = m_added;
        const bool empty = toPlainText().trimmed().isEmpty();
        finish();
        // After a new item, Enter asks for the next; after a rename, it only
        // confirms. An empty new item goes and nothing follows.
        if (added && !empty)
            Q_EMIT nextRequested(target);
        return;
    }
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
        QPlainTextEdit::keyPressEvent(event);
    }
}

bool MapInlineEditor::event(QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Undo and Redo are the project's: one history.
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void MapInlineEditor::focusOutEvent(QFocusEvent* event)
{
    QPlainTextEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish();
}

} // namespace js
