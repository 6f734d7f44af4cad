// `journeyscope export`: every export of File > Export, headless, by the same
// code. Reads the file for viewing only; writes through a temporary file, so
// a failure leaves no partial file.
#include "app/VerbSupport.h"
#include "app/Verbs.h"
#include "ui/insights/ChartCatalog.h"
#include "ui/report/Exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace js {

namespace {

struct ExportVerb {
    Q_DECLARE_TR_FUNCTIONS(js::ExportVerb)
};

struct ExportArguments {
    QString file;
    QString out;
    QString journey;
    QString round;
    exporting::ExportRequest request;
    QString error;       // a usage error
    QString formatError; // no format given, and the output's extension names none
};

const QHash<QString, exporting::Format>& formats()
{
    using exporting::Format;
    static const QHash<QString, Format> known = {
        {QStringLiteral("pdf"), Format::Pdf},     {QStringLiteral("png"), Format::Png},
        {QStringLiteral("svg"), Format::Svg},     {QStringLiteral("csv"), Format::Csv},
        {QStringLiteral("xlsx"), Format::Xlsx},   {QStringLiteral("mermaid"), Format::Mermaid},
        {QStringLiteral("mmd"), Format::Mermaid}, {QStringLiteral("json"), Format::Json}};
    return known;
}

const QHash<QString, exporting::Table>& tables()
{
    using exporting::Table;
    static const QHash<QString, Table> known = {{QStringLiteral("ratings"), Table::Ratings},
                                                {QStringLiteral("weakspots"), Table::WeakSpots},
                                                {QStringLiteral("actions"), Table::Actions},
                                                {QStringLiteral("metrics"), Table::Metrics}};
    return known;
}

const QHash<QString, QPageSize::PageSizeId>& pages()
{
    static const QHash<QString, QPageSize::PageSizeId> known = {
        {QStringLiteral("a4"), QPageSize::A4},
        {QStringLiteral("a3"), QPageSize::A3},
        {QStringLiteral("a2"), QPageSize::A2},
        {QStringLiteral("a1"), QPageSize::A1},
        {QStringLiteral("a0"), QPageSize::A0},
        {QStringLiteral("letter"), QPageSize::Letter},
        {QStringLiteral("tabloid"), QPageSize::Tabloid}};
    return known;
}

QString choices(const QStringList& names)
{
    QStringList sorted = names;
    sorted.sort();
    return sorted.join(QStringLiteral(", "));
}

ExportArguments parse(const QStringList& arguments)
{
    ExportArguments result;
    exporting::ExportRequest& request = result.request;
    QStringList positional;
    bool formatGiven = false;
    bool orientationGiven = false;
    bool pageGiven = false;
    bool marginGiven = false;
    bool tableGiven = false;
    bool dpiGiven = false;
    bool fitGiven = false;
    int orientations = 0;
    QStringList valued;
    for (const char* name : {"--format", "--out", "--journey", "--round", "--chart", "--table",
                             "--page", "--dpi", "--fit", "--margin", "--consultant"})
        valued << QString::fromLatin1(name);
    for (qsizetype i = 0; i < arguments.size() && result.error.isEmpty(); ++i) {
        const QString& argument = arguments[i];
        if (!argument.startsWith(u"--")) {
            positional << argument;
        } else if (argument == u"--report") {
            request.report = true;
        } else if (argument == u"--landscape" || argument == u"--portrait") {
            request.landscape = argument == u"--landscape";
            orientationGiven = true;
            ++orientations;
        } else if (argument == u"--bom") {
            request.byteOrderMark = true;
        } else if (!valued.contains(argument)) {
            result.error = ExportVerb::tr("unknown option %1").arg(argument);
        } else if (i + 1 >= arguments.size()) {
            result.error = ExportVerb::tr("%1 needs a value").arg(argument);
        } else {
            const QString value = arguments[++i];
            const QString key = value.toLower();
            if (argument == u"--format") {
                formatGiven = true;
                if (!formats().contains(key))
                    result.error = ExportVerb::tr("unknown format “%1”; the formats are: %2")
                                       .arg(value, choices(formats().keys()));
                request.format = formats().value(key);
            } else if (argument == u"--out") {
                result.out = value;
            } else if (argument == u"--journey") {
                result.journey = value;
            } else if (argument == u"--round") {
                result.round = value;
            } else if (argument == u"--chart") {
                request.chart = key;
                if (!chartCatalog().contains(key))
                    result.error = ExportVerb::tr("unknown chart “%1”; the charts are: %2")
                                       .arg(value, chartCatalog().join(QStringLiteral(", ")));
            } else if (argument == u"--table") {
                tableGiven = true;
                if (!tables().contains(key))
                    result.error = ExportVerb::tr("unknown table “%1”; the tables are: %2")
                                       .arg(value, choices(tables().keys()));
                request.table = tables().value(key);
            } else if (argument == u"--page") {
                pageGiven = true;
                if (!pages().contains(key))
                    result.error = ExportVerb::tr("unknown page size “%1”; the sizes are: %2")
                                       .arg(value, choices(pages().keys()));
                request.page = pages().value(key);
            } else if (argument == u"--dpi") {
                dpiGiven = true;
                bool ok = false;
                request.dpi = value.toInt(&ok);
                if (!ok || request.dpi < 72 || request.dpi > 1200)
                    result.error =
                        ExportVerb::tr("--dpi needs a whole number from 72 to 1200, not “%1”")
                            .arg(value);
            } else if (argument == u"--fit") {
                fitGiven = true;
                if (key == u"auto")
                    request.fit = PosterFit::Auto;
                else if (key == u"page")
                    request.fit = PosterFit::OnePage;
                else if (key == u"tile")
                    request.fit = PosterFit::Tile;
                else
                    result.error =
                        ExportVerb::tr("--fit is auto, page or tile, not “%1”").arg(value);
            } else if (argument == u"--margin") {
                marginGiven = true;
                bool ok = false;
                request.marginMm = value.toDouble(&ok);
                if (!ok || request.marginMm < 0 || request.marginMm > 50)
                    result.error =
                        ExportVerb::tr("--margin needs millimetres from 0 to 50, not “%1”")
                            .arg(value);
            } else {
                request.consultant = value;
            }
        }
    }
    if (!result.error.isEmpty())
        return result;
    if (positional.size() != 1) {
        result.error = positional.isEmpty() ? ExportVerb::tr("which project file?")
                                            : ExportVerb::tr("one project file at a time");
    } else if (result.out.isEmpty()) {
        result.error = ExportVerb::tr("where to? Name the file with --out");
    } else if (!formatGiven) {
        // The output's extension says the format when --format does not.
        const QString suffix = QFileInfo(result.out).suffix().toLower();
        if (!formats().contains(suffix))
            result.formatError =
                ExportVerb::tr("which format? Add --format (%1)").arg(choices(formats().keys()));
        request.format = formats().value(suffix);
    }
    // An option the export would not use is a mistake worth saying.
    using exporting::Format;
    const Format format = request.format;
    const bool paper = format == Format::Pdf;
    const bool picture = format == Format::Png || format == Format::Svg;
    const auto misplaced = [&](const char* option, const QString& what) {
        if (result.error.isEmpty() && result.formatError.isEmpty())
            result.error = ExportVerb::tr("%1 is for %2").arg(QString::fromLatin1(option), what);
    };
    if (orientations > 1)
        result.error = ExportVerb::tr("--landscape or --portrait, not both");
    if (!request.chart.isEmpty() && !picture)
        misplaced("--chart", ExportVerb::tr("an image: --format png or svg"));
    if (tableGiven && format != Format::Csv)
        misplaced("--table", ExportVerb::tr("--format csv"));
    if (request.byteOrderMark && format != Format::Csv)
        misplaced("--bom", ExportVerb::tr("--format csv"));
    if (dpiGiven && format != Format::Png)
        misplaced("--dpi", ExportVerb::tr("--format png"));
    if (request.report && !paper)
        misplaced("--report", ExportVerb::tr("--format pdf"));
    if ((pageGiven || orientationGiven || marginGiven) && !paper)
        misplaced(pageGiven          ? "--page"
                  : orientationGiven ? "--landscape/--portrait"
                                     : "--margin",
                  ExportVerb::tr("a PDF: --format pdf"));
    if (fitGiven && (!paper || request.report))
        misplaced("--fit", ExportVerb::tr("the map poster: --format pdf without --report"));
    // A report reads best upright on A4 (or the page asked for) with wider
    // margins; a map poster lies on its side.
    if (request.report) {
        if (!orientationGiven)
            request.landscape = false;
        if (!pageGiven)
            request.page = QPageSize::A4;
        if (!marginGiven)
            request.marginMm = exporting::ReportMarginMm;
    }
    result.file = positional.value(0);
    return result;
}

} // namespace

