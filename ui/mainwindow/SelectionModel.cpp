#include "ui/mainwindow/SelectionModel.h"

#include "core/document/ProjectDocument.h"

#include <QScopedValueRollback>
#include <QTimer>

namespace js {

SelectionModel::SelectionModel(ProjectDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::entityRemoved, this, &SelectionModel::entityRemoved);
    connect(document, &ProjectDocument::projectReset, this, &SelectionModel::clear);
}

Selection SelectionModel::current() const
{
    return m_selected.isEmpty() ? Selection{} : m_current;
}

bool SelectionModel::isSelected(EntityKind kind, Id id) const
{
    return m_selected.contains(Selection{kind, id});
}

QList<Id> SelectionModel::ids(EntityKind kind) const
{
    QList<Id> result;
    for (const Selection& selection : m_selected) {
        if (selection.kind == kind)
            result << selection.id;
    }
    return result;
}

void SelectionModel::select(const Selection& selection)
{
    if (selection.kind == EntityKind::Project)
        setSelection({});
    else
        setSelection({selection}, selection);
}

void SelectionModel::setSelection(const QList<Selection>& selection, const Selection& current)
{
    QList<Selection> unique;
    for (const Selection& s : selection) {
        if (s.kind != EntityKind::Project && !unique.contains(s))
            unique << s;
    }
    const Selection newCurrent =
        unique.contains(current) ? current : (unique.isEmpty() ? Selection{} : unique.back());
    if (unique == m_selected && newCurrent == m_current)
        return;
    m_selected = unique;
    m_current = newCurrent;
    Q_EMIT changed();
}

void SelectionModel::toggle(const Selection& selection)
{
    QList<Selection> next = m_selected;
    if (next.contains(selection))
        next.removeAll(selection);
    else
        next << selection;
    setSelection(next, next.contains(selection) ? selection : m_current);
}

void SelectionModel::clear()
{
    setSelection({});
}

void SelectionModel::entityRemoved(EntityKind, Id)
{
    // Removing an owner (a stage) takes what it owns (its touchpoints) without
    // naming them: check every entry once the change is done.
    if (m_selected.isEmpty() || m_prunePending)
        return;
    m_prunePending = true;
    QTimer::singleShot(0, this, [this] {
        m_prunePending = false;
        QList<Selection> kept;
        for (const Selection& s : m_selected) {
            if (m_document->exists(s.kind, s.id))
                kept << s;
        }
        const QScopedValueRollback<bool> pruning(m_pruning, true);
        setSelection(kept, m_current);
    });
}

} // namespace js
