#include "core/model/Metric.h"

#include "core/model/KeyTable.h"

#include <array>

namespace js {

namespace {

constexpr const char* context = "js::MetricKind";

const std::array<KeyEntry<MetricKind>, 6> kinds = {{
    {MetricKind::Nps, u"nps", QT_TRANSLATE_NOOP("js::MetricKind", "NPS")},
    {MetricKind::Csat, u"csat", QT_TRANSLATE_NOOP("js::MetricKind", "CSAT")},
    {MetricKind::Ces, u"ces", QT_TRANSLATE_NOOP("js::MetricKind", "Customer effort")},
    {MetricKind::Count, u"count", QT_TRANSLATE_NOOP("js::MetricKind", "Count")},
    {MetricKind::Retention, u"retention", QT_TRANSLATE_NOOP("js::MetricKind", "Retention rate")},
    {MetricKind::Clv, u"clv", QT_TRANSLATE_NOOP("js::MetricKind", "Customer lifetime value")},
}};

} // namespace

QString metricKindKey(MetricKind kind)
{
    return keyOf<MetricKind>(kinds, kind);
}

std::optional<MetricKind> metricKindFromKey(QStringView key)
{
    return valueOf<MetricKind>(kinds, key);
}

QString metricKindName(MetricKind kind)
{
    return nameOf<MetricKind>(kinds, kind, context);
}

} // namespace js
