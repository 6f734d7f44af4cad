// `journeyscope serve`, run as a facilitator runs it: the real binary on a
// copy of a project, phones played by HttpClient, stopped by a signal, and
// the file read back afterwards.
#include "CliRunner.h"
#include "HttpClient.h"
#include "ReloadProject.h"
#include "SampleProject.h"
#include "TempDir.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <gtest/gtest.h>

namespace js::test {
using namespace Qt::Literals::StringLiterals;
namespace {

class ServeCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ProjectDocument scratch;
        sample = buildSample(scratch);
        project = scratch.project();
        path = dir.path(QStringLiteral("wörkshop.journey"));
        writeProject();
    }

    void TearDown() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    void writeProject()
    {
        QFile::remove(path);
        QString error;
        ASSERT_TRUE(ProjectFile::create(path, project, &error)) << error.toStdString();
    }

    QStringList serve(const QStringList& more = {}) const
    {
        return QStringList{u"serve"_s, path, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s} +
               more;
    }

    // Starts the server on the sample's round; its join address, or an
    // empty URL when it printed none.
    QUrl start()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"C"_s);
        environment.insert(u"LANG"_s, u"C"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(JOURNEYSCOPE_BINARY), serve({u"--round"_s, u"Baseline"_s}));
        const QUrl url(nextLine());
        if (url.isValid() && url.port() > 0)
            client = std::make_unique<HttpClient>(QHostAddress(url.host()), quint16(url.port()));
        prefix = url.path().toLatin1();
        return url;
    }

    // The next line the server prints; empty when none comes within 10 s.
    QString nextLine()
    {
        QElapsedTimer clock;
        clock.start();
        while (!process.canReadLine()) {
            if (clock.elapsed() > 10000 || !process.waitForReadyRead(200)) {
                if (process.state() == QProcess::NotRunning || clock.elapsed() > 10000)
                    return {};
            }
        }
        return QString::fromUtf8(process.readLine()).trimmed();
    }

    // Reads stdout until a line holds `text`; false when none does in 10 s.
    bool waitForLine(const QString& text)
    {
        for (QString line = nextLine(); !line.isEmpty(); line = nextLine()) {
            if (line.contains(text))
                return true;
        }
        return false;
    }

    static QByteArray body(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QByteArray join(const QString& name)
    {
        const HttpResponse response =
            client->post(prefix + "/api/join", body(QJsonObject{{u"name"_s, name}}));
        EXPECT_EQ(response.status, 200) << response.body.toStdString();
        return QJsonDocument::fromJson(response.body)["key"_L1].toString().toLatin1();
    }

    int rate(const QByteArray& key, Id touchpoint, int score, const QString& note = {})
    {
        QJsonObject request{{u"key"_s, QString::fromLatin1(key)},
                            {u"touchpoint"_s, double(touchpoint)},
                            {u"criterion"_s, double(sample.criterion)},
                            {u"score"_s, score}};
        if (!note.isEmpty())
            request.insert(u"note"_s, note);
        const HttpResponse response = client->post(prefix + "/api/rate", body(request));
        EXPECT_EQ(response.status, 200) << response.body.toStdString();
        return response.status;
    }

    // The rating the file holds for the rater named `rater`, or nullopt.
    std::optional<Rating> ratingInFile(const Project& onDisk, const QString& rater,
                                       Id touchpoint) const
    {
        const Round* round = findRound(onDisk, sample.round);
        for (const Rater& r : round ? round->raters : std::vector<Rater>{}) {
            if (r.name != rater)
                continue;
            const auto it =
                onDisk.ratings.find(RatingKey{sample.round, r.id, touchpoint, sample.criterion});
            if (it != onDisk.ratings.end())
                return it->second;
        }
        return std::nullopt;
    }

    // Whether the file comes to hold the rating while the server runs,
    // read as another program would (read-only, no lock), within 10 s.
    bool reachesTheFile(const QString& rater, Id touchpoint) const
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            OpenResult result;
            auto file = ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly);
            QString error;
            const std::optional<Project> onDisk = file ? file->load(&error) : std::nullopt;
            if (onDisk && ratingInFile(*onDisk, rater, touchpoint))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    // Waits for the server to end; its exit code, or -1 when it crashed or hung.
    int finished()
    {
        if (!process.waitForFinished(10000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    TempDir dir;
    QString path;
    Sample sample;
    Project project;
    QProcess process;
    std::unique_ptr<HttpClient> client;
    QByteArray prefix;
};

TEST_F(ServeCliTest, PhonesRateIntoTheFileWhileItServesAndSigtermStopsWithEverythingWritten)
{
    const QUrl url = start();
    ASSERT_TRUE(url.isValid()) << process.readAllStandardError().toStdString();
    EXPECT_EQ(url.scheme(), u"http"_s);
    EXPECT_EQ(url.host(), u"127.0.0.1"_s);
    EXPECT_TRUE(url.path().startsWith(u"/s/"_s)) << url.toString().toStdString();
    ASSERT_TRUE(client);

    // The file is the server's while it runs, as it is a window's.
    OpenResult whileServing;
    EXPECT_TRUE(ProjectSession::open(path, &whileServing));
    EXPECT_EQ(whileServing.problem, OpenProblem::Locked);
    const Outcome again = journeyscope(serve({u"--round"_s, u"Baseline"_s}));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"is open in another Journeyscope window"_s))
        << again.err.toStdString();
    EXPECT_TRUE(again.out.isEmpty());

    const QByteArray anna = join(u"Anna"_s);
    EXPECT_TRUE(waitForLine(u"Anna joined"_s));
    ASSERT_EQ(rate(anna, sample.touchpoint, 4), 200);
    EXPECT_TRUE(reachesTheFile(u"Anna"_s, sample.touchpoint));

    // Rated a moment before the stop: written on the way out.
    ASSERT_EQ(rate(anna, sample.secondTouchpoint, 2, u"Long queue"_s), 200);
    process.terminate();
    EXPECT_EQ(finished(), 0) << process.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardOutput()).contains(u"Stopped"_s));

    const Project onDisk = reloadProject(path);
    EXPECT_EQ(ratingInFile(onDisk, u"Anna"_s, sample.touchpoint).value_or(Rating{}).score, 4);
    const Rating second =
        ratingInFile(onDisk, u"Anna"_s, sample.secondTouchpoint).value_or(Rating{});
    EXPECT_EQ(second.score, 2);
    EXPECT_EQ(second.note, u"Long queue"_s);
    OpenResult afterwards;
    EXPECT_TRUE(ProjectSession::open(path, &afterwards));
    EXPECT_EQ(afterwards.problem, OpenProblem::None) << "still locked";
}

