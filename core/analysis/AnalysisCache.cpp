#include "core/analysis/AnalysisCache.h"

namespace js::analysis {

const RoundResults& AnalysisCache::results(const Project& project, quint64 revision, Id roundId)
{
    if (!holdsRevision(revision)) {
        m_results.clear();
        m_revision = revision;
        m_valid = true;
    }
    auto it = m_results.find(roundId);
    if (it == m_results.end()) {
        it = m_results.emplace(roundId, computeRound(project, roundId)).first;
        ++m_computations;
    }
    return it->second;
}

void AnalysisCache::clear()
{
    m_results.clear();
    m_valid = false;
}

} // namespace js::analysis
