#pragma once

#include "core/document/ProjectDocument.h"
#include "core/model/ValueRanges.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalBlocker>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace js {

// Editors for the fields of whichever entity of type E is shown now (the
// framework or criterion selected in the framework editor). Each writes
// through the document, one undoable edit per change (typing merges into one
// step per sitting), and refresh() shows the entity's values again after the
// document changed. An editor already showing the value is left alone, so
// that an edit made in it never moves its cursor. Numbers and lists are
// written when their editor is left; text as it is typed.
template <typename E> class FieldEditors {
public:
    using Current = std::function<Id()>;

    FieldEditors(ProjectDocument* document, Current current)
        : m_document(document)
        , m_current(std::move(current))
    {}
    FieldEditors(const FieldEditors&) = delete; // the editors' slots hold this
    FieldEditors& operator=(const FieldEditors&) = delete;

    QLineEdit* line(QString E::*member, const QString& objectName)
    {
        auto* edit = new QLineEdit;
        edit->setObjectName(objectName);
        QObject::connect(edit, &QLineEdit::textEdited, edit,
                         [this, member](const QString& text) { write(member, text); });
        m_refreshers.push_back([this, edit, member] {
            const E* e = entity();
            const QString value = e ? e->*member : QString();
            if (edit->text() != value) {
                edit->setText(value);
                if (!edit->hasFocus())
                    edit->setCursorPosition(0);
            }
        });
        return edit;
    }

    QPlainTextEdit* text(QString E::*member, const QString& objectName)
    {
        auto* edit = plainText(objectName);
        QObject::connect(edit, &QPlainTextEdit::textChanged, edit,
                         [this, edit, member] { write(member, edit->toPlainText()); });
        m_refreshers.push_back([this, edit, member] {
            const E* e = entity();
            setPlainText(edit, e ? e->*member : QString());
        });
        return edit;
    }

    // A list of lines (guiding questions), one per line. A list does not
    // merge keystroke by keystroke as text does, so it is written once, when
    // the editor is left or commit() is called (before an undo): one edit
    // per sitting, blank lines dropped. Until then the document's changes
    // leave the typing alone.
    QPlainTextEdit* lines(QStringList E::*member, const QString& objectName)
    {
        auto* edit = plainText(objectName);
        auto typed = std::make_shared<bool>(false);
        QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [typed] { *typed = true; });
        m_refreshers.push_back([this, edit, member, typed] {
            if (*typed)
                return;
            const E* e = entity();
            setPlainText(edit, e ? (e->*member).join(u'\n') : QString());
        });
        m_commits.push_back([this, edit, member, typed] {
            if (!std::exchange(*typed, false))
                return;
            QStringList lines;
            for (const QString& line : edit->toPlainText().split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    lines << line.trimmed();
            }
            if (!write(member, lines))
                return;
            const E* e = entity();
            setPlainText(edit, e ? (e->*member).join(u'\n') : QString());
        });
        return edit;
    }

    // A number in a range. The value is written when it is stepped or, once
    // typed, when the editor is left or Enter is pressed: one edit each.
    QDoubleSpinBox* decimal(double E::*member, ValueRange<double> range, double step,
                            const QString& objectName)
    {
        auto* spin = new QDoubleSpinBox;
        spin->setObjectName(objectName);
        spin->setRange(range.min, range.max);
        spin->setDecimals(1);
        spin->setSingleStep(step);
        spin->setKeyboardTracking(false);
        spin->setAccelerated(true);
        spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        spin->setMinimumWidth(110);
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, spin,
                         [this, member](double value) { write(member, value); });
        m_refreshers.push_back([this, spin, member] {
            const E* e = entity();
            const double value = e ? e->*member : spin->minimum();
            if (spin->value() != value) {
                const QSignalBlocker blocker(spin);
                spin->setValue(value);
            }
        });
        return spin;
    }

    QCheckBox* check(const QString& label, bool E::*member, const QString& objectName)
    {
        auto* box = new QCheckBox(label);
        box->setObjectName(objectName);
        QObject::connect(box, &QCheckBox::toggled, box,
                         [this, member](bool value) { write(member, value); });
        m_refreshers.push_back([this, box, member] {
            const E* e = entity();
            const bool value = e && e->*member;
            if (box->isChecked() != value) {
                const QSignalBlocker blocker(box);
                box->setChecked(value);
            }
        });
        return box;
    }

    void refresh()
    {
        for (const auto& refresher : m_refreshers)
            refresher();
    }

    // Writes what is typed and not written yet (guiding questions).
    void commit()
    {
        for (const auto& commit : m_commits)
            commit();
    }

private:
    const E* entity() const
    {
        if (!m_document)
            return nullptr;
        return EntityTraits<E>::find(const_cast<Project&>(m_document->project()), m_current());
    }

    template <typename T> bool write(T E::*member, const T& value)
    {
        const Id id = m_document ? m_current() : NoId;
        if (id == NoId)
            return false;
        if (m_document->set(id, member, value))
            return true;
        refresh(); // refused: show the model's value again
        return false;
    }

    static QPlainTextEdit* plainText(const QString& objectName)
    {
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(objectName);
        edit->setTabChangesFocus(true);
        return edit;
    }

    static void setPlainText(QPlainTextEdit* edit, const QString& value)
    {
        if (edit->toPlainText() == value)
            return;
        const QSignalBlocker blocker(edit);
        edit->setPlainText(value);
    }

    QPointer<ProjectDocument> m_document; // null once it is gone
    Current m_current;
    std::vector<std::function<void()>> m_refreshers;
    std::vector<std::function<void()>> m_commits;
};

} // namespace js
