#include "ui/mainwindow/Navigator.h"

#include "core/document/ProjectDocument.h"

#include <QHeaderView>
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

} // namespace

Navigator::Navigator(ProjectDocument* document, QWidget* parent)
    : QTreeWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("navigator"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAccessibleName(tr("Project navigator"));

    connect(this, &QTreeWidget::itemSelectionChanged, this, &Navigator::emitSelection);
    connect(m_document, &ProjectDocument::entityAdded, this, &Navigator::scheduleRebuild);
    connect(m_document, &ProjectDocument::entityRemoved, this, &Navigator::scheduleRebuild);
    connect(m_document, &ProjectDocument::entityMoved, this, &Navigator::scheduleRebuild);
    connect(m_document, &ProjectDocument::projectReset, this, &Navigator::rebuild);
    connect(m_document, &ProjectDocument::entityChanged, this, [this](EntityKind kind, Id) {
        if (kind != EntityKind::Metric && kind != EntityKind::Action && kind != EntityKind::Card)
            scheduleRebuild();
    });
    rebuild();
}

Selection Navigator::selection() const
{
    const QList<QTreeWidgetItem*> items = selectedItems();
    if (items.isEmpty())
        return {};
    const QTreeWidgetItem* item = items.first();
    return Selection{EntityKind(item->data(0, KindRole).toInt()),
                     item->data(0, IdRole).value<Id>()};
}

void Navigator::select(const Selection& wanted)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        QTreeWidgetItem* item = *it;
        if (item->data(0, SectionRole).toBool())
            continue;
        if (EntityKind(item->data(0, KindRole).toInt()) == wanted.kind &&
            item->data(0, IdRole).value<Id>() == wanted.id) {
            setCurrentItem(item);
            scrollToItem(item);
            return;
        }
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

QTreeWidgetItem* Navigator::addItem(QTreeWidgetItem* parent, const QString& text, EntityKind kind,
                                    Id id)
{
    auto* item = new QTreeWidgetItem(parent, QStringList{orUntitled(text)});
    item->setData(0, KindRole, int(kind));
    item->setData(0, IdRole, QVariant::fromValue(id));
    return item;
}

void Navigator::rebuild()
{
    m_rebuildPending = false;
    const Selection selected = selection();
    const QSignalBlocker blocker(this);
    clear();
    const Project& project = m_document->project();

    auto* projectItem =
        addItem(invisibleRootItem(), project.name.isEmpty() ? tr("Project") : project.name,
                EntityKind::Project, NoId);
    QFont font = projectItem->font(0);
    font.setBold(true);
    projectItem->setFont(0, font);

    QTreeWidgetItem* journeys = addSection(tr("Journeys"), EntityKind::Journey);
    for (const Journey& journey : project.journeys) {
        QTreeWidgetItem* journeyItem =
            addItem(journeys, journey.name, EntityKind::Journey, journey.id);
        for (const Stage& stage : journey.stages) {
            QTreeWidgetItem* stageItem =
                addItem(journeyItem, stage.name, EntityKind::Stage, stage.id);
            for (const Touchpoint& touchpoint : stage.touchpoints)
                addItem(stageItem, touchpoint.name, EntityKind::Touchpoint, touchpoint.id);
        }
    }
    QTreeWidgetItem* personas = addSection(tr("Personas"), EntityKind::Persona);
    for (const Persona& persona : project.personas)
        addItem(personas, persona.name, EntityKind::Persona, persona.id);
    QTreeWidgetItem* frameworks = addSection(tr("Frameworks"), EntityKind::Framework);
    for (const Framework& framework : project.frameworks) {
        QTreeWidgetItem* frameworkItem =
            addItem(frameworks, framework.name, EntityKind::Framework, framework.id);
        for (const Criterion& criterion : framework.criteria) {
            QTreeWidgetItem* item =
                addItem(frameworkItem, criterion.name, EntityKind::Criterion, criterion.id);
            if (!criterion.enabled) {
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(0, tr("Switched off: not rated"));
            }
        }
    }
    QTreeWidgetItem* rounds = addSection(tr("Rounds"), EntityKind::Round);
    for (const Round& round : project.rounds) {
        const QString label =
            round.date.isValid()
                ? tr("%1 (%2)").arg(orUntitled(round.name),
                                    QLocale().toString(round.date, QLocale::ShortFormat))
                : round.name;
        QTreeWidgetItem* roundItem = addItem(rounds, label, EntityKind::Round, round.id);
        for (const Rater& rater : round.raters)
            addItem(roundItem, rater.name, EntityKind::Rater, rater.id);
    }

    for (QTreeWidgetItem* section : {journeys, personas, frameworks, rounds})
        section->setExpanded(true);
    for (int i = 0; i < journeys->childCount(); ++i)
        journeys->child(i)->setExpanded(true);

    select(selected);
    if (selection() != selected)
        emitSelection();
}

void Navigator::emitSelection()
{
    Q_EMIT selectionChanged(selection());
}

} // namespace js
