#include "core/storage/ProjectFile.h"

#include "core/model/ProjectValidation.h"
#include "core/storage/FileProbe.h"
#include "core/storage/Migrations.h"
#include "core/storage/ProjectReader.h"
#include "core/storage/ProjectWriter.h"
#include "core/storage/Schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <cstdio>
#include <sqlite3.h>

namespace js {

namespace {

struct ProjectFileText {
    Q_DECLARE_TR_FUNCTIONS(js::ProjectFile)
};

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("journeyscope-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase& database, const QString& sql, QString* error)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

sqlite3* nativeHandle(const QSqlDatabase& database)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

// Replaces `target` by `source` in one step (rename), so that a reader never
// sees a half-written file. A journal left by an earlier file of that name
// would be rolled back into the new one: it goes first.
bool replaceFile(const QString& source, const QString& target, QString* error)
{
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) ==
        0)
        return true;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    QFile::remove(source);
    return false;
}

bool hasJournal(const QString& path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
}

// A process that died inside a transaction leaves a hot journal next to the
// file; the first read-write connection rolls it back and the file is whole
// again.
void recoverHotJournal(const QString& path)
{
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &connection, SQLITE_OPEN_READWRITE,
                        nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(connection, 2000);
        sqlite3_exec(connection, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close(connection);
}

// Whether a query failed because another connection holds a lock: SQLite's
// SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without extended bits.
bool isLockError(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED);
}

QString partPath(const QString& path)
{
    return path + QStringLiteral(".part");
}

bool writeNewFile(const QString& path, const Project& project, QString* error);

// Replacing a file that a live session holds would leave that session
// writing to a file nobody can see any more.
bool refuseIfOpenElsewhere(const QString& path, QString* error)
{
    if (!QFileInfo::exists(path))
        return false;
    QLockFile lock(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return false;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    *error = ProjectFileText::tr("the file is open in a Journeyscope window; close it there first");
    return true;
}

} // namespace

ProjectFile::~ProjectFile()
{
    closeConnection();
}

void ProjectFile::closeConnection()
{
    m_writer.reset();
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ProjectFile::openConnection(bool readOnly, QString* error, const QString& path)
{
    m_connection = newConnectionName();
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_database.setDatabaseName(path.isEmpty() ? m_path : path);
    m_database.setConnectOptions(
        readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!m_database.open()) {
        *error = m_database.lastError().text();
        return false;
    }
    // Never run SQL functions or virtual tables named in the schema itself.
    return exec(m_database, QStringLiteral("PRAGMA trusted_schema = OFF"), error) &&
           exec(m_database, QStringLiteral("PRAGMA foreign_keys = ON"), error);
}

OpenProblem ProjectFile::validateSchema(QString* detail)
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_master"))) {
        *detail = query.lastError().text();
        return isLockError(query.lastError()) ? OpenProblem::Busy : OpenProblem::Damaged;
    }
    QStringList tables;
    while (query.next()) {
        const QString type = query.value(0).toString();
        if (type == u"trigger" || type == u"view")
            return OpenProblem::Unsafe;
        if (type == u"table")
            tables << query.value(1).toString();
    }
    // A table of someone else's may stay, but not one whose foreign keys
    // would stop us deleting our own rows.
    for (const QString& table : std::as_const(tables)) {
        if (schema::tableNames().contains(table) || table.startsWith(u"sqlite_"))
            continue;
        QString quoted = table;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (query.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(quoted)) &&
            query.next())
            return OpenProblem::Unsafe;
    }
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        *detail = query.lastError().text();
        return isLockError(query.lastError()) ? OpenProblem::Busy : OpenProblem::Damaged;
    }
    if (query.value(0).toString() != u"ok") {
        *detail = ProjectFileText::tr("its internal structure is corrupt");
        return OpenProblem::Damaged;
    }
    return OpenProblem::None;
}

