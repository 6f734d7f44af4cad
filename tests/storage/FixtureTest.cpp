// Every committed file of every schema version opens, migrates forward after
// writing a backup next to it, and holds exactly what its JSON twin says.
// A twin is the export of the version that wrote it: the current version's
// twins are this build's export byte for byte; an older one is JSON of its
// time, which must still import as the same project.
#include "ProjectDiff.h"
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
    ASSERT_TRUE(versions.contains(QStringLiteral("schema-%1").arg(schema::CurrentVersion)))
        << "each schema version commits a file it wrote";
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
                const QByteArray twin = readBytes(
                    dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".json")));
                const Project& project = session->document()->project();
                QString error;
                const std::optional<Project> expected = projectFromJson(twin, &error);
                ASSERT_TRUE(expected) << error.toStdString();
                EXPECT_EQ(firstDifference(project, *expected), "");
                if (version == schema::CurrentVersion) {
                    EXPECT_EQ(projectToJson(project), twin);
                }
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
