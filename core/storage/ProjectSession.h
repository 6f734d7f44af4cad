#pragma once

#include "core/model/Project.h"
#include "core/storage/ChangeTracker.h"
#include "core/storage/OpenResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace js {

class ProjectDocument;
class ProjectFile;

// An open project: the document and the file it lives in. Changes reach the
// file on their own, in one transaction, a moment after the user stops
// editing (within two seconds), on flushNow() (Ctrl+S) and on destruction.
// A failed flush keeps everything in memory, says why, and is retried.
class ProjectSession : public QObject {
    Q_OBJECT

public:
    ~ProjectSession() override;

    static std::unique_ptr<ProjectSession> open(const QString& path, OpenResult* result);
    // Writes the project to a new file at path and opens it.
    static std::unique_ptr<ProjectSession> create(const QString& path, const Project& project,
                                                  QString* error);

    ProjectDocument* document() const { return m_document.get(); }
    ProjectFile* file() const { return m_file.get(); }
    QString path() const;
    bool isReadOnly() const;
    bool hasUnflushedChanges() const;
    QString lastError() const { return m_lastError; }

    // Writes pending changes now; false (and flushFailed) when that failed.
    bool flushNow();
    // Copies the project to path (complete and consistent) and continues
    // there; on failure, `error` is one sentence for the user.
    bool saveAs(const QString& path, QString* error);

    // How long after the last edit a flush waits (default 750 ms); the first
    // pending edit is never older than twice that when flushed.
    void setFlushDelay(int milliseconds);
    // This many pending changes are flushed at once, without waiting for a
    // pause: a flush of 500 ratings takes a few milliseconds, one of 7,200
    // about fifty (docs/benchmarks.md, live rating).
    static constexpr std::size_t EarlyFlushChanges = 500;

Q_SIGNALS:
    void flushed();
    void flushFailed(const QString& message);
    void pathChanged(const QString& path);

private:
    ProjectSession(std::unique_ptr<ProjectFile> file, std::unique_ptr<ProjectDocument> document);
    void changed();

    std::unique_ptr<ProjectFile> m_file;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ChangeTracker> m_tracker;
    QTimer m_timer;
    QElapsedTimer m_pendingSince;
    int m_delay = 750;
    QString m_lastError;
};

} // namespace js
