#include "ui/mainwindow/Navigator.h"

#include "core/document/ProjectDocument.h"
#include "core/i18n/Language.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimer>

namespace js {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int SectionRole = Qt::UserRole + 2;

QString orUntitled(const QString& name)
{
    return name.isEmpty() ? Navigator::tr("(untitled)") : name;
}

// The kinds that have a row in the tree.
bool isShown(EntityKind kind)
{
    return kind != EntityKind::Metric && kind != EntityKind::Action && kind != EntityKind::Card &&
           kind != EntityKind::Lane;
}

} // namespace

Navigator::Navigator(ProjectDocument* document, QWidget* parent)
    : QTreeWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("navigator"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAccessibleName(tr("Project navigator"));

    connect(this, &QTreeWidget::itemSelectionChanged, this, &Navigator::emitSelection);
    connect(m_document, &ProjectDocument::entityAdded, this, &Navigator::entityAdded);
    connect(m_document, &ProjectDocument::entityRemoved, this, &Navigator::scheduleRebuild);
    connect(m_document, &ProjectDocument::entityMoved, this, &Navigator::scheduleRebuild);
    connect(m_document, &ProjectDocument::entityChanged, this, &Navigator::entityChanged);
    connect(m_document, &ProjectDocument::projectReset, this, &Navigator::rebuild);
    rebuild();
}

Selection Navigator::selection() const
{
    const QList<QTreeWidgetItem*> items = selectedItems();
    if (items.isEmpty())
        return {};
    const QTreeWidgetItem* item =
        currentItem() && currentItem()->isSelected() ? currentItem() : items.first();
    return Selection{EntityKind(item->data(0, KindRole).toInt()),
                     item->data(0, IdRole).value<Id>()};
}

QList<Selection> Navigator::selections() const
{
    QList<Selection> all;
    for (const QTreeWidgetItem* item : selectedItems()) {
        if (!item->data(0, SectionRole).toBool())
            all << Selection{EntityKind(item->data(0, KindRole).toInt()),
                             item->data(0, IdRole).value<Id>()};
    }
    return all;
}

void Navigator::showSelection(const QList<Selection>& selected, const Selection& current)
{
    const QSignalBlocker blocker(this);
    clearSelection();
    for (const Selection& s : selected) {
        if (QTreeWidgetItem* item = itemFor(s))
            item->setSelected(true);
    }
    if (QTreeWidgetItem* item = itemFor(current)) {
        setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
        item->setSelected(true);
        scrollToItem(item);
    }
}

QTreeWidgetItem* Navigator::itemFor(const Selection& wanted) const
{
    for (QTreeWidgetItemIterator it(const_cast<Navigator*>(this)); *it; ++it) {
        QTreeWidgetItem* item = *it;
        if (item->data(0, SectionRole).toBool())
            continue;
        if (EntityKind(item->data(0, KindRole).toInt()) == wanted.kind &&
            item->data(0, IdRole).value<Id>() == wanted.id)
            return item;
    }
    return nullptr;
}

void Navigator::select(const Selection& wanted)
{
    if (QTreeWidgetItem* item = itemFor(wanted)) {
        setCurrentItem(item);
        scrollToItem(item);
    } else if (!selectedItems().isEmpty()) {
        // What is selected elsewhere (a card on the map) has no row here.
        clearSelection();
    }
}

void Navigator::scheduleRebuild()
{
    // Many signals arrive for one command (a stage removal announces ratings,
    // metrics and actions too): rebuild once, after they have all arrived.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &Navigator::rebuild);
}

void Navigator::entityAdded(EntityKind kind, Id id)
{
    if (!isShown(kind))
        return;
    if (kind != EntityKind::Rater || m_selectsAddedRaters)
        m_added = Selection{kind, id};
    scheduleRebuild();
}

void Navigator::entityChanged(EntityKind kind, Id id)
{
    if (!isShown(kind))
        return;
    // A rename or a switch changes one row; no need to rebuild the tree on
    // every keystroke.
    if (QTreeWidgetItem* item = itemFor({kind, id}))
        decorate(item);
    else
        scheduleRebuild();
    // A journey's tooltip names its persona.
    if (kind == EntityKind::Persona) {
        for (const Journey& journey : m_document->project().journeys) {
            if (QTreeWidgetItem* item = itemFor({EntityKind::Journey, journey.id}))
                decorate(item);
        }
    }
}

