#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace js::survey {
struct SurveyTable;
}

namespace js {

// The first responses of a survey export as read, for a preview: a copy of
// at most MaxRows rows, so a file of 100,000 responses costs no more to show
// than one of fifty. Column headers are the questions' titles; row headers
// the file's line numbers.
class SurveyPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int MaxRows = 50;

    explicit SurveyPreviewModel(QObject* parent = nullptr);

    void setTable(const survey::SurveyTable& table);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_titles;
    std::vector<QStringList> m_rows;
    std::vector<int> m_lines;
    int m_columns = 0;
};

} // namespace js
