#pragma once

#include "core/analysis/Insights.h"
#include "ui/insights/ChartLook.h"

#include <QAbstractTableModel>

namespace js {

// Every weak spot of the filtered round, one per row in ranked order, for
// WeakSpotTable. Read only. Qt::DisplayRole is the text the user reads (in
// their locale); SortRole the value to sort by (numbers as numbers).
class WeakSpotTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Rank,
        Touchpoint,
        Stage,
        Criterion,
        Mean,
        Target,
        Gap,
        Importance,
        Weight,
        Priority,
        Raters,
        Flags,
        Reason,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    // The touchpoint's id of a row.
    static constexpr int TouchpointRole = Qt::UserRole + 1;
    static constexpr int CriterionRole = Qt::UserRole + 2;

    explicit WeakSpotTableModel(QObject* parent = nullptr);

    // Takes new figures (resets the model); the Insights must outlive it or
    // be replaced.
    void setInsights(const analysis::Insights* insights);
    const analysis::Insights* insights() const { return m_insights; }
    // The heat colours of the mean column.
    void setLook(const ChartLook& look);

    const analysis::WeakSpot* spot(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QString text(const analysis::WeakSpot& spot, int row, int column) const;
    QVariant sortValue(const analysis::WeakSpot& spot, int row, int column) const;

    const analysis::Insights* m_insights = nullptr;
    ChartLook m_look = ChartLook::light();
};

} // namespace js
