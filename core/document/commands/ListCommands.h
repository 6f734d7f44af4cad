#pragma once

#include "core/document/EntityTraits.h"
#include "core/document/FieldRules.h"
#include "core/document/commands/CommandId.h"
#include "core/document/commands/DocumentCommand.h"
#include "core/document/commands/SetFieldCommand.h"

#include <algorithm>
#include <set>
#include <utility>

namespace js {

// Inserts an item (with its id already assigned) at an index of a list.
//
// An item added to be named straight away (a card typed into on the map)
// takes the typing of its name into the same undo step: naming(member, text)
// lets the name edits of the same edit run merge into it, and text() names
// the step after its new name ("Add card “Too many ads”").
template <typename T> class InsertItemCommand : public DocumentCommand {
public:
    using NamedText = std::function<QString(const QString&)>;

    InsertItemCommand(ProjectDocument* document, ListLocator<T> list, int index, T item,
                      QUndoCommand* parent = nullptr)
        : DocumentCommand(document, parent)
        , m_list(std::move(list))
        , m_index(index)
        , m_item(std::move(item))
        , m_run(runOf(document))
    {}

    void naming(QString T::*member, NamedText text)
    {
        m_nameMember = member;
        m_namedText = std::move(text);
    }

    // The next undo takes the item back for good: nothing to redo (an item
    // added to be named and left empty).
    void dropOnUndo() { m_drop = true; }
    Id itemId() const { return m_item.id; }

    int id() const override { return m_nameMember ? SetFieldCommandId : -1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* name = dynamic_cast<const SetFieldCommand<T, QString>*>(other);
        if (!m_nameMember || !name || name->entityId() != m_item.id ||
            name->member() != m_nameMember || name->run() != m_run)
            return false;
        // Already applied to the model: the item to put back on redo has it.
        m_item.*m_nameMember = name->after();
        setText(m_namedText(name->after()));
        return true;
    }

    void redo() override
    {
        std::vector<T>* list = m_list(project());
        const auto index =
            std::clamp<size_t>(static_cast<size_t>(std::max(m_index, 0)), 0, list->size());
        const Id id = m_item.id;
        list->insert(list->begin() + static_cast<std::ptrdiff_t>(index), m_item);
        notifyAdded(EntityTraits<T>::kind, id);
    }

    void undo() override
    {
        std::vector<T>* list = m_list(project());
        const int index = indexOfId(*list, m_item.id);
        if (index < 0)
            return;
        const Id owner = ownerNow(EntityTraits<T>::kind, m_item.id);
        list->erase(list->begin() + index);
        notifyRemoved(EntityTraits<T>::kind, m_item.id, owner);
        if (m_drop)
            setObsolete(true); // QUndoStack then deletes it
    }

private:
    ListLocator<T> m_list;
    int m_index;
    T m_item;
    quint64 m_run;
    QString T::*m_nameMember = nullptr;
    NamedText m_namedText;
    bool m_drop = false;
};

// Removes an item; it lives in the command until undo puts it back where it was.
template <typename T> class RemoveItemCommand : public DocumentCommand {
public:
    RemoveItemCommand(ProjectDocument* document, ListLocator<T> list, Id id,
                      QUndoCommand* parent = nullptr)
        : DocumentCommand(document, parent)
        , m_list(std::move(list))
        , m_id(id)
    {}

    void redo() override
    {
        std::vector<T>* list = m_list(project());
        m_index = indexOfId(*list, m_id);
        if (m_index < 0)
            return;
        const Id owner = ownerNow(EntityTraits<T>::kind, m_id);
        m_item = std::move((*list)[static_cast<size_t>(m_index)]);
        list->erase(list->begin() + m_index);
        notifyRemoved(EntityTraits<T>::kind, m_id, owner);
    }

    void undo() override
    {
        if (m_index < 0)
            return;
        std::vector<T>* list = m_list(project());
        list->insert(list->begin() + m_index, std::move(m_item));
        m_item = T{};
        notifyAdded(EntityTraits<T>::kind, m_id);
    }

private:
    ListLocator<T> m_list;
    Id m_id;
    int m_index = -1;
    T m_item{};
};

// Moves an item to an index of the same or another list (a touchpoint to
// another stage). The index is the item's position after the move.
template <typename T> class MoveItemCommand : public DocumentCommand {
public:
    MoveItemCommand(ProjectDocument* document, ListLocator<T> from, ListLocator<T> to, Id id,
                    int toIndex, QUndoCommand* parent = nullptr)
        : DocumentCommand(document, parent)
        , m_from(std::move(from))
        , m_to(std::move(to))
        , m_id(id)
        , m_toIndex(toIndex)
    {}

    void redo() override { m_fromIndex = transfer(m_from, m_to, m_toIndex); }
    void undo() override { transfer(m_to, m_from, m_fromIndex); }

private:
    // Returns the index the item had in the source list.
    int transfer(const ListLocator<T>& source, const ListLocator<T>& target, int index)
    {
        std::vector<T>* sourceList = source(project());
        const int at = indexOfId(*sourceList, m_id);
        if (at < 0)
            return -1;
        const Id previousOwner = ownerNow(EntityTraits<T>::kind, m_id);
        T item = std::move((*sourceList)[static_cast<size_t>(at)]);
        sourceList->erase(sourceList->begin() + at);
        std::vector<T>* targetList = target(project());
        const auto clamped =
            std::clamp<size_t>(static_cast<size_t>(std::max(index, 0)), 0, targetList->size());
        targetList->insert(targetList->begin() + static_cast<std::ptrdiff_t>(clamped),
                           std::move(item));
        notifyMoved(EntityTraits<T>::kind, m_id, previousOwner);
        return at;
    }

    ListLocator<T> m_from;
    ListLocator<T> m_to;
    Id m_id;
    int m_toIndex;
    int m_fromIndex = -1;
};

// Removes every item of a list that matches a predicate; undo restores each at
// its old index.
template <typename T> class RemoveWhereCommand : public DocumentCommand {
public:
    using Predicate = std::function<bool(const T&)>;

    RemoveWhereCommand(ProjectDocument* document, ListLocator<T> list, Predicate predicate,
                       QUndoCommand* parent = nullptr)
        : DocumentCommand(document, parent)
        , m_list(std::move(list))
        , m_predicate(std::move(predicate))
    {}

    void redo() override
    {
        std::vector<T>* list = m_list(project());
        m_removed.clear();
        std::vector<Id> owners;
        for (const T& item : *list) {
            if (m_predicate(item))
                owners.push_back(ownerNow(EntityTraits<T>::kind, item.id));
        }
        std::vector<T> kept;
        kept.reserve(list->size());
        for (size_t i = 0; i < list->size(); ++i) {
            if (m_predicate((*list)[i]))
                m_removed.emplace_back(static_cast<int>(i), std::move((*list)[i]));
            else
                kept.push_back(std::move((*list)[i]));
        }
        *list = std::move(kept);
        for (size_t i = 0; i < m_removed.size(); ++i)
            notifyRemoved(EntityTraits<T>::kind, m_removed[i].second.id, owners[i]);
    }

    void undo() override
    {
        std::vector<T>* list = m_list(project());
        for (auto& [index, item] : m_removed) {
            const Id id = item.id;
            list->insert(list->begin() + index, std::move(item));
            notifyAdded(EntityTraits<T>::kind, id);
        }
        m_removed.clear();
    }

private:
    ListLocator<T> m_list;
    Predicate m_predicate;
    std::vector<std::pair<int, T>> m_removed; // ascending index
};

// Replaces references: every item whose id field holds one of the given ids
// gets the new id (NoId to unlink). Used when the referenced entity goes away.
template <typename T> class ReplaceReferenceCommand : public DocumentCommand {
public:
    ReplaceReferenceCommand(ProjectDocument* document, ListLocator<T> list, Id T::*member,
                            std::set<Id> from, Id to, QUndoCommand* parent = nullptr)
        : DocumentCommand(document, parent)
        , m_list(std::move(list))
        , m_member(member)
        , m_from(std::move(from))
        , m_to(to)
    {}

    void redo() override
    {
        m_changed.clear();
        for (T& item : *m_list(project())) {
            if (m_from.contains(item.*m_member)) {
                m_changed.emplace_back(item.id, item.*m_member);
                item.*m_member = m_to;
                notifyChanged(EntityTraits<T>::kind, item.id, fieldOf(m_member));
            }
        }
    }

    void undo() override
    {
        std::vector<T>* list = m_list(project());
        for (const auto& [id, old] : m_changed) {
            if (T* item = findById(*list, id)) {
                item->*m_member = old;
                notifyChanged(EntityTraits<T>::kind, id, fieldOf(m_member));
            }
        }
    }

private:
    ListLocator<T> m_list;
    Id T::*m_member;
    std::set<Id> m_from;
    Id m_to;
    std::vector<std::pair<Id, Id>> m_changed; // item id, old reference
};

} // namespace js
