#include "ui/frameworks/FrameworkEditor.h"

#include "core/content/FrameworkReset.h"
#include "ui/frameworks/CriterionForm.h"
#include "ui/frameworks/CriterionTableModel.h"
#include "ui/frameworks/FrameworkListModel.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace js {

namespace {

QPushButton* button(const QString& text, const QString& objectName, const QString& tip = {})
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    // Enter in a field must not press a button and close the dialog.
    b->setAutoDefault(false);
    return b;
}

QLabel* heading(const QString& text, QWidget* buddy = nullptr)
{
    auto* label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

// A command on a view's keys only (Alt+Up in the criteria table).
QAction* viewAction(QWidget* view, const QKeySequence& keys, std::function<void()> slot)
{
    auto* action = new QAction(view);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, view, std::move(slot));
    view->addAction(action);
    return action;
}

// A row removed under the current one leaves the next one current but not
// selected; it is selected too, so that the view shows what the panes show.
void keepCurrentSelected(QAbstractItemView* view)
{
    QObject::connect(view->model(), &QAbstractItemModel::rowsRemoved, view, [view] {
        QItemSelectionModel* selection = view->selectionModel();
        if (!selection->hasSelection() && selection->currentIndex().isValid())
            selection->select(selection->currentIndex(),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
}

} // namespace

FrameworkEditor::FrameworkEditor(ProjectDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_frameworkFields(document, [this] { return currentFramework(); })
{
    setObjectName(QStringLiteral("frameworkEditor"));
    setWindowTitle(tr("Frameworks"));
    // The models follow the document before the dialog does.
    m_frameworks = new FrameworkListModel(document, this);
    m_criteria = new CriterionTableModel(document, this);

    auto* columns = new QSplitter(Qt::Horizontal);
    columns->setChildrenCollapsible(false);
    columns->addWidget(createFrameworkList());
    m_detail = new QStackedWidget;
    auto* placeholder = new QLabel(tr("Select a framework on the left, or add one."));
    placeholder->setObjectName(QStringLiteral("frameworkPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_detail->addWidget(placeholder);
    auto* panes = new QSplitter(Qt::Horizontal);
    panes->setChildrenCollapsible(false);
    panes->addWidget(createFrameworkPanel());
    m_criterionForm = new CriterionForm(document);
    m_criterionForm->setMinimumWidth(340);
    panes->addWidget(m_criterionForm);
    panes->setStretchFactor(0, 1);
    panes->setStretchFactor(1, 1);
    panes->setSizes({440, 470});
    m_detail->addWidget(panes);
    columns->addWidget(m_detail);
    columns->setStretchFactor(1, 1);
    columns->setSizes({240, 920});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(columns, 1);
    layout->addWidget(createButtonRow());

    connect(m_frameworkList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FrameworkEditor::frameworkSelected);
    connect(m_criterionTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FrameworkEditor::criterionSelected);
    keepCurrentSelected(m_frameworkList);
    keepCurrentSelected(m_criterionTable);
    connect(m_document, &ProjectDocument::changed, this, &FrameworkEditor::documentChanged);
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        m_criteria->setFramework(NoId); // ids of the old project mean nothing now
        selectFramework(m_frameworks->idAt(0));
        frameworkSelected();
    });
    // A closed project takes its editor along. By now the models are empty
    // and every part of the dialog leaves the document alone.
    connect(m_document, &QObject::destroyed, this, [this] {
        hide();
        deleteLater();
    });

    setUpTabOrder();
    for (QWidget* child : findChildren<QWidget*>())
        child->installEventFilter(this);
    // Room for the three columns, and a fit on a 1280×720 screen.
    setMinimumSize(1000, 540);
    resize(1160, 660);
    selectFramework(m_frameworks->idAt(0));
    frameworkSelected();
}

QWidget* FrameworkEditor::createFrameworkList()
{
    m_frameworkList = new QListView;
    m_frameworkList->setObjectName(QStringLiteral("frameworkList"));
    m_frameworkList->setModel(m_frameworks);
    m_frameworkList->setItemDelegate(new FrameworkItemDelegate(m_frameworkList));
    m_frameworkList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_frameworkList->setDragDropMode(QAbstractItemView::InternalMove);
    m_frameworkList->setDefaultDropAction(Qt::MoveAction);
    m_frameworkList->setToolTip(tr("Drag a framework, or press Alt+Up or Alt+Down, to reorder"));
    viewAction(m_frameworkList, QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveFramework(-1); });
    viewAction(m_frameworkList, QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveFramework(1); });
    viewAction(m_frameworkList, QKeySequence::Delete, [this] { removeFramework(); });

    m_addFramework =
        button(tr("&Add…"), QStringLiteral("addFramework"), tr("Add a framework of your own"));
    m_duplicateFramework = button(tr("D&uplicate"), QStringLiteral("duplicateFramework"),
                                  tr("Make a copy of the framework to change as your own"));
    m_removeFramework = button(tr("Delete…"), QStringLiteral("removeFramework"),
                               tr("Delete the framework with its criteria and their ratings"));
    connect(m_addFramework, &QPushButton::clicked, this, &FrameworkEditor::addFramework);
    connect(m_duplicateFramework, &QPushButton::clicked, this,
            &FrameworkEditor::duplicateFramework);
    connect(m_removeFramework, &QPushButton::clicked, this, &FrameworkEditor::removeFramework);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addFramework);
    buttons->addWidget(m_duplicateFramework);
    buttons->addWidget(m_removeFramework);
    auto* pane = new QWidget;
    pane->setMinimumWidth(240);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(heading(tr("&Frameworks"), m_frameworkList));
    layout->addWidget(m_frameworkList, 1);
    layout->addLayout(buttons);
    return pane;
}

