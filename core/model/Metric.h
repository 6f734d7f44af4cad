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

// Below this many answers a survey figure rests on few answers and is marked so.
inline constexpr int FewAnswers = 30;

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

// Whether a figure rests on fewer than FewAnswers answers (a count of 0 means
// the number is unknown, as for a figure typed in by hand: not marked).
bool restsOnFewAnswers(const Metric& metric);

// The figure as a badge or a list shows it, in the user's language: NPS "+12"
// or "−8", CSAT "78%", CES "5.2" (its scale is shown apart), a count "1,204".
QString metricValueText(MetricKind kind, double value);
// "NPS +12", "CSAT 78%", "CES 5.2 of 7": the kind's short name with the value.
QString metricBadgeText(const Metric& metric);

} // namespace js
