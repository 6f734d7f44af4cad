#include "ui/insights/WeakSpotTable.h"

namespace js {

WeakSpotTable::WeakSpotTable(SelectionModel* selection, QWidget* parent)
    : QTableView(parent)
    , m_selection(selection)
{}

void WeakSpotTable::setInsights(const analysis::Insights*) {}

} // namespace js
