#include "ui/actions/ActionList.h"

#include "core/document/ProjectDocument.h"

#include <QHeaderView>
#include <QTimer>

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

    for (auto signal : {&ProjectDocument::entityAdded, &ProjectDocument::entityRemoved,
                        &ProjectDocument::entityChanged}) {
        connect(m_document, signal, this, &ActionList::rebuildLater);
    }
    connect(m_document, &ProjectDocument::projectReset, this, &ActionList::rebuild);
    rebuild();
}

void ActionList::rebuildLater()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &ActionList::rebuild);
}

void ActionList::rebuild()
{
    m_rebuildPending = false;
    const Project& project = m_document->project();
    setRowCount(int(project.actions.size()));
    int row = 0;
    for (const Action& action : project.actions) {
        const Touchpoint* touchpoint = findTouchpoint(project, action.touchpointId);
        const Criterion* criterion = findCriterion(project, action.criterionId);
        auto set = [this, row](int column, const QString& text, const QString& tip = {}) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            setItem(row, column, item);
        };
        set(Title, action.title, action.description);
        set(Touchpoint_, touchpoint ? touchpoint->name : QString());
        set(Criterion_, criterion ? criterion->name : QString());
        set(Owner, action.owner);
        set(Due, QLocale().toString(action.due, QLocale::ShortFormat));
        set(Status, actionStatusName(action.status));
        set(Impact, QString::number(action.impact));
        set(Effort, QString::number(action.effort));
        ++row;
    }
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
}

} // namespace js
