// Opening a .journey file, as a consultant opens one a client mailed:
// the header probe, hot-journal recovery, the schema and integrity checks,
// migration of an older file, reading every table and the model's
// validation. The fuzzer's bytes are the file; bytes after the first
// JournalMarker are a rollback journal left beside it, as a crash in the
// middle of a flush leaves one. The file alone is opened read-only
// (`journeyscope check`, then load(); with a journal that would only wait
// 200 ms and report it), then, with its journal, for editing as the window
// opens it (openAndLoad, with the quick_check beside the load), which may
// roll the journal back, migrate the file and write a backup beside it.

#include "FuzzSupport.h"
#include "core/storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

JOURNEYSCOPE_FUZZ_STARTS_QT

namespace {

const QTemporaryDir& folder()
{
    static const QTemporaryDir dir;
    return dir;
}

constexpr char JournalMarker[] = "\n--journal--\n";

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::abort();
}

// A fresh folder holding only the file; the journal the input may hold is
// set aside in `*journal`.
QString writeFile(const QByteArray& bytes, QByteArray* journal)
{
    // An invalid folder would be the current one, and emptied below.
    if (!folder().isValid())
        std::abort();
    QDir dir(folder().path());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    const QString path = dir.filePath(QStringLiteral("fuzzed.journey"));
    const qsizetype marker = bytes.indexOf(JournalMarker);
    write(path, marker < 0 ? bytes : bytes.first(marker));
    *journal =
        marker < 0 ? QByteArray() : bytes.sliced(marker + qsizetype(sizeof(JournalMarker) - 1));
    return path;
}

// A refusal must say why.
void expectMessage(const js::OpenResult& result)
{
    if (result.message.isEmpty())
        std::abort();
}

void openForViewing(const QString& path)
{
    js::OpenResult result;
    std::unique_ptr<js::ProjectFile> file =
        js::ProjectFile::open(path, &result, js::ProjectFile::Access::ReadOnly);
    if (!file)
        return expectMessage(result);
    QString error;
    const std::optional<js::Project> project = file->load(&error);
    if (!project && error.isEmpty())
        std::abort();
}

void openForEditing(const QString& path)
{
    js::OpenResult result;
    std::optional<js::Project> project;
    QString error;
    std::unique_ptr<js::ProjectFile> file =
        js::ProjectFile::openAndLoad(path, &result, &project, &error);
    if (!file)
        return expectMessage(result);
    if (!project && error.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray journal;
    const QString path = writeFile(js::fuzz::bytes(data, size), &journal);
    openForViewing(path);
    if (!journal.isEmpty())
        write(path + QStringLiteral("-journal"), journal);
    openForEditing(path);
    return 0;
}
