#pragma once

#include "core/model/Id.h"
#include "core/render/MapPoster.h"
#include "core/render/PagedDocument.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <memory>
#include <optional>

namespace js {

class InsightChart;
struct Project;
namespace analysis {
struct Insights;
}

namespace exporting {

enum class Format { Pdf, Png, Svg, Csv, Xlsx, Mermaid, Json };
enum class Table { Ratings, WeakSpots, Actions, Metrics };

// The report's page margins: wider than a poster's, for binding and notes.
inline constexpr double ReportMarginMm = 15.0;

// Everything an export needs to know besides the project and the path. The
// File > Export dialog and `journeyscope export` fill the same request.
struct ExportRequest {
    Format format = Format::Pdf;
    bool report = false;          // PDF: the assessment report rather than the map poster
    Id journeyId = NoId;          // NoId: the project's first journey
    Id roundId = NoId;            // NoId: the journey's latest round (by date)
    QString chart;                // PNG/SVG: an Insights chart's key rather than the map
    Table table = Table::Ratings; // CSV
    bool byteOrderMark = false;   // CSV: for Excel
    QPageSize::PageSizeId page = QPageSize::A3;
    bool landscape = true;
    double marginMm = 10.0;
    PosterFit fit = PosterFit::Auto;
    int dpi = 150;      // PNG
    QString consultant; // the report's cover; empty: no name
};

struct ExportOutcome {
    bool ok = false;
    bool cancelled = false;
    QString message; // why it failed, in the user's words; empty on success
    int pages = 0;   // PDF
};

// Writes the export to `path` through a temporary file renamed at the end:
// a failed or cancelled export leaves no file behind and an existing file
// as it was.
ExportOutcome exportProject(const Project& project, const ExportRequest& request,
                            const QString& path, const ProgressFn& progress = {});

// The first pages' document of a PDF export, for the dialog's preview;
// null when the request is not a PDF or there is nothing to show.
std::unique_ptr<PagedDocument> pdfDocument(const Project& project, const ExportRequest& request,
                                           QString* message = nullptr);

// The pieces of an export, for the dialog's preview to show what the file
// will hold. The text of a CSV, Mermaid or JSON export; nullopt, with why,
// for another format or a table that cannot be made.
std::optional<QByteArray> textExport(const Project& project, const ExportRequest& request,
                                     QString* message = nullptr);
// The chart of a PNG or SVG chart export, fed with `insights`, which the
// caller keeps for as long as the chart paints; null, with why, when there
// is no such chart or no round to chart.
std::unique_ptr<InsightChart> exportChart(const Project& project, const ExportRequest& request,
                                          analysis::Insights& insights, QString* message = nullptr);
// Why an image of `size` (in screen pixels) at `dpi` cannot be made, or empty.
QString imageProblem(const QSizeF& size, int dpi);

// The consultant's name for a report's cover, kept in the settings for every
// project by the export dialog, which puts it in the request. The command
// line does not read it: a script's export depends on its arguments only.
QString consultantName();
void setConsultantName(const QString& name);

// The file name extension of a format, without the dot ("pdf").
QString extension(Format format);

// The map of the request's journey laid out for paper and files: every word
// of every card, the round's scores.
MapLayout exportLayout(const Project& project, const ExportRequest& request);

} // namespace exporting
} // namespace js
