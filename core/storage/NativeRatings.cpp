#include "core/storage/NativeRatings.h"

#include "core/storage/NativeHandle.h"

#include <limits>
#include <sqlite3.h>

namespace js {

namespace {

// A statement prepared on a connection it does not own.
class Statement {
public:
    Statement(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite3_stmt* get() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
};

bool readRows(sqlite3_stmt* statement, std::map<RatingKey, Rating>* ratings)
{
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int column = 0; column < 5; ++column) {
            if (sqlite3_column_type(statement, column) != SQLITE_INTEGER)
                return false;
        }
        if (sqlite3_column_type(statement, 5) != SQLITE_TEXT)
            return false;
        const sqlite3_int64 score = sqlite3_column_int64(statement, 4);
        if (score < std::numeric_limits<int>::min() || score > std::numeric_limits<int>::max() ||
            !isValidScore(int(score)))
            return false;
        const RatingKey key{sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1),
                            sqlite3_column_int64(statement, 2), sqlite3_column_int64(statement, 3)};
        // As Qt's driver makes text of a column.
        Rating rating{int(score),
                      QString(reinterpret_cast<const QChar*>(sqlite3_column_text16(statement, 5)),
                              sqlite3_column_bytes16(statement, 5) / qsizetype(sizeof(QChar)))};
        // Stored in key order, as Journeyscope writes them, each one goes at
        // the end; one added later goes where it belongs.
        const std::size_t before = ratings->size();
        ratings->emplace_hint(ratings->end(), key, std::move(rating));
        if (ratings->size() == before)
            return false;
    }
    return step == SQLITE_DONE;
}

} // namespace

bool readRatingsNatively(const QSqlDatabase& database, std::map<RatingKey, Rating>* ratings)
{
    ratings->clear();
    sqlite3* db = sharedNativeHandle(database);
    if (!db)
        return false;
    const Statement statement(
        db, "SELECT round_id, rater_id, touchpoint_id, criterion_id, score, note FROM rating");
    if (statement.get() && readRows(statement.get(), ratings))
        return true;
    ratings->clear();
    return false;
}

} // namespace js
