#include "core/storage/open/MigrateOnOpen.h"

#include "core/storage/open/Connection.h"

#include <QCoreApplication>
#include <QFile>

namespace js {

namespace {

struct ProjectFileText {
    Q_DECLARE_TR_FUNCTIONS(js::ProjectFile)
};

// Keeps the file as it was before changing its schema.
StepResult migrateWithBackup(Connection& connection, const QString& path, int version,
                             const SchemaHistory& history)
{
    const QString backup = backupPath(path, version);
    QFile::remove(backup);
    if (!QFile::copy(path, backup))
        return {OpenProblem::CannotWrite,
                ProjectFileText::tr("the backup copy could not be written")};
    StepResult result;
    if (!migrateTo(connection.database(), version, history, &result.detail)) {
        // The file is as it was; the copy of it is not needed.
        QFile::remove(backup);
        result.problem = OpenProblem::CannotWrite;
    }
    return result;
}

// An older file that must stay read-only is read through a copy of it,
// updated to the current schema; the file itself is never touched.
StepResult readThroughUpdatedCopy(Connection& connection, const QString& path, int version,
                                  const SchemaHistory& history,
                                  std::unique_ptr<QTemporaryDir>* scratch)
{
    *scratch = std::make_unique<QTemporaryDir>();
    const QString copy = (*scratch)->filePath(QStringLiteral("updated.journey"));
    if (!(*scratch)->isValid() || !QFile::copy(path, copy))
        return {OpenProblem::OlderReadOnly, ProjectFileText::tr("no room for a temporary copy")};
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const StepResult opened = connection.open(copy, false);
    QString error = opened.detail;
    if (!opened.ok() || !migrateTo(connection.database(), version, history, &error))
        return {OpenProblem::OlderReadOnly, error};
    return {};
}

} // namespace

QString backupPath(const QString& path, int version)
{
    return QStringLiteral("%1.v%2.bak").arg(path).arg(version);
}

StepResult migrateOnOpen(Connection& connection, const QString& path, int version, bool readOnly,
                         const SchemaHistory& history, std::unique_ptr<QTemporaryDir>* scratch)
{
    if (version >= history.current)
        return {};
    if (!hasMigrationPath(version, history))
        return {OpenProblem::CannotMigrate, QString::number(version)};
    if (readOnly)
        return readThroughUpdatedCopy(connection, path, version, history, scratch);
    return migrateWithBackup(connection, path, version, history);
}

} // namespace js
