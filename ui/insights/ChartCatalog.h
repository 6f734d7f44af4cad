#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace js {

class InsightChart;

// The Insights charts by key ("heatmap", "weakspots", "radar", "quadrants",
// "roomvscustomers", "profile", "trend"), in the dashboard's order: the dashboard, the report
// and the exports make their charts here.
QStringList chartCatalog();
// A new chart of that key; null for a key that names no chart.
std::unique_ptr<InsightChart> makeChart(const QString& key);

} // namespace js
