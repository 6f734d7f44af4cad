#pragma once

#include "ui/frameworks/FieldEditors.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace js {

// The fields of the criterion selected in the framework editor: name,
// description, guiding questions, weight, target and whether new rounds rate
// it, with a note that past rounds keep what they were created with. Shows a
// placeholder when no criterion is selected.
class CriterionForm : public QWidget {
    Q_OBJECT

public:
    explicit CriterionForm(ProjectDocument* document, QWidget* parent = nullptr);

    Id criterion() const { return m_criterion; }
    void show(Id criterionId);
    // What the placeholder says when no criterion is shown.
    void setPlaceholder(const QString& text);
    // Shows the criterion's values again (after the document changed).
    void refresh() { m_fields.refresh(); }
    // Writes the guiding questions typed and not written yet.
    void commit() { m_fields.commit(); }
    // Puts the cursor in the name, all of it selected (a criterion just added).
    void editName();

    QWidget* firstField() const;
    QWidget* lastField() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<ProjectDocument> m_document;
    Id m_criterion = NoId;
    FieldEditors<Criterion> m_fields;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_questions = nullptr;
    QCheckBox* m_enabled = nullptr;
};

} // namespace js
