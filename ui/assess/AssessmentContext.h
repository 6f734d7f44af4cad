#pragma once

#include "core/analysis/AnalysisCache.h"
#include "core/model/Id.h"

#include <QObject>

namespace js {

class ProjectDocument;
struct Round;

// Which round the window shows and which rater types into it: shared by the
// grid, the focus view and the map's heat colours, so that they agree. The
// round follows the document: when it goes, the latest round of the same
// journey (or any) takes its place; when the rater goes, the first rater.
class AssessmentContext : public QObject {
    Q_OBJECT

public:
    explicit AssessmentContext(ProjectDocument* document, QObject* parent = nullptr);

    ProjectDocument* document() const { return m_document; }
    Id round() const { return m_round; }
    Id rater() const { return m_rater; }
    // The round, or nullptr when the project has none.
    const Round* currentRound() const;
    bool isLocked() const;

    void setRound(Id round);
    // A rater of the current round, or NoId for all raters (the aggregate).
    void setRater(Id rater);

    // The statistics of a round (by default the current one) at the document's
    // revision: computed once per change, however many views ask.
    const analysis::RoundResults& results(Id round = NoId) const;

    // The latest round by date of a journey (the later one in the list on a
    // tie); NoId when it has none. For any journey with NoId.
    static Id latestRound(const ProjectDocument& document, Id journey);

Q_SIGNALS:
    void roundChanged(js::Id round);
    void raterChanged(js::Id rater);

private:
    void repair();

    ProjectDocument* m_document;
    Id m_round = NoId;
    Id m_rater = NoId;
    mutable analysis::AnalysisCache m_cache;
};

} // namespace js
