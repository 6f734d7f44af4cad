#pragma once

#include "core/model/Id.h"

#include <QToolButton>

#include <optional>
#include <set>

class QAction;

namespace js {

// A button that narrows a chart down to some of a list (frameworks, raters,
// stages): its menu holds a check box per entry and "All"; its text says
// what passes ("Raters: all", "Raters: 3 of 8").
class FilterButton : public QToolButton {
    Q_OBJECT

public:
    // `label` is the noun on the button ("Raters").
    explicit FilterButton(const QString& label, QWidget* parent = nullptr);

    // The entries, in order; keeps what was chosen where the ids remain.
    void setEntries(const QList<std::pair<Id, QString>>& entries);
    // Renames one entry in place (the list is not refilled).
    void renameEntry(Id id, const QString& name);
    // nullopt: everything passes (new entries too).
    void setChosen(const std::optional<std::set<Id>>& chosen);
    std::optional<std::set<Id>> chosen() const;
    int entryCount() const;
    // Checks or unchecks one entry as a click would (for tests and keys).
    void setEntryChecked(Id id, bool checked);

Q_SIGNALS:
    void chosenChanged();

private:
    void entryToggled();
    void allTriggered();
    void updateText();

    QString m_label;
    QAction* m_all;
    QList<QAction*> m_entries;
    bool m_allChosen = true;
    bool m_filling = false;
};

} // namespace js