QWidget* FrameworkEditor::createFrameworkPanel()
{
    m_frameworkName = m_frameworkFields.line(&Framework::name, QStringLiteral("frameworkName"));
    m_frameworkDescription =
        m_frameworkFields.text(&Framework::description, QStringLiteral("frameworkDescription"));
    m_frameworkDescription->setPlaceholderText(
        tr("What the framework looks at, and when to use it"));
    m_frameworkDescription->setMinimumHeight(70);
    m_frameworkDescription->setMaximumHeight(110);

    m_builtInNote = new QLabel;
    m_builtInNote->setObjectName(QStringLiteral("builtInNote"));
    m_builtInNote->setWordWrap(true);
    m_builtInNote->setForegroundRole(QPalette::PlaceholderText);
    m_resetFramework = button(tr("Re&set to original…"), QStringLiteral("resetFramework"),
                              tr("Bring back the framework as it comes with Journeyscope"));
    connect(m_resetFramework, &QPushButton::clicked, this, &FrameworkEditor::resetFramework);
    m_builtInRow = new QWidget;
    auto* builtIn = new QHBoxLayout(m_builtInRow);
    builtIn->setContentsMargins(0, 0, 0, 0);
    builtIn->addWidget(m_builtInNote, 1);
    builtIn->addWidget(m_resetFramework, 0, Qt::AlignTop);

    m_criterionTable = new QTableView;
    m_criterionTable->setObjectName(QStringLiteral("criterionTable"));
    m_criterionTable->setModel(m_criteria);
    m_criterionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_criterionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_criterionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criterionTable->setDragDropMode(QAbstractItemView::InternalMove);
    m_criterionTable->setDefaultDropAction(Qt::MoveAction);
    m_criterionTable->setDragDropOverwriteMode(false);
    m_criterionTable->setShowGrid(false);
    m_criterionTable->setAlternatingRowColors(true);
    m_criterionTable->setWordWrap(false);
    m_criterionTable->verticalHeader()->hide();
    m_criterionTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_criterionTable->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(CriterionTableModel::NameColumn, QHeaderView::Stretch);
    for (int column : {CriterionTableModel::WeightColumn, CriterionTableModel::TargetColumn,
                       CriterionTableModel::EnabledColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_criterionTable->setMinimumHeight(180);
    m_criterionTable->setToolTip(tr("Drag a criterion, or press Alt+Up or Alt+Down, to reorder"));
    viewAction(m_criterionTable, QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCriterion(-1); });
    viewAction(m_criterionTable, QKeySequence(Qt::ALT | Qt::Key_Down),
               [this] { moveCriterion(1); });
    viewAction(m_criterionTable, QKeySequence::Delete, [this] { removeCriterion(); });

    m_addCriterion =
        button(tr("Add"), QStringLiteral("addCriterion"), tr("Add a criterion at the end"));
    m_removeCriterion = button(tr("Delete"), QStringLiteral("removeCriterion"),
                               tr("Delete the criterion with its ratings"));
    m_moveUp = button(tr("Move up"), QStringLiteral("moveCriterionUp"), tr("Alt+Up"));
    m_moveDown = button(tr("Move down"), QStringLiteral("moveCriterionDown"), tr("Alt+Down"));
    connect(m_addCriterion, &QPushButton::clicked, this, &FrameworkEditor::addCriterion);
    connect(m_removeCriterion, &QPushButton::clicked, this, &FrameworkEditor::removeCriterion);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCriterion(1); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addCriterion);
    buttons->addWidget(m_removeCriterion);
    buttons->addStretch(1);
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_moveDown);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* nameLabel = new QLabel(tr("&Name"));
    nameLabel->setBuddy(m_frameworkName);
    auto* descriptionLabel = new QLabel(tr("&Description"));
    descriptionLabel->setBuddy(m_frameworkDescription);
    form->addRow(nameLabel, m_frameworkName);
    form->addRow(descriptionLabel, m_frameworkDescription);

    auto* pane = new QWidget;
    pane->setMinimumWidth(380);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(heading(tr("Framework")));
    layout->addLayout(form);
    layout->addWidget(m_builtInRow);
    layout->addSpacing(6);
    layout->addWidget(heading(tr("&Criteria"), m_criterionTable));
    layout->addWidget(m_criterionTable, 1);
    layout->addLayout(buttons);
    return pane;
}

