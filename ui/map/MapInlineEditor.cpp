#include "ui/map/MapInlineEditor.h"

#include <QKeyEvent>
#include <QScopedValueRollback>

namespace js {

namespace {

QString nounOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Stage:
        return MapInlineEditor::tr("stage");
    case EntityKind::Lane:
        return MapInlineEditor::tr("lane");
    case EntityKind::Touchpoint:
        return MapInlineEditor::tr("touchpoint");
    default:
        return MapInlineEditor::tr("card");
    }
}

} // namespace

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
    // An open batch ends here, before the document could go.
    m_added.reset();
}

QString MapInlineEditor::currentText() const
{
    return displayName(m_document->project(), m_target.kind, m_target.id);
}

void MapInlineEditor::start(const Selection& target, std::unique_ptr<ProjectDocument::Batch> added)
{
    if (isEditing())
        finish();
    if (!m_document->exists(target.kind, target.id))
        return;
    m_target = target;
    m_added = std::move(added);
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
        m_added.reset();
        finish();
    } else if (event.type == ChangeType::Changed && toPlainText() != currentText()) {
        // Changed from elsewhere (an undo): show what it is now.
        const QScopedValueRollback<bool> loading(m_loading, true);
        setPlainText(currentText());
        moveCursor(QTextCursor::End);
    }
}

void MapInlineEditor::cancelNew()
{
    if (m_added) {
        m_added->cancel();
        m_added.reset();
    }
}

void MapInlineEditor::finish()
{
    if (!isEditing())
        return;
    const Selection target = m_target;
    m_target = {};
    hide();
    if (m_added) {
        const QString name = displayName(m_document->project(), target.kind, target.id);
        if (name.trimmed().isEmpty())
            cancelNew(); // not wanted after all
        else
            m_added->setText(tr("Add %1 %2").arg(nounOf(target.kind), quoted(name)));
        m_added.reset(); // one undo step for the add and the typing
    }
    m_document->beginEditRun();
    Q_EMIT finished(target);
}

void MapInlineEditor::keyPressEvent(QKeyEvent* event)
{
    const Selection target = m_target;
    if (event->matches(QKeySequence::Undo) && m_added) {
        // Undo while typing into a new item takes the item back.
        m_target = {};
        hide();
        cancelNew();
        Q_EMIT finished(target);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if ((event->modifiers() & Qt::ShiftModifier) && target.kind == EntityKind::Card) {
            QPlainTextEdit::keyPressEvent(event); // a new line in the card
            return;
        }
        const bool added = m_added != nullptr;
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
        // Undo and Redo are the project's (one history), except that Undo in
        // a new item takes it back, here.
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) && m_added) {
            event->accept();
            return true;
        }
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
