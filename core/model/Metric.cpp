#include "core/model/Metric.h"

#include "core/model/KeyTable.h"

#include <QLocale>

#include <array>
#include <cmath>

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

bool restsOnFewAnswers(const Metric& metric)
{
    return metric.count > 0 && metric.count < FewAnswers;
}

QString metricValueText(MetricKind kind, double value)
{
    const QLocale locale;
    switch (kind) {
    case MetricKind::Nps: {
        const long rounded = std::lround(value);
        if (rounded > 0)
            return QStringLiteral("+") + locale.toString(qlonglong(rounded));
        if (rounded < 0)
            return QStringLiteral("\u2212") + locale.toString(qlonglong(-rounded));
        return locale.toString(0);
    }
    case MetricKind::Csat:
    case MetricKind::Retention:
        return QCoreApplication::translate("js::Metric", "%1%")
            .arg(locale.toString(qlonglong(std::lround(value))));
    case MetricKind::Ces:
        return locale.toString(value, 'f', 1);
    case MetricKind::Count:
        return locale.toString(qlonglong(std::llround(value)));
    case MetricKind::Clv:
        return locale.toString(value, 'f', 2);
    }
    return {};
}

QString metricBadgeText(const Metric& metric)
{
    const QString value = metricValueText(metric.kind, metric.value);
    switch (metric.kind) {
    case MetricKind::Nps:
        return QCoreApplication::translate("js::Metric", "NPS %1").arg(value);
    case MetricKind::Csat:
        return QCoreApplication::translate("js::Metric", "CSAT %1").arg(value);
    case MetricKind::Ces: {
        const QString top = metric.scale.section(QLatin1Char('-'), 1).trimmed();
        return top.isEmpty()
                   ? QCoreApplication::translate("js::Metric", "CES %1").arg(value)
                   : QCoreApplication::translate("js::Metric", "CES %1 of %2").arg(value, top);
    }
    default:
        return metricKindName(metric.kind) + QLatin1Char(' ') + value;
    }
}

} // namespace js