int runExportVerb(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    ExportArguments args = parse(arguments);
    if (!args.error.isEmpty()) {
        err << "journeyscope: " << args.error << '\n'
            << ExportVerb::tr("usage: journeyscope export FILE --format "
                              "pdf|png|svg|csv|xlsx|mermaid|json --out PATH [--report] "
                              "[--journey NAME] [--round NAME] [--chart NAME] "
                              "[--table ratings|weakspots|actions|metrics] [--page A3] "
                              "[--landscape|--portrait] [--fit auto|page|tile] [--margin MM] "
                              "[--dpi N] [--bom] [--consultant NAME]")
            << '\n';
        return 2;
    }
    if (sameFile(args.file, args.out)) {
        err << ExportVerb::tr("journeyscope: the output would replace the project being "
                              "exported; choose another name for it")
            << '\n';
        return 2;
    }
    if (!args.formatError.isEmpty()) {
        err << "journeyscope: " << args.formatError << '\n';
        return 2;
    }
    const std::optional<Project> project = loadForViewing(args.file, err);
    if (!project)
        return 1;
    using exporting::Format;
    const Format format = args.request.format;
    const bool needsRound =
        !args.request.chart.isEmpty() ||
        (format == Format::Csv && args.request.table == exporting::Table::WeakSpots);
    const bool perJourney = format == Format::Pdf || format == Format::Png ||
                            format == Format::Svg || format == Format::Mermaid || needsRound;
    if (perJourney || !args.journey.isEmpty() || !args.round.isEmpty()) {
        const std::optional<Choice> choice =
            choose(*project, args.journey, args.round, needsRound, err);
        if (!choice)
            return 1;
        args.request.journeyId = choice->journey->id;
        args.request.roundId = args.round.isEmpty() || !choice->round ? NoId : choice->round->id;
    }
    const exporting::ExportOutcome outcome =
        exporting::exportProject(*project, args.request, args.out);
    if (!outcome.ok) {
        err << "journeyscope: " << outcome.message << '\n';
        return 1;
    }
    const QString written = QDir::toNativeSeparators(args.out);
    if (outcome.pages == 1)
        out << ExportVerb::tr("Wrote %1 (1 page)").arg(written) << '\n';
    else if (outcome.pages > 1)
        out << ExportVerb::tr("Wrote %1 (%2 pages)").arg(written).arg(outcome.pages) << '\n';
    else
        out << ExportVerb::tr("Wrote %1").arg(written) << '\n';
    return 0;
}

} // namespace js
