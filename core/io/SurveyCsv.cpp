#include "core/io/SurveyCsv.h"

#include "core/io/CsvRecordScanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace js::survey {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(js::survey::SurveyCsv)
};

bool isBlank(const QStringList& fields)
{
    return fields.size() == 1 && fields.front().trimmed().isEmpty();
}

// Excel's hint on the first line of a file: "sep=;".
bool hasSeparatorLine(QStringView text)
{
    return text.size() >= 5 && text.startsWith(u"sep=", Qt::CaseInsensitive) &&
           (text.size() == 5 || text[5] == u'\r' || text[5] == u'\n');
}

// The delimiter the hint names. A quote or a line break (an empty "sep=")
// cannot be one; such a line is skipped and the delimiter detected.
std::optional<QChar> separatorHint(QStringView text)
{
    if (!hasSeparatorLine(text) || text[4] == u'"' || text[4] == u'\r' || text[4] == u'\n')
        return std::nullopt;
    return text[4];
}

QStringView skipSeparatorHint(QStringView text)
{
    if (!hasSeparatorLine(text))
        return text;
    qsizetype end = 5;
    if (end < text.size() && text[end] == u'\r')
        ++end;
    if (end < text.size() && text[end] == u'\n')
        ++end;
    return text.sliced(end);
}

std::vector<QStringList> firstRecords(QStringView text, QChar delimiter, int count)
{
    std::vector<QStringList> records;
    RecordScanner scanner(text, delimiter);
    QStringList fields;
    int line = 0;
    while (!scanner.atEnd() && static_cast<int>(records.size()) < count) {
        scanner.next(fields, line);
        if (!isBlank(fields))
            records.push_back(fields);
    }
    return records;
}

QChar detectDelimiter(QStringView text)
{
    QChar best = QLatin1Char(',');
    int bestMatching = -1;
    qsizetype bestFields = 0;
    for (const QChar candidate : candidateDelimiters()) {
        const std::vector<QStringList> records = firstRecords(text, candidate, 40);
        std::map<qsizetype, int> counts;
        for (const QStringList& record : records)
            ++counts[record.size()];
        qsizetype mode = 0;
        int matching = 0;
        for (const auto& [fields, times] : counts) {
            if (times > matching || (times == matching && fields > mode)) {
                mode = fields;
                matching = times;
            }
        }
        if (mode < 2)
            continue;
        if (matching > bestMatching || (matching == bestMatching && mode > bestFields)) {
            best = candidate;
            bestMatching = matching;
            bestFields = mode;
        }
    }
    return best;
}

bool isImportId(const QString& cell)
{
    return cell.startsWith(u'{') && cell.contains(u"ImportId", Qt::CaseInsensitive);
}

bool isAnswerOption(const QString& cell)
{
    return cell.compare(u"Response", Qt::CaseInsensitive) == 0 ||
           cell.compare(u"Open-Ended Response", Qt::CaseInsensitive) == 0;
}

int detectHeaderRows(const std::vector<QStringList>& records)
{
    if (records.size() >= 3) {
        const QStringList& third = records[2];
        const auto ids = std::count_if(third.begin(), third.end(), isImportId);
        if (ids > 0 && ids * 2 >= third.size())
            return 3;
    }
    if (records.size() >= 2) {
        const QStringList& second = records[1];
        if (std::any_of(second.begin(), second.end(), isAnswerOption))
            return 2;
    }
    return 1;
}

// A column id rather than a question: "Q3", "QID12_1", "StartDate", "_recordId".
bool looksLikeIdentifier(const QString& cell)
{
    if (cell.size() > 24 || cell.contains(u' '))
        return false;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (c.isDigit() || c == u'_' || (i > 0 && c.isUpper()))
            return true;
    }
    return false;
}

} // namespace

QString candidateDelimiters()
{
    return QStringLiteral(",;\t|");
}

CsvFormat detectFormat(const QByteArray& bytes)
{
    CsvFormat format;
    format.encoding = text::detectEncoding(bytes);
    const QString head = text::decode(bytes.left(256 * 1024), format.encoding);
    if (const std::optional<QChar> hint = separatorHint(head)) {
        format.delimiter = *hint;
    } else {
        format.delimiter = detectDelimiter(skipSeparatorHint(head));
    }
    format.headerRows =
        detectHeaderRows(firstRecords(skipSeparatorHint(head), format.delimiter, 3));
    return format;
}

QString SurveyTable::cell(int row, int column) const
{
    if (row < 0 || row >= static_cast<int>(rows.size()))
        return {};
    const QStringList& fields = rows[row];
    return column >= 0 && column < fields.size() ? fields[column] : QString();
}

