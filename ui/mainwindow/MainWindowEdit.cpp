// The Edit menu of the main window and the navigator's context menu: undo and
// redo, adding every kind of entity the navigator shows, and deleting.

#include "core/content/BuiltInFrameworks.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"
#include "ui/dialogs/NewJourneyDialog.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Navigator.h"
#include "ui/map/MapOverview.h"

#include <QDate>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace js {

namespace {

// The round a new rater goes to: the selected one, the selected rater's, or
// else the latest.
Id owningRound(const Project& project, const Selection& selection)
{
    if (selection.kind == EntityKind::Round)
        return selection.id;
    Round* round = nullptr;
    if (selection.kind == EntityKind::Rater &&
        findRater(const_cast<Project&>(project), selection.id, &round))
        return round->id;
    return project.rounds.empty() ? NoId : project.rounds.back().id;
}

// The framework a new criterion goes to: the selected one or the selected
// criterion's; NoId otherwise.
Id owningFramework(const Project& project, const Selection& selection)
{
    if (selection.kind == EntityKind::Framework)
        return selection.id;
    Framework* framework = nullptr;
    if (selection.kind == EntityKind::Criterion &&
        findCriterion(const_cast<Project&>(project), selection.id, &framework))
        return framework->id;
    return NoId;
}

// The name the user gave what is selected.
QString entityName(const Project& project, const Selection& selection)
{
    Project& p = const_cast<Project&>(project);
    const Id id = selection.id;
    auto nameOf = [](const auto* entity) { return entity ? entity->name : QString(); };
    switch (selection.kind) {
    case EntityKind::Persona:
        return nameOf(findPersona(p, id));
    case EntityKind::Journey:
        return nameOf(findJourney(p, id));
    case EntityKind::Stage:
        return nameOf(findStage(p, id));
    case EntityKind::Touchpoint:
        return nameOf(findTouchpoint(p, id));
    case EntityKind::Framework:
        return nameOf(findFramework(p, id));
    case EntityKind::Criterion:
        return nameOf(findCriterion(p, id));
    case EntityKind::Round:
        return nameOf(findRound(p, id));
    case EntityKind::Rater:
        return nameOf(findRater(p, id));
    default:
        return project.name;
    }
}

} // namespace

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = document()->undoStack()->createRedoAction(this, tr("&Redo"));
    // Every binding the platform knows (Ctrl+Y and Ctrl+Shift+Z on Linux).
    redo->setShortcuts(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();

    auto addAction = [this, edit](const QString& text, const char* name, auto slot) {
        QAction* action = edit->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        m_addActions << action;
        return action;
    };
    addAction(tr("Add &journey…"), "actionAddJourney", &MainWindow::addJourney);
    m_addStage = addAction(tr("Add &stage"), "actionAddStage", &MainWindow::addStage);
    m_addTouchpoint =
        addAction(tr("Add &touchpoint"), "actionAddTouchpoint", &MainWindow::addTouchpoint);
    m_addTouchpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    addAction(tr("Add &persona"), "actionAddPersona", &MainWindow::addPersona);
    QMenu* frameworks = edit->addMenu(tr("Add &framework"));
    frameworks->setObjectName(QStringLiteral("menuAddFramework"));
    for (const Framework& framework : builtInFrameworks()) {
        QAction* copy = frameworks->addAction(tr("Copy of %1").arg(framework.name), this,
                                              [this, framework] { addFramework(framework); });
        copy->setObjectName(QStringLiteral("actionAddFramework_%1").arg(framework.key));
    }
    frameworks
        ->addAction(tr("Empty framework"), this,
                    [this] {
                        Framework empty;
                        empty.name = tr("New framework");
                        addFramework(empty);
                    })
        ->setObjectName(QStringLiteral("actionAddFramework_empty"));
    m_addActions << frameworks->menuAction();
    m_addCriterion =
        addAction(tr("Add &criterion"), "actionAddCriterion", &MainWindow::addCriterion);
    addAction(tr("Add &round"), "actionAddRound", &MainWindow::addRound);
    m_addRater = addAction(tr("Add r&ater"), "actionAddRater", &MainWindow::addRater);
    edit->addSeparator();
    m_remove = edit->addAction(tr("&Delete"), this, &MainWindow::removeSelected);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_navigator->addAction(m_remove);
    m_remove->setObjectName(QStringLiteral("actionDelete"));

    m_navigator->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_navigator, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu;
        for (QAction* action : std::as_const(m_addActions)) {
            if (action->isEnabled())
                menu.addAction(action);
        }
        menu.addSeparator();
        menu.addAction(m_remove);
        menu.exec(m_navigator->viewport()->mapToGlobal(at));
    });
}

Id MainWindow::currentJourney() const
{
    const Selection selection = m_navigator->selection();
    const Project& project = document()->project();
    if (selection.kind == EntityKind::Journey && findJourney(project, selection.id))
        return selection.id;
    if (selection.kind == EntityKind::Stage)
        if (const Journey* j = journeyOfStage(project, selection.id))
            return j->id;
    if (selection.kind == EntityKind::Touchpoint)
        if (const Journey* j = journeyOfTouchpoint(project, selection.id))
            return j->id;
    return m_map->journeyId();
}

