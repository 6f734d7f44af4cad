#include "core/storage/ProjectSession.h"

#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectFile.h"

#include <QFileInfo>

namespace js {

ProjectSession::ProjectSession(std::unique_ptr<ProjectFile> file,
                               std::unique_ptr<ProjectDocument> document)
    : m_file(std::move(file))
    , m_document(std::move(document))
    , m_tracker(std::make_unique<ChangeTracker>(m_document.get()))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProjectSession::flushNow);
    connect(m_tracker.get(), &ChangeTracker::changed, this, &ProjectSession::changed);
}

ProjectSession::~ProjectSession()
{
    if (!m_file->isReadOnly())
        flushNow();
    m_tracker.reset();
    m_document->undoStack()->clear();
}

std::unique_ptr<ProjectSession> ProjectSession::open(const QString& path, OpenResult* result)
{
    std::optional<Project> project;
    QString error;
    std::unique_ptr<ProjectFile> file = ProjectFile::openAndLoad(path, result, &project, &error);
    if (!file)
        return nullptr;
    if (!project) {
        result->problem = OpenProblem::Damaged;
        result->readOnly = false;
        result->message = openMessage(OpenProblem::Damaged, path, error);
        return nullptr;
    }
    auto document = std::make_unique<ProjectDocument>(std::move(*project));
    return std::unique_ptr<ProjectSession>(
        new ProjectSession(std::move(file), std::move(document)));
}

std::unique_ptr<ProjectSession> ProjectSession::create(const QString& path, const Project& project,
                                                       QString* error)
{
    if (!ProjectFile::create(path, project, error))
        return nullptr;
    OpenResult result;
    std::unique_ptr<ProjectSession> session = open(path, &result);
    if (!session)
        *error = result.message;
    return session;
}

QString ProjectSession::path() const
{
    return m_file->location();
}

bool ProjectSession::isReadOnly() const
{
    return m_file->isReadOnly();
}

bool ProjectSession::hasUnflushedChanges() const
{
    return m_tracker->hasChanges();
}

void ProjectSession::setFlushDelay(int milliseconds)
{
    m_delay = milliseconds;
}

void ProjectSession::changed()
{
    if (m_file->isReadOnly())
        return;
    if (!m_pendingSince.isValid())
        m_pendingSince.start();
    // Many changes at once (a live session's phones) are written at once, so
    // that no single flush grows long enough to hold up the window.
    const ChangeSet& pending = m_tracker->pending();
    if (pending.ratings.size() + pending.entities.size() >= EarlyFlushChanges) {
        m_timer.start(0);
        return;
    }
    // Wait for a pause in typing, but never let an edit wait past two delays.
    const qint64 waited = m_pendingSince.elapsed();
    m_timer.start(int(std::max<qint64>(0, std::min<qint64>(m_delay, 2 * m_delay - waited))));
}

bool ProjectSession::flushNow()
{
    m_timer.stop();
    if (!m_tracker->hasChanges())
        return true;
    const ChangeSet changes = m_tracker->take();
    QString error;
    if (!m_file->flush(m_document->project(), changes, &error)) {
        m_tracker->restore(changes);
        m_lastError = tr("Your changes could not be written to “%1” (%2), so they are kept in "
                         "memory and written as soon as that works again: check that the drive is "
                         "there and has space, or use File > Save as.")
                          .arg(m_file->location(), error);
        // Retry later rather than on every keystroke.
        m_timer.start(5000);
        Q_EMIT flushFailed(m_lastError);
        return false;
    }
    m_pendingSince.invalidate();
    m_lastError.clear();
    Q_EMIT flushed();
    return true;
}

bool ProjectSession::saveAs(const QString& path, QString* error)
{
    if (QFileInfo(path).absoluteFilePath() == m_file->location() && !m_file->isReadOnly()) {
        if (flushNow())
            return true;
        *error = m_lastError;
        return false;
    }
    if (m_file->readOnlyReason() == OpenProblem::NewerMinor) {
        *error = tr("“%1” was made by a newer Journeyscope, so a copy made here would leave out "
                    "what this version does not know: update Journeyscope to work on it.")
                     .arg(QFileInfo(m_file->location()).fileName());
        return false;
    }
    // When the file cannot be written (a full disk, a vanished drive), the
    // project in memory is what is saved.
    if (!m_file->isReadOnly())
        flushNow();
    QString detail;
    const bool copied =
        m_file->isReadOnly() || m_tracker->hasChanges() || !m_file->canCopyNatively()
            // Nothing reliable to copy from the file: write the model out.
            ? ProjectFile::create(path, m_document->project(), &detail)
            : m_file->saveCopyAs(path, &detail);
    if (!copied) {
        *error = openMessage(OpenProblem::CannotWrite, path, detail);
        return false;
    }
    OpenResult result;
    std::unique_ptr<ProjectFile> file = ProjectFile::open(path, &result);
    if (!file || file->isReadOnly()) {
        *error = result.message;
        return false;
    }
    m_file = std::move(file);
    m_tracker->take();
    Q_EMIT pathChanged(m_file->location());
    return true;
}

} // namespace js
