#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace js {

enum class MetricKind {
    Nps,       // net promoter score, -100..100
    Csat,      // share of satisfied answers, percent
    Ces,       // customer effort, mean on the recorded scale
    Count,     // a plain count (visits, calls, complaints)
    Retention, // percent
    Clv,       // customer lifetime value, money
};
inline constexpr int MetricKindCount = 6;

QString metricKindKey(MetricKind kind);
std::optional<MetricKind> metricKindFromKey(QStringView key);
QString metricKindName(MetricKind kind);

// A customer figure measured at a touchpoint, with how many answers it rests on.
struct Metric {
    Id id = NoId;
    Id touchpointId = NoId;
    MetricKind kind = MetricKind::Nps;
    double value = 0.0;
    int count = 0;
    QString scale; // e.g. "1-7" for CES
    QDate date;
    QString note;

    bool operator==(const Metric&) const = default;
};

} // namespace js