void MainWindow::showAdded(EntityKind kind, Id id)
{
    if (id == NoId)
        return;
    // The navigator lists the new item once it has rebuilt; then its name is
    // ready to be typed over.
    QMetaObject::invokeMethod(
        this,
        [this, kind, id] {
            m_navigator->select({kind, id});
            if (auto* name = m_inspector->findChild<QLineEdit*>()) {
                name->setFocus();
                name->selectAll();
            }
        },
        Qt::QueuedConnection);
}

void MainWindow::addJourney()
{
    const Selection selection = m_navigator->selection();
    const std::optional<Journey> journey = dialogs::askNewJourney(
        this, document()->project(), selection.kind == EntityKind::Persona ? selection.id : NoId);
    if (journey)
        showAdded(EntityKind::Journey, document()->addJourney(*journey));
}

void MainWindow::addStage()
{
    const Id journey = currentJourney();
    if (journey == NoId)
        return;
    Stage stage;
    stage.name = tr("New stage");
    showAdded(EntityKind::Stage, document()->addStage(journey, -1, stage));
}

Id MainWindow::stageForNewTouchpoint(int* index) const
{
    const Selection selection = m_navigator->selection();
    const Project& project = document()->project();
    *index = -1;
    if (selection.kind == EntityKind::Stage)
        return selection.id;
    if (selection.kind == EntityKind::Touchpoint) {
        Stage* owner = nullptr;
        if (findTouchpoint(const_cast<Project&>(project), selection.id, &owner)) {
            *index = indexOfId(owner->touchpoints, selection.id) + 1;
            return owner->id;
        }
    }
    const Journey* journey = findJourney(project, currentJourney());
    return journey && !journey->stages.empty() ? journey->stages.front().id : NoId;
}

void MainWindow::addTouchpoint()
{
    int index = -1;
    const Id stage = stageForNewTouchpoint(&index);
    if (stage == NoId)
        return;
    Touchpoint touchpoint;
    touchpoint.name = tr("New touchpoint");
    showAdded(EntityKind::Touchpoint, document()->addTouchpoint(stage, index, touchpoint));
}

void MainWindow::addPersona()
{
    Persona persona;
    persona.name = tr("New persona");
    showAdded(EntityKind::Persona, document()->addPersona(persona));
}

void MainWindow::addFramework(Framework framework)
{
    // A second copy of a built-in framework is the user's own.
    for (const Framework& existing : document()->project().frameworks) {
        if (!framework.key.isEmpty() && existing.key == framework.key) {
            framework.key.clear();
            for (Criterion& criterion : framework.criteria)
                criterion.key.clear();
            framework.name = tr("%1 (copy)").arg(framework.name);
            break;
        }
    }
    showAdded(EntityKind::Framework, document()->addFramework(framework));
}

void MainWindow::addCriterion()
{
    const Id framework = owningFramework(document()->project(), m_navigator->selection());
    Criterion criterion;
    criterion.name = tr("New criterion");
    showAdded(EntityKind::Criterion, document()->addCriterion(framework, -1, criterion));
}

void MainWindow::addRound()
{
    Round round;
    round.name = tr("New round");
    round.date = QDate::currentDate();
    round.journeyId = currentJourney();
    showAdded(EntityKind::Round, document()->addRound(round));
}

void MainWindow::addRater()
{
    const Id round = owningRound(document()->project(), m_navigator->selection());
    Rater rater;
    rater.name = tr("New rater");
    showAdded(EntityKind::Rater, document()->addRater(round, -1, rater));
}

void MainWindow::removeSelected()
{
    const Selection selection = m_navigator->selection();
    const QString name = entityName(document()->project(), selection);
    bool removed = false;
    switch (selection.kind) {
    case EntityKind::Persona:
        removed = document()->removePersona(selection.id);
        break;
    case EntityKind::Journey:
        removed = document()->removeJourney(selection.id);
        break;
    case EntityKind::Stage:
        removed = document()->removeStage(selection.id);
        break;
    case EntityKind::Touchpoint:
        removed = document()->removeTouchpoint(selection.id);
        break;
    case EntityKind::Framework:
        removed = document()->removeFramework(selection.id);
        break;
    case EntityKind::Criterion:
        removed = document()->removeCriterion(selection.id);
        break;
    case EntityKind::Round:
        removed = document()->removeRound(selection.id);
        break;
    case EntityKind::Rater:
        removed = document()->removeRater(selection.id);
        break;
    default:
        break;
    }
    if (removed)
        statusBar()->showMessage(
            tr("Deleted “%1”; Edit > Undo brings it back with everything it held.").arg(name),
            8000);
}

void MainWindow::updateActions()
{
    const Selection selection = m_navigator->selection();
    const Project& project = document()->project();
    const bool editable = !m_session->isReadOnly();
    for (QAction* action : std::as_const(m_addActions))
        action->setEnabled(editable);
    const bool removable = selection.id != NoId && selection.kind != EntityKind::Project;
    m_remove->setEnabled(editable && removable);
    m_addStage->setEnabled(editable && !project.journeys.empty());
    int index = -1;
    m_addTouchpoint->setEnabled(editable && stageForNewTouchpoint(&index) != NoId);
    m_addCriterion->setEnabled(editable && owningFramework(project, selection) != NoId);
    m_addRater->setEnabled(editable && owningRound(project, selection) != NoId);
}

} // namespace js