// Run after any migration: the tables the current schema reads from.
OpenProblem ProjectFile::checkTables(QString* detail)
{
    const QStringList tables = m_database.tables();
    for (const QString& table : schema::tableNames()) {
        if (!tables.contains(table)) {
            *detail = ProjectFileText::tr("the table “%1” is missing").arg(table);
            return OpenProblem::Damaged;
        }
    }
    return OpenProblem::None;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString& path, OpenResult* result,
                                               Access access, const SchemaHistory& history)
{
    auto fail = [&](OpenProblem problem, const QString& detail = {}) {
        result->problem = problem;
        result->readOnly = false;
        result->message = openMessage(problem, path, detail);
        return std::unique_ptr<ProjectFile>();
    };
    // A crash mid-flush can leave the header itself half-changed, so the
    // journal is rolled back before the header is judged; but only in a file
    // that is ours, not one of a newer major version (whose own Journeyscope
    // should repair it), and only where it may be changed.
    if (hasJournal(path) && isOurDatabase(path) &&
        probeFile(path, history.current).problem != OpenProblem::TooNew) {
        const QFileInfo info(path);
        if (access == Access::ReadWrite && info.isWritable() &&
            QFileInfo(info.absolutePath()).isWritable()) {
            recoverHotJournal(path);
        } else {
            // Another Journeyscope in the middle of a flush: its journal goes
            // within moments. One that stays is left by a crash.
            for (int i = 0; i < 10 && hasJournal(path); ++i)
                QThread::msleep(20);
            if (hasJournal(path))
                return fail(OpenProblem::NeedsRecovery);
        }
    }
    const FileProbe probe = probeFile(path, history.current);
    if (probe.problem != OpenProblem::None && probe.problem != OpenProblem::NewerMinor)
        return fail(probe.problem, probe.detail);

    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    OpenProblem readOnlyReason = probe.problem;
    if (access == Access::ReadOnly) {
        file->m_readOnly = true;
    } else if (readOnlyReason == OpenProblem::None) {
        const QFileInfo info(file->m_path);
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            readOnlyReason = OpenProblem::ReadOnlyFile;
        } else {
            file->m_lock = std::make_unique<QLockFile>(file->m_path + QStringLiteral(".lock"));
            file->m_lock->setStaleLockTime(0);
            if (!file->m_lock->tryLock(0)) {
                readOnlyReason = file->m_lock->error() == QLockFile::LockFailedError
                                     ? OpenProblem::Locked
                                     : OpenProblem::ReadOnlyFile;
                file->m_lock.reset();
            }
        }
    }
    if (readOnlyReason != OpenProblem::None)
        file->m_readOnly = true;
    file->m_readOnlyReason = readOnlyReason;

    QString detail;
    if (!file->openConnection(file->m_readOnly, &detail))
        return fail(OpenProblem::Damaged, detail);
    if (const OpenProblem problem = file->validateSchema(&detail); problem != OpenProblem::None)
        return fail(problem, detail);

    if (probe.version < history.current && !hasMigrationPath(probe.version, history))
        return fail(OpenProblem::CannotMigrate, QString::number(probe.version));
    if (probe.version < history.current && file->m_readOnly) {
        if (!file->readThroughUpdatedCopy(probe.version, history, &detail))
            return fail(OpenProblem::OlderReadOnly, detail);
    } else if (probe.version < history.current) {
        // Keep the file as it was before changing its schema.
        const QString backup = QStringLiteral("%1.v%2.bak").arg(file->m_path).arg(probe.version);
        QFile::remove(backup);
        if (!QFile::copy(file->m_path, backup))
            return fail(OpenProblem::CannotWrite,
                        ProjectFileText::tr("the backup copy could not be written"));
        if (!migrateTo(file->m_database, probe.version, history, &detail)) {
            // The file is as it was; the copy of it is not needed.
            QFile::remove(backup);
            return fail(OpenProblem::CannotWrite, detail);
        }
    }
    if (const OpenProblem problem = file->checkTables(&detail); problem != OpenProblem::None)
        return fail(problem, detail);

    file->m_currentVersion = history.current;
    file->m_changeCounter = fileChangeCounter(file->m_path);
    result->problem = readOnlyReason;
    result->readOnly = file->m_readOnly;
    result->message = access == Access::ReadOnly ? QString() : openMessage(readOnlyReason, path);
    if (!file->m_readOnly)
        file->m_writer = std::make_unique<ProjectWriter>(file->m_database);
    return file;
}

bool ProjectFile::readThroughUpdatedCopy(int version, const SchemaHistory& history, QString* error)
{
    m_scratch = std::make_unique<QTemporaryDir>();
    const QString copy = m_scratch->filePath(QStringLiteral("updated.journey"));
    if (!m_scratch->isValid() || !QFile::copy(m_path, copy)) {
        *error = ProjectFileText::tr("no room for a temporary copy");
        return false;
    }
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    closeConnection();
    return openConnection(false, error, copy) && migrateTo(m_database, version, history, error);
}

bool ProjectFile::create(const QString& path, const Project& project, QString* error)
{
    if (refuseIfOpenElsewhere(path, error))
        return false;
    return writeNewFile(path, project, error);
}

