#include "core/model/Rating.h"

#include "core/model/Framework.h"

namespace js {

bool isValidScore(int score)
{
    return score == Rating::NotRated || score == Rating::NotApplicable ||
           (score >= MinScore && score <= MaxScore);
}

} // namespace js
