#include "core/analysis/NameMatching.h"

#include "core/model/ProjectQueries.h"

#include <QHash>

#include <algorithm>

namespace js {

namespace {

// A name with case, accents, punctuation and spacing left out: "Check-out
// página" -> "checkoutpagina".
QString looseName(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
    QString loose;
    loose.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber())
            loose.append(c.toCaseFolded());
    }
    return loose;
}

// Edits from one name to the other: a letter added, left out, changed, or
// two neighbours swapped ("Checkuot"), each one edit.
int editDistance(QStringView a, QStringView b)
{
    const qsizetype width = b.size() + 1;
    std::vector<int> before(width), previous(width), row(width);
    for (qsizetype j = 0; j < width; ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            row[j] = std::min(
                {previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return previous[b.size()];
}

// How far apart two loose names are when they are close, or -1: the same
// letters (0), one holding the other (the letters between), or a few edits.
int closeness(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return -1;
    if (a == b)
        return 0;
    const QString& shorter = a.size() <= b.size() ? a : b;
    const QString& longer = a.size() <= b.size() ? b : a;
    if (shorter.size() >= 4 && longer.contains(shorter))
        return static_cast<int>(longer.size() - shorter.size());
    const int allowed = std::max<int>(1, static_cast<int>(longer.size()) / 5);
    if (longer.size() - shorter.size() > allowed)
        return -1;
    const int distance = editDistance(a, b);
    return distance <= allowed ? distance : -1;
}

} // namespace

QString normalizedName(QStringView name)
{
    return name.toString().toCaseFolded().simplified();
}

std::vector<NameMatch> matchTouchpoints(const Journey& journey, const QStringList& names)
{
    struct Candidate {
        Id id;
        QString normalized;
        QString loose;
    };
    std::vector<Candidate> candidates;
    QHash<QString, Id> byName;
    for (const Stage& stage : journey.stages) {
        for (const Touchpoint& touchpoint : stage.touchpoints) {
            const QString normalized = normalizedName(touchpoint.name);
            candidates.push_back({touchpoint.id, normalized, looseName(touchpoint.name)});
            if (!byName.contains(normalized))
                byName.insert(normalized, touchpoint.id);
        }
    }

    std::vector<NameMatch> matches;
    matches.reserve(names.size());
    for (const QString& name : names) {
        NameMatch match;
        match.name = name;
        match.touchpoint = byName.value(normalizedName(name), NoId);
        if (match.touchpoint == NoId) {
            const QString loose = looseName(name);
            std::vector<std::pair<int, Id>> close;
            for (const Candidate& candidate : candidates) {
                const int distance = closeness(loose, candidate.loose);
                if (distance >= 0)
                    close.emplace_back(distance, candidate.id);
            }
            std::stable_sort(close.begin(), close.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            for (const auto& [distance, id] : close)
                match.close.push_back(id);
        }
        matches.push_back(std::move(match));
    }
    return matches;
}

} // namespace js