TEST_F(ServeCliTest, SigintStopsWithTheLastRatingWritten)
{
    ASSERT_TRUE(start().isValid()) << process.readAllStandardError().toStdString();
    ASSERT_TRUE(client);
    const QByteArray ben = join(u"Ben"_s);
    ASSERT_EQ(rate(ben, sample.otherTouchpoint, 5), 200);
    ::kill(pid_t(process.processId()), SIGINT);
    EXPECT_EQ(finished(), 0) << process.readAllStandardError().toStdString();
    EXPECT_EQ(ratingInFile(reloadProject(path), u"Ben"_s, sample.otherTouchpoint)
                  .value_or(Rating{})
                  .score,
              5);
}

TEST_F(ServeCliTest, RatingsThatCannotReachTheFileOnTheWayOutAreSaidAndExitOne)
{
    ASSERT_TRUE(start().isValid()) << process.readAllStandardError().toStdString();
    ASSERT_TRUE(client);
    const QByteArray cleo = join(u"Cleo"_s);
    // The drive is pulled out: the folder goes, and with it the file.
    ASSERT_TRUE(QDir(QFileInfo(path).absolutePath()).removeRecursively());
    ASSERT_EQ(rate(cleo, sample.touchpoint, 3), 200);
    process.terminate();
    EXPECT_EQ(finished(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    EXPECT_TRUE(err.contains(u"could not be written"_s)) << err.toStdString();
    EXPECT_TRUE(err.contains(u"stopped without writing the last 1 rating"_s)) << err.toStdString();
    EXPECT_FALSE(QString::fromUtf8(process.readAllStandardOutput()).contains(u"Stopped"_s));
}

TEST_F(ServeCliTest, ALockedRoundIsRefusedAndNothingIsServed)
{
    findRound(project, sample.round)->locked = true;
    writeProject();
    const QByteArray before = fileHash(path);
    const Outcome run = journeyscope(serve({u"--round"_s, u"Baseline"_s}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"“Baseline” is locked"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(ServeCliTest, AMissingRoundIsRefusedNamingTheRoundsThereAre)
{
    const Outcome run = journeyscope(serve({u"--round"_s, u"Follow-up"_s}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"“Follow-up”"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"“Baseline”"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(ServeCliTest, APortInUseOrAnAddressNotOfThisComputerIsRefused)
{
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost, 0));
    const QStringList arguments = {
        u"serve"_s,  path,           u"--round"_s, u"Baseline"_s,
        u"--bind"_s, u"127.0.0.1"_s, u"--port"_s,  QString::number(taken.serverPort())};
    const Outcome inUse = journeyscope(arguments);
    EXPECT_EQ(inUse.exitCode, 1);
    EXPECT_TRUE(inUse.err.contains(u"Cannot listen on 127.0.0.1:%1"_s.arg(taken.serverPort())))
        << inUse.err.toStdString();
    EXPECT_TRUE(inUse.out.isEmpty());

    // An address for documentation (RFC 5737), and not one of this computer's.
    const QHostAddress away(u"198.51.100.231"_s);
    ASSERT_FALSE(QNetworkInterface::allAddresses().contains(away));
    const Outcome elsewhere =
        journeyscope({u"serve"_s, path, u"--round"_s, u"Baseline"_s, u"--bind"_s, away.toString()});
    EXPECT_EQ(elsewhere.exitCode, 1);
    EXPECT_TRUE(elsewhere.err.contains(u"Cannot listen on 198.51.100.231:8137"_s))
        << elsewhere.err.toStdString();
}

TEST_F(ServeCliTest, UsageErrorsExitTwoAndTheHelpNamesTheVerb)
{
    for (const QStringList& arguments :
         {QStringList{u"serve"_s, path}, serve({u"--round"_s}),
          serve({u"--round"_s, u"Baseline"_s, u"--port"_s, u"eighty"_s}),
          QStringList{u"serve"_s, path, u"--round"_s, u"Baseline"_s, u"--bind"_s, u"here"_s},
          serve({u"--round"_s, u"Baseline"_s, u"--paced"_s})}) {
        const Outcome run = journeyscope(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(u"usage: journeyscope serve FILE --round NAME"_s))
            << run.err.toStdString();
    }
    const Outcome help = journeyscope({u"--help"_s});
    EXPECT_TRUE(help.out.contains(u"serve FILE --round NAME"_s));
    EXPECT_TRUE(help.out.contains(u"free mode"_s));
}

} // namespace
} // namespace js::test
