#pragma once

#include "core/document/EntityTraits.h"
#include "core/document/FieldRules.h"
#include "core/document/commands/CommandId.h"
#include "core/document/commands/DocumentCommand.h"

#include <QString>

#include <type_traits>

namespace js {

// Sets one field of one entity. Consecutive edits of the same text field of the
// same entity merge into one undo step, which drops out when the net change is
// nothing.
template <typename E, typename T> class SetFieldCommand : public DocumentCommand {
public:
    SetFieldCommand(ProjectDocument* document, Id id, T E::*member, T value,
                    QUndoCommand* parent = nullptr)
        : DocumentCommand(document, parent)
        , m_id(id)
        , m_member(member)
        , m_after(std::move(value))
    {
        if (E* entity = EntityTraits<E>::find(project(), m_id))
            m_before = entity->*m_member;
        m_run = runOf(document);
    }

    Id entityId() const { return m_id; }
    T E::*member() const { return m_member; }
    const T& after() const { return m_after; }
    quint64 run() const { return m_run; }

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

    int id() const override { return std::is_same_v<T, QString> ? SetFieldCommandId : -1; }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const SetFieldCommand*>(other);
        if (!next || next->m_id != m_id || next->m_member != m_member || next->m_run != m_run)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    void apply(const T& value)
    {
        if (E* entity = EntityTraits<E>::find(project(), m_id)) {
            entity->*m_member = value;
            notifyChanged(EntityTraits<E>::kind, m_id, fieldOf(m_member));
        }
    }

    Id m_id;
    quint64 m_run = 0; // the document's edit run it was typed in
    T E::*m_member;
    T m_before{};
    T m_after;
};

} // namespace js
