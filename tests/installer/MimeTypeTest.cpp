// The .journey MIME type of installer/linux: compiled with update-mime-database
// into a folder of its own, beside a copy of the shared database's
// freedesktop.org.xml (for application/vnd.sqlite3), and read back with
// QMimeDatabase. A project is recognised by its content whatever its name, a
// plain SQLite database is not taken for one, and *.journey by its name.
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/storage/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>
#include <memory>

namespace js {
namespace {

const QString JourneyType = QStringLiteral("application/x-journeyscope");
const QString SqliteType = QStringLiteral("application/vnd.sqlite3");

// Writes a SQLite database with one table and the given application id.
void writeSqlite(const QString& path, qint32 applicationId)
{
    const QString name = QStringLiteral("plain");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (a)")));
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}

class MimeTypeTest : public ::testing::Test {
protected:
    // Before the first use of QMimeDatabase in the process, which reads the
    // folders of XDG_DATA_HOME and XDG_DATA_DIRS once.
    static void SetUpTestSuite()
    {
        const QString shared =
            QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                   QStringLiteral("mime/packages/freedesktop.org.xml"));
        ASSERT_FALSE(shared.isEmpty()) << "no freedesktop.org.xml: install shared-mime-info";
        const QString compiler =
            QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
        ASSERT_FALSE(compiler.isEmpty()) << "no update-mime-database: install shared-mime-info";

        dataDir = std::make_unique<test::TempDir>();
        const QString packages = dataDir->path(QStringLiteral("data/mime/packages"));
        ASSERT_TRUE(QDir().mkpath(packages));
        ASSERT_TRUE(QDir().mkpath(dataDir->path(QStringLiteral("home"))));
        ASSERT_TRUE(QFile::copy(shared, packages + QStringLiteral("/freedesktop.org.xml")));
        ASSERT_TRUE(QFile::copy(QStringLiteral(JOURNEYSCOPE_MIME_XML),
                                packages + QStringLiteral("/journeyscope.xml")));

        QProcess process;
        process.start(compiler, {dataDir->path(QStringLiteral("data/mime"))});
        ASSERT_TRUE(process.waitForFinished(60000));
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        ASSERT_TRUE(QFile::exists(dataDir->path(QStringLiteral("data/mime/mime.cache"))));

        qputenv("XDG_DATA_DIRS", QFile::encodeName(dataDir->path(QStringLiteral("data"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataDir->path(QStringLiteral("home"))));
    }

    static void TearDownTestSuite() { dataDir.reset(); }

    void SetUp() override { ASSERT_TRUE(dataDir && files.isValid()); }

    static inline std::unique_ptr<test::TempDir> dataDir;
    test::TempDir files;
    QMimeDatabase mimeDatabase;
};

TEST_F(MimeTypeTest, ProjectRenamedIsRecognisedByContent)
{
    const QString path = files.path(QStringLiteral("project.bin"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demoProject(), &error)) << error.toStdString();

    EXPECT_EQ(mimeDatabase.mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), JourneyType);
    EXPECT_EQ(mimeDatabase.mimeTypeForFile(path).name(), JourneyType);
}

TEST_F(MimeTypeTest, PlainSqliteIsNotAProject)
{
    const QString plain = files.path(QStringLiteral("plain.bin"));
    writeSqlite(plain, 0);
    EXPECT_EQ(mimeDatabase.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(), SqliteType);

    // Another program's mark at offset 68 is not ours either.
    const QString other = files.path(QStringLiteral("other.bin"));
    writeSqlite(other, 0x4A534351);
    EXPECT_EQ(mimeDatabase.mimeTypeForFile(other, QMimeDatabase::MatchContent).name(), SqliteType);
}

TEST_F(MimeTypeTest, OurMarkInAPlainSqliteFileIsEnough)
{
    // Both marks, the SQLite header and the application id, are what counts.
    const QString path = files.path(QStringLiteral("marked"));
    writeSqlite(path, 0x4A534350);
    EXPECT_EQ(mimeDatabase.mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), JourneyType);
}

TEST_F(MimeTypeTest, JourneyFileIsRecognisedByName)
{
    const QMimeType type =
        mimeDatabase.mimeTypeForFile(QStringLiteral("x.journey"), QMimeDatabase::MatchExtension);
    EXPECT_EQ(type.name(), JourneyType);
    EXPECT_TRUE(type.inherits(SqliteType));
    EXPECT_TRUE(type.globPatterns().contains(QStringLiteral("*.journey")));
    EXPECT_EQ(type.iconName(), QStringLiteral("application-x-journeyscope"));
    EXPECT_EQ(type.genericIconName(), QStringLiteral("x-office-document"));
    EXPECT_EQ(type.comment(), QStringLiteral("Journeyscope project"));
}

TEST_F(MimeTypeTest, CommentIsTranslatedIntoGerman)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString comment = mimeDatabase.mimeTypeForName(JourneyType).comment();
    QLocale::setDefault(before);
    EXPECT_EQ(comment, QStringLiteral("Journeyscope-Projekt"));
}

} // namespace
} // namespace js
