#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

namespace js::test {

// A temporary folder whose name has non-ASCII characters, as a user's might.
class TempDir {
public:
    TempDir()
        : m_dir(QDir::tempPath() + QStringLiteral("/journeyscope-tëst-Ωμέγα-XXXXXX"))
    {}
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace js::test
