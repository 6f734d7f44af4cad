#include "ui/selfassessment/SelfAssessmentRounds.h"

#include "core/model/ProjectQueries.h"

#include <QCoreApplication>
#include <QLocale>

namespace js::selfassessment {

namespace {

struct SelfAssessmentRoundsText {
    Q_DECLARE_TR_FUNCTIONS(js::selfassessment::SelfAssessmentRounds)
};

bool hasScore(const Project& project, Id roundId)
{
    const auto first = project.ratings.lower_bound(RatingKey{roundId, NoId, NoId, NoId});
    for (auto it = first; it != project.ratings.end() && it->first.round == roundId; ++it) {
        if (it->second.isScored())
            return true;
    }
    return false;
}

} // namespace

QString dayText(QDate date)
{
    //: How the self-assessment writes a day, as a QDate format.
    return QLocale().toString(date, SelfAssessmentRoundsText::tr("d MMMM yyyy"));
}

Round selfAssessmentRound(const Project& project, Id journeyId, const QString& raterName,
                          std::vector<RoundCriterion> criteria, QDate date)
{
    Round round;
    const QString base = SelfAssessmentRoundsText::tr("Self-assessment %1").arg(dayText(date));
    round.name = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(project.rounds.begin(), project.rounds.end(),
                                       [&](const Round& r) { return r.name == round.name; });
        if (!taken)
            break;
        round.name = SelfAssessmentRoundsText::tr("%1 (%2)").arg(base).arg(n);
    }
    round.description =
        SelfAssessmentRoundsText::tr("A self-assessment by %1, made with the guided walk.")
            .arg(raterName);
    round.date = date;
    round.journeyId = journeyId;
    round.criteria = std::move(criteria);
    round.raters.push_back(Rater{NoId, raterName, SelfAssessmentRoundsText::tr("Manager")});
    return round;
}

Id previousSelfAssessment(const Project& project, Id roundId)
{
    const std::vector<Round>& rounds = project.rounds;
    const int at = indexOfId(rounds, roundId);
    if (at < 0)
        return NoId;
    // Whether round a comes before round b: by date where both have one
    // and they differ, else by place in the project.
    auto before = [&rounds](int a, int b) {
        const QDate& first = rounds[size_t(a)].date;
        const QDate& second = rounds[size_t(b)].date;
        if (first.isValid() && second.isValid() && first != second)
            return first < second;
        return a < b;
    };
    int best = -1;
    for (int i = 0; i < int(rounds.size()); ++i) {
        const Round& round = rounds[size_t(i)];
        if (i == at || round.journeyId != rounds[size_t(at)].journeyId ||
            round.raters.size() != 1 || !before(i, at) || !hasScore(project, round.id))
            continue;
        if (best < 0 || before(best, i))
            best = i;
    }
    return best < 0 ? NoId : rounds[size_t(best)].id;
}

} // namespace js::selfassessment
