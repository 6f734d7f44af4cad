#pragma once

#include "core/io/Progress.h"
#include "core/io/TextDecoding.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

// A CSV export of survey responses, as Qualtrics (three header rows: column
// ids, question texts, import ids), SurveyMonkey (two header rows: questions,
// then answer options or "Response"), Google Forms (one header row) and
// spreadsheets in any locale (semicolons, Windows-1252) write them.
namespace js::survey {

// How a file is written. Detected, and correctable by the user.
struct CsvFormat {
    QChar delimiter = QLatin1Char(',');
    text::Encoding encoding = text::Encoding::Utf8;
    int headerRows = 1; // 0..MaxHeaderRows

    bool operator==(const CsvFormat&) const = default;
};
inline constexpr int MaxHeaderRows = 5;

// What a survey file may hold, far beyond any real export (Excel's sheet has
// 16,384 columns and 1,048,576 rows, Qualtrics caps an answer at 20,000
// characters) and low enough that a hostile file cannot exhaust memory: the
// file's size (checked before it is read), one field's length, one record's
// fields, the responses, and all the fields of the file together.
inline constexpr qint64 MaxFileBytes = qint64(256) * 1024 * 1024;
inline constexpr qsizetype MaxFieldLength = 1024 * 1024;
inline constexpr qsizetype MaxColumns = 16384;
inline constexpr qsizetype MaxResponses = 1024 * 1024;
inline constexpr qsizetype MaxCells = 20'000'000;

// The delimiters detection considers, in order of preference.
QString candidateDelimiters();

// The format that reads the file best: the encoding (see text::detectEncoding),
// the delimiter that splits the first records into the same number of fields,
// more than one (quotes respected), and the header rows: three when the third
// row holds Qualtrics import ids, two when the second row holds SurveyMonkey's
// answer options ("Response", "Open-Ended Response", …) under questions,
// else one.
CsvFormat detectFormat(const QByteArray& bytes);

// The file read in a format: header rows, then one record per response.
// Fields follow RFC 4180 quoting: a quoted field may hold the delimiter,
// doubled quotes and line breaks; CRLF, LF and CR all end a record. Blank
// records are left out; a record with fewer fields than the header is padded
// with empty fields, extra fields are kept.
struct SurveyTable {
    CsvFormat format;
    std::vector<QStringList> headers; // the header rows as written
    QStringList titles;               // per column: the question as a user knows it
    std::vector<QStringList> rows;    // the responses
    std::vector<int> lines;           // per response: the file's line it starts on (1-based)
    int columnCount = 0;
    // Set when the file cannot be read as a survey: it is empty, holds no
    // response, a quoted field runs to the end of the file (the line it
    // starts on is named), or it is past one of the limits above. A table
    // with a problem holds what was read.
    QString problem;

    // A column's cell in a response, "" past its end.
    QString cell(int row, int column) const;
};

// Reads the bytes in the given format. Reports progress in kilo-characters; false from
// progress cancels, leaving a table whose problem says so.
SurveyTable readSurvey(const QByteArray& bytes, const CsvFormat& format,
                       const ProgressFn& progress = {});

// The question a column holds, as its header rows name it: SurveyMonkey's
// first row carried over the empty cells of a question with several answer
// columns, joined with the option under it ("Rate us — Delivery"); Qualtrics'
// import ids and short column ids ("Q3", "QID12_1") dropped when a question
// text is there; "Column 4" when no header names it.
QString columnTitle(const std::vector<QStringList>& headers, int column);

// Finds a column by what a user typed: a 1-based number, or a header text
// (the title or any header cell, case ignored). -1 when none matches.
int findColumn(const SurveyTable& table, const QString& nameOrNumber);

} // namespace js::survey