namespace {

// Why reading stopped before the end of the file, other than a limit of the
// scanner's.
enum class Stop { None, Responses, Cells, Cancelled };

void setColumns(SurveyTable& table)
{
    qsizetype columns = 0;
    for (const QStringList& header : table.headers)
        columns = std::max(columns, header.size());
    if (table.headers.empty() && !table.rows.empty())
        columns = table.rows.front().size();
    table.columnCount = static_cast<int>(columns);
    for (int c = 0; c < table.columnCount; ++c)
        table.titles.append(columnTitle(table.headers, c));
}

QString readProblem(const RecordScanner& scanner, Stop stop, const SurveyTable& table,
                    int lineOffset)
{
    switch (stop) {
    case Stop::Responses:
        return Text::tr("The file holds more than %L1 responses, more than one survey "
                        "import reads.")
            .arg(MaxResponses);
    case Stop::Cells:
        return Text::tr("The file holds more than %L1 answers, more than one survey "
                        "import reads.")
            .arg(MaxCells);
    case Stop::Cancelled:
        return Text::tr("Reading was cancelled.");
    case Stop::None:
        break;
    }
    if (scanner.limit() == RecordScanner::Limit::FieldLength)
        return Text::tr("Line %1: a field is longer than %L2 characters, which no "
                        "survey export writes.")
            .arg(scanner.limitLine() + lineOffset)
            .arg(MaxFieldLength);
    if (scanner.limit() == RecordScanner::Limit::Columns)
        return Text::tr("Line %1: a record has more than %L2 fields, which no survey "
                        "export writes.")
            .arg(scanner.limitLine() + lineOffset)
            .arg(MaxColumns);
    if (scanner.unterminatedLine() > 0)
        return Text::tr("Line %1: a quoted field is not closed before the end of the file.")
            .arg(scanner.unterminatedLine() + lineOffset);
    if (table.rows.empty())
        return Text::tr("The file holds no responses, only its header rows.");
    return {};
}

} // namespace

SurveyTable readSurvey(const QByteArray& bytes, const CsvFormat& format, const ProgressFn& progress)
{
    SurveyTable table;
    table.format = format;
    const QString decoded = text::decode(bytes, format.encoding);
    QStringView text = decoded;
    int lineOffset = 0;
    if (hasSeparatorLine(text)) {
        text = skipSeparatorHint(text);
        lineOffset = 1;
    }
    if (text.trimmed().isEmpty()) {
        table.problem = Text::tr("The file is empty.");
        return table;
    }

    RecordScanner scanner(text, format.delimiter);
    QStringList fields;
    int line = 0;
    int records = 0;
    qsizetype cells = 0;
    Stop stop = Stop::None;
    while (!scanner.atEnd() && stop == Stop::None) {
        scanner.next(fields, line);
        if (scanner.limit() != RecordScanner::Limit::None)
            break;
        if (isBlank(fields))
            continue;
        if (qsizetype(table.rows.size()) >= MaxResponses) {
            stop = Stop::Responses;
        } else if ((cells += fields.size()) > MaxCells) {
            stop = Stop::Cells;
        } else {
            if (static_cast<int>(table.headers.size()) < format.headerRows) {
                table.headers.push_back(fields);
            } else {
                table.rows.push_back(fields);
                table.lines.push_back(line + lineOffset);
            }
            if (progress && ++records % 4096 == 0 &&
                !progress(static_cast<int>(scanner.position() / 1024),
                          static_cast<int>(text.size() / 1024)))
                stop = Stop::Cancelled;
        }
    }
    setColumns(table);
    table.problem = readProblem(scanner, stop, table, lineOffset);
    return table;
}

QString columnTitle(const std::vector<QStringList>& headers, int column)
{
    QStringList parts;
    for (size_t r = 0; r < headers.size(); ++r) {
        const QStringList& row = headers[r];
        QString cell = column < row.size() ? row[column].trimmed() : QString();
        // SurveyMonkey heads a question with several answer columns once.
        if (r == 0 && cell.isEmpty() && headers.size() > 1) {
            const QStringList& below = headers[1];
            if (column < below.size() && !below[column].trimmed().isEmpty()) {
                for (int left = column - 1; left >= 0 && cell.isEmpty(); --left)
                    cell = left < row.size() ? row[left].trimmed() : QString();
            }
        }
        if (cell.isEmpty() || isImportId(cell) || isAnswerOption(cell))
            continue;
        const bool known = std::any_of(parts.begin(), parts.end(), [&](const QString& part) {
            return part.compare(cell, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            parts.append(cell);
    }
    if (parts.size() > 1) {
        QStringList texts;
        std::copy_if(parts.begin(), parts.end(), std::back_inserter(texts),
                     [](const QString& part) { return !looksLikeIdentifier(part); });
        if (!texts.isEmpty())
            parts = texts;
    }
    if (parts.isEmpty())
        return Text::tr("Column %1").arg(column + 1);
    return parts.join(QStringLiteral(" \u2014 "));
}

int findColumn(const SurveyTable& table, const QString& nameOrNumber)
{
    const QString wanted = nameOrNumber.trimmed();
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= table.columnCount ? number - 1 : -1;
    for (int c = 0; c < table.columnCount; ++c) {
        if (table.titles.value(c).compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    }
    for (int c = 0; c < table.columnCount; ++c) {
        for (const QStringList& header : table.headers) {
            if (header.value(c).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return -1;
}

} // namespace js::survey
