// The Edit menu of the main window and the navigator's context menu: undo and
// redo, adding every kind of entity the navigator shows, and deleting.

#include "core/content/BuiltInFrameworks.h"
#include "core/document/ProjectDocument.h"
#include "core/i18n/Language.h"
#include "core/storage/ProjectSession.h"
#include "ui/assess/AssessTab.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/RoundDialog.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/dialogs/NewJourneyDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Navigator.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapView.h"

#include <QDate>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

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

} // namespace

void MainWindow::createMapActions(QMenu* edit)
{
    auto add = [this, edit](const QString& text, const char* name, QKeySequence::StandardKey key,
                            auto slot) {
        QAction* action = edit->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        // On the map only: a text field keeps its own Copy and Paste.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_map->view()->addAction(action);
        return action;
    };
    m_cut = add(tr("Cu&t"), "actionCut", QKeySequence::Cut, [this] { m_map->cut(); });
    m_copy = add(tr("&Copy"), "actionCopy", QKeySequence::Copy, [this] { m_map->copy(); });
    m_paste = add(tr("&Paste"), "actionPaste", QKeySequence::Paste, [this] {
        showMap();
        m_map->paste();
    });
    // Dragging by keyboard.
    QMenu* move = edit->addMenu(tr("&Move"));
    move->setObjectName(QStringLiteral("menuMove"));
    const struct {
        const char* text;
        const char* name;
        Qt::Key key;
        int dx;
        int dy;
    } moves[] = {
        {QT_TR_NOOP("To the &left"), "actionMoveLeft", Qt::Key_Left, -1, 0},
        {QT_TR_NOOP("To the &right"), "actionMoveRight", Qt::Key_Right, 1, 0},
        {QT_TR_NOOP("&Up"), "actionMoveUp", Qt::Key_Up, 0, -1},
        {QT_TR_NOOP("&Down"), "actionMoveDown", Qt::Key_Down, 0, 1},
    };
    for (const auto& m : moves) {
        QAction* action = move->addAction(tr(m.text), this,
                                          [this, dx = m.dx, dy = m.dy] { m_map->nudge(dx, dy); });
        action->setObjectName(QString::fromLatin1(m.name));
        action->setShortcut(QKeySequence(Qt::ALT | m.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_map->view()->addAction(action);
    }
    m_addActions << move->menuAction();
    edit->addSeparator();
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setProperty("commandName", tr("Undo"));
    QAction* redo = document()->undoStack()->createRedoAction(this, tr("&Redo"));
    // Every binding the platform knows (Ctrl+Y and Ctrl+Shift+Z on Linux).
    redo->setShortcuts(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setProperty("commandName", tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();

    auto addAction = [this, edit](const QString& text, const char* name, auto slot) {
        QAction* action = edit->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        m_addActions << action;
        return action;
    };
    createMapActions(edit);
    addAction(tr("Add &journey…"), "actionAddJourney", &MainWindow::addJourney);
    m_duplicateJourney =
        edit->addAction(tr("D&uplicate journey…"), this, &MainWindow::duplicateJourney);
    m_duplicateJourney->setObjectName(QStringLiteral("actionDuplicateJourney"));
    m_duplicateJourney->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_addActions << m_duplicateJourney;
    m_addStage = addAction(tr("Add &stage"), "actionAddStage", [this] {
        showMap();
        m_map->addStage();
    });
    m_addStage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addLane = addAction(tr("Add &lane"), "actionAddLane", [this] {
        showMap();
        m_map->addLane();
    });
    m_addLane->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_addTouchpoint = addAction(tr("Add &touchpoint"), "actionAddTouchpoint", [this] {
        showMap();
        m_map->addTouchpoint();
    });
    m_addTouchpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addCard = addAction(tr("Add c&ard"), "actionAddCard", [this] {
        showMap();
        m_map->addCard();
    });
    m_addCard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
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
    m_map->view()->addAction(m_remove);
    m_remove->setObjectName(QStringLiteral("actionDelete"));
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("Pre&ferences…"), this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("actionPreferences"));

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
    const Selection selection = m_selection->current();
    const Project& project = document()->project();
    if (selection.kind == EntityKind::Journey && findJourney(project, selection.id))
        return selection.id;
    if (selection.kind == EntityKind::Stage)
        if (const Journey* j = journeyOfStage(project, selection.id))
            return j->id;
    if (selection.kind == EntityKind::Touchpoint)
        if (const Journey* j = journeyOfTouchpoint(project, selection.id))
            return j->id;
    if (selection.kind == EntityKind::Lane || selection.kind == EntityKind::Card ||
        selection.kind == EntityKind::Touchpoint || selection.kind == EntityKind::Stage) {
        const Id owner = ownerOf(project, selection.kind, selection.id);
        const Id journey = selection.kind == EntityKind::Stage || selection.kind == EntityKind::Lane
                               ? owner
                               : ownerOf(project, EntityKind::Stage, owner);
        if (journey != NoId)
            return journey;
    }
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
            m_selection->select({kind, id});
            if (auto* name = m_inspector->findChild<QLineEdit*>()) {
                name->setFocus();
                name->selectAll();
            }
        },
        Qt::QueuedConnection);
}

void MainWindow::addJourney()
{
    const Selection selection = m_selection->current();
    const std::optional<Journey> journey = dialogs::askNewJourney(
        this, document()->project(), selection.kind == EntityKind::Persona ? selection.id : NoId);
    if (journey)
        showAdded(EntityKind::Journey, document()->addJourney(*journey));
}

void MainWindow::duplicateJourney()
{
    const Id id = currentJourney();
    const Journey* journey = findJourney(document()->project(), id);
    if (!journey)
        return;
    // A future state is what a current state is usually copied for.
    const JourneyState state =
        journey->state == JourneyState::Current ? JourneyState::Future : journey->state;
    const QString suggested =
        state == journey->state ? tr("%1 (copy)").arg(journey->name) : journey->name;
    const std::optional<QString> name =
        dialogs::askText(this, tr("Duplicate journey"),
                         tr("The copy is a %1 with every stage, lane, touchpoint and card. Name:")
                             .arg(language::inSentence(journeyStateName(state))),
                         suggested);
    if (!name)
        return;
    const Id copy =
        document()->duplicateJourney(id, name->trimmed().isEmpty() ? suggested : *name, state);
    m_selection->select({EntityKind::Journey, copy});
    showMap();
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
    const Id framework = owningFramework(document()->project(), m_selection->current());
    Criterion criterion;
    criterion.name = tr("New criterion");
    showAdded(EntityKind::Criterion, document()->addCriterion(framework, -1, criterion));
}

void MainWindow::addRound()
{
    // The dialog asks for the journey, the criteria and the raters.
    const Id round = RoundDialog::createRound(document(), currentJourney(), this);
    if (round == NoId)
        return;
    m_assessment->setRound(round);
    m_selection->select({EntityKind::Round, round});
    // Ready to rate.
    m_tabs->setCurrentWidget(m_assess);
}

void MainWindow::addRater()
{
    const Id round = owningRound(document()->project(), m_selection->current());
    Rater rater;
    rater.name = tr("New rater");
    showAdded(EntityKind::Rater, document()->addRater(round, -1, rater));
}

void MainWindow::removeSelected()
{
    const QList<Selection> selected = m_selection->selected();
    if (selected.isEmpty())
        return;
    // Deleted on the map (or many at once), nothing else becomes selected:
    // the navigator picks a neighbour only for what it deleted itself.
    if (selected.size() > 1 || !m_navigator->hasFocus())
        m_selection->clear();
    const Project& project = document()->project();
    bool removed = false;
    QString name;
    if (selected.size() == 1) {
        name = displayName(project, selected.front().kind, selected.front().id);
        removed = document()->remove(selected.front().kind, selected.front().id);
    } else {
        bool oneKind = std::all_of(selected.begin(), selected.end(), [&](const Selection& s) {
            return s.kind == selected.front().kind;
        });
        const int n = int(selected.size());
        // Several, so always the plural.
        QString text = tr("Delete %1 items").arg(n);
        if (oneKind && selected.front().kind == EntityKind::Card)
            text = tr("Delete %1 cards").arg(n);
        else if (oneKind && selected.front().kind == EntityKind::Touchpoint)
            text = tr("Delete %1 touchpoints").arg(n);
        else if (oneKind && selected.front().kind == EntityKind::Stage)
            text = tr("Delete %1 stages").arg(n);
        ProjectDocument::Batch batch(document(), text);
        for (const Selection& selection : selected)
            removed = document()->remove(selection.kind, selection.id) || removed;
        name = text;
    }
    if (removed)
        statusBar()->showMessage(
            selected.size() == 1
                ? tr("Deleted “%1”; Edit > Undo brings it back with everything it held.").arg(name)
                : tr("%1; Edit > Undo brings them back.").arg(name),
            8000);
}

void MainWindow::updateActions()
{
    const Selection selection = m_selection->current();
    const Project& project = document()->project();
    // Nothing is edited while presenting.
    const bool editable = !m_session->isReadOnly() && !m_presenting;
    for (QAction* action : std::as_const(m_addActions))
        action->setEnabled(editable);
    m_importMermaid->setEnabled(editable);
    m_importSurvey->setEnabled(editable && findJourney(project, currentJourney()));
    const bool removable = !m_selection->isEmpty();
    m_remove->setEnabled(editable && removable);
    m_addStage->setEnabled(editable && findJourney(project, m_map->journeyId()));
    m_addLane->setEnabled(editable && findJourney(project, m_map->journeyId()));
    m_duplicateJourney->setEnabled(editable && findJourney(project, currentJourney()));
    m_addTouchpoint->setEnabled(m_map->canAddTouchpoint());
    m_addCard->setEnabled(m_map->canAddCard());
    m_copy->setEnabled(m_map->hasCopyable());
    m_cut->setEnabled(editable && m_map->hasCopyable());
    m_paste->setEnabled(editable && findJourney(project, m_map->journeyId()));
    m_addCriterion->setEnabled(editable && owningFramework(project, selection) != NoId);
    m_addRater->setEnabled(editable && owningRound(project, selection) != NoId);
}

} // namespace js
