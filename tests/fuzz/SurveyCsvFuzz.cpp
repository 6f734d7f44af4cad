// The survey CSV reader: detection of encoding, delimiter and header rows,
// then reading in the detected format and in each format a user can pick.

#include "FuzzSupport.h"
#include "core/io/SurveyCsv.h"

#include <cstdlib>

JOURNEYSCOPE_FUZZ_STARTS_QT

using namespace js::survey;

namespace {

void check(const SurveyTable& table)
{
    if (table.rows.size() != table.lines.size())
        std::abort();
    if (int(table.headers.size()) != table.format.headerRows && table.problem.isEmpty())
        std::abort();
    for (int row = 0; row < int(table.rows.size()); ++row) {
        if (table.lines[size_t(row)] < 1)
            std::abort();
        (void)table.cell(row, table.columnCount);
    }
    for (int column = 0; column <= table.columnCount; ++column)
        (void)columnTitle(table.headers, column);
    (void)findColumn(table, QStringLiteral("1"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = js::fuzz::bytes(data, size);
    const CsvFormat detected = detectFormat(bytes);
    // Excel's "sep=" line may name any delimiter, but never a quote or a line
    // break, which would make the quoting rules meaningless.
    const QChar delimiter = detected.delimiter;
    if (detected.headerRows < 0 || detected.headerRows > MaxHeaderRows || delimiter == u'"' ||
        delimiter == u'\r' || delimiter == u'\n')
        std::abort();
    check(readSurvey(bytes, detected));
    // The user may correct the detection: the first byte picks another format.
    if (size > 0) {
        CsvFormat other = detected;
        const QString delimiters = candidateDelimiters();
        other.delimiter = delimiters[data[0] % delimiters.size()];
        other.encoding = js::text::Encoding((data[0] >> 2) % 4);
        other.headerRows = (data[0] >> 4) % (MaxHeaderRows + 1);
        check(readSurvey(bytes, other));
    }
    return 0;
}
