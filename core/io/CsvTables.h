#pragma once

#include "core/analysis/WeakSpots.h"
#include "core/model/Project.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <vector>

namespace js::csv {

// A table for a CSV file: a header row and the rows under it.
struct Table {
    QStringList header;
    QList<QStringList> rows;
};

// How numbers, dates and fields are written. The default is plain C notation
// ("3.75", "2026-12-02", commas), which scripts read. forLocale() follows a
// locale the way its spreadsheets expect: "3,75" and "02.12.2026" in German,
// and then semicolons between fields, since the comma is the decimal sign.
// Never with digit grouping.
struct Format {
    QLocale locale = QLocale::c();
    QChar delimiter = u',';

    static Format forLocale(const QLocale& locale);
    QString number(double value, int decimals) const;
    QString date(QDate date) const;
};

// One field as RFC 4180 writes it: in double quotes, with quotes doubled,
// when it holds the delimiter, a quote, a line break, or leading or trailing
// spaces (which spreadsheets would drop); as it is otherwise. Text that a
// spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
// carriage return, and not a number) gets a leading apostrophe.
QString field(const QString& value, QChar delimiter = u',');

// The file: UTF-8, CRLF after every row (RFC 4180), optionally with a
// byte-order mark so that Excel reads the names right.
QByteArray document(const Table& table, bool byteOrderMark = false, QChar delimiter = u',');

// Every rating in long format, one row per rater's rating: journey, stage,
// touchpoint, framework, criterion, round, rater, score, note. Rounds in
// their order, then raters, touchpoints in map order and the round's
// criteria; a score is 1..5, "N/A" for not applicable, empty for a note alone.
Table ratings(const Project& project);

// Ranked weak spots of one round: rank, journey, stage, touchpoint,
// framework, criterion, n, mean, sd, target, gap, importance, weight,
// priority, flags, reason. Numbers to two decimals.
Table weakSpots(const Project& project, const std::vector<analysis::WeakSpot>& spots,
                const Format& format = {});

// The action plan: title, touchpoint, criterion, owner, due,
// status, impact, effort, description.
Table actions(const Project& project, const Format& format = {});

// The touchpoints' metrics: journey, stage, touchpoint, kind (its stable
// key, "nps"), value (as entered, without trailing zeros), count, scale,
// date, note. In the project's order.
Table metrics(const Project& project, const Format& format = {});

} // namespace js::csv
