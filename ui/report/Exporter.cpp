#include "ui/report/Exporter.h"

#include "core/analysis/Insights.h"
#include "core/analysis/RoundResults.h"
#include "core/analysis/WeakSpots.h"
#include "core/io/CsvTables.h"
#include "core/io/JsonFormat.h"
#include "core/io/MermaidJourney.h"
#include "core/io/XlsxWorkbook.h"
#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"
#include "core/render/MapLayouter.h"
#include "core/render/MapLegend.h"
#include "ui/insights/ChartCatalog.h"
#include "ui/insights/ChartExport.h"
#include "ui/insights/ChartLook.h"
#include "ui/insights/InsightChart.h"
#include "ui/insights/RadarChart.h"
#include "ui/report/AssessmentReport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QSvgGenerator>
#include <QTemporaryFile>

#include <cmath>
#include <filesystem>

namespace js::exporting {

namespace {

// The context of the exports' messages.
struct Exporter {
    Q_DECLARE_TR_FUNCTIONS(js::exporting::Exporter)
};

constexpr double ScreenDpi = 96.0;
// Beyond this an image would take more memory than a laptop can spare.
constexpr double MaxImagePixels = 300e6;

Id journeyOf(const Project& project, const ExportRequest& request)
{
    if (request.journeyId != NoId)
        return findJourney(project, request.journeyId) ? request.journeyId : NoId;
    if (request.roundId != NoId) {
        if (const Round* round = findRound(project, request.roundId))
            return round->journeyId;
    }
    return project.journeys.empty() ? NoId : project.journeys.front().id;
}

Id roundOf(const Project& project, const ExportRequest& request, Id journeyId)
{
    if (request.roundId != NoId)
        return findRound(project, request.roundId) ? request.roundId : NoId;
    const Round* latest = latestRound(project, journeyId);
    return latest ? latest->id : NoId;
}

ExportOutcome failed(const QString& message)
{
    ExportOutcome outcome;
    outcome.message = message;
    return outcome;
}

ExportOutcome cancelled()
{
    ExportOutcome outcome;
    outcome.cancelled = true;
    outcome.message = Exporter::tr("The export was cancelled; no file was written");
    return outcome;
}

QString writeProblem(const QString& path, const QString& reason)
{
    return Exporter::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
}

// A map picture is the map with its legend below it: nobody can hover over
// a file to learn what a colour means. In layout units (screen pixels).
constexpr double LegendText = 11.0;

QSizeF pictureSize(const MapLayout& layout, const MapLegend& legend)
{
    if (legend.isEmpty())
        return layout.bounds.size();
    const double margin = layout.style.margin();
    const double width = layout.bounds.width() - 2 * margin;
    return layout.bounds.size() + QSizeF(0, legend.height(width, LegendText) + margin);
}

void paintPicture(QPainter& painter, const MapLayout& layout, const MapLegend& legend)
{
    const MapTheme theme = MapTheme::lightTheme();
    const QSizeF size = pictureSize(layout, legend);
    painter.fillRect(QRectF(QPointF(), size), theme.background);
    MapPainter(theme).paint(painter, layout, QRectF(QPointF(), layout.bounds.size()));
    if (legend.isEmpty())
        return;
    const double margin = layout.style.margin();
    legend.paint(painter,
                 QRectF(margin, layout.bounds.height(), layout.bounds.width() - 2 * margin,
                        size.height() - layout.bounds.height() - margin),
                 theme, LegendText);
}

QImage mapImage(const MapLayout& layout, int dpi, QString* message)
{
    const MapLegend legend = MapLegend::of(layout);
    const QSizeF picture = pictureSize(layout, legend);
    *message = imageProblem(picture, dpi);
    if (!message->isEmpty())
        return {};
    const double factor = dpi / ScreenDpi;
    QImage image((picture * factor).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(factor, factor);
    paintPicture(painter, layout, legend);
    return image;
}

QByteArray mapSvg(const MapLayout& layout, const QString& title)
{
    const MapLegend legend = MapLegend::of(layout);
    const QSizeF picture = pictureSize(layout, legend);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setTitle(title);
    svg.setSize(picture.toSize());
    svg.setViewBox(QRectF(QPointF(), picture));
    svg.setResolution(int(ScreenDpi));
    QPainter painter(&svg);
    paintPicture(painter, layout, legend);
    painter.end();
    return buffer.data();
}

// A chart of the request's round, compared with the round before it.
std::unique_ptr<InsightChart> chartFor(const Project& project, const ExportRequest& request,
                                       analysis::Insights& insights, QString* message)
{
    std::unique_ptr<InsightChart> chart = makeChart(request.chart);
    if (!chart) {
        *message = Exporter::tr("There is no chart “%1”; the charts are: %2")
                       .arg(request.chart, chartCatalog().join(QStringLiteral(", ")));
        return nullptr;
    }
    const Id journey = journeyOf(project, request);
    const Id round = roundOf(project, request, journey);
    if (round == NoId) {
        *message =
            Exporter::tr("The journey has no assessment round yet, so there is no chart to export");
        return nullptr;
    }
    analysis::InsightsRequest wanted;
    wanted.round = round;
    wanted.compareTo = analysis::previousRound(project, round);
    insights = analysis::computeInsights(project, wanted);
    chart->setInsights(&insights);
    if (auto* radar = dynamic_cast<RadarChart*>(chart.get())) {
        // On screen the radar follows the selection; a file shows the stage
        // that needs attention most.
        const analysis::RollUp* weakest = nullptr;
        Id stage = NoId;
        for (const analysis::InsightsStage& candidate : insights.stages) {
            const analysis::RollUp* rollUp =
                analysis::findRollUp(insights.results.stages, candidate.id);
            if (rollUp && rollUp->cells > 0 && (!weakest || rollUp->score < weakest->score)) {
                weakest = rollUp;
                stage = candidate.id;
            }
        }
        if (stage != NoId)
            radar->setSubject(RadarChart::Subject::Stage, stage,
                              Exporter::tr("The stage with the lowest score"));
    }
    if (!chart->hasContent()) {
        const Round* shown = findRound(project, round);
        *message = Exporter::tr("The chart “%1” has nothing to show for the round “%2”%3")
                       .arg(chart->title(), shown ? shown->name : QString(),
                            request.chart == u"trend" && wanted.compareTo == NoId
                                ? Exporter::tr(": it compares a round with an earlier one, and "
                                               "this is the journey's first")
                                : QString());
        return nullptr;
    }
    return chart;
}

std::optional<QByteArray> tableBytes(const Project& project, const ExportRequest& request,
                                     QString* message)
{
    // Numbers, dates and the delimiter as the user's spreadsheet expects them.
    const csv::Format format = csv::Format::forLocale(QLocale());
    const auto bytes = [&](const csv::Table& table) {
        return csv::document(table, request.byteOrderMark, format.delimiter);
    };
    switch (request.table) {
    case Table::Ratings:
        return bytes(csv::ratings(project));
    case Table::Actions:
        return bytes(csv::actions(project, format));
    case Table::WeakSpots: {
        const Id round = roundOf(project, request, journeyOf(project, request));
        if (round == NoId) {
            *message =
                Exporter::tr("The journey has no assessment round yet, so it has no weak spots");
            return std::nullopt;
        }
        const analysis::RoundResults results = analysis::computeRound(project, round);
        return bytes(csv::weakSpots(project, analysis::weakSpots(project, results), format));
    }
    case Table::Metrics:
        return bytes(csv::metrics(project, format));
    }
    return std::nullopt;
}

// libxlsxwriter writes to a path of its own: a temporary file beside the
// target, renamed over it when the workbook is whole.
ExportOutcome writeWorkbook(const Project& project, const ExportRequest& request,
                            const QString& path, const ProgressFn& progress)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return failed(writeProblem(path, Exporter::tr("the folder does not exist")));
    QTemporaryFile temporary(target.absoluteDir().filePath(
        QStringLiteral(".%1-XXXXXX.xlsx").arg(target.completeBaseName())));
    if (!temporary.open())
        return failed(writeProblem(path, temporary.errorString()));
    temporary.close();
    const xlsx::WorkbookResult result =
        xlsx::writeWorkbook(project, request.roundId, temporary.fileName(), progress);
    if (result.cancelled)
        return cancelled();
    if (!result.ok)
        return failed(result.message);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary.fileName()).constData(),
                            QFile::encodeName(path).constData(), error);
    if (error)
        return failed(writeProblem(path, QString::fromStdString(error.message())));
    temporary.setAutoRemove(false);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                    QFile::ReadOther);
    ExportOutcome outcome;
    outcome.ok = true;
    return outcome;
}

} // namespace

