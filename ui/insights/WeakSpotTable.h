#pragma once

#include "core/analysis/Insights.h"

#include <QTableView>

namespace js {

class SelectionModel;

// TODO(insights): being built. The weak spots as a sortable table.
class WeakSpotTable : public QTableView {
    Q_OBJECT

public:
    explicit WeakSpotTable(SelectionModel* selection, QWidget* parent = nullptr);
    void setInsights(const analysis::Insights* insights);

private:
    SelectionModel* m_selection;
};

} // namespace js
