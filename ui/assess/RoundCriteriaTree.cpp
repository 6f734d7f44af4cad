#include "ui/assess/RoundCriteriaTree.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace js {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NameColumn = 0;
constexpr int WeightColumn = 1;
constexpr int TargetColumn = 2;

Id idOf(const QTreeWidgetItem* item)
{
    return item->data(NameColumn, IdRole).value<Id>();
}

bool isFixed(const QTreeWidgetItem* item)
{
    return !(item->flags() & Qt::ItemIsEnabled);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 3);
}

} // namespace

RoundCriteriaTree::RoundCriteriaTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Criterion"), tr("Weight"), tr("Target")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTreeWidget::itemChanged, this, &RoundCriteriaTree::onItemChanged);
}

void RoundCriteriaTree::populate(const Project& project, const std::map<Id, int>& rated)
{
    m_project = &project;
    const QSignalBlocker blocker(this);
    m_updating = true;
    clear();
    m_values.clear();
    for (const Framework& framework : project.frameworks) {
        if (framework.criteria.empty())
            continue;
        auto* top = new QTreeWidgetItem(this);
        top->setText(NameColumn, framework.name);
        top->setToolTip(NameColumn, framework.description);
        top->setData(NameColumn, IdRole, QVariant::fromValue(NoId));
        top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        QFont bold = top->font(NameColumn);
        bold.setBold(true);
        top->setFont(NameColumn, bold);
        for (const Criterion& criterion : framework.criteria) {
            m_values[criterion.id] = {criterion.id, criterion.weight, criterion.target};
            auto* item = new QTreeWidgetItem(top);
            item->setText(NameColumn, criterion.enabled ? criterion.name
                                                        : tr("%1 (optional)").arg(criterion.name));
            item->setData(NameColumn, IdRole, QVariant::fromValue(criterion.id));
            item->setToolTip(NameColumn, criterion.description);
            item->setTextAlignment(WeightColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(TargetColumn, Qt::AlignRight | Qt::AlignVCenter);
            const auto count = rated.find(criterion.id);
            if (count != rated.end() && count->second > 0) {
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(NameColumn, Qt::Checked);
                item->setText(
                    NameColumn,
                    count->second == 1
                        ? tr("%1 · 1 rating").arg(item->text(NameColumn))
                        : tr("%1 · %2 ratings").arg(item->text(NameColumn)).arg(count->second));
                item->setToolTip(
                    NameColumn,
                    (count->second == 1
                         ? tr("This round holds 1 rating on %1, so it stays in the round. Clear "
                              "that rating to leave it out.")
                         : tr("This round holds %2 ratings on %1, so it stays in the round. "
                              "Clear those ratings to leave it out.")
                               .arg(count->second))
                        .arg(criterion.name));
            } else {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
                item->setCheckState(NameColumn, criterion.enabled ? Qt::Checked : Qt::Unchecked);
            }
            showValues(item);
        }
    }
    expandAll();
    updateFrameworks();
    m_updating = false;
}

void RoundCriteriaTree::setChosen(const std::vector<RoundCriterion>& criteria)
{
    {
        const QSignalBlocker blocker(this);
        m_updating = true;
        for (const RoundCriterion& criterion : criteria) {
            if (m_values.contains(criterion.criterionId))
                m_values[criterion.criterionId] = criterion;
        }
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem* top = topLevelItem(i);
            for (int j = 0; j < top->childCount(); ++j) {
                QTreeWidgetItem* item = top->child(j);
                const bool on =
                    isFixed(item) || std::any_of(criteria.begin(), criteria.end(),
                                                 [id = idOf(item)](const RoundCriterion& c) {
                                                     return c.criterionId == id;
                                                 });
                item->setCheckState(NameColumn, on ? Qt::Checked : Qt::Unchecked);
                showValues(item);
            }
        }
        updateFrameworks();
        m_updating = false;
    }
    Q_EMIT chosenChanged();
}

void RoundCriteriaTree::chooseDefaults()
{
    if (!m_project)
        return;
    for (const Framework& framework : m_project->frameworks) {
        for (const Criterion& criterion : framework.criteria)
            m_values[criterion.id] = {criterion.id, criterion.weight, criterion.target};
    }
    setChosen(defaultRoundCriteria(m_project->frameworks));
}

void RoundCriteriaTree::setCriterionChosen(Id criterion, bool chosen)
{
    if (QTreeWidgetItem* item = itemFor(criterion); item && !isFixed(item))
        item->setCheckState(NameColumn, chosen ? Qt::Checked : Qt::Unchecked);
}

std::vector<RoundCriterion> RoundCriteriaTree::chosen() const
{
    std::vector<RoundCriterion> criteria;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            const QTreeWidgetItem* item = top->child(j);
            if (item->checkState(NameColumn) == Qt::Checked)
                criteria.push_back(m_values.at(idOf(item)));
        }
    }
    return criteria;
}

int RoundCriteriaTree::chosenCount() const
{
    return int(chosen().size());
}

bool RoundCriteriaTree::isChosen(Id criterion) const
{
    const QTreeWidgetItem* item = itemFor(criterion);
    return item && item->checkState(NameColumn) == Qt::Checked;
}

QTreeWidgetItem* RoundCriteriaTree::itemFor(Id criterion) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (idOf(top->child(j)) == criterion)
                return top->child(j);
        }
    }
    return nullptr;
}

void RoundCriteriaTree::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_updating || column != NameColumn)
        return;
    m_updating = true;
    QTreeWidgetItem* top = item->parent() ? item->parent() : item;
    if (!item->parent()) {
        // A click on a partly ticked framework ticks it; its fixed criteria
        // stay ticked when it is cleared.
        const Qt::CheckState state =
            item->checkState(NameColumn) == Qt::Unchecked ? Qt::Unchecked : Qt::Checked;
        for (int j = 0; j < item->childCount(); ++j) {
            if (!isFixed(item->child(j)))
                item->child(j)->setCheckState(NameColumn, state);
        }
    }
    updateFramework(top);
    m_updating = false;
    Q_EMIT chosenChanged();
}

void RoundCriteriaTree::updateFramework(QTreeWidgetItem* framework)
{
    int on = 0;
    int fixed = 0;
    const int count = framework->childCount();
    for (int j = 0; j < count; ++j) {
        on += framework->child(j)->checkState(NameColumn) == Qt::Checked;
        fixed += isFixed(framework->child(j));
    }
    framework->setCheckState(NameColumn, on == 0       ? Qt::Unchecked
                                         : on == count ? Qt::Checked
                                                       : Qt::PartiallyChecked);
    Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
    if (fixed < count)
        flags |= Qt::ItemIsEnabled;
    framework->setFlags(flags);
}

void RoundCriteriaTree::updateFrameworks()
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        updateFramework(topLevelItem(i));
}

void RoundCriteriaTree::showValues(QTreeWidgetItem* item)
{
    const RoundCriterion& values = m_values.at(idOf(item));
    item->setText(WeightColumn, number(values.weight));
    item->setText(TargetColumn, number(values.target));
}

} // namespace js
