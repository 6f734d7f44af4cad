// `journeyscope weakspots`: the ranked weak spots of one round, as a table or
// as JSON. Reads the file for viewing only: never locks, writes or migrates it.
#include "app/VerbSupport.h"
#include "app/Verbs.h"
#include "core/analysis/WeakSpots.h"
#include "core/io/CsvTables.h"
#include "core/io/WeakSpotReport.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace js {

namespace {

struct WeakSpotsVerbText {
    Q_DECLARE_TR_FUNCTIONS(js::WeakSpotsVerb)
};

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
            result.error = WeakSpotsVerbText::tr("unknown option %1").arg(argument);
        } else if (i + 1 >= arguments.size()) {
            result.error = WeakSpotsVerbText::tr("%1 needs a value").arg(argument);
        } else if (argument == u"--top") {
            bool ok = false;
            result.top = arguments[++i].toInt(&ok);
            if (!ok || result.top < 1)
                result.error =
                    WeakSpotsVerbText::tr("--top needs a whole number from 1 up, not “%1”")
                        .arg(arguments[i]);
        } else {
            (argument == u"--journey" ? result.journey : result.round) = arguments[++i];
        }
    }
    if (result.error.isEmpty() && positional.size() != 1)
        result.error = positional.isEmpty() ? WeakSpotsVerbText::tr("which project file?")
                                            : WeakSpotsVerbText::tr("one project file at a time");
    result.file = positional.value(0);
    return result;
}

QString heading(const Choice& choice, const analysis::RoundResults& results, int shown, int total)
{
    const QString round = choice.round->date.isValid()
                              ? WeakSpotsVerbText::tr("“%1” (%2)")
                                    .arg(choice.round->name,
                                         csv::Format::forLocale(QLocale()).date(choice.round->date))
                              : WeakSpotsVerbText::tr("“%1”").arg(choice.round->name);
    if (choice.round->criteria.empty())
        return WeakSpotsVerbText::tr("Round %1 of journey “%2” rates no criteria.")
            .arg(round, choice.journey->name);
    if (!results.journey)
        return WeakSpotsVerbText::tr("Round %1 of journey “%2”: no scores yet.")
            .arg(round, choice.journey->name);
    if (total == 0)
        return WeakSpotsVerbText::tr(
                   "Round %1 of journey “%2”: no weak spots, every rated cell meets its target.")
            .arg(round, choice.journey->name);
    const QString count = total == 1 ? WeakSpotsVerbText::tr("1 weak spot")
                                     : QCoreApplication::translate("js::WeakSpotsVerb",
                                                                   "%n weak spots", nullptr, total);
    if (shown < total)
        return WeakSpotsVerbText::tr(
                   "The top %1 of %2 in round %3 of journey “%4”, highest priority first.")
            .arg(QString::number(shown), count, round, choice.journey->name);
    return WeakSpotsVerbText::tr("%1 in round %2 of journey “%3”, highest priority first.")
        .arg(count, round, choice.journey->name);
}

} // namespace

int runWeakSpotsVerb(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const WeakSpotsArguments args = parse(arguments);
    if (!args.error.isEmpty()) {
        err << "journeyscope: " << args.error << '\n'
            << WeakSpotsVerbText::tr(
                   "usage: journeyscope weakspots FILE [--journey NAME] [--round NAME] [--top N] "
                   "[--json]")
            << '\n';
        return 2;
    }
    const std::optional<Project> project = loadForViewing(args.file, err);
    if (!project)
        return 1;
    const std::optional<Choice> choice = choose(*project, args.journey, args.round, true, err);
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
