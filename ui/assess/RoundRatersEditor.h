#pragma once

#include "core/model/Round.h"

#include <QWidget>

#include <map>
#include <vector>

class QPushButton;
class QTableWidget;

namespace js {

// The raters of a round being set up: a table of names with their role or
// department; rows are added, removed, or pasted several at once (one name a
// line, a tab or comma before the role). A row keeps the id of the rater it
// shows (NoId for a new one), so that renames and removals can be applied.
class RoundRatersEditor : public QWidget {
    Q_OBJECT

public:
    struct Row {
        Id id = NoId;
        QString name;
        QString role;
    };

    explicit RoundRatersEditor(QWidget* parent = nullptr);

    // Existing raters, with the count of ratings each gave in the round (their
    // removal asks first).
    void setRaters(const std::vector<Rater>& raters, std::map<Id, int> ratings = {});
    // Replaces the rows (new raters when their id is NoId).
    void setRows(const std::vector<Row>& rows);
    // The rows with a name, in order.
    std::vector<Row> rows() const;
    // Existing raters whose rows were removed.
    const std::vector<Id>& removed() const { return m_removed; }

    void addRow(const QString& name = {}, const QString& role = {});
    // One rater a line; returns how many were added.
    int pasteNames(const QString& text);
    // Asks first when the row's rater has ratings; false when kept.
    bool removeRow(int row);

    QTableWidget* table() const { return m_table; }
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    void dropEmptyNewRows();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_paste;
    std::map<Id, int> m_ratings;
    std::vector<Id> m_removed;
    bool m_readOnly = false;
};

} // namespace js
