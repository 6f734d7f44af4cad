#include "app/VerbSupport.h"

#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace js {

namespace {

struct VerbText {
    Q_DECLARE_TR_FUNCTIONS(js::Verbs)
};

QString nameList(const QStringList& names)
{
    QStringList quotedNames;
    for (const QString& name : names)
        quotedNames << VerbText::tr("“%1”").arg(name);
    return quotedNames.join(VerbText::tr(", "));
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

} // namespace

bool sameFile(const QString& source, const QString& target)
{
    const QFileInfo in(source);
    const QFileInfo out(target);
    return out.exists() && in.exists() && in.canonicalFilePath() == out.canonicalFilePath();
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

// The journey and round the arguments name, or nullopt after saying what
// exists. A round named without a journey is looked for in every journey.
std::optional<Choice> choose(const Project& project, const QString& journeyName,
                             const QString& roundName, bool needRound, QTextStream& err)
{
    std::vector<const Journey*> journeys;
    for (const Journey& journey : project.journeys)
        journeys.push_back(&journey);
    if (journeys.empty()) {
        err << VerbText::tr("journeyscope: the project has no journeys, so nothing is rated")
            << '\n';
        return std::nullopt;
    }
    Choice choice;
    if (!journeyName.isEmpty()) {
        choice.journey = named(journeys, journeyName);
        if (!choice.journey) {
            err << VerbText::tr("journeyscope: no journey is named “%1”; the journeys are: %2")
                       .arg(journeyName, nameList(namesOf(journeys)))
                << '\n';
            return std::nullopt;
        }
    } else if (roundName.isEmpty()) {
        choice.journey = journeys.front();
    }

    const std::vector<const Round*> rounds =
        roundsOf(project, choice.journey ? choice.journey->id : NoId);
    if (roundName.isEmpty()) {
        choice.round = latestRound(rounds);
        if (!choice.round && needRound) {
            err << VerbText::tr(
                       "journeyscope: journey “%1” has no assessment rounds yet; add a round "
                       "to rate its touchpoints")
                       .arg(choice.journey->name)
                << '\n';
            return std::nullopt;
        }
        return choice;
    }
    choice.round = named(rounds, roundName);
    if (!choice.round) {
        if (rounds.empty() && choice.journey)
            err << VerbText::tr(
                       "journeyscope: no round is named “%1”; journey “%2” has no rounds yet")
                       .arg(roundName, choice.journey->name);
        else if (rounds.empty())
            err << VerbText::tr(
                       "journeyscope: no round is named “%1”; the project has no rounds yet")
                       .arg(roundName);
        else if (choice.journey)
            err << VerbText::tr(
                       "journeyscope: no round of journey “%1” is named “%2”; its rounds are: %3")
                       .arg(choice.journey->name, roundName, nameList(namesOf(rounds)));
        else
            err << VerbText::tr("journeyscope: no round is named “%1”; the rounds are: %2")
                       .arg(roundName, nameList(namesOf(rounds)));
        err << '\n';
        return std::nullopt;
    }
    if (!choice.journey)
        choice.journey = findJourney(project, choice.round->journeyId);
    if (!choice.journey) {
        err << VerbText::tr("journeyscope: round “%1” rates a journey that does not exist")
                   .arg(choice.round->name)
            << '\n';
        return std::nullopt;
    }
    return choice;
}

} // namespace js
