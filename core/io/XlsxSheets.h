#pragma once

#include "core/model/Project.h"

#include <QDate>
#include <QString>

#include <variant>
#include <vector>

namespace js::xlsx {

// What a column holds, which decides a number's format in the workbook.
// Its cells may still hold text ("N/A" in a column of scores) or be empty.
enum class ColumnKind {
    Text,
    Integer, // counts and scores: "0"
    Decimal, // means, spreads, gaps, priorities: "0.00"
    Number,  // a figure as it was entered (a metric's value): Excel's General
    Date,    // a real date with a date format
};

struct Column {
    QString header;
    ColumnKind kind = ColumnKind::Text;
};

// One cell: empty, text, a number or a date.
using Value = std::variant<std::monostate, QString, double, QDate>;

// One worksheet as the project's data, before libxlsxwriter sees it: the
// sheets are built here and written in XlsxWorkbook.cpp, so that what goes
// into the workbook can be tested without reading one back.
struct Sheet {
    QString name;
    std::vector<Column> columns;
    std::vector<std::vector<Value>> rows;
};

// Every rating in long format, as csv::ratings: journey, stage, touchpoint,
// framework, criterion, round, rater, score, note. A score is a number,
// "N/A" text, empty for a note alone. Only `roundId`'s, or every round's
// for NoId.
Sheet ratingsSheet(const Project& project, Id roundId);

// Every cell of the round (or of every round, for NoId): journey, round,
// stage, touchpoint, framework, criterion, mean, n, sd, min, max, target,
// gap. Empty figures where there is nothing to compute: no mean without a
// score, no spread of fewer than two.
Sheet scoresSheet(const Project& project, Id roundId);

// The ranked weak spots of the round, or of each journey's latest round
// (by date) for NoId; csv::weakSpots' columns with the round after the
// journey, ranks counted per round.
Sheet weakSpotsSheet(const Project& project, Id roundId);

// The action plan, as csv::actions, with the due date a real date and the
// status by its name.
Sheet actionsSheet(const Project& project);

// The touchpoints' metrics: journey, stage, touchpoint, kind, value, count,
// scale, date, note.
Sheet metricsSheet(const Project& project);

// The sheets of the workbook, in order.
std::vector<Sheet> workbookSheets(const Project& project, Id roundId);

} // namespace js::xlsx
