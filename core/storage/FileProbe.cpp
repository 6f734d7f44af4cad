#include "core/storage/FileProbe.h"

#include "core/storage/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace js {

namespace {

struct FileProbeText {
    Q_DECLARE_TR_FUNCTIONS(js::FileProbe)
};

constexpr int HeaderSize = 100;

quint32 bigEndian32(const QByteArray& header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

const QByteArray& magic()
{
    static const QByteArray bytes("SQLite format 3\0", 16);
    return bytes;
}

} // namespace

bool isOurDatabase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(HeaderSize);
    return header.size() == HeaderSize && header.startsWith(magic()) &&
           qint32(bigEndian32(header, 68)) == schema::ApplicationId;
}

quint32 fileChangeCounter(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(HeaderSize);
    return header.size() == HeaderSize ? bigEndian32(header, 24) : 0;
}

FileProbe probeFile(const QString& path, int current)
{
    FileProbe probe;
    const QFileInfo info(path);
    if (!info.exists()) {
        probe.problem = OpenProblem::NotFound;
        return probe;
    }
    if (info.isDir()) {
        probe.problem = OpenProblem::IsDirectory;
        return probe;
    }
    if (info.size() == 0) {
        probe.problem = OpenProblem::Empty;
        return probe;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        probe.problem = OpenProblem::Unreadable;
        return probe;
    }
    const QByteArray header = file.read(HeaderSize);
    if (!header.startsWith(magic())) {
        const bool cutShort = header.size() < magic().size() && magic().startsWith(header);
        probe.problem = cutShort ? OpenProblem::Damaged : OpenProblem::NotSqlite;
        if (cutShort)
            probe.detail = FileProbeText::tr("the file ends inside its header");
        return probe;
    }
    if (header.size() < HeaderSize) {
        probe.problem = OpenProblem::Damaged;
        probe.detail = FileProbeText::tr("the file ends inside its header");
        return probe;
    }
    // Page size: 2 bytes at 16; the value 1 means 65536.
    const quint32 rawPageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const qint64 pages = bigEndian32(header, 28);
    const bool pagesValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        probe.problem = OpenProblem::Damaged;
        probe.detail = FileProbeText::tr("its header is not valid");
        return probe;
    }
    if (info.size() % pageSize != 0) {
        probe.problem = OpenProblem::Damaged;
        probe.detail = FileProbeText::tr("its size is not a whole number of database pages");
        return probe;
    }
    if (pagesValid && pages * pageSize > info.size()) {
        probe.problem = OpenProblem::Damaged;
        probe.detail = FileProbeText::tr("the file is shorter than its header says");
        return probe;
    }
    if (qint32(bigEndian32(header, 68)) != schema::ApplicationId) {
        probe.problem = OpenProblem::Foreign;
        return probe;
    }
    // Bytes 18 and 19: 1 for a rollback journal, 2 for write-ahead logging;
    // anything else is a format this SQLite may not write.
    const int writeFormat = quint8(header[18]);
    const int readFormat = quint8(header[19]);
    if (writeFormat == 2 || readFormat == 2) {
        probe.problem = OpenProblem::WriteAheadLog;
        return probe;
    }
    if (writeFormat != 1 || readFormat != 1) {
        probe.problem = OpenProblem::Damaged;
        probe.detail = FileProbeText::tr("its header names an unknown storage format");
        return probe;
    }
    probe.version = int(bigEndian32(header, 60));
    if (schema::majorOf(probe.version) > schema::majorOf(current)) {
        probe.problem = OpenProblem::TooNew;
        probe.detail = QString::number(probe.version);
    } else if (probe.version > current) {
        probe.problem = OpenProblem::NewerMinor;
    } else if (probe.version < schema::FirstVersion) {
        probe.problem = OpenProblem::Damaged;
        probe.detail = FileProbeText::tr("unknown file version %1").arg(probe.version);
    }
    return probe;
}

} // namespace js
