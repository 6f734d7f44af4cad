// `journeyscope survey`: NPS, CSAT and CES per touchpoint from a survey
// export, printed as a table or as JSON, or stored in a project as metrics of
// a journey's touchpoints. The project is read for viewing until there is
// something to store, so a refusal leaves the file untouched.
#include "app/SurveyOutput.h"
#include "app/VerbSupport.h"
#include "app/Verbs.h"
#include "core/analysis/NameMatching.h"
#include "core/analysis/SurveyColumns.h"
#include "core/analysis/SurveyMetrics.h"
#include "core/document/ProjectDocument.h"
#include "core/io/SurveyCsv.h"
#include "core/io/SurveyImport.h"
#include "core/io/TextDecoding.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace js {

namespace {

struct SurveyVerb {
    Q_DECLARE_TR_FUNCTIONS(js::SurveyVerb)
};

QString usage()
{
    return SurveyVerb::tr(
        "usage: journeyscope survey SURVEY.csv [--touchpoint COLUMN | --whole-file TOUCHPOINT] "
        "[--nps COLUMN] [--csat COLUMN] [--ces COLUMN] [--ces-scale 5|7] [--delimiter C] "
        "[--encoding NAME] [--header-rows N] [--json] [--into PROJECT.journey "
        "[--journey NAME]]");
}

struct SurveyArguments {
    QString file;
    // Columns as typed (a header text or a 1-based number); empty: detected.
    QString touchpoint;
    QString nps;
    QString csat;
    QString ces;
    QString wholeFile; // every response is about this touchpoint
    std::optional<int> cesPoints;
    std::optional<QChar> delimiter;
    std::optional<text::Encoding> encoding;
    std::optional<int> headerRows;
    bool json = false;
    QString into;
    QString journey;
    QString error; // a usage error
};

std::optional<QChar> delimiterFrom(const QString& value)
{
    if (value.compare(u"tab", Qt::CaseInsensitive) == 0 || value == u"\\t" || value == u"\t")
        return QLatin1Char('\t');
    if (value.size() == 1 && QStringLiteral(",;|").contains(value[0]))
        return value[0];
    return std::nullopt;
}

SurveyArguments parse(const QStringList& arguments)
{
    SurveyArguments result;
    QStringList positional;
    const QStringList valued = {QStringLiteral("--touchpoint"),  QStringLiteral("--nps"),
                                QStringLiteral("--csat"),        QStringLiteral("--ces"),
                                QStringLiteral("--whole-file"),  QStringLiteral("--ces-scale"),
                                QStringLiteral("--delimiter"),   QStringLiteral("--encoding"),
                                QStringLiteral("--header-rows"), QStringLiteral("--into"),
                                QStringLiteral("--journey")};
    bool journeyGiven = false;
    for (qsizetype i = 0; i < arguments.size() && result.error.isEmpty(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--json") {
            result.json = true;
            continue;
        }
        if (!argument.startsWith(u"--")) {
            positional << argument;
            continue;
        }
        if (!valued.contains(argument)) {
            result.error = SurveyVerb::tr("unknown option %1").arg(argument);
            break;
        }
        if (i + 1 >= arguments.size() || arguments[i + 1].trimmed().isEmpty()) {
            result.error = SurveyVerb::tr("%1 needs a value").arg(argument);
            break;
        }
        const QString value = arguments[++i];
        if (argument == u"--touchpoint") {
            result.touchpoint = value;
        } else if (argument == u"--nps") {
            result.nps = value;
        } else if (argument == u"--csat") {
            result.csat = value;
        } else if (argument == u"--ces") {
            result.ces = value;
        } else if (argument == u"--whole-file") {
            result.wholeFile = value.trimmed();
        } else if (argument == u"--ces-scale") {
            if (value != u"5" && value != u"7")
                result.error = SurveyVerb::tr("--ces-scale is 5 or 7, not “%1”").arg(value);
            result.cesPoints = value.toInt();
        } else if (argument == u"--delimiter") {
            result.delimiter = delimiterFrom(value);
            if (!result.delimiter)
                result.error = SurveyVerb::tr("--delimiter is , ; | or tab, not “%1”").arg(value);
        } else if (argument == u"--encoding") {
            result.encoding = text::encodingFromName(value);
            if (!result.encoding)
                result.error = SurveyVerb::tr("unknown encoding “%1”; the encodings are: %2")
                                   .arg(value, text::encodingNames().join(QStringLiteral(", ")));
        } else if (argument == u"--header-rows") {
            bool ok = false;
            result.headerRows = value.toInt(&ok);
            if (!ok || *result.headerRows < 0 || *result.headerRows > survey::MaxHeaderRows)
                result.error =
                    SurveyVerb::tr("--header-rows needs a whole number from 0 to %1, not “%2”")
                        .arg(survey::MaxHeaderRows)
                        .arg(value);
        } else if (argument == u"--into") {
            result.into = value;
        } else {
            result.journey = value;
            journeyGiven = true;
        }
    }
    if (!result.error.isEmpty())
        return result;
    if (positional.size() != 1)
        result.error = positional.isEmpty() ? SurveyVerb::tr("which survey export?")
                                            : SurveyVerb::tr("one survey export at a time");
    else if (!result.touchpoint.isEmpty() && !result.wholeFile.isEmpty())
        result.error = SurveyVerb::tr("--touchpoint or --whole-file, not both");
    else if (journeyGiven && result.into.isEmpty())
        result.error = SurveyVerb::tr("--journey is for --into: name the project to store in");
    result.file = positional.value(0);
    return result;
}

// The file's bytes, or nullopt after saying why not.
std::optional<QByteArray> readBytes(const QString& path, QTextStream& err)
{
    const QFileInfo info(path);
    QFile file(path);
    const OpenProblem problem = !info.exists()                    ? OpenProblem::NotFound
                                : info.isDir()                    ? OpenProblem::IsDirectory
                                : !file.open(QIODevice::ReadOnly) ? OpenProblem::Unreadable
                                                                  : OpenProblem::None;
    if (problem != OpenProblem::None) {
        err << openMessage(problem, path) << '\n';
        return std::nullopt;
    }
    if (file.size() > survey::MaxFileBytes) {
        err << SurveyVerb::tr("%1: too large for a survey export (%L2 MB; at most %L3 MB are read)")
                   .arg(path)
                   .arg(file.size() / (1024 * 1024))
                   .arg(survey::MaxFileBytes / (1024 * 1024))
            << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

// Whether the start of a file holds control characters that no CSV export
// has: a workbook, a project or a picture read as text.
bool looksBinary(const QByteArray& bytes, text::Encoding encoding)
{
    constexpr qsizetype Sample = 64 * 1024;
    const QString text = text::decode(bytes.left(Sample), encoding);
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
        const char16_t u = ch.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F;
    });
}

QString columnList(const survey::SurveyTable& table)
{
    constexpr int Shown = 30;
    QStringList columns;
    for (int c = 0; c < table.columnCount && c < Shown; ++c)
        columns << SurveyVerb::tr("%1 %2").arg(c + 1).arg(quoted(table.titles.value(c)));
    if (table.columnCount > Shown)
        columns << QStringLiteral("\u2026");
    return columns.join(SurveyVerb::tr(", "));
}

// The column a user named with `option`, or -1 after saying there is none.
int namedColumn(const survey::SurveyTable& table, const QString& name, const char* option,
                QTextStream& err)
{
    const int column = survey::findColumn(table, name);
    if (column >= 0)
        return column;
    err << "journeyscope: "
        << SurveyVerb::tr("the survey has no column “%1” (%2); its columns are: %3")
               .arg(name, QString::fromLatin1(option), columnList(table))
        << '\n';
    return -1;
}

QStringList touchpointNames(const Journey& journey)
{
    QStringList names;
    for (const Stage& stage : journey.stages) {
        for (const Touchpoint& touchpoint : stage.touchpoints)
            names << touchpoint.name;
    }
    return names;
}

// The columns to read: those named, the rest as detected. A detected pick of
// a column the user named for something else gives way. 2 (after saying why)
// when a column is unknown; 0 otherwise.
int pickColumns(const survey::SurveyTable& table, const SurveyArguments& args,
                const QStringList& names, survey::ColumnPicks& picks, QTextStream& err)
{
    survey::ColumnChoice& c = picks.columns;
    c = survey::suggestColumns(table, names);
    QSet<int> named;
    struct Option {
        const QString& text;
        int& column;
        bool& given;
        const char* flag;
    };
    const Option options[] = {
        {args.touchpoint, c.touchpoint, picks.touchpointGiven, "--touchpoint"},
        {args.nps, c.nps, picks.npsGiven, "--nps"},
        {args.csat, c.csat, picks.csatGiven, "--csat"},
        {args.ces, c.ces, picks.cesGiven, "--ces"}};
    for (const Option& option : options) {
        if (option.text.isEmpty())
            continue;
        option.column = namedColumn(table, option.text, option.flag, err);
        if (option.column < 0)
            return 2;
        option.given = true;
        named.insert(option.column);
    }
    for (const Option& option : options) {
        if (!option.given && named.contains(option.column))
            option.column = -1;
    }
    if (!args.wholeFile.isEmpty()) {
        c.touchpoint = -1;
        c.wholeFile = args.wholeFile;
        picks.touchpointGiven = true;
    }
    if (picks.cesGiven)
        c.cesPoints = survey::cesPointsOf(table, c.ces);
    if (args.cesPoints) {
        c.cesPoints = *args.cesPoints;
        picks.cesPointsGiven = true;
    }
    return 0;
}

// Why the columns cannot make figures, for a usage message; "" when they can.
QString columnsProblem(const survey::ColumnChoice& c, const SurveyArguments& args)
{
    if (c.touchpoint < 0 && c.wholeFile.isEmpty())
        return SurveyVerb::tr(
            "which touchpoint are the responses about? No column names one: give the column "
            "with --touchpoint COLUMN, or, when every response is about one touchpoint, name "
            "it with --whole-file TOUCHPOINT");
    if (c.nps < 0 && c.csat < 0 && c.ces < 0)
        return SurveyVerb::tr("no NPS, CSAT or CES question was found: name its column with "
                              "--nps, --csat or --ces");
    if (args.cesPoints && c.ces < 0)
        return SurveyVerb::tr(
            "--ces-scale is for a CES question, and none was found: name its column with --ces");
    return {};
}

// Where --into stores the figures: the journey, the metrics and what is
// left out.
struct Storing {
    Journey journey;
    std::vector<Metric> metrics;
    QStringList unmatched;
    int touchpoints = 0;
};

QString touchpointNameList(const Project& project, const std::vector<Id>& ids)
{
    QStringList names;
    for (const Id id : ids) {
        if (const Touchpoint* touchpoint = findTouchpoint(project, id))
            names << quoted(touchpoint->name);
    }
    return names.join(SurveyVerb::tr(", "));
}

// The metrics of the figures for the journey's touchpoints of the same
// names, or nullopt after saying why there are none. Names without a match
// are reported, with close ones when there are.
std::optional<Storing> metricsFor(const Project& project, const Journey& journey,
                                  const survey::SurveyFigures& figures, const QString& source,
                                  QTextStream& err)
{
    Storing storing;
    storing.journey = journey;
    QStringList names;
    for (const survey::TouchpointFigures& touchpoint : figures.touchpoints)
        names << touchpoint.name;
    std::map<QString, Id> touchpointOfName;
    for (const NameMatch& match : matchTouchpoints(journey, names)) {
        if (match.touchpoint != NoId) {
            touchpointOfName[normalizedName(match.name)] = match.touchpoint;
            continue;
        }
        storing.unmatched << match.name;
        err << "journeyscope: "
            << (match.close.empty()
                    ? SurveyVerb::tr("no touchpoint of journey %1 is named %2; its figures are "
                                     "left out")
                          .arg(quoted(journey.name), quoted(match.name))
                    : SurveyVerb::tr("no touchpoint of journey %1 is named %2 (close: %3); its "
                                     "figures are left out")
                          .arg(quoted(journey.name), quoted(match.name),
                               touchpointNameList(project, match.close)))
            << '\n';
    }
    if (touchpointOfName.empty()) {
        err << "journeyscope: "
            << SurveyVerb::tr("none of the touchpoints the survey names is on journey %1, so "
                              "nothing is stored")
                   .arg(quoted(journey.name))
            << '\n';
        return std::nullopt;
    }
    storing.metrics =
        survey::surveyMetrics(figures, touchpointOfName, source, QDate::currentDate());
    if (storing.metrics.empty()) {
        err << "journeyscope: "
            << SurveyVerb::tr("the touchpoints the survey names have no answers, so nothing is "
                              "stored")
            << '\n';
        return std::nullopt;
    }
    std::set<Id> touchpoints;
    for (const Metric& metric : storing.metrics)
        touchpoints.insert(metric.touchpointId);
    storing.touchpoints = static_cast<int>(touchpoints.size());
    return storing;
}

// Stores the metrics in the project, in one undo step, flushed and closed;
// the sentence that says so, or nullopt after saying why not.
std::optional<QString> store(const QString& path, const Storing& storing, const QString& source,
                             QTextStream& err)
{
    OpenResult result;
    std::unique_ptr<ProjectSession> session = ProjectSession::open(path, &result);
    if (!session || session->isReadOnly()) {
        err << (result.message.isEmpty()
                    ? SurveyVerb::tr("journeyscope: “%1” can only be read, so nothing is stored")
                          .arg(QDir::toNativeSeparators(path))
                    : result.message)
            << '\n';
        return std::nullopt;
    }
    // The file was read a moment ago; it must still hold those touchpoints.
    for (const Metric& metric : storing.metrics) {
        if (!findTouchpoint(session->document()->project(), metric.touchpointId)) {
            err << SurveyVerb::tr("journeyscope: “%1” changed while the survey was read; run "
                                  "the command again")
                       .arg(QDir::toNativeSeparators(path))
                << '\n';
            return std::nullopt;
        }
    }
    const survey::ImportOutcome outcome =
        survey::importSurveyMetrics(*session->document(), storing.metrics, source);
    if (!session->flushNow()) {
        err << "journeyscope: " << session->lastError() << '\n';
        return std::nullopt;
    }
    session.reset();
    const int added = outcome.added;
    const int touchpoints = storing.touchpoints;
    QString text =
        SurveyVerb::tr("Stored %1 for %2 of journey %3 in “%4”")
            .arg(added == 1 ? SurveyVerb::tr("1 metric")
                            : SurveyVerb::tr("%n metrics", nullptr, added),
                 touchpoints == 1 ? SurveyVerb::tr("1 touchpoint")
                                  : SurveyVerb::tr("%n touchpoints", nullptr, touchpoints),
                 quoted(storing.journey.name), QDir::toNativeSeparators(path));
    if (outcome.replaced > 0)
        text += SurveyVerb::tr("; they replace %1 from an earlier import of %2")
                    .arg(QString::number(outcome.replaced),
                         quoted(source.section(QStringLiteral(" #"), 0, 0)));
    return text + u'.';
}

} // namespace

