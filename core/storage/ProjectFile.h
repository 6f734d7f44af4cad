#pragma once

#include "core/storage/Migrations.h"
#include "core/storage/OpenResult.h"
#include "core/storage/ProjectStorage.h"
#include "core/storage/open/Connection.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace js {

class ProjectWriter;

// A .journey file: a SQLite database marked with our application id, the
// schema version in user_version, rollback journal, foreign keys on,
// trusted_schema off. Opening validates and never changes a file it refuses:
// it runs the steps in core/storage/open/ in order (see open()).
class ProjectFile : public ProjectStorage {
public:
    enum class Access {
        ReadWrite, // lock the file for this process; read-only when that cannot be
        ReadOnly,  // never write, never lock (viewing, `journeyscope check`)
    };

    ~ProjectFile() override;

    static std::unique_ptr<ProjectFile>
    open(const QString& path, OpenResult* result, Access access = Access::ReadWrite,
         const SchemaHistory& history = SchemaHistory::shipped());
    // open() for editing and then load(), in one go: the same steps and the
    // same outcome, but the file's quick_check runs while the project is
    // read. When the file opens, `*project` is the project, or nullopt with
    // `*loadError` saying why it cannot be loaded.
    static std::unique_ptr<ProjectFile> openAndLoad(const QString& path, OpenResult* result,
                                                    std::optional<Project>* project,
                                                    QString* loadError);
    // Writes a new file holding the project; an existing file at the path is
    // replaced only once the new one is complete.
    static bool create(const QString& path, const Project& project, QString* error);

    QString location() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    // Why the file is read-only (None when it is not, or was opened for viewing).
    OpenProblem readOnlyReason() const { return m_readOnlyReason; }
    std::optional<Project> load(QString* error) override;
    bool flush(const Project& project, const ChangeSet& changes, QString* error) override;
    bool saveCopyAs(const QString& path, QString* error) override;
    // Whether saveCopyAs can use SQLite's backup API on this connection: only
    // when Qt's SQLite driver and Journeyscope use the same SQLite library.
    bool canCopyNatively() const;

    // PRAGMA integrity_check: "ok" or the first problems found.
    QString integrityCheck();
    QSqlDatabase database() const { return m_connection.database(); }

private:
    struct LoadRequest {
        std::optional<Project>* project = nullptr;
        QString* error = nullptr;
    };

    ProjectFile() = default;
    static std::unique_ptr<ProjectFile> openSteps(const QString& path, OpenResult* result,
                                                  Access access, const SchemaHistory& history,
                                                  const LoadRequest* load);
    void closeConnection();
    // After a failed flush the connection may point at a file that is gone
    // (a USB stick pulled out, the file deleted): open the path again, and
    // write the project anew there if only its folder is left.
    bool reconnect(const Project& project, QString* error);

    QString m_path;
    Connection m_connection;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QTemporaryDir> m_scratch; // the updated copy of an older read-only file
    std::unique_ptr<ProjectWriter> m_writer;
    bool m_readOnly = false;
    OpenProblem m_readOnlyReason = OpenProblem::None;
    bool m_connectionSuspect = false;
    int m_currentVersion = schema::CurrentVersion;
    // SQLite's change counter as the last write of ours left it.
    quint32 m_changeCounter = 0;
};

} // namespace js
