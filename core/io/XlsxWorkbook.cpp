#include "core/io/XlsxWorkbook.h"

#include "core/io/XlsxSheets.h"
#include "core/model/ProjectQueries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <xlsxwriter.h>

namespace js::xlsx {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(js::xlsx)
};

// Column widths in Excel's units (about one character each), from the
// longest line in the column: narrow enough to stay readable, wide enough
// for the header and its filter button.
constexpr int MinWidth = 8;
constexpr int MaxWidth = 60;
constexpr int FilterButtonWidth = 2;
// Rows between two reports of progress: often enough for a smooth bar, rare
// enough to cost nothing.
constexpr int ProgressStep = 2000;
// Excel keeps at most this many characters in a cell; libxlsxwriter refuses
// a longer string, and a long note should not cost the whole export.
constexpr qsizetype MaxCellLength = 32767;

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, not
// starting or ending with an apostrophe, and unique (compared as Excel does,
// ignoring case). Only a translation can break these rules.
QString sheetName(QString name, QSet<QString>& used)
{
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u'-');
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    name = name.left(LXW_SHEETNAME_MAX).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    QString unique = name;
    for (int i = 2; used.contains(unique.toCaseFolded()); ++i) {
        const QString suffix = QStringLiteral(" %1").arg(i);
        unique = name.left(LXW_SHEETNAME_MAX - suffix.size()) + suffix;
    }
    used.insert(unique.toCaseFolded());
    return unique;
}

// The longest line of a text, in characters.
int textWidth(const QString& value)
{
    qsizetype width = 0;
    for (QStringView line : QStringView(value).split(u'\n'))
        width = std::max(width, line.size());
    return int(std::min<qsizetype>(width, MaxWidth));
}

QString clipped(const QString& value)
{
    if (value.size() <= MaxCellLength)
        return value;
    qsizetype length = MaxCellLength - 1;
    if (value.at(length - 1).isHighSurrogate())
        --length; // never split a character in two
    return value.left(length) + QChar(0x2026);
}

