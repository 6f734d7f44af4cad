#include "ui/actions/ActionList.h"

#include "core/document/ProjectDocument.h"

#include <QHeaderView>

namespace js {

namespace {

enum Column { Title, Touchpoint_, Criterion_, Owner, Due, Status, Impact, Effort, ColumnCount };

} // namespace

ActionList::ActionList(ProjectDocument* document, QWidget* parent)
    : QTableWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("actionList"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Action"), tr("Touchpoint"), tr("Criterion"), tr("Owner"),
                               tr("Due"), tr("Status"), tr("Impact"), tr("Effort")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    horizontalHeader()->setStretchLastSection(false);

    connect(m_document, &ProjectDocument::changed, this, &ActionList::documentChanged);
    connect(m_document, &ProjectDocument::projectReset, this, &ActionList::rebuild);
    rebuild();
}

int ActionList::rowOf(Id actionId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, Title) && item(row, Title)->data(Qt::UserRole).value<Id>() == actionId)
            return row;
    }
    return -1;
}

void ActionList::documentChanged(const ChangeEvent& event)
{
    const Project& project = m_document->project();
    switch (event.kind) {
    case EntityKind::Action: {
        if (event.type == ChangeType::Removed) {
            if (const int row = rowOf(event.id); row >= 0)
                removeRow(row);
        } else if (event.type == ChangeType::Added) {
            const int index = indexOfId(project.actions, event.id);
            insertRow(index);
            fillRow(index, project.actions[size_t(index)]);
        } else if (event.type == ChangeType::Moved) {
            rebuild();
        } else if (const int row = rowOf(event.id); row >= 0) {
            fillRow(row, *findAction(project, event.id));
        }
        break;
    }
    case EntityKind::Touchpoint:
    case EntityKind::Criterion:
        // Their names show in the rows that name them.
        if (event.type != ChangeType::Changed || event.field != Field::Name)
            return;
        for (int row = 0; row < rowCount(); ++row) {
            const Action* action =
                findAction(project, item(row, Title)->data(Qt::UserRole).value<Id>());
            if (action && (action->touchpointId == event.id || action->criterionId == event.id))
                fillRow(row, *action);
        }
        break;
    default:
        break;
    }
}

void ActionList::fillRow(int row, const Action& action)
{
    const Project& project = m_document->project();
    const Touchpoint* touchpoint = findTouchpoint(project, action.touchpointId);
    const Criterion* criterion = findCriterion(project, action.criterionId);
    auto set = [this, row](int column, const QString& text, const QString& tip = {}) {
        QTableWidgetItem* cell = item(row, column);
        if (!cell) {
            cell = new QTableWidgetItem;
            setItem(row, column, cell);
        }
        cell->setText(text);
        cell->setToolTip(tip.isEmpty() ? text : tip);
    };
    set(Title, action.title, action.description);
    item(row, Title)->setData(Qt::UserRole, QVariant::fromValue(action.id));
    set(Touchpoint_, touchpoint ? touchpoint->name : QString());
    set(Criterion_, criterion ? criterion->name : QString());
    set(Owner, action.owner);
    set(Due, QLocale().toString(action.due, QLocale::ShortFormat));
    set(Status, actionStatusName(action.status));
    set(Impact, QString::number(action.impact));
    set(Effort, QString::number(action.effort));
}

void ActionList::rebuild()
{
    ++m_rebuilds;
    const Project& project = m_document->project();
    clearContents();
    setRowCount(int(project.actions.size()));
    for (size_t row = 0; row < project.actions.size(); ++row)
        fillRow(int(row), project.actions[row]);
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
}

} // namespace js