int runSurveyVerb(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const SurveyArguments args = parse(arguments);
    if (!args.error.isEmpty()) {
        err << "journeyscope: " << args.error << '\n' << usage() << '\n';
        return 2;
    }
    if (!args.into.isEmpty() && sameFile(args.file, args.into)) {
        err << "journeyscope: " << SurveyVerb::tr("the survey and the project are the same file")
            << '\n';
        return 2;
    }

    const std::optional<QByteArray> bytes = readBytes(args.file, err);
    if (!bytes)
        return 1;
    survey::CsvFormat format = survey::detectFormat(*bytes);
    if (args.delimiter)
        format.delimiter = *args.delimiter;
    if (args.encoding)
        format.encoding = *args.encoding;
    if (args.headerRows)
        format.headerRows = *args.headerRows;
    if (looksBinary(*bytes, format.encoding)) {
        err << "journeyscope: "
            << SurveyVerb::tr("%1 is not a CSV file (it holds binary data): export the "
                              "responses as CSV and try again")
                   .arg(QDir::toNativeSeparators(args.file))
            << '\n';
        return 1;
    }
    const survey::SurveyTable table = survey::readSurvey(*bytes, format);
    if (!table.problem.isEmpty()) {
        err << "journeyscope: "
            << SurveyVerb::tr("%1: %2").arg(QDir::toNativeSeparators(args.file), table.problem)
            << '\n';
        return 1;
    }

    // With --into, the journey's touchpoint names help find the column.
    std::optional<Project> project;
    std::optional<Journey> journey;
    if (!args.into.isEmpty()) {
        project = loadForViewing(args.into, err);
        if (!project)
            return 1;
        if (project->journeys.empty()) {
            err << "journeyscope: "
                << SurveyVerb::tr("the project has no journeys, so no touchpoints to store "
                                  "metrics for")
                << '\n';
            return 1;
        }
        const std::optional<Choice> choice = choose(*project, args.journey, {}, false, err);
        if (!choice)
            return 1;
        journey = *choice->journey;
        if (args.journey.isEmpty() && project->journeys.size() > 1)
            err << "journeyscope: "
                << SurveyVerb::tr("the project has %1 journeys; the metrics go to the first, "
                                  "%2 (name another with --journey)")
                       .arg(static_cast<int>(project->journeys.size()))
                       .arg(quoted(journey->name))
                << '\n';
    }

    survey::ColumnPicks picks;
    if (const int code = pickColumns(
            table, args, journey ? touchpointNames(*journey) : QStringList(), picks, err))
        return code;
    const QString problem = columnsProblem(picks.columns, args);
    if (!problem.isEmpty()) {
        err << "journeyscope: " << problem << '\n' << usage() << '\n';
        return 2;
    }
    const survey::SurveyFigures figures = survey::computeFigures(table, picks.columns);

    // The picks go where they do not spoil the JSON.
    QTextStream& picksOut = args.json ? err : out;
    for (const QString& line : survey::pickLines(table, picks))
        picksOut << line << '\n';

    std::optional<QString> stored;
    std::optional<Storing> storing;
    const QString source = survey::surveySource(QFileInfo(args.file).fileName(), table);
    if (journey) {
        storing = metricsFor(*project, *journey, figures, source, err);
        if (storing)
            stored = store(args.into, *storing, source, err);
        if (!stored)
            return 1;
    }

    if (args.json) {
        QJsonObject json = survey::figuresJson(table, figures, picks);
        if (stored) {
            json.insert(
                QStringLiteral("stored"),
                QJsonObject{
                    {QStringLiteral("project"), args.into},
                    {QStringLiteral("journey"), storing->journey.name},
                    {QStringLiteral("metrics"), static_cast<int>(storing->metrics.size())},
                    {QStringLiteral("touchpoints"), storing->touchpoints},
                    {QStringLiteral("unmatched"), QJsonArray::fromStringList(storing->unmatched)}});
            err << *stored << '\n';
        }
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    out << '\n' << survey::figuresTable(figures, picks.columns);
    if (stored)
        out << '\n' << *stored << '\n';
    return 0;
}

} // namespace js
