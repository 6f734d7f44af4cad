#pragma once

#include "core/model/Rating.h"

#include <QSqlDatabase>

#include <map>

namespace js {

// Reads every row of the rating table into `*ratings` with SQLite's own
// calls on the handle under `database` (sharedNativeHandle), in the table's
// stored order, without Qt's driver turning each value into a QVariant
// first: for a large project that is most of the time an open takes. On the
// same connection it sees what a query of Qt's would, an open transaction
// included. True only when every row reads cleanly as Qt's driver would
// read it: whole numbers in the id and score columns, text in the note, each
// key once and each score valid. Otherwise false with `*ratings` empty (also
// when the handle cannot be shared), and the caller reads the table through
// Qt as before, which then says what is wrong.
bool readRatingsNatively(const QSqlDatabase& database, std::map<RatingKey, Rating>* ratings);

} // namespace js
