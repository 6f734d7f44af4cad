#pragma once

#include "core/analysis/SurveyAnswers.h"
#include "core/io/SurveyCsv.h"

#include <QString>
#include <QStringList>

// Which columns of a survey export hold what: the touchpoint a response is
// about, the NPS, CSAT and CES questions, and when it was answered.
namespace js::survey {

struct ColumnChoice {
    int touchpoint = -1; // the column naming the touchpoint, or -1 ...
    QString wholeFile;   // ... and then every response is about this touchpoint
    int nps = -1;        // -1: the file has no such question (or it is not used)
    int csat = -1;
    int ces = -1;
    int cesPoints = CesPoints;
    int date = -1; // the column with the time of the response, if any

    bool operator==(const ColumnChoice&) const = default;
};

// The columns a user most likely means. Questions are suggested by their text
// (recommend -> NPS, satisfied -> CSAT, easy or effort -> CES; in English,
// German, French and Dutch), each column for one question at most and only
// when its answers read on that scale. The touchpoint column is the one whose
// cells name most of the given touchpoints (case and spacing ignored), else
// one headed "touchpoint"; the date column the one headed like a time of
// response ("EndDate", "Timestamp", "Date"). CES takes five points when its
// labels are the five-point agree scale.
ColumnChoice suggestColumns(const SurveyTable& table, const QStringList& touchpointNames = {});

// The number of CES points a column's answers show: 5 when they are labels
// of the five-point agree scale, else 7.
int cesPointsOf(const SurveyTable& table, int column);

} // namespace js::survey
