// `journeyscope weakspots`: the ranked weak spots of one round, as a table or
// as JSON. Reads the file for viewing only: never locks, writes or migrates it.
#include "app/Verbs.h"
#include "core/analysis/WeakSpots.h"
#include "core/io/WeakSpotReport.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectFile.h"

#include <QCoreApplication>

#include <optional>

namespace js {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("js::WeakSpotsVerb", text);
}

constexpr int DefaultTop = 10;

struct WeakSpotsArguments {
    QString file;
    QString journey; // empty: the first journey
    QString round;   // empty: the journey's latest round
    int top = DefaultTop;
    bool json = false;
    QString error; // a usage error
};

WeakSpotsArguments parse(const QStringList& arguments)
{
    WeakSpotsArguments result;
    QStringList positional;
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
        const bool takesValue =
            argument == u"--journey" || argument == u"--round" || argument == u"--top";
        if (!takesValue) {
            result.error = tr("unknown option %1").arg(argument);
        } else if (i + 1 >= arguments.size()) {
            result.error = tr("%1 needs a value").arg(argument);
        } else if (argument == u"--top") {
            bool ok = false;
            result.top = arguments[++i].toInt(&ok);
            if (!ok || result.top < 1)
                result.error =
                    tr("--top needs a whole number from 1 up, not “%1”").arg(arguments[i]);
        } else {
            (argument == u"--journey" ? result.journey : result.round) = arguments[++i];
        }
    }
    if (result.error.isEmpty() && positional.size() != 1)
        result.error =
            positional.isEmpty() ? tr("which project file?") : tr("one project file at a time");
    result.file = positional.value(0);
    return result;
}

// The project of a file opened for viewing, or nullopt after saying why not.
std::optional<Project> loadForViewing(const QString& path, QTextStream& err)
{
    OpenResult result;
    std::unique_ptr<ProjectFile> file =
        ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly);
    if (!file) {
        err << result.message << '\n';
        return std::nullopt;
    }
    QString error;
    std::optional<Project> project = file->load(&error);
    if (!project)
        err << openMessage(OpenProblem::Damaged, path, error) << '\n';
    return project;
}

QString nameList(const QStringList& names)
{
    QStringList quotedNames;
    for (const QString& name : names)
        quotedNames << tr("“%1”").arg(name);
    return quotedNames.join(tr(", "));
}

// The entity named `name`: an exact match first, else one that differs only
// in case.
template <typename T> const T* named(const std::vector<const T*>& items, const QString& name)
{
    for (const T* item : items) {
        if (item->name == name)
            return item;
    }
    for (const T* item : items) {
        if (item->name.compare(name, Qt::CaseInsensitive) == 0)
            return item;
    }
    return nullptr;
}

template <typename T> QStringList namesOf(const std::vector<const T*>& items)
{
    QStringList names;
    for (const T* item : items)
        names << item->name;
    return names;
}

std::vector<const Round*> roundsOf(const Project& project, Id journeyId)
{
    std::vector<const Round*> rounds;
    for (const Round& round : project.rounds) {
        if (journeyId == NoId || round.journeyId == journeyId)
            rounds.push_back(&round);
    }
    return rounds;
}

// The latest round by date; among equal dates the later one in the list.
const Round* latestRound(const std::vector<const Round*>& rounds)
{
    const Round* latest = nullptr;
    for (const Round* round : rounds) {
        if (!latest || round->date >= latest->date)
            latest = round;
    }
    return latest;
}

struct Choice {
    const Journey* journey = nullptr;
    const Round* round = nullptr;
};