QWidget* FrameworkEditor::createButtonRow()
{
    // Undo and Redo of the project, here too: what was typed and not
    // written yet (guiding questions) is written first, so that Undo takes
    // it back.
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setShortcuts(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    addAction(m_undoAction);
    addAction(m_redoAction);
    m_undo = button(tr("Undo"), QStringLiteral("undoButton"));
    m_redo = button(tr("Redo"), QStringLiteral("redoButton"));
    m_close = button(tr("Close"), QStringLiteral("closeButton"));
    connect(m_undo, &QPushButton::clicked, m_undoAction, &QAction::trigger);
    connect(m_redo, &QPushButton::clicked, m_redoAction, &QAction::trigger);
    QUndoStack* stack = m_document->undoStack();
    auto follow = [this, stack] {
        m_undo->setEnabled(stack->canUndo());
        m_redo->setEnabled(stack->canRedo());
        // "Undo Rename criterion “Trust”"
        m_undo->setToolTip(stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : QString());
        m_redo->setToolTip(stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : QString());
    };
    connect(stack, &QUndoStack::indexChanged, this, follow);
    connect(stack, &QUndoStack::undoTextChanged, this, follow);
    connect(stack, &QUndoStack::redoTextChanged, this, follow);
    follow();
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_undo);
    layout->addWidget(m_redo);
    layout->addStretch(1);
    layout->addWidget(m_close);
    return row;
}

