#pragma once

#include "core/analysis/SurveyAnswers.h"
#include "core/analysis/SurveyColumns.h"
#include "core/io/Progress.h"
#include "core/io/SurveyCsv.h"

#include <QDate>
#include <QString>

#include <vector>

// NPS, CSAT and CES per touchpoint from the responses of a survey export,
// always with the number of answers each rests on.
namespace js::survey {

// An answer that is not on its question's scale, or a response that names no
// touchpoint. A response with a problem is left out of every figure.
struct AnswerProblem {
    int line = 0;   // the file's line the response starts on (1-based)
    int column = 0; // the column (0-based), -1 for a whole response
    QString value;  // the answer as written
    QString message; // "line 14, column 3 (How likely …): “11” is not a whole number from 0 to 10"
};

// NPS = % promoters (9..10) - % detractors (0..6), -100..100.
struct NpsFigure {
    int answers = 0;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;
    double score = 0.0;
    // Half the width of its 95 % confidence interval, in NPS points, by the
    // adjusted Wald method (Rocks 2016), which stays honest on few answers:
    // with n' = n + 3, p = (promoters + 3/4) / n', d = (detractors + 3/4) / n',
    // 1.96 * sqrt((p + d - (p - d)^2) / n') * 100. One answer gives about ±73,
    // not the ±0 of the plain formula.
    double margin = 0.0;
};

// CSAT = % of answers 4..5 on 1..5, with the mean answer.
struct CsatFigure {
    int answers = 0;
    int satisfied = 0;
    double percent = 0.0;
    double mean = 0.0;
};

// CES = the mean answer, with the % that agree it was easy (5..7 of 7, 4..5 of 5).
struct CesFigure {
    int answers = 0;
    int agree = 0;
    int points = CesPoints;
    double mean = 0.0;
    double agreePercent = 0.0;
};

struct TouchpointFigures {
    QString name;      // as the file first writes it
    int responses = 0; // responses about it that were used
    NpsFigure nps;
    CsatFigure csat;
    CesFigure ces;
};

struct SurveyFigures {
    int responses = 0;                          // responses in the file
    std::vector<AnswerProblem> problems;        // in file order
    std::vector<int> skippedLines;              // the responses left out, by line
    std::vector<TouchpointFigures> touchpoints; // in the order the file names them
    QDate latest;                               // the latest response date read, if any
    bool cancelled = false;
};

// Computes the figures. Names that differ only in case and spacing are one
// touchpoint. Blank answers count in no figure; a response with an answer out
// of its scale, or without a touchpoint, is reported and left out whole.
SurveyFigures computeFigures(const SurveyTable& table, const ColumnChoice& columns,
                             const ProgressFn& progress = {});

// The figures of two names a user matched to one touchpoint, as if the file
// had named it one way: counts add up, means and shares are of all answers.
TouchpointFigures combined(const TouchpointFigures& a, const TouchpointFigures& b);

// Whether a figure rests on fewer than FewAnswers answers.
bool fewAnswers(int answers);

} // namespace js::survey