// The journey and round the arguments name, or nullopt after saying what
// exists. A round named without a journey is looked for in every journey.
std::optional<Choice> choose(const Project& project, const WeakSpotsArguments& args,
                             QTextStream& err)
{
    std::vector<const Journey*> journeys;
    for (const Journey& journey : project.journeys)
        journeys.push_back(&journey);
    if (journeys.empty()) {
        err << tr("journeyscope: the project has no journeys, so nothing is rated") << '\n';
        return std::nullopt;
    }
    Choice choice;
    if (!args.journey.isEmpty()) {
        choice.journey = named(journeys, args.journey);
        if (!choice.journey) {
            err << tr("journeyscope: no journey is named “%1”; the journeys are: %2")
                       .arg(args.journey, nameList(namesOf(journeys)))
                << '\n';
            return std::nullopt;
        }
    } else if (args.round.isEmpty()) {
        choice.journey = journeys.front();
    }

    const std::vector<const Round*> rounds =
        roundsOf(project, choice.journey ? choice.journey->id : NoId);
    if (args.round.isEmpty()) {
        choice.round = latestRound(rounds);
        if (!choice.round) {
            err << tr("journeyscope: journey “%1” has no assessment rounds yet; add a round "
                      "to rate its touchpoints")
                       .arg(choice.journey->name)
                << '\n';
            return std::nullopt;
        }
        return choice;
    }
    choice.round = named(rounds, args.round);
    if (!choice.round) {
        if (rounds.empty() && choice.journey)
            err << tr("journeyscope: no round is named “%1”; journey “%2” has no rounds yet")
                       .arg(args.round, choice.journey->name);
        else if (rounds.empty())
            err << tr("journeyscope: no round is named “%1”; the project has no rounds yet")
                       .arg(args.round);
        else if (choice.journey)
            err << tr("journeyscope: no round of journey “%1” is named “%2”; its rounds are: %3")
                       .arg(choice.journey->name, args.round, nameList(namesOf(rounds)));
        else
            err << tr("journeyscope: no round is named “%1”; the rounds are: %2")
                       .arg(args.round, nameList(namesOf(rounds)));
        err << '\n';
        return std::nullopt;
    }
    if (!choice.journey)
        choice.journey = findJourney(project, choice.round->journeyId);
    if (!choice.journey) {
        err << tr("journeyscope: round “%1” rates a journey that does not exist")
                   .arg(choice.round->name)
            << '\n';
        return std::nullopt;
    }
    return choice;
}

QString heading(const Choice& choice, const analysis::RoundResults& results, int shown, int total)
{
    const QString round =
        choice.round->date.isValid()
            ? tr("“%1” (%2)").arg(choice.round->name, choice.round->date.toString(Qt::ISODate))
            : tr("“%1”").arg(choice.round->name);
    if (choice.round->criteria.empty())
        return tr("Round %1 of journey “%2” rates no criteria.").arg(round, choice.journey->name);
    if (!results.journey)
        return tr("Round %1 of journey “%2”: no scores yet.").arg(round, choice.journey->name);
    if (total == 0)
        return tr("Round %1 of journey “%2”: no weak spots, every rated cell meets its target.")
            .arg(round, choice.journey->name);
    const QString count = total == 1 ? tr("1 weak spot")
                                     : QCoreApplication::translate("js::WeakSpotsVerb",
                                                                   "%n weak spots", nullptr, total);
    if (shown < total)
        return tr("The top %1 of %2 in round %3 of journey “%4”, highest priority first.")
            .arg(QString::number(shown), count, round, choice.journey->name);
    return tr("%1 in round %2 of journey “%3”, highest priority first.")
        .arg(count, round, choice.journey->name);
}

} // namespace

int runWeakSpotsVerb(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const WeakSpotsArguments args = parse(arguments);
    if (!args.error.isEmpty()) {
        err << "journeyscope: " << args.error << '\n'
            << tr("usage: journeyscope weakspots FILE [--journey NAME] [--round NAME] [--top N] "
                  "[--json]")
            << '\n';
        return 2;
    }
    const std::optional<Project> project = loadForViewing(args.file, err);
    if (!project)
        return 1;
    const std::optional<Choice> choice = choose(*project, args, err);
    if (!choice)
        return 1;

    const analysis::RoundResults results = analysis::computeRound(*project, choice->round->id);
    std::vector<analysis::WeakSpot> spots = analysis::weakSpots(*project, results);
    const int total = static_cast<int>(spots.size());
    if (spots.size() > size_t(args.top))
        spots.resize(size_t(args.top));

    if (args.json) {
        out << QString::fromUtf8(weakSpotsJson(*project, *choice->journey, *choice->round, spots));
        return 0;
    }
    out << heading(*choice, results, static_cast<int>(spots.size()), total) << '\n';
    if (!spots.empty())
        out << '\n' << weakSpotsTable(*project, spots);
    return 0;
}

} // namespace js
