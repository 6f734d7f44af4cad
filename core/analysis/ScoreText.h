#pragma once

#include <QString>

namespace js::analysis {

// A score as people read it, in the user's locale: "3.4".
QString scoreText(double score);
// A signed change to one decimal: "+0.6", "−0.3" (a real minus sign),
// "±0.0" for what rounds to nothing.
QString changeText(double change);
// The change between two scores as they read: the difference of the two
// rounded scores, so that "2.8 to 3.0" reads "+0.2" and never "+0.1".
double shownChange(double before, double after);

} // namespace js::analysis
