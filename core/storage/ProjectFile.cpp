// Opening a .journey file, one step after another, and flushing changes to
// it. The steps live in core/storage/open/; writing whole files (create,
// Save as) in ProjectFileCopies.cpp.
#include "core/storage/ProjectFile.h"

#include "core/storage/FileProbe.h"
#include "core/storage/NativeHandle.h"
#include "core/storage/NewFile.h"
#include "core/storage/ProjectReader.h"
#include "core/storage/ProjectWriter.h"
#include "core/storage/open/FileLock.h"
#include "core/storage/open/HotJournal.h"
#include "core/storage/open/MigrateOnOpen.h"
#include "core/storage/open/QuickCheck.h"
#include "core/storage/open/SchemaCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

#include <sqlite3.h>

namespace js {

namespace {

struct ProjectFileText {
    Q_DECLARE_TR_FUNCTIONS(js::ProjectFile)
};

// The header alone says the file cannot be opened (a newer minor version
// opens, read-only).
bool refusedByHeader(const FileProbe& probe)
{
    return probe.problem != OpenProblem::None && probe.problem != OpenProblem::NewerMinor;
}

// checkTables and load, with quick_check beside them on a connection of its
// own in another thread when that is safe (sharedNativeHandle), else before
// them; its verdict comes first either way.
StepResult checkTablesAndLoad(QSqlDatabase& database, std::optional<Project>* project,
                              QString* loadError)
{
    std::optional<BackgroundQuickCheck> check;
    if (sharedNativeHandle(database))
        check.emplace(database.databaseName());
    else if (StepResult step = quickCheck(database); !step.ok())
        return step;
    const StepResult tables = checkTables(database);
    if (tables.ok())
        *project = loadProject(database, loadError);
    if (check) {
        // No verdict (the file busy, an error): the check on the connection
        // itself says what is wrong, as opening always has.
        const std::optional<bool> verdict = check->verdict();
        if (StepResult step = verdict ? quickCheckVerdict(*verdict) : quickCheck(database);
            !step.ok()) {
            project->reset();
            return step;
        }
    }
    return tables;
}

} // namespace

ProjectFile::~ProjectFile()
{
    closeConnection();
}

void ProjectFile::closeConnection()
{
    m_writer.reset();
    m_connection.close();
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString& path, OpenResult* result,
                                               Access access, const SchemaHistory& history)
{
    return openSteps(path, result, access, history, nullptr);
}

std::unique_ptr<ProjectFile> ProjectFile::openAndLoad(const QString& path, OpenResult* result,
                                                      std::optional<Project>* project,
                                                      QString* loadError)
{
    const LoadRequest load{project, loadError};
    return openSteps(path, result, Access::ReadWrite, SchemaHistory::shipped(), &load);
}

std::unique_ptr<ProjectFile> ProjectFile::openSteps(const QString& path, OpenResult* result,
                                                    Access access, const SchemaHistory& history,
                                                    const LoadRequest* load)
{
    auto fail = [&](const StepResult& step) {
        result->problem = step.problem;
        result->readOnly = false;
        result->message = openMessage(step.problem, path, step.detail);
        return std::unique_ptr<ProjectFile>();
    };
    const bool forEditing = access == Access::ReadWrite;

    // 1. Probe: what the first 100 bytes say, read without SQLite.
    FileProbe probe = probeFile(path, history.current);
    // 2. Recover: a hot journal is rolled back before the probe is judged,
    // since a crash mid-flush can leave the header itself half-changed.
    if (StepResult step = recoverHotJournal(path, forEditing && canWriteFileAndFolder(path),
                                            history.current, &probe);
        !step.ok())
        return fail(step);
    if (refusedByHeader(probe))
        return fail({probe.problem, probe.detail});

    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_path = QFileInfo(path).absoluteFilePath();
    // 3. Lock, for editing; a newer minor version is never written.
    OpenProblem readOnlyReason = probe.problem;
    if (forEditing && readOnlyReason == OpenProblem::None)
        readOnlyReason = lockForEditing(file->m_path, &file->m_lock);
    file->m_readOnly = !forEditing || readOnlyReason != OpenProblem::None;
    file->m_readOnlyReason = readOnlyReason;

    // 4. Connect.
    QSqlDatabase& database = file->m_connection.database();
    if (StepResult step = file->m_connection.open(file->m_path, file->m_readOnly); !step.ok())
        return fail(step);
    // 5. Validate: what the schema holds, then quick_check; that runs beside
    // the load (7) when the project is wanted and no migration comes between.
    const bool checkWhileLoading = load && probe.version >= history.current;
    if (StepResult step = checkSchemaObjects(database); !step.ok())
        return fail(step);
    if (!checkWhileLoading) {
        if (StepResult step = quickCheck(database); !step.ok())
            return fail(step);
    }
    // 6. Migrate; then the tables the current schema reads from must all be
    // there.
    if (StepResult step = migrateOnOpen(file->m_connection, file->m_path, probe.version,
                                        file->m_readOnly, history, &file->m_scratch);
        !step.ok())
        return fail(step);
    if (checkWhileLoading) {
        if (StepResult step = checkTablesAndLoad(database, load->project, load->error); !step.ok())
            return fail(step);
    } else if (StepResult step = checkTables(database); !step.ok()) {
        return fail(step);
    }

    // 7. Load: for openAndLoad() here, unless it ran beside the quick_check
    // above; for open() later, through load(). The file is ready.
    file->m_currentVersion = history.current;
    file->m_changeCounter = fileChangeCounter(file->m_path);
    result->problem = readOnlyReason;
    result->readOnly = file->m_readOnly;
    result->message = forEditing ? openMessage(readOnlyReason, path) : QString();
    if (!file->m_readOnly)
        file->m_writer = std::make_unique<ProjectWriter>(database);
    if (load && !checkWhileLoading)
        *load->project = file->load(load->error);
    return file;
}

std::optional<Project> ProjectFile::load(QString* error)
{
    return loadProject(m_connection.database(), error);
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
    QSqlDatabase& database = m_connection.database();
    // A full disk is worth retrying on the same connection; anything else may
    // mean the file is gone from under it.
    auto failed = [&](const QSqlError& sqlError, const QString& message) {
        bool known = false;
        const int code = sqlError.nativeErrorCode().toInt(&known);
        m_connectionSuspect = !known || (code & 0xff) != SQLITE_FULL;
        *error = message;
        database.rollback();
        return false;
    };
    if (!database.transaction())
        return failed(database.lastError(), database.lastError().text());
    if (!m_writer->apply(project, changes))
        return failed(m_writer->sqlError(), m_writer->error());
    if (!database.commit())
        return failed(database.lastError(), database.lastError().text());
    m_changeCounter = fileChangeCounter(m_path);
    return true;
}

bool ProjectFile::reconnect(const Project& project, QString* error)
{
    closeConnection();
    const QFileInfo info(m_path);
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir()) {
        *error = ProjectFileText::tr("its folder cannot be reached");
        return false;
    }
    if (!reacquireLock(m_path, &m_lock, error))
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
        if (hasHotJournal(m_path) && isOurDatabase(m_path))
            rollBackHotJournal(m_path);
        if (probeFile(m_path, m_currentVersion).problem != OpenProblem::None ||
            fileChangeCounter(m_path) != m_changeCounter) {
            *error =
                ProjectFileText::tr("another file has taken its place, which is left as it is");
            return false;
        }
    }
    // Connect and validate as opening does.
    StepResult step = m_connection.open(m_path, false);
    if (step.ok())
        step = validateSchema(m_connection.database());
    if (step.ok())
        step = checkTables(m_connection.database());
    if (!step.ok()) {
        closeConnection();
        *error = step.detail;
        return false;
    }
    m_changeCounter = fileChangeCounter(m_path);
    m_writer = std::make_unique<ProjectWriter>(m_connection.database());
    m_connectionSuspect = false;
    return true;
}

QString ProjectFile::integrityCheck()
{
    return js::integrityCheck(m_connection.database());
}

} // namespace js