Navigator::ItemKey Navigator::keyOf(const QTreeWidgetItem* item)
{
    const int kind = item->data(0, KindRole).toInt();
    // Sections and the entities of their kind must not share a key.
    return {item->data(0, SectionRole).toBool() ? -1 - kind : kind,
            item->data(0, IdRole).value<Id>()};
}

QTreeWidgetItem* Navigator::addSection(const QString& text, EntityKind kind)
{
    auto* item = new QTreeWidgetItem(this, QStringList{text});
    item->setData(0, KindRole, int(kind));
    item->setData(0, IdRole, QVariant::fromValue(NoId));
    item->setData(0, SectionRole, true);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

QTreeWidgetItem* Navigator::addItem(QTreeWidgetItem* parent, EntityKind kind, Id id)
{
    auto* item = new QTreeWidgetItem(parent);
    item->setData(0, KindRole, int(kind));
    item->setData(0, IdRole, QVariant::fromValue(id));
    decorate(item);
    return item;
}

void Navigator::decorate(QTreeWidgetItem* item) const
{
    const Project& project = m_document->project();
    const auto kind = EntityKind(item->data(0, KindRole).toInt());
    const Id id = item->data(0, IdRole).value<Id>();
    QString text;
    QString tip;
    switch (kind) {
    case EntityKind::Project:
        text = project.name.isEmpty() ? tr("Project") : project.name;
        tip = project.client.isEmpty() ? text : tr("%1 for %2").arg(text, project.client);
        break;
    case EntityKind::Journey:
        if (const Journey* journey = findJourney(project, id)) {
            const QString state = language::inSentence(journeyStateName(journey->state));
            text = tr("%1 (%2)").arg(orUntitled(journey->name), state);
            const Persona* persona = findPersona(project, journey->personaId);
            tip = persona ? tr("%1, %2, for %3")
                                .arg(orUntitled(journey->name), state, orUntitled(persona->name))
                          : text;
        }
        break;
    case EntityKind::Stage:
        if (const Stage* stage = findStage(project, id))
            text = orUntitled(stage->name);
        break;
    case EntityKind::Touchpoint:
        if (const Touchpoint* touchpoint = findTouchpoint(project, id)) {
            text = orUntitled(touchpoint->name);
            tip = tr("%1 (%2)").arg(text, channelName(touchpoint->channel));
        }
        break;
    case EntityKind::Persona:
        if (const Persona* persona = findPersona(project, id)) {
            text = orUntitled(persona->name);
            tip = persona->role.isEmpty() ? text : tr("%1, %2").arg(text, persona->role);
        }
        break;
    case EntityKind::Framework:
        if (const Framework* framework = findFramework(project, id))
            text = orUntitled(framework->name);
        break;
    case EntityKind::Criterion:
        if (const Criterion* criterion = findCriterion(project, id)) {
            text = orUntitled(criterion->name);
            tip = criterion->enabled ? text : tr("%1: switched off, not rated").arg(text);
            item->setForeground(
                0, palette().brush(criterion->enabled ? QPalette::Active : QPalette::Disabled,
                                   QPalette::Text));
        }
        break;
    case EntityKind::Round:
        if (const Round* round = findRound(project, id)) {
            text = round->date.isValid()
                       ? tr("%1 (%2)").arg(orUntitled(round->name),
                                           QLocale().toString(round->date, QLocale::ShortFormat))
                       : orUntitled(round->name);
        }
        break;
    case EntityKind::Rater:
        if (const Rater* rater = findRater(project, id)) {
            text = orUntitled(rater->name);
            tip = rater->role.isEmpty() ? text : tr("%1, %2").arg(text, rater->role);
        }
        break;
    default:
        break;
    }
    item->setText(0, text);
    // The full text, for rows the panel is too narrow to show whole.
    item->setToolTip(0, tip.isEmpty() ? text : tip);
}

std::vector<Selection> Navigator::fallbacksFor(const QTreeWidgetItem* item) const
{
    std::vector<Selection> fallbacks;
    auto add = [&](const QTreeWidgetItem* other) {
        if (other && !other->data(0, SectionRole).toBool())
            fallbacks.push_back(Selection{EntityKind(other->data(0, KindRole).toInt()),
                                          other->data(0, IdRole).value<Id>()});
    };
    for (; item; item = item->parent()) {
        const QTreeWidgetItem* parent = item->parent();
        if (!parent)
            break;
        const int index = parent->indexOfChild(const_cast<QTreeWidgetItem*>(item));
        add(parent->child(index + 1));
        add(index > 0 ? parent->child(index - 1) : nullptr);
        add(parent);
    }
    return fallbacks;
}

void Navigator::rebuild()
{
    m_rebuildPending = false;
    const Selection selected = selection();
    // A neighbour takes over only from a row deleted here in the tree; what
    // the map deleted leaves nothing selected.
    const std::vector<Selection> fallbacks = selectedItems().isEmpty() || !hasFocus()
                                                 ? std::vector<Selection>{}
                                                 : fallbacksFor(selectedItems().first());
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->childCount() > 0)
            m_expanded[keyOf(*it)] = (*it)->isExpanded();
    }

    QSignalBlocker blocker(this);
    clear();
    const Project& project = m_document->project();
    QTreeWidgetItem* projectItem = addItem(invisibleRootItem(), EntityKind::Project, NoId);
    QFont font = projectItem->font(0);
    font.setBold(true);
    projectItem->setFont(0, font);

    QTreeWidgetItem* journeys = addSection(tr("Journeys"), EntityKind::Journey);
    for (const Journey& journey : project.journeys) {
        QTreeWidgetItem* journeyItem = addItem(journeys, EntityKind::Journey, journey.id);
        for (const Stage& stage : journey.stages) {
            QTreeWidgetItem* stageItem = addItem(journeyItem, EntityKind::Stage, stage.id);
            for (const Touchpoint& touchpoint : stage.touchpoints)
                addItem(stageItem, EntityKind::Touchpoint, touchpoint.id);
        }
    }
    QTreeWidgetItem* personas = addSection(tr("Personas"), EntityKind::Persona);
    for (const Persona& persona : project.personas)
        addItem(personas, EntityKind::Persona, persona.id);
    QTreeWidgetItem* frameworks = addSection(tr("Frameworks"), EntityKind::Framework);
    for (const Framework& framework : project.frameworks) {
        QTreeWidgetItem* frameworkItem = addItem(frameworks, EntityKind::Framework, framework.id);
        for (const Criterion& criterion : framework.criteria)
            addItem(frameworkItem, EntityKind::Criterion, criterion.id);
    }
    QTreeWidgetItem* rounds = addSection(tr("Rounds"), EntityKind::Round);
    for (const Round& round : project.rounds) {
        QTreeWidgetItem* roundItem = addItem(rounds, EntityKind::Round, round.id);
        for (const Rater& rater : round.raters)
            addItem(roundItem, EntityKind::Rater, rater.id);
    }

    // Branches open as the user left them; sections and journeys open the
    // first time they are seen.
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        QTreeWidgetItem* item = *it;
        if (item->childCount() == 0)
            continue;
        const auto known = m_expanded.find(keyOf(item));
        const bool openByDefault =
            item->data(0, SectionRole).toBool() ||
            EntityKind(item->data(0, KindRole).toInt()) == EntityKind::Journey;
        item->setExpanded(known == m_expanded.end() ? openByDefault : known->second);
    }

    // What was just added (or restored by undo) first, then what was
    // selected, then its neighbours.
    std::vector<Selection> candidates;
    if (m_added)
        candidates.push_back(*m_added);
    m_added.reset();
    candidates.push_back(selected);
    candidates.insert(candidates.end(), fallbacks.begin(), fallbacks.end());
    for (const Selection& candidate : candidates) {
        if (QTreeWidgetItem* item = itemFor(candidate)) {
            for (QTreeWidgetItem* parent = item->parent(); parent; parent = parent->parent())
                parent->setExpanded(true);
            setCurrentItem(item);
            scrollToItem(item);
            break;
        }
    }
    // The views follow once the tree is whole.
    blocker.unblock();
    if (selection() != selected)
        emitSelection();
}

void Navigator::emitSelection()
{
    Q_EMIT selectionChanged(selection());
}

} // namespace js