QString imageProblem(const QSizeF& size, int dpi)
{
    const QSizeF pixels = size * (dpi / ScreenDpi);
    if (pixels.width() * pixels.height() <= MaxImagePixels)
        return {};
    // The resolution that would just fit, rounded down to a multiple of 10.
    const int fits = int(dpi * std::sqrt(MaxImagePixels / (pixels.width() * pixels.height())));
    return Exporter::tr("At %1 dpi the image would be %2 × %3 pixels, too large to make; choose "
                        "%4 dpi or less")
        .arg(dpi)
        .arg(qRound(pixels.width()))
        .arg(qRound(pixels.height()))
        .arg(std::max(10, fits / 10 * 10));
}

std::optional<QByteArray> textExport(const Project& project, const ExportRequest& request,
                                     QString* message)
{
    QString ignored;
    switch (request.format) {
    case Format::Csv:
        return tableBytes(project, request, message ? message : &ignored);
    case Format::Json:
        return projectToJson(project);
    case Format::Mermaid:
        return mermaid::journeyText(project, journeyOf(project, request)).toUtf8();
    default:
        break;
    }
    return std::nullopt;
}

std::unique_ptr<InsightChart> exportChart(const Project& project, const ExportRequest& request,
                                          analysis::Insights& insights, QString* message)
{
    QString ignored;
    return chartFor(project, request, insights, message ? message : &ignored);
}

