#include "core/storage/NativeRatings.h"

#include <QFile>

#include <limits>
#include <sqlite3.h>

namespace js {

namespace {

class NativeConnection {
public:
    explicit NativeConnection(const QString& file)
    {
        if (sqlite3_open_v2(QFile::encodeName(file).constData(), &m_db, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            return;
        sqlite3_busy_timeout(m_db, 2000);
        m_ok = sqlite3_exec(m_db, "PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON", nullptr,
                            nullptr, nullptr) == SQLITE_OK;
    }
    ~NativeConnection()
    {
        sqlite3_finalize(m_statement);
        sqlite3_close(m_db);
    }
    NativeConnection(const NativeConnection&) = delete;
    NativeConnection& operator=(const NativeConnection&) = delete;

    sqlite3_stmt* prepare(const char* sql)
    {
        if (m_ok && sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return m_statement;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    bool m_ok = false;
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

bool readRatingsNatively(const QString& file, std::map<RatingKey, Rating>* ratings)
{
    ratings->clear();
    if (file.isEmpty() || file == u":memory:")
        return false;
    NativeConnection connection(file);
    sqlite3_stmt* statement = connection.prepare(
        "SELECT round_id, rater_id, touchpoint_id, criterion_id, score, note FROM rating");
    if (statement && readRows(statement, ratings))
        return true;
    ratings->clear();
    return false;
}

} // namespace js
