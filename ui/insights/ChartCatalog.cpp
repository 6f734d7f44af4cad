#include "ui/insights/ChartCatalog.h"

#include "ui/insights/HeatmapChart.h"
#include "ui/insights/ProfileChart.h"
#include "ui/insights/QuadrantsChart.h"
#include "ui/insights/RadarChart.h"
#include "ui/insights/RoomVsCustomersChart.h"
#include "ui/insights/TrendChart.h"
#include "ui/insights/WeakSpotsChart.h"

namespace js {

QStringList chartCatalog()
{
    QStringList keys;
    for (const char* key :
         {"heatmap", "weakspots", "radar", "quadrants", "roomvscustomers", "profile", "trend"})
        keys << QString::fromLatin1(key);
    return keys;
}

std::unique_ptr<InsightChart> makeChart(const QString& key)
{
    if (key == u"heatmap")
        return std::make_unique<HeatmapChart>();
    if (key == u"weakspots")
        return std::make_unique<WeakSpotsChart>();
    if (key == u"radar")
        return std::make_unique<RadarChart>();
    if (key == u"quadrants")
        return std::make_unique<QuadrantsChart>();
    if (key == u"roomvscustomers")
        return std::make_unique<RoomVsCustomersChart>();
    if (key == u"profile")
        return std::make_unique<ProfileChart>();
    if (key == u"trend")
        return std::make_unique<TrendChart>();
    return nullptr;
}

} // namespace js