QString consultantName()
{
    return QSettings().value(QStringLiteral("report/consultant")).toString().trimmed();
}

void setConsultantName(const QString& name)
{
    QSettings().setValue(QStringLiteral("report/consultant"), name.trimmed());
}

QString extension(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Mermaid:
        return QStringLiteral("mmd");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

MapLayout exportLayout(const Project& project, const ExportRequest& request)
{
    const Id journey = journeyOf(project, request);
    const Id round = roundOf(project, request, journey);
    MapStyle style;
    style.fullText = true;
    MapLayouter layouter(style);
    if (round == NoId)
        return layouter.layout(project, journey);
    const analysis::RoundResults results = analysis::computeRound(project, round);
    return layouter.layout(project, journey, &results);
}

std::unique_ptr<PagedDocument> pdfDocument(const Project& project, const ExportRequest& request,
                                           QString* message)
{
    QString ignored;
    QString& why = message ? *message : ignored;
    const Id journey = journeyOf(project, request);
    if (journey == NoId) {
        why = request.journeyId != NoId ? Exporter::tr("The journey to export no longer exists")
                                        : Exporter::tr("The project has no journey to export");
        return nullptr;
    }
    if (request.report)
        return std::make_unique<AssessmentReport>(project, request);
    PosterOptions options;
    options.pageSize = QPageSize(request.page);
    options.orientation = request.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    options.marginMm = request.marginMm;
    options.fit = request.fit;
    describeJourney(options, project, journey);
    auto poster = std::make_unique<MapPoster>(exportLayout(project, request),
                                              MapTheme::lightTheme(), options);
    if (!poster->problem().isEmpty()) {
        why = poster->problem();
        return nullptr;
    }
    return poster;
}

ExportOutcome exportProject(const Project& project, const ExportRequest& request,
                            const QString& path, const ProgressFn& progress)
{
    const bool needsJourney = request.format == Format::Pdf || request.format == Format::Png ||
                              request.format == Format::Svg || request.format == Format::Mermaid;
    if (needsJourney && journeyOf(project, request) == NoId) {
        return failed(request.journeyId != NoId
                          ? Exporter::tr("The journey to export no longer exists")
                          : Exporter::tr("The project has no journey to export"));
    }
    if (request.format == Format::Xlsx)
        return writeWorkbook(project, request, path, progress);

    // Everything is made before the file is touched: a refusal leaves no trace.
    QString message;
    QByteArray bytes;
    std::unique_ptr<PagedDocument> document;
    switch (request.format) {
    case Format::Pdf:
        document = pdfDocument(project, request, &message);
        if (!document)
            return failed(message);
        break;
    case Format::Png:
    case Format::Svg: {
        if (!request.chart.isEmpty()) {
            analysis::Insights insights;
            std::unique_ptr<InsightChart> chart = exportChart(project, request, insights, &message);
            if (!chart)
                return failed(message);
            const ChartLook look = ChartLook::light();
            const QSize size = chart->preferredSize(look).toSize();
            if (request.format == Format::Svg) {
                bytes = chartSvg(*chart, size, look);
            } else {
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                chartImage(*chart, size, look, request.dpi / ScreenDpi).save(&buffer, "PNG");
            }
            break;
        }
        const MapLayout layout = exportLayout(project, request);
        if (request.format == Format::Svg) {
            const Journey* journey = findJourney(project, layout.journeyId);
            bytes = mapSvg(layout, journey ? journey->name : QString());
        } else {
            const QImage image = mapImage(layout, request.dpi, &message);
            if (image.isNull())
                return failed(message);
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
        }
        break;
    }
    case Format::Csv:
    case Format::Json:
    case Format::Mermaid: {
        std::optional<QByteArray> text = textExport(project, request, &message);
        if (!text)
            return failed(message);
        bytes = *text;
        break;
    }
    case Format::Xlsx:
        break;
    }

    if (!QFileInfo(path).absoluteDir().exists())
        return failed(writeProblem(path, Exporter::tr("the folder does not exist")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(writeProblem(path, file.errorString()));
    ExportOutcome outcome;
    if (document) {
        switch (writePdf(*document, file, progress)) {
        case PdfResult::Written:
            outcome.pages = document->pageCount();
            break;
        case PdfResult::Cancelled:
            file.cancelWriting();
            return cancelled();
        case PdfResult::Failed:
            file.cancelWriting();
            return failed(writeProblem(path, file.errorString()));
        }
    } else if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return failed(writeProblem(path, file.errorString()));
    }
    if (!file.commit())
        return failed(writeProblem(path, file.errorString()));
    outcome.ok = true;
    return outcome;
}

} // namespace js::exporting
