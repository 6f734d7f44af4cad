// Opening a .journey file, as a consultant opens one a client mailed:
// the header probe, the schema and integrity checks, migration of an older
// file, reading every table and the model's validation. The fuzzer's bytes
// are the file. It is opened read-only (`journeyscope check`) and then for
// editing, which may migrate it and write a backup beside it.

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

// A fresh folder holding only the file.
QString writeFile(const QByteArray& bytes)
{
    QDir dir(folder().path());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    const QString path = dir.filePath(QStringLiteral("fuzzed.journey"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        std::abort();
    return path;
}

void openAndLoad(const QString& path, js::ProjectFile::Access access)
{
    js::OpenResult result;
    std::unique_ptr<js::ProjectFile> file = js::ProjectFile::open(path, &result, access);
    if (!file) {
        if (result.message.isEmpty())
            std::abort(); // a refusal must say why
        return;
    }
    QString error;
    const std::optional<js::Project> project = file->load(&error);
    if (!project && error.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = writeFile(js::fuzz::bytes(data, size));
    openAndLoad(path, js::ProjectFile::Access::ReadOnly);
    openAndLoad(path, js::ProjectFile::Access::ReadWrite);
    return 0;
}
