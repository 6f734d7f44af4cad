#include "ui/assess/AssessmentContext.h"

#include "core/document/ProjectDocument.h"

namespace js {

AssessmentContext::AssessmentContext(ProjectDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &ProjectDocument::changed, this, [this](const ChangeEvent& event) {
        if (event.kind == EntityKind::Round || event.kind == EntityKind::Rater ||
            event.kind == EntityKind::Journey)
            repair();
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_round = NoId;
        m_rater = NoId;
        repair();
    });
    repair();
}

const Round* AssessmentContext::currentRound() const
{
    return findRound(m_document->project(), m_round);
}

const analysis::RoundResults& AssessmentContext::results(Id round) const
{
    return m_cache.results(m_document->project(), m_document->revision(),
                           round == NoId ? m_round : round);
}

bool AssessmentContext::isLocked() const
{
    const Round* round = currentRound();
    return round && round->locked;
}

void AssessmentContext::setRound(Id round)
{
    if (round == m_round || (round != NoId && !findRound(m_document->project(), round)))
        return;
    m_round = round;
    Q_EMIT roundChanged(m_round);
    const Round* current = currentRound();
    const Id rater = current && !current->raters.empty() ? current->raters.front().id : NoId;
    if (rater != m_rater) {
        m_rater = rater;
        Q_EMIT raterChanged(m_rater);
    }
}

void AssessmentContext::setRater(Id rater)
{
    const Round* round = currentRound();
    if (rater == m_rater || (rater != NoId && (!round || !findById(round->raters, rater))))
        return;
    m_rater = rater;
    Q_EMIT raterChanged(m_rater);
}

Id AssessmentContext::latestRound(const ProjectDocument& document, Id journey)
{
    const Round* latest = nullptr;
    for (const Round& round : document.project().rounds) {
        if (journey != NoId && round.journeyId != journey)
            continue;
        if (!latest || !(round.date < latest->date))
            latest = &round;
    }
    return latest ? latest->id : NoId;
}

void AssessmentContext::repair()
{
    if (!currentRound()) {
        const Id next = latestRound(*m_document, NoId);
        const bool had = m_round != NoId;
        m_round = NoId;
        if (next != NoId)
            setRound(next);
        else if (had)
            Q_EMIT roundChanged(NoId);
        return;
    }
    const Round* round = currentRound();
    if (m_rater != NoId && !findById(round->raters, m_rater)) {
        m_rater = round->raters.empty() ? NoId : round->raters.front().id;
        Q_EMIT raterChanged(m_rater);
    }
}

} // namespace js
