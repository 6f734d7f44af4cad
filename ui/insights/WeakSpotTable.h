#pragma once

#include "core/analysis/Insights.h"

#include <QTableView>

class QSortFilterProxyModel;

namespace js {

class SelectionModel;
class WeakSpotTableModel;

// Every weak spot of the filtered round as a table, ranked, sortable by any
// column (numbers as numbers). Picking a row selects its touchpoint in the
// window's one selection; a touchpoint selected elsewhere highlights its
// first row. Ctrl+C copies the selected rows as tab-separated text.
class WeakSpotTable : public QTableView {
    Q_OBJECT

public:
    explicit WeakSpotTable(SelectionModel* selection, QWidget* parent = nullptr);
    void setInsights(const analysis::Insights* insights);

    WeakSpotTableModel* weakSpotModel() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    // The text Ctrl+C puts on the clipboard: a header row, then the selected
    // rows in the order shown, tab-separated.
    QString selectedRowsText() const;
    void copySelectedRows() const;
    // What the viewport says when there is no row.
    QString emptyText() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void rowsPicked();
    // Highlights the first row of the window's touchpoint (the row of
    // `criterion` when it has one) unless the current row is one of its.
    void followSelection(Id criterion = NoId);
    void sizeColumns();

    SelectionModel* m_selection;
    WeakSpotTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    bool m_syncing = false; // while the table follows the window's selection
};

} // namespace js
