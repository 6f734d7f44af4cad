#include "ui/insights/WeakSpotTableModel.h"

#include <QLocale>

namespace js {

namespace {

bool isNumber(int column)
{
    switch (column) {
    case WeakSpotTableModel::Rank:
    case WeakSpotTableModel::Mean:
    case WeakSpotTableModel::Target:
    case WeakSpotTableModel::Gap:
    case WeakSpotTableModel::Importance:
    case WeakSpotTableModel::Weight:
    case WeakSpotTableModel::Priority:
    case WeakSpotTableModel::Raters:
        return true;
    default:
        return false;
    }
}

} // namespace

WeakSpotTableModel::WeakSpotTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void WeakSpotTableModel::setInsights(const analysis::Insights* insights)
{
    beginResetModel();
    m_insights = insights;
    endResetModel();
}

void WeakSpotTableModel::setLook(const ChartLook& look)
{
    if (look.dark == m_look.dark)
        return;
    m_look = look;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Mean), index(rowCount() - 1, Mean),
                           {Qt::BackgroundRole, Qt::ForegroundRole});
}

const analysis::WeakSpot* WeakSpotTableModel::spot(int row) const
{
    if (!m_insights || row < 0 || size_t(row) >= m_insights->weakSpots.size())
        return nullptr;
    return &m_insights->weakSpots[size_t(row)];
}

int WeakSpotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_insights ? 0 : int(m_insights->weakSpots.size());
}

int WeakSpotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WeakSpotTableModel::text(const analysis::WeakSpot& spot, int row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Rank:
        return locale.toString(row + 1);
    case Touchpoint: {
        const analysis::InsightsTouchpoint* touchpoint = m_insights->touchpoint(spot.touchpoint);
        return touchpoint ? touchpoint->name : QString();
    }
    case Stage: {
        const analysis::InsightsStage* stage = m_insights->stage(spot.stage);
        return stage ? stage->name : QString();
    }
    case Criterion: {
        const analysis::InsightsCriterion* criterion = m_insights->criterion(spot.criterion);
        return criterion ? criterion->name : QString();
    }
    case Mean:
        return locale.toString(spot.mean, 'f', 2);
    case Target:
        return locale.toString(spot.target, 'f', 1);
    case Gap:
        return locale.toString(spot.gap, 'f', 2);
    case Importance:
        return locale.toString(spot.importance);
    case Weight:
        return locale.toString(spot.weight, 'f', 2);
    case Priority:
        return locale.toString(spot.priority, 'f', 2);
    case Raters:
        return locale.toString(spot.n);
    case Flags:
        return analysis::flagNames(spot).join(tr(", "));
    case Reason:
        return spot.reason;
    default:
        return {};
    }
}

QVariant WeakSpotTableModel::sortValue(const analysis::WeakSpot& spot, int row, int column) const
{
    switch (column) {
    case Rank:
        return row;
    case Mean:
        return spot.mean;
    case Target:
        return spot.target;
    case Gap:
        return spot.gap;
    case Importance:
        return spot.importance;
    case Weight:
        return spot.weight;
    case Priority:
        return spot.priority;
    case Raters:
        return spot.n;
    default:
        return text(spot, row, column);
    }
}

QVariant WeakSpotTableModel::data(const QModelIndex& index, int role) const
{
    const analysis::WeakSpot* s = spot(index.row());
    if (!s || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*s, index.row(), index.column());
    case SortRole:
        return sortValue(*s, index.row(), index.column());
    case TouchpointRole:
        return QVariant::fromValue(s->touchpoint);
    case CriterionRole:
        return QVariant::fromValue(s->criterion);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignVCenter | (isNumber(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::BackgroundRole:
        if (index.column() == Mean)
            return m_look.heat.fill(s->mean, s->target);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Mean)
            return m_look.heat.text(m_look.heat.fill(s->mean, s->target));
        return {};
    case Qt::ToolTipRole:
        return s->reason;
    default:
        return {};
    }
}

QVariant WeakSpotTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignVCenter | (isNumber(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Rank:
        return tip ? tr("The rank by priority") : tr("Rank");
    case Touchpoint:
        return tr("Touchpoint");
    case Stage:
        return tr("Stage");
    case Criterion:
        return tr("Criterion");
    case Mean:
        return tip ? tr("The mean of the scores") : tr("Mean");
    case Target:
        return tr("Target");
    case Gap:
        return tip ? tr("How far the mean falls short of the target") : tr("Gap");
    case Importance:
        return tip ? tr("The touchpoint's importance, 1 to 5") : tr("Importance");
    case Weight:
        return tip ? tr("The criterion's weight in the round") : tr("Weight");
    case Priority:
        return tip ? tr("Importance × weight × gap") : tr("Priority");
    case Raters:
        return tip ? tr("The number of scores the mean rests on") : tr("Raters (n)");
    case Flags:
        return tr("Flags");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

Qt::ItemFlags WeakSpotTableModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace js
