#include "ui/surveys/SurveyPreviewModel.h"

#include "core/io/SurveyCsv.h"

#include <algorithm>

namespace js {

namespace {

// A cell on one line: a quoted line break would make the row twice as tall.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QStringLiteral(" ⏎ "));
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    text.replace(QLatin1Char('\r'), QStringLiteral(" ⏎ "));
    return text;
}

} // namespace

SurveyPreviewModel::SurveyPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SurveyPreviewModel::setTable(const survey::SurveyTable& table)
{
    beginResetModel();
    m_titles = table.titles;
    m_columns = table.columnCount;
    const std::size_t count = std::min<std::size_t>(table.rows.size(), MaxRows);
    m_rows.assign(table.rows.begin(), table.rows.begin() + static_cast<std::ptrdiff_t>(count));
    m_lines.assign(table.lines.begin(), table.lines.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                                  count, table.lines.size())));
    endResetModel();
}

int SurveyPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SurveyPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant SurveyPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns)
        return {};
    const QStringList& row = m_rows[static_cast<std::size_t>(index.row())];
    const QString text = index.column() < row.size() ? row[index.column()] : QString();
    if (role == Qt::DisplayRole)
        return oneLine(text);
    if (role == Qt::ToolTipRole && text.size() > 40)
        return text;
    return {};
}

QVariant SurveyPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= static_cast<int>(m_lines.size()))
            return {};
        return m_lines[static_cast<std::size_t>(section)];
    }
    if (section < 0 || section >= m_columns)
        return {};
    const QString title = section < m_titles.size() ? m_titles[section] : QString();
    if (role == Qt::ToolTipRole)
        return title;
    // Long questions are cut for the header; the tooltip has them whole.
    return title.size() > 36 ? title.left(34).trimmed() + QStringLiteral("…") : title;
}

} // namespace js
