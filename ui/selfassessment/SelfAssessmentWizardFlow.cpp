// The steps of the self-assessment that change the document: the journey
// and its touchpoints, and the round the walk fills.
#include "core/document/ProjectDocument.h"
#include "ui/selfassessment/FrameworksPage.h"
#include "ui/selfassessment/JourneyPage.h"
#include "ui/selfassessment/SelfAssessmentRounds.h"
#include "ui/selfassessment/SelfAssessmentSettings.h"
#include "ui/selfassessment/SelfAssessmentWizard.h"
#include "ui/selfassessment/TouchpointsPage.h"
#include "ui/selfassessment/WalkPage.h"

namespace js {

using namespace selfassessment;

namespace {

int touchpointCount(const Journey& journey)
{
    int count = 0;
    for (const Stage& stage : journey.stages)
        count += int(stage.touchpoints.size());
    return count;
}

std::vector<Id> criterionIds(const std::vector<RoundCriterion>& criteria)
{
    std::vector<Id> ids;
    for (const RoundCriterion& criterion : criteria)
        ids.push_back(criterion.criterionId);
    return ids;
}

} // namespace

void SelfAssessmentWizard::continueWalk()
{
    const Project& project = m_document->project();
    const std::optional<ResumePoint> point = resumePoint(m_projectKey);
    const Round* round = point ? findRound(project, point->round) : nullptr;
    if (!round || round->raters.empty()) {
        startNew();
        return;
    }
    m_round = round->id;
    m_journey = round->journeyId;
    m_rater = findRater(project, point->rater) ? point->rater : round->raters.front().id;
    m_journeyPage->selectJourney(m_journey);
    if (const Rater* rater = findRater(project, m_rater))
        m_journeyPage->setRaterName(rater->name);
    if (const Journey* journey = findJourney(project, m_journey)) {
        m_touchpointsPage->load(*journey);
        m_touchpointsSource = QStringLiteral("journey:%1").arg(m_journey);
        m_frameworksPage->setTouchpointCount(touchpointCount(*journey));
    }
    m_frameworksPage->load(project, &round->criteria);
    m_frameworksLoaded = true;

    const WalkPlan plan = walkPlan(project, m_round);
    int index = plan.indexOf(point->touchpoint, point->criterion);
    if (index < 0)
        index = std::max(0, firstUnanswered(project, m_round, m_rater, plan));
    m_walkPage->start(m_round, m_rater, index);
    goTo(Step::Walk);
}

void SelfAssessmentWizard::startNew()
{
    m_round = NoId;
    m_rater = NoId;
    m_frameworksLoaded = false;
    m_journeyPage->refresh();
    goTo(Step::Journey);
}

bool SelfAssessmentWizard::leaveJourney()
{
    if (const QString problem = m_journeyPage->problem(); !problem.isEmpty()) {
        setProblem(problem);
        return false;
    }
    setRaterName(m_journeyPage->raterName());
    const Project& project = m_document->project();
    if (m_journeyPage->usesExistingJourney()) {
        const QString source = QStringLiteral("journey:%1").arg(m_journeyPage->existingJourney());
        const Journey* journey = findJourney(project, m_journeyPage->existingJourney());
        if (!journey)
            return false;
        if (source != m_touchpointsSource)
            m_touchpointsPage->load(*journey);
        m_touchpointsSource = source;
    } else {
        const Journey journey = m_journeyPage->newJourney();
        QStringList stages;
        for (const Stage& stage : journey.stages)
            stages << stage.name;
        const QString source = QStringLiteral("new:") + stages.join(u'|');
        if (source != m_touchpointsSource)
            m_touchpointsPage->load(journey);
        m_touchpointsSource = source;
    }
    return true;
}

bool SelfAssessmentWizard::leaveTouchpoints()
{
    if (m_touchpointsPage->touchpointCount() == 0) {
        setProblem(tr("Add at least one touchpoint to rate."));
        return false;
    }
    const std::vector<TouchpointsPage::DraftStage> draft = m_touchpointsPage->draft();
    if (m_journeyPage->usesExistingJourney()) {
        m_journey = m_journeyPage->existingJourney();
        ProjectDocument::Batch batch(m_document, tr("Edit touchpoints"));
        for (const TouchpointsPage::DraftStage& stage : draft) {
            for (const TouchpointsPage::DraftTouchpoint& draftTouchpoint : stage.touchpoints) {
                if (draftTouchpoint.name.isEmpty())
                    continue;
                if (draftTouchpoint.id != NoId) {
                    m_document->set(draftTouchpoint.id, &Touchpoint::name, draftTouchpoint.name);
                    continue;
                }
                Touchpoint touchpoint;
                touchpoint.name = draftTouchpoint.name;
                touchpoint.channel = Channel::Other;
                m_document->addTouchpoint(stage.id, -1, touchpoint);
            }
        }
    } else {
        Journey journey = m_journeyPage->newJourney();
        for (size_t s = 0; s < journey.stages.size() && s < draft.size(); ++s) {
            for (const TouchpointsPage::DraftTouchpoint& draftTouchpoint : draft[s].touchpoints) {
                Touchpoint touchpoint;
                touchpoint.name = draftTouchpoint.name;
                touchpoint.channel = Channel::Other;
                journey.stages[s].touchpoints.push_back(touchpoint);
            }
        }
        m_journey = m_document->addJourney(journey);
        if (m_journey == NoId) {
            setProblem(tr("The journey could not be added."));
            return false;
        }
        m_journeyPage->selectJourney(m_journey);
    }
    // From now on the page edits the journey as the document holds it.
    const Project& project = m_document->project();
    const Journey* journey = findJourney(project, m_journey);
    m_touchpointsPage->load(*journey);
    m_touchpointsSource = QStringLiteral("journey:%1").arg(m_journey);
    if (!m_frameworksLoaded) {
        const Round* round = findRound(project, m_round);
        m_frameworksPage->load(project, round ? &round->criteria : nullptr);
        m_frameworksLoaded = true;
    }
    m_frameworksPage->setTouchpointCount(touchpointCount(*journey));
    return true;
}

bool SelfAssessmentWizard::startWalk()
{
    if (const QString problem = m_frameworksPage->problem(); !problem.isEmpty()) {
        setProblem(problem);
        return false;
    }
    const Project& project = m_document->project();
    if (findRound(project, m_round)) {
        if (!updateRound())
            return false;
    } else {
        m_round = m_document->addRound(
            selfAssessmentRound(project, m_journey, m_journeyPage->raterName(),
                                m_frameworksPage->chosen(), QDate::currentDate()));
        const Round* round = findRound(m_document->project(), m_round);
        if (!round || round->raters.empty()) {
            setProblem(tr("The self-assessment could not be started."));
            return false;
        }
        m_rater = round->raters.front().id;
    }
    const WalkPlan plan = walkPlan(m_document->project(), m_round);
    const int index = firstUnanswered(m_document->project(), m_round, m_rater, plan);
    m_walkPage->start(m_round, m_rater, std::max(0, index));
    goTo(Step::Walk);
    rememberPosition();
    return true;
}

bool SelfAssessmentWizard::updateRound()
{
    ProjectDocument::Batch batch(m_document, tr("Change the self-assessment"));
    const Round round = *findRound(m_document->project(), m_round);
    if (round.journeyId != m_journey && !m_document->set(m_round, &Round::journeyId, m_journey)) {
        setProblem(tr("This self-assessment already has answers for another journey. Close it "
                      "and start a new one to assess this journey."));
        return false;
    }
    const std::vector<RoundCriterion> chosen = m_frameworksPage->chosen();
    if (criterionIds(chosen) != criterionIds(round.criteria)) {
        // Criteria kept keep the weight and target the round took for them.
        std::vector<RoundCriterion> criteria;
        for (const RoundCriterion& criterion : chosen) {
            const RoundCriterion* kept = findRoundCriterion(round, criterion.criterionId);
            criteria.push_back(kept ? *kept : criterion);
        }
        if (!m_document->set(m_round, &Round::criteria, criteria)) {
            setProblem(tr("Some criteria you cleared already have answers. Tick them again to "
                          "go on, or start a new self-assessment."));
            return false;
        }
    }
    const Rater* rater = findRater(m_document->project(), m_rater);
    if (rater && rater->name != m_journeyPage->raterName())
        m_document->set(m_rater, &Rater::name, m_journeyPage->raterName());
    return true;
}

} // namespace js
