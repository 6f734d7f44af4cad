#include "core/storage/NativeHandle.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace js {

sqlite3* sharedNativeHandle(const QSqlDatabase& database)
{
    if (!database.isOpen())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next() ||
        query.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    // The same release could still be a second copy (a Qt that bundles its
    // own SQLite): each copy has its own default VFS object.
    sqlite3* db = *static_cast<sqlite3* const*>(handle.data());
    sqlite3_vfs* vfs = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK ||
        vfs != sqlite3_vfs_find(nullptr))
        return nullptr;
    return db;
}

} // namespace js