void FrameworkEditor::setUpTabOrder()
{
    const std::vector<QWidget*> order = {m_frameworkList,
                                         m_addFramework,
                                         m_duplicateFramework,
                                         m_removeFramework,
                                         m_frameworkName,
                                         m_frameworkDescription,
                                         m_resetFramework,
                                         m_criterionTable,
                                         m_addCriterion,
                                         m_removeCriterion,
                                         m_moveUp,
                                         m_moveDown,
                                         m_criterionForm->firstField()};
    for (size_t i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setTabOrder(m_criterionForm->lastField(), m_undo);
    setTabOrder(m_undo, m_redo);
    setTabOrder(m_redo, m_close);
}

// ---- selection

Id FrameworkEditor::currentFramework() const
{
    return m_criteria->framework();
}

Id FrameworkEditor::currentCriterion() const
{
    return m_criterionForm->criterion();
}

void FrameworkEditor::showEntity(Id frameworkOrCriterion)
{
    const Project& project = m_document->project();
    Framework* framework = nullptr;
    if (findCriterion(const_cast<Project&>(project), frameworkOrCriterion, &framework)) {
        selectFramework(framework->id);
        selectCriterion(frameworkOrCriterion);
    } else if (findFramework(project, frameworkOrCriterion)) {
        selectFramework(frameworkOrCriterion);
    }
}

void FrameworkEditor::selectFramework(Id id)
{
    const int row = m_frameworks->rowOf(id);
    if (row < 0)
        return;
    m_frameworkList->selectionModel()->setCurrentIndex(m_frameworks->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect);
}

void FrameworkEditor::selectCriterion(Id id)
{
    const int row = m_criteria->rowOf(id);
    if (row < 0)
        return;
    m_criterionTable->selectionModel()->setCurrentIndex(
        m_criteria->index(row, CriterionTableModel::NameColumn),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void FrameworkEditor::frameworkSelected()
{
    if (!m_document)
        return;
    const Id id = m_frameworks->idAt(m_frameworkList->currentIndex().row());
    const bool changed = id != m_criteria->framework() || id == NoId;
    m_criteria->setFramework(id);
    m_detail->setCurrentIndex(id == NoId ? 0 : 1);
    m_frameworkFields.refresh();
    const Framework* framework = findFramework(m_document->project(), id);
    m_builtInRow->setVisible(framework && !framework->key.isEmpty());
    if (changed) {
        // A framework newly shown starts at its first criterion.
        if (m_criteria->rowCount() > 0)
            selectCriterion(m_criteria->idAt(0));
        criterionSelected();
    }
    updateButtons();
}

void FrameworkEditor::criterionSelected()
{
    if (!m_document)
        return;
    const QModelIndex current = m_criterionTable->currentIndex();
    m_criterionForm->show(current.isValid() ? m_criteria->idAt(current.row()) : NoId);
    m_criterionForm->setPlaceholder(
        m_criteria->rowCount() == 0
            ? tr("This framework has no criteria yet.\nAdd one to rate touchpoints on it.")
            : tr("Select a criterion to edit it."));
    updateButtons();
}

// ---- following the document

void FrameworkEditor::documentChanged(const ChangeEvent& event)
{
    switch (event.kind) {
    case EntityKind::Framework:
        if (event.type == ChangeType::Changed && event.id == currentFramework())
            m_frameworkFields.refresh();
        break;
    case EntityKind::Criterion:
        if (event.type == ChangeType::Changed && event.id == currentCriterion())
            m_criterionForm->refresh();
        if (event.owner != currentFramework())
            return;
        if (currentCriterion() == NoId)
            criterionSelected(); // the placeholder says whether there are criteria
        break;
    default:
        return;
    }
    updateButtons();
}

void FrameworkEditor::updateButtons()
{
    if (!m_document)
        return;
    const Framework* framework = findFramework(m_document->project(), currentFramework());
    m_duplicateFramework->setEnabled(framework);
    m_removeFramework->setEnabled(framework);
    m_addCriterion->setEnabled(framework);
    const bool differs = framework && differsFromBuiltIn(*framework);
    m_resetFramework->setEnabled(differs);
    m_builtInNote->setText(differs ? tr("Built into Journeyscope, with your changes.")
                                   : tr("Built into Journeyscope, as it comes."));
    const int row = m_criteria->rowOf(currentCriterion());
    m_removeCriterion->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < m_criteria->rowCount() - 1);
}

void FrameworkEditor::undoOrRedo(bool redo)
{
    if (!m_document)
        return;
    m_criterionForm->commit();
    if (redo)
        m_document->undoStack()->redo();
    else
        m_document->undoStack()->undo();
}

void FrameworkEditor::hideEvent(QHideEvent* event)
{
    m_criterionForm->commit();
    QDialog::hideEvent(event);
}

bool FrameworkEditor::eventFilter(QObject* watched, QEvent* event)
{
    // A field taking the focus starts a new sitting: its typing is one undo
    // step of its own.
    if (event->type() == QEvent::FocusIn && m_document)
        m_document->beginEditRun();
    // Undo and Redo in a field are the project's (every keystroke is an edit
    // of it already), so that there is one history.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace js
