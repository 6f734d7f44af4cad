#pragma once

#include "core/model/Rating.h"

#include <QString>

#include <map>

namespace js {

// Reads every row of the rating table of the database file `file` into
// `*ratings` through a read-only connection of SQLite's own (with the
// settings of every connection of Journeyscope's), in the table's stored
// order, without Qt's driver turning each value into a QVariant first: for a
// large project that is most of the time an open takes. True only when every
// row reads cleanly as Qt's driver would read it: whole numbers in the id and
// score columns, text in the note, each key once and each score valid.
// Otherwise false with `*ratings` empty, and the caller reads the table
// through Qt as before, which then says what is wrong.
bool readRatingsNatively(const QString& file, std::map<RatingKey, Rating>* ratings);

} // namespace js
