#pragma once

#include "core/analysis/RoundResults.h"

#include <map>

namespace js::analysis {

// The results of the rounds a view asked for, computed once per revision of
// the document (ProjectDocument::revision() rises with every change): views
// read figures on paint without recomputing them.
//
// A reference it returns stays valid until the next call with another
// revision, or clear().
class AnalysisCache {
public:
    // The results of a round at this revision of the project: computed when
    // the revision differs from the one the cache holds (everything held is
    // dropped then) or the round was not asked for yet; else the same object
    // as before. An unknown round gives empty results.
    const RoundResults& results(const Project& project, quint64 revision, Id roundId);

    // The revision the held results were computed at; false before any call.
    bool holdsRevision(quint64 revision) const { return m_valid && m_revision == revision; }
    // How many rounds were computed since the cache was made (for tests and
    // benchmarks).
    int computations() const { return m_computations; }
    void clear();

private:
    std::map<Id, RoundResults> m_results;
    quint64 m_revision = 0;
    bool m_valid = false;
    int m_computations = 0;
};

} // namespace js::analysis
