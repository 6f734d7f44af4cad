// Every committed file of every schema version opens, migrates forward after
// writing a backup next to it, and holds exactly what its JSON twin says.
#include "TempDir.h"
#include "core/document/ProjectDocument.h"
#include "core/io/JsonFormat.h"
#include "core/storage/ProjectSession.h"
#include "core/storage/Schema.h"

#include <QDir>
#include <QDirIterator>

#include <gtest/gtest.h>

namespace js::test {
namespace {

TEST(FixtureTest, EveryEarlierSchemaVersionOpensAndMigrates)
{
    const QDir fixtures(QStringLiteral(JOURNEYSCOPE_FIXTURES));
    const QStringList versions =
        fixtures.entryList({QStringLiteral("schema-*")}, QDir::Dirs, QDir::Name);
    ASSERT_FALSE(versions.isEmpty());
    ASSERT_TRUE(versions.contains(QStringLiteral("schema-%1").arg(schema::FirstVersion)));
    for (const QString& folder : versions) {
        const int version = folder.section(u'-', 1).toInt();
        const QDir dir(fixtures.filePath(folder));
        for (const QString& name : dir.entryList({QStringLiteral("*.journey")}, QDir::Files)) {
            SCOPED_TRACE((folder + u'/' + name).toStdString());
            TempDir temp;
            const QString path = temp.path(name);
            ASSERT_TRUE(QFile::copy(dir.filePath(name), path));
            OpenResult result;
            {
                auto session = ProjectSession::open(path, &result);
                ASSERT_TRUE(session) << result.message.toStdString();
                EXPECT_FALSE(session->isReadOnly());
                const QByteArray expected = readBytes(
                    dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".json")));
                EXPECT_EQ(projectToJson(session->document()->project()), expected);
            }
            const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
            if (version < schema::CurrentVersion) {
                EXPECT_TRUE(QFile::exists(backup));
                EXPECT_EQ(fileHash(backup), fileHash(dir.filePath(name)))
                    << "the backup is the file as it was";
            } else {
                EXPECT_FALSE(QFile::exists(backup)) << "a current file needs no backup";
            }
        }
    }
}

} // namespace
} // namespace js::test
