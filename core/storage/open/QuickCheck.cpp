#include "core/storage/open/QuickCheck.h"

#include <QFile>

#include <cstring>
#include <sqlite3.h>

namespace js {

namespace {

std::optional<bool> quickCheck(const QByteArray& file)
{
    std::optional<bool> verdict;
    sqlite3* db = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
        sqlite3_busy_timeout(db, 2000) == SQLITE_OK &&
        sqlite3_exec(db, "PRAGMA trusted_schema = OFF; PRAGMA foreign_keys = ON", nullptr, nullptr,
                     nullptr) == SQLITE_OK &&
        sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        verdict = text && std::strcmp(text, "ok") == 0;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return verdict;
}

} // namespace

BackgroundQuickCheck::BackgroundQuickCheck(const QString& file)
    : m_thread([this, name = QFile::encodeName(file)] { m_verdict = quickCheck(name); })
{}

BackgroundQuickCheck::~BackgroundQuickCheck()
{
    if (m_thread.joinable())
        m_thread.join();
}

std::optional<bool> BackgroundQuickCheck::verdict()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_verdict;
}

} // namespace js