namespace {

// Writes the project into a new file beside `path` and puts it in place.
bool writeNewFile(const QString& path, const Project& project, QString* error)
{
    const QString part = partPath(path);
    QFile::remove(part);
    bool ok = false;
    {
        const QString connection = newConnectionName();
        {
            QSqlDatabase database =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(part);
            ok = database.open();
            if (!ok)
                *error = database.lastError().text();
            ok = ok &&
                 exec(database,
                      QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId),
                      error) &&
                 exec(database,
                      QStringLiteral("PRAGMA user_version = %1").arg(schema::CurrentVersion),
                      error) &&
                 exec(database, QStringLiteral("PRAGMA journal_mode = DELETE"), error) &&
                 exec(database, QStringLiteral("PRAGMA foreign_keys = ON"), error);
            if (ok && database.transaction()) {
                for (const QString& statement : schema::createStatements()) {
                    if (!(ok = exec(database, statement, error)))
                        break;
                }
                if (ok) {
                    ProjectWriter writer(database);
                    ok = writer.writeAll(project);
                    if (!ok)
                        *error = writer.error();
                }
                ok = ok && database.commit();
                if (!ok)
                    database.rollback();
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (!ok) {
        QFile::remove(part);
        return false;
    }
    return replaceFile(part, path, error);
}

} // namespace

std::optional<Project> ProjectFile::load(QString* error)
{
    std::optional<Project> project = readProject(m_database, error);
    if (project) {
        if (const QString problem = validateProject(*project); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    return project;
}

bool ProjectFile::flush(const Project& project, const ChangeSet& changes, QString* error)
{
    if (m_readOnly) {
        *error = openMessage(OpenProblem::ReadOnlyFile, m_path);
        return false;
    }
    if (changes.empty())
        return true;
    if (m_connectionSuspect && !reconnect(project, error))
        return false;
    if (!m_writer) {
        *error = ProjectFileText::tr("the file is not open");
        return false;
    }
    // A full disk is worth retrying on the same connection; anything else may
    // mean the file is gone from under it.
    auto failed = [this](const QSqlError& sqlError, const QString& message, QString* out) {
        bool known = false;
        const int code = sqlError.nativeErrorCode().toInt(&known);
        m_connectionSuspect = !known || (code & 0xff) != SQLITE_FULL;
        *out = message;
        m_database.rollback();
        return false;
    };
    if (!m_database.transaction())
        return failed(m_database.lastError(), m_database.lastError().text(), error);
    if (!m_writer->apply(project, changes))
        return failed(m_writer->sqlError(), m_writer->error(), error);
    if (!m_database.commit())
        return failed(m_database.lastError(), m_database.lastError().text(), error);
    m_changeCounter = fileChangeCounter(m_path);
    return true;
}

bool ProjectFile::reacquireLock(QString* error)
{
    if (!m_lock)
        return true;
    // A lock file that is there is either still ours, or another window's:
    // never delete someone else's.
    QLockFile probe(m_path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host;
    QString application;
    if (probe.getLockInfo(&pid, &host, &application)) {
        if (pid == QCoreApplication::applicationPid() && host == QSysInfo::machineHostName())
            return true;
        *error = ProjectFileText::tr(
            "the file is open in another Journeyscope window; close it there first");
        return false;
    }
    // Ours went with the folder (a drive pulled out): take it again.
    m_lock.reset();
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return true;
    *error = ProjectFileText::tr(
        "the file is open in another Journeyscope window; close it there first");
    return false;
}

bool ProjectFile::reconnect(const Project& project, QString* error)
{
    closeConnection();
    const QFileInfo info(m_path);
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir()) {
        *error = ProjectFileText::tr("its folder cannot be reached");
        return false;
    }
    if (!reacquireLock(error))
        return false;
    if (!info.exists()) {
        // The file went, its folder is still there: the project in memory is
        // the only copy left, so it is written anew.
        if (!writeNewFile(m_path, project, error))
            return false;
    } else {
        // An unfinished write of ours is undone first, so that the file is
        // as the last successful flush left it; then it must be that file,
        // not a backup or another project put in its place.
        if (hasJournal(m_path) && isOurDatabase(m_path))
            recoverHotJournal(m_path);
        if (probeFile(m_path, m_currentVersion).problem != OpenProblem::None ||
            fileChangeCounter(m_path) != m_changeCounter) {
            *error =
                ProjectFileText::tr("another file has taken its place, which is left as it is");
            return false;
        }
    }
    QString detail;
    if (!openConnection(false, &detail) || validateSchema(&detail) != OpenProblem::None ||
        checkTables(&detail) != OpenProblem::None) {
        closeConnection();
        *error = detail;
        return false;
    }
    m_changeCounter = fileChangeCounter(m_path);
    m_writer = std::make_unique<ProjectWriter>(m_database);
    m_connectionSuspect = false;
    return true;
}

bool ProjectFile::canCopyNatively() const
{
    QSqlQuery query(m_database);
    if (!nativeHandle(m_database) || !query.exec(QStringLiteral("SELECT sqlite_version()")) ||
        !query.next())
        return false;
    return query.value(0).toString() == QString::fromLatin1(sqlite3_libversion());
}

bool ProjectFile::saveCopyAs(const QString& path, QString* error)
{
    sqlite3* source = nativeHandle(m_database);
    if (!source) {
        *error = ProjectFileText::tr("no SQLite connection");
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == m_path) {
        *error = ProjectFileText::tr("this is the file the project is in already");
        return false;
    }
    if (refuseIfOpenElsewhere(path, error))
        return false;
    const QString part = partPath(path);
    QFile::remove(part);
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(part).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(part);
        return false;
    }
    return replaceFile(part, path, error);
}

QString ProjectFile::integrityCheck()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next() && problems.size() < 5)
        problems << query.value(0).toString();
    return problems.join(u"; ");
}

} // namespace js
