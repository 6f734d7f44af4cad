#pragma once

#include "core/model/Journey.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

// Names typed elsewhere (a survey's touchpoint column) matched to a journey's
// touchpoints.
namespace js {

// A name as matching compares it: case folded, spaces trimmed and runs of
// white space made one space.
QString normalizedName(QStringView name);

struct NameMatch {
    QString name;          // as given
    Id touchpoint = NoId;  // the touchpoint of the same normalized name, if any
    std::vector<Id> close; // otherwise: touchpoints with a close name, closest first
};

// Each name's match on the journey: the same name with case and spacing
// ignored, or close ones (punctuation and accents ignored, a few letters
// apart, or one name holding the other) for the user to confirm.
std::vector<NameMatch> matchTouchpoints(const Journey& journey, const QStringList& names);

} // namespace js
