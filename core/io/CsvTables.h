#pragma once

#include "core/analysis/WeakSpots.h"
#include "core/model/Project.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <vector>

namespace js::csv {

// A table for a CSV file: a header row and the rows under it.
struct Table {
    QStringList header;
    QList<QStringList> rows;
};

// One field as RFC 4180 writes it: in double quotes, with quotes doubled,
// when it holds a comma, a quote, a line break, or leading or trailing
// spaces (which spreadsheets would drop); as it is otherwise. Text that a
// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
// carriage return, and not a number) gets a leading apostrophe.
QString field(const QString& value);

// The file: UTF-8, CRLF after every row (RFC 4180), optionally with a
// byte-order mark so that Excel reads the names right.
QByteArray document(const Table& table, bool byteOrderMark = false);

// Every rating in long format, one row per rater's rating: journey, stage,
// touchpoint, framework, criterion, round, rater, score, note. Rounds in
// their order, then raters, touchpoints in map order and the round's
// criteria; a score is 1..5, "N/A" for not applicable, empty for a note alone.
Table ratings(const Project& project);

// Ranked weak spots of one round: rank, journey, stage, touchpoint,
// framework, criterion, n, mean, sd, target, gap, importance, weight,
// priority, flags, reason. Numbers in C notation, two decimals.
Table weakSpots(const Project& project, const std::vector<analysis::WeakSpot>& spots);

// The action plan: title, touchpoint, criterion, owner, due (ISO 8601),
// status, impact, effort, description.
Table actions(const Project& project);

// The touchpoints' metrics: journey, stage, touchpoint, kind (its stable
// key, "nps"), value (as entered, without trailing zeros), count, scale,
// date (ISO 8601), note. In the project's order.
Table metrics(const Project& project);

} // namespace js::csv