class Writer {
public:
    explicit Writer(lxw_workbook* workbook)
        : m_workbook(workbook)
    {
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_bg_color(m_header, 0xDCE6F1);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        m_integer = workbook_add_format(workbook);
        format_set_num_format(m_integer, "0");
        m_decimal = workbook_add_format(workbook);
        format_set_num_format(m_decimal, "0.00");
        m_date = workbook_add_format(workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_wrapped = workbook_add_format(workbook);
        format_set_text_wrap(m_wrapped);
        format_set_align(m_wrapped, LXW_ALIGN_VERTICAL_TOP);
    }

    lxw_error error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

    // Rows to write in all, and who hears how far the writing is.
    void setProgress(const ProgressFn& progress, int total)
    {
        m_progress = progress;
        m_total = total;
    }

    void write(const Sheet& sheet)
    {
        const QByteArray name = sheetName(sheet.name, m_usedNames).toUtf8();
        lxw_worksheet* worksheet = workbook_add_worksheet(m_workbook, name.constData());
        if (!worksheet) {
            keep(LXW_ERROR_PARAMETER_VALIDATION);
            return;
        }
        std::vector<int> widths;
        for (lxw_col_t c = 0; c < sheet.columns.size(); ++c) {
            const QString& header = sheet.columns[c].header;
            keep(worksheet_write_string(worksheet, 0, c, header.toUtf8().constData(), m_header));
            widths.push_back(textWidth(header) + FilterButtonWidth);
        }
        lxw_row_t row = 0;
        for (const std::vector<Value>& values : sheet.rows) {
            if (m_progress && ++m_done % ProgressStep == 0 && !m_progress(m_done, m_total)) {
                m_cancelled = true;
                return;
            }
            if (++row >= LXW_ROW_MAX) {
                keep(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
                break;
            }
            for (lxw_col_t c = 0; c < values.size() && c < sheet.columns.size(); ++c) {
                const int width = writeCell(worksheet, row, c, sheet.columns[c].kind, values[c]);
                widths[c] = std::max(widths[c], width);
            }
        }
        for (lxw_col_t c = 0; c < widths.size(); ++c)
            keep(worksheet_set_column(worksheet, c, c, std::clamp(widths[c], MinWidth, MaxWidth),
                                      nullptr));
        // The header stays in view while scrolling, and filters every row.
        worksheet_freeze_panes(worksheet, 1, 0);
        if (!sheet.columns.empty())
            keep(worksheet_autofilter(worksheet, 0, 0, row, lxw_col_t(sheet.columns.size() - 1)));
    }

private:
    void keep(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = error;
    }

    lxw_format* numberFormat(ColumnKind kind) const
    {
        switch (kind) {
        case ColumnKind::Integer:
            return m_integer;
        case ColumnKind::Decimal:
            return m_decimal;
        default:
            return nullptr; // General: the figure as it was entered
        }
    }

    // Writes one cell and returns the width its text takes.
    int writeCell(lxw_worksheet* worksheet, lxw_row_t row, lxw_col_t col, ColumnKind kind,
                  const Value& value)
    {
        if (const auto* text = std::get_if<QString>(&value)) {
            const QString cell = clipped(*text);
            const bool wraps = cell.contains(u'\n') || cell.size() > MaxWidth;
            keep(worksheet_write_string(worksheet, row, col, cell.toUtf8().constData(),
                                        wraps ? m_wrapped : nullptr));
            return textWidth(cell);
        }
        if (const auto* number = std::get_if<double>(&value)) {
            if (!std::isfinite(*number))
                return 0; // Excel has no NaN or infinity
            keep(worksheet_write_number(worksheet, row, col, *number, numberFormat(kind)));
            const QString shown = kind == ColumnKind::Integer ? QString::number(std::round(*number))
                                  : kind == ColumnKind::Decimal ? QString::number(*number, 'f', 2)
                                                                : QString::number(*number);
            return int(shown.size());
        }
        if (const auto* date = std::get_if<QDate>(&value)) {
            const QString iso = date->toString(Qt::ISODate);
            // Excel's dates start in 1900 and end in 9999; others stay text.
            if (date->year() < 1900 || date->year() > 9999) {
                keep(
                    worksheet_write_string(worksheet, row, col, iso.toUtf8().constData(), nullptr));
            } else {
                lxw_datetime datetime{date->year(), date->month(), date->day(), 0, 0, 0.0};
                keep(worksheet_write_datetime(worksheet, row, col, &datetime, m_date));
            }
            return int(iso.size());
        }
        return 0; // empty
    }

    lxw_workbook* m_workbook;
    lxw_format* m_header = nullptr;
    lxw_format* m_integer = nullptr;
    lxw_format* m_decimal = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_wrapped = nullptr;
    QSet<QString> m_usedNames;
    lxw_error m_error = LXW_NO_ERROR;
    ProgressFn m_progress;
    int m_total = 0;
    int m_done = 0;
    bool m_cancelled = false;
};

void setProperties(lxw_workbook* workbook, const Project& project)
{
    const QByteArray title =
        (project.name.isEmpty() ? Texts::tr("Journeyscope workbook") : project.name).toUtf8();
    const QByteArray subject =
        (project.client.isEmpty()
             ? Texts::tr("Customer journey assessment")
             : Texts::tr("Customer journey assessment for %1").arg(project.client))
            .toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    workbook_set_properties(workbook, &properties);
    // libxlsxwriter names "Microsoft Excel" as the application in
    // docProps/app.xml and offers no way to change it, so the application
    // that wrote the workbook is named in a custom property.
    workbook_set_custom_property_string(workbook, "Application", "Journeyscope");
}

QString errorMessage(lxw_error error, const QString& path)
{
    switch (error) {
    case LXW_ERROR_CREATING_XLSX_FILE: {
        const QDir folder = QFileInfo(path).absoluteDir();
        if (!folder.exists())
            return Texts::tr("Could not create “%1”: the folder “%2” does not exist.")
                .arg(shownPath(path), shownPath(folder.path()));
        return Texts::tr("Could not create “%1”: the folder is not writable, or the file is in "
                         "use by another program.")
            .arg(shownPath(path));
    }
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return Texts::tr("Could not write the workbook “%1”: no temporary file could be made "
                         "in “%2”.")
            .arg(shownPath(path), shownPath(QDir::tempPath()));
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return Texts::tr("Not enough memory to write the workbook “%1”.").arg(shownPath(path));
    case LXW_ERROR_ZIP_FILE_OPERATION:
    case LXW_ERROR_ZIP_FILE_ADD:
    case LXW_ERROR_ZIP_CLOSE:
    case LXW_ERROR_ZIP_INTERNAL_ERROR:
        return Texts::tr("Could not write the workbook “%1”; the disk may be full.")
            .arg(shownPath(path));
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return Texts::tr("Could not write the workbook “%1”: a sheet has more rows than Excel "
                         "can hold.")
            .arg(shownPath(path));
    default:
        // The library's own words, in English, are better than none.
        return Texts::tr("Could not write the workbook “%1”: %2")
            .arg(shownPath(path), QString::fromUtf8(lxw_strerror(error)));
    }
}

} // namespace

WorkbookResult writeWorkbook(const Project& project, Id roundId, const QString& path,
                             const ProgressFn& progress)
{
    if (roundId != NoId && !findRound(project, roundId))
        return {false, Texts::tr("The round to export is no longer in the project.")};

    // Told here rather than by libxlsxwriter, which would find out only when
    // closing, after all the work, and print its own message on stderr.
    if (!QFileInfo(path).absoluteDir().exists())
        return {false, errorMessage(LXW_ERROR_CREATING_XLSX_FILE, path)};

    const QByteArray fileName = QFile::encodeName(path);
    // The same temporary folder as the rest of the application, rather than
    // the C library's fixed one.
    QByteArray tempFolder = QFile::encodeName(QDir::tempPath());
    lxw_workbook_options options{};
    options.tmpdir = tempFolder.data();
    lxw_workbook* workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return {false, errorMessage(LXW_ERROR_MEMORY_MALLOC_FAILED, path)};

    setProperties(workbook, project);
    Writer writer(workbook);
    const std::vector<Sheet> sheets = workbookSheets(project, roundId);
    int rows = 0;
    for (const Sheet& sheet : sheets)
        rows += int(sheet.rows.size());
    writer.setProgress(progress, rows);
    for (const Sheet& sheet : sheets) {
        writer.write(sheet);
        if (writer.cancelled())
            break;
    }
    if (writer.cancelled()) {
        workbook_close(workbook); // frees it; the file it wrote goes
        QFile::remove(path);
        WorkbookResult result;
        result.cancelled = true;
        return result;
    }

    // Closing writes the file, and frees the workbook even when it fails.
    const lxw_error closed = workbook_close(workbook);
    const lxw_error error = writer.error() != LXW_NO_ERROR ? writer.error() : closed;
    if (error == LXW_NO_ERROR)
        return {true, {}};
    // A file that could not be created is not ours to remove: it may be
    // someone else's, left as it was.
    if (closed != LXW_ERROR_CREATING_XLSX_FILE)
        QFile::remove(path);
    return {false, errorMessage(error, path)};
}

} // namespace js::xlsx
