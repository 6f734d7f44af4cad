#pragma once

#include <QString>
#include <QStringList>

namespace js::schema {

// "JSCP" in the SQLite header's application id field: marks the file as ours.
inline constexpr qint32 ApplicationId = 0x4A534350;

// PRAGMA user_version holds major * 1000 + minor. A reader refuses a newer
// major version and opens a newer minor version read-only.
// 1000: the first schema. 1001: lane.hidden. 2000: a round's own criteria
// (round_criterion), a required journey and a lock; target overrides.
inline constexpr int Major = 2;
inline constexpr int Minor = 0;
inline constexpr int CurrentVersion = Major * 1000 + Minor;
inline constexpr int FirstVersion = 1000;

inline constexpr int majorOf(int version)
{
    return version / 1000;
}

// The tables whose definition a migration repeats: a round, a target
// override, a criterion of a round.
QString roundTable(const QString& name);
QString targetTable();
QString roundCriterionTable();

// The statements that create the current schema in an empty database.
QStringList createStatements();

// The tables the current schema holds, parents before children.
QStringList tableNames();

} // namespace js::schema
