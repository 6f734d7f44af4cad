#include "ui/insights/FilterButton.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace js {

namespace {

// A menu of check boxes that stays open while they are ticked, so that
// picking three raters takes one visit, not three.
class CheckMenu : public QMenu {
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QAction* action = actionAt(event->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent* event) override
    {
        QAction* action = activeAction();
        const bool tick = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
                          event->key() == Qt::Key_Enter;
        if (tick && action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::keyPressEvent(event);
    }
};

} // namespace

FilterButton::FilterButton(const QString& label, QWidget* parent)
    : QToolButton(parent)
    , m_label(label)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new CheckMenu(this);
    m_all = menu->addAction(tr("All"));
    m_all->setCheckable(true);
    m_all->setChecked(true);
    connect(m_all, &QAction::triggered, this, &FilterButton::allTriggered);
    menu->addSeparator();
    setMenu(menu);
    updateText();
}

void FilterButton::setEntries(const QList<std::pair<Id, QString>>& entries)
{
    const std::optional<std::set<Id>> before = chosen();
    m_filling = true;
    for (QAction* action : std::as_const(m_entries))
        delete action;
    m_entries.clear();
    for (const auto& [id, name] : entries) {
        QAction* action = menu()->addAction(name);
        action->setCheckable(true);
        action->setData(QVariant::fromValue(id));
        action->setChecked(!before || before->contains(id));
        connect(action, &QAction::toggled, this, &FilterButton::entryToggled);
        m_entries.push_back(action);
    }
    m_filling = false;
    updateText();
}

void FilterButton::renameEntry(Id id, const QString& name)
{
    for (QAction* action : std::as_const(m_entries)) {
        if (action->data().value<Id>() == id)
            action->setText(name);
    }
}

void FilterButton::setChosen(const std::optional<std::set<Id>>& chosen)
{
    m_filling = true;
    m_allChosen = !chosen;
    for (QAction* action : std::as_const(m_entries))
        action->setChecked(!chosen || chosen->contains(action->data().value<Id>()));
    m_filling = false;
    updateText();
}

std::optional<std::set<Id>> FilterButton::chosen() const
{
    if (m_allChosen)
        return std::nullopt;
    std::set<Id> ids;
    for (const QAction* action : m_entries) {
        if (action->isChecked())
            ids.insert(action->data().value<Id>());
    }
    return ids;
}

int FilterButton::entryCount() const
{
    return int(m_entries.size());
}

void FilterButton::setEntryChecked(Id id, bool checked)
{
    for (QAction* action : std::as_const(m_entries)) {
        if (action->data().value<Id>() == id)
            action->setChecked(checked);
    }
}

void FilterButton::entryToggled()
{
    if (m_filling)
        return;
    const bool all = std::all_of(m_entries.begin(), m_entries.end(),
                                 [](const QAction* action) { return action->isChecked(); });
    m_allChosen = all;
    updateText();
    Q_EMIT chosenChanged();
}

void FilterButton::allTriggered()
{
    // "All" checks everything; clicking it again when all are chosen clears
    // the list, to pick one or two from nothing.
    const bool clear = m_allChosen;
    setChosen(clear ? std::optional<std::set<Id>>(std::set<Id>{}) : std::nullopt);
    Q_EMIT chosenChanged();
}

void FilterButton::updateText()
{
    int checked = 0;
    for (const QAction* action : std::as_const(m_entries))
        checked += action->isChecked();
    m_all->setChecked(m_allChosen);
    QString state;
    if (m_allChosen || checked == int(m_entries.size()))
        state = tr("all");
    else if (checked == 0)
        state = tr("none");
    else if (checked == 1) {
        for (const QAction* action : std::as_const(m_entries)) {
            if (action->isChecked())
                state = action->text();
        }
    } else
        state = tr("%1 of %2").arg(checked).arg(m_entries.size());
    // One long name must not widen the bar.
    const QString full = tr("%1: %2").arg(m_label, state);
    setText(fontMetrics().elidedText(full, Qt::ElideRight, fontMetrics().averageCharWidth() * 26));
    setToolTip(full);
}

} // namespace js
