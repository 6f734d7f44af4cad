#include "ui/frameworks/CriterionTableModel.h"

#include "core/document/ProjectDocument.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace js {

CriterionTableModel::CriterionTableModel(ProjectDocument* document, QObject* parent)
    : IdListModel(document, EntityKind::Criterion, parent)
{
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent& event) {
        if (event.kind == EntityKind::Framework && event.type == ChangeType::Removed &&
            event.id == m_framework)
            setFramework(NoId);
    });
}

void CriterionTableModel::setFramework(Id frameworkId)
{
    if (!document() || !findFramework(document()->project(), frameworkId))
        frameworkId = NoId;
    if (frameworkId == m_framework)
        return;
    m_framework = frameworkId;
    reload();
}

int CriterionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriterionTableModel::data(const QModelIndex& index, int role) const
{
    const Criterion* criterion = findCriterion(document()->project(), idAt(index.row()));
    if (!criterion)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return criterion->name.isEmpty() ? tr("(untitled)") : criterion->name;
        if (column == WeightColumn)
            return QLocale().toString(criterion->weight, 'f', 1);
        if (column == TargetColumn)
            return QLocale().toString(criterion->target, 'f', 1);
        return {};
    case Qt::CheckStateRole:
        if (column == EnabledColumn)
            return criterion->enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == WeightColumn || column == TargetColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A criterion switched off reads as such across its row.
        if (!criterion->enabled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (column == EnabledColumn)
            return criterion->enabled ? tr("Rated in new rounds") : tr("Not rated in new rounds");
        if (column == WeightColumn)
            return tr("How much this criterion counts against the others of the framework");
        if (column == TargetColumn)
            return tr("The score a touchpoint should reach on this criterion, from 1 to 5");
        return criterion->enabled
                   ? criterion->name
                   : tr("%1: switched off, not rated in new rounds").arg(criterion->name);
    case IdRole:
        return QVariant::fromValue(criterion->id);
    default:
        return {};
    }
}

bool CriterionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != EnabledColumn)
        return false;
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    return document()->set(idAt(index.row()), &Criterion::enabled, on);
}

QVariant CriterionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Criterion");
        case WeightColumn:
            return tr("Weight");
        case TargetColumn:
            return tr("Target");
        case EnabledColumn:
            return tr("Rated");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == EnabledColumn)
        return tr("Whether new rounds rate the criterion");
    if (role == Qt::TextAlignmentRole && (section == WeightColumn || section == TargetColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags CriterionTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = IdListModel::flags(index);
    if (index.isValid() && index.column() == EnabledColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

std::vector<Id> CriterionTableModel::idsNow() const
{
    std::vector<Id> ids;
    if (const Framework* framework = findFramework(document()->project(), m_framework)) {
        for (const Criterion& criterion : framework->criteria)
            ids.push_back(criterion.id);
    }
    return ids;
}

bool CriterionTableModel::concerns(const ChangeEvent& event) const
{
    return m_framework != NoId && event.owner == m_framework;
}

bool CriterionTableModel::moveTo(Id id, int index)
{
    return document()->moveCriterion(id, index);
}

} // namespace js
