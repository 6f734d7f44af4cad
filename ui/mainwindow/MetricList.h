#pragma once

#include "core/document/ChangeEvent.h"
#include "core/model/Metric.h"

#include <QWidget>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace js {

class ProjectDocument;

// The survey figures of one touchpoint, in the inspector: a compact list
// (figure, answers, date; one on few answers marked) and, for the figure
// picked in it, its value, answers, scale, date and note to edit by hand.
// Each edit is one undo step through the document. It follows the document
// itself: a figure added, removed or changed elsewhere (undo) updates its row,
// and typing never rebuilds it.
class MetricList : public QWidget {
    Q_OBJECT

public:
    MetricList(ProjectDocument* document, Id touchpointId, QWidget* parent = nullptr);

    Id touchpointId() const { return m_touchpointId; }
    // The figure picked in the list (NoId: none).
    Id currentMetric() const;
    void setCurrentMetric(Id metricId);
    // Adds a figure of this kind, dated today, and picks it.
    Id addMetric(MetricKind kind);
    // Removes the figure picked.
    bool removeCurrent();

    // How the inspector names a kind inside a sentence ("customer effort").
    static QString kindInSentence(MetricKind kind);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void documentChanged(const ChangeEvent& event);
    // Reads the rows from the document again, keeping the figure picked.
    void reload();
    void fillRow(QTreeWidgetItem* item, const Metric& metric) const;
    // Shows the figure picked in the editors.
    void showCurrent();
    const Metric* current() const;
    QTreeWidgetItem* rowOf(Id metricId) const;
    // One field of the figure picked, as one undo step named `text`.
    template <typename T> void edit(T Metric::*member, const T& value, const QString& text);
    // The undo text of an edit: `what` has %1 for the kind and %2 for the
    // touchpoint's name.
    QString editText(const char* what, const Metric& metric) const;

    ProjectDocument* m_document;
    Id m_touchpointId;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QWidget* m_editor;
    QDoubleSpinBox* m_value;
    QSpinBox* m_count;
    QLineEdit* m_scale;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
    QLabel* m_few;
    QToolButton* m_add;
    QPushButton* m_remove;
};

} // namespace js
