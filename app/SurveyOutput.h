#pragma once

#include "core/analysis/SurveyColumns.h"
#include "core/analysis/SurveyMetrics.h"
#include "core/io/SurveyCsv.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What `journeyscope survey` prints: which columns it read, and the figures
// per touchpoint as an aligned table or as JSON.
namespace js::survey {

// The columns a survey is read by, and which of them the user named.
struct ColumnPicks {
    ColumnChoice columns;
    bool touchpointGiven = false; // --touchpoint (or --whole-file)
    bool npsGiven = false;
    bool csatGiven = false;
    bool cesGiven = false;
    bool cesPointsGiven = false; // --ces-scale
};

// One line per question, as `NPS: column 6 “How likely are you to
// recommend…” (detected)`, then the date column when there is one.
QStringList pickLines(const SurveyTable& table, const ColumnPicks& picks);

// The figures per touchpoint as an aligned table: responses, NPS ±margin (n),
// CSAT % (mean, n), CES mean (% agree, n), each figure on fewer than 30
// answers marked, then the skipped responses with their messages. A metric
// whose question the file lacks has no column.
QString figuresTable(const SurveyFigures& figures, const ColumnChoice& columns);

// The figures as JSON: {"rows", "skipped", "touchpoints", "columns",
// "format"}; a metric whose question the file lacks has no keys, one with no
// answers at a touchpoint has its count 0 and null figures.
QJsonObject figuresJson(const SurveyTable& table, const SurveyFigures& figures,
                        const ColumnPicks& picks);

} // namespace js::survey
