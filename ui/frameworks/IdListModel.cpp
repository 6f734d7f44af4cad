#include "ui/frameworks/IdListModel.h"

#include "core/document/ProjectDocument.h"

#include <QMimeData>

#include <algorithm>

namespace js {

namespace {

const QString& idMimeType()
{
    static const QString type = QStringLiteral("application/x-journeyscope-id");
    return type;
}

} // namespace

IdListModel::IdListModel(ProjectDocument* document, EntityKind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_kind(kind)
{
    connect(m_document, &ProjectDocument::changed, this, &IdListModel::documentChanged);
    connect(m_document, &ProjectDocument::projectReset, this, &IdListModel::reload);
    // The views stop asking about rows before the dialog goes too.
    connect(m_document, &QObject::destroyed, this, &IdListModel::reload);
}

Id IdListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[static_cast<size_t>(row)] : NoId;
}

int IdListModel::rowOf(Id id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

int IdListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

Qt::ItemFlags IdListModel::flags(const QModelIndex& index) const
{
    // Rows are dropped between rows, never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions IdListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList IdListModel::mimeTypes() const
{
    return {idMimeType()};
}

QMimeData* IdListModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(idMimeType(), QByteArray::number(idAt(indexes.front().row())));
    return data;
}

bool IdListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                               const QModelIndex& parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!data || !data->hasFormat(idMimeType()))
        return false;
    const int from = rowOf(data->data(idMimeType()).toLongLong());
    if (from < 0)
        return false; // from another list
    const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    return moveBefore(from, before);
}

bool IdListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                           const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    return moveBefore(sourceRow, destinationChild);
}

bool IdListModel::moveBefore(int from, int before)
{
    const Id id = idAt(from);
    if (id == NoId || !m_document)
        return false;
    // The index the document takes is the position after the move.
    const int to = before > from ? before - 1 : before;
    return to != from && moveTo(id, to);
}

void IdListModel::reload()
{
    beginResetModel();
    m_ids = m_document ? idsNow() : std::vector<Id>();
    endResetModel();
}

void IdListModel::documentChanged(const ChangeEvent& event)
{
    if (event.kind != m_kind || !concerns(event))
        return;
    const std::vector<Id> now = idsNow();
    const int row = rowOf(event.id);
    const auto it = std::find(now.begin(), now.end(), event.id);
    const int rowNow = it == now.end() ? -1 : static_cast<int>(it - now.begin());
    switch (event.type) {
    case ChangeType::Added:
        if (row < 0 && rowNow >= 0 && rowNow <= rowCount()) {
            beginInsertRows({}, rowNow, rowNow);
            m_ids.insert(m_ids.begin() + rowNow, event.id);
            endInsertRows();
        }
        break;
    case ChangeType::Removed:
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_ids.erase(m_ids.begin() + row);
            endRemoveRows();
        }
        break;
    case ChangeType::Moved:
        if (row >= 0 && rowNow >= 0 && row != rowNow) {
            beginMoveRows({}, row, row, {}, rowNow > row ? rowNow + 1 : rowNow);
            m_ids.erase(m_ids.begin() + row);
            m_ids.insert(m_ids.begin() + rowNow, event.id);
            endMoveRows();
        }
        break;
    case ChangeType::Changed:
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        break;
    }
    // Each event names one step; should the list have gone its own way
    // (which it should not), it is read again rather than shown wrong.
    if (m_ids != now)
        reload();
}

} // namespace js
