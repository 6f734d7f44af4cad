// The instance channel in one process: a second channel of the same name
// hands its request to the first, whose windows open; a file open already
// comes to the front; a socket left by a crash is taken over; broken
// messages are dropped.
#include "app/InstanceChannel.h"

#include "TempDir.h"
#include "app/WindowLaunch.h"
#include "core/content/DemoProject.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace js {
namespace {

using namespace Qt::Literals::StringLiterals;
using Kind = InstanceRequest::Kind;

constexpr int Patience = 20000; // generous: the machine may be busy

class InstanceChannelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dialogs::testing::reset();
        QSettings().clear();
        QSettings().setValue(u"started"_s, true);
        ASSERT_TRUE(dir.isValid());
        // A path of this test's own: tests running side by side never meet.
        name = dir.path(u"instance"_s);
    }
    void TearDown() override { closeAll(); }

    static QList<MainWindow*> windows()
    {
        QList<MainWindow*> result;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(widget))
                result << window;
        }
        return result;
    }
    static void closeAll() { qDeleteAll(windows()); }

    QString project(const QString& fileName) const
    {
        const QString path = QFileInfo(dir.path(fileName)).absoluteFilePath();
        QString error;
        EXPECT_TRUE(ProjectFile::create(path, demoProject(), &error)) << error.toStdString();
        return path;
    }

    static InstanceRequest open(const QStringList& files)
    {
        return {Kind::Open, files, QDir::currentPath()};
    }

    // The first launch: listening, opening what later ones send.
    void becomeInstance(InstanceChannel& channel)
    {
        ASSERT_EQ(channel.claim({}), InstanceChannel::Role::Primary);
        ASSERT_TRUE(channel.isListening());
        WindowLaunch::serve(channel);
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    test::TempDir dir;
    QString name;
};

TEST_F(InstanceChannelTest, ASecondLaunchHandsItsFilesToTheFirst)
{
    InstanceChannel first(name);
    becomeInstance(first);
    const QString a = project(u"Ä client.journey"_s);
    const QString b = project(u"b.journey"_s);

    InstanceChannel second(name);
    EXPECT_EQ(second.claim(open({a, b})), InstanceChannel::Role::Forwarded);
    EXPECT_FALSE(second.isListening());
    EXPECT_TRUE(QTest::qWaitFor([] { return windows().size() == 2; }, Patience));
    EXPECT_EQ(sorted(workspace::openProjects()), sorted({a, b}));
    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty());
}

TEST_F(InstanceChannelTest, AFileOpenAlreadyComesToTheFrontInsteadOfOpeningTwice)
{
    InstanceChannel first(name);
    becomeInstance(first);
    const QString a = project(u"a.journey"_s);
    const QString b = project(u"b.journey"_s);
    MainWindow* windowA = workspace::openFile(a);
    MainWindow* windowB = workspace::openFile(b);
    ASSERT_TRUE(windowA && windowB);
    windowB->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(windowB));

    EXPECT_EQ(InstanceChannel::send(name, open({a})), InstanceChannel::SendResult::Accepted);
    EXPECT_TRUE(QTest::qWaitFor([&] { return QApplication::activeWindow() == windowA; }, Patience));
    EXPECT_EQ(windows().size(), 2);
    // Opening it again in this process would have asked "Project in use".
    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty());
}

TEST_F(InstanceChannelTest, AFileThatCannotBeOpenedSaysSoAndTheOthersStillOpen)
{
    InstanceChannel first(name);
    becomeInstance(first);
    const QString a = project(u"a.journey"_s);
    const QString missing = dir.path(u"missing.journey"_s);
    const QString b = project(u"b.journey"_s);

    EXPECT_EQ(InstanceChannel::send(name, open({a, missing, b})),
              InstanceChannel::SendResult::Accepted);
    EXPECT_TRUE(QTest::qWaitFor([] { return windows().size() == 2; }, Patience));
    EXPECT_EQ(dialogs::testing::takeMessages().size(), 1);
}

TEST_F(InstanceChannelTest, APlainSecondStartOpensANewProjectBesideTheLastOne)
{
    InstanceChannel first(name);
    becomeInstance(first);
    const QString a = project(u"a.journey"_s);
    ASSERT_TRUE(workspace::openFile(a)); // the most recent file, open already

    EXPECT_EQ(InstanceChannel::send(name, {Kind::Start, {}, QDir::currentPath()}),
              InstanceChannel::SendResult::Accepted);
    ASSERT_TRUE(QTest::qWaitFor([] { return windows().size() == 2; }, Patience));
    const QStringList open = workspace::openProjects();
    EXPECT_TRUE(open.contains(a));
    EXPECT_EQ(std::count_if(open.begin(), open.end(), &workspace::isUntitled), 1);
}

TEST_F(InstanceChannelTest, APlainSecondStartReopensTheLastProjectWhenItIsNotOpen)
{
    InstanceChannel first(name);
    becomeInstance(first);
    const QString a = project(u"a.journey"_s);
    const QString b = project(u"b.journey"_s);
    ASSERT_TRUE(workspace::openFile(a));
    MainWindow* windowB = workspace::openFile(b);
    ASSERT_TRUE(windowB);
    delete windowB; // b is the most recent file, and closed

    EXPECT_EQ(InstanceChannel::send(name, {Kind::Start, {}, QDir::currentPath()}),
              InstanceChannel::SendResult::Accepted);
    ASSERT_TRUE(QTest::qWaitFor([] { return windows().size() == 2; }, Patience));
    EXPECT_EQ(sorted(workspace::openProjects()), sorted({a, b}));
}

TEST_F(InstanceChannelTest, TheWindowsQueryOpensNothing)
{
    InstanceChannel first(name);
    becomeInstance(first);
    const QString a = project(u"a.journey"_s);
    ASSERT_TRUE(workspace::openFile(a));
    InstanceReply reply;
    EXPECT_EQ(InstanceChannel::send(name, {Kind::Windows, {}, {}}, &reply),
              InstanceChannel::SendResult::Accepted);
    EXPECT_EQ(reply.windows, QStringList{a});
    QApplication::processEvents();
    EXPECT_EQ(windows().size(), 1);
}

TEST_F(InstanceChannelTest, WithoutAnInstanceNothingIsSent)
{
    EXPECT_EQ(InstanceChannel::send(name, open({u"/x.journey"_s})),
              InstanceChannel::SendResult::NoInstance);
}

TEST_F(InstanceChannelTest, AnInstanceThatNeverAnswersIsNeitherTakenOverNorDoubled)
{
    // Busy or hung: it has the request and may still open it.
    QLocalServer silent;
    ASSERT_TRUE(silent.listen(name));
    InstanceChannel launch(name);
    EXPECT_EQ(launch.claim(open({u"/x.journey"_s}), 300), InstanceChannel::Role::Unanswered);
    EXPECT_FALSE(launch.isListening());
    EXPECT_TRUE(silent.isListening());
}

TEST_F(InstanceChannelTest, AnInstanceThatRefusesLeavesTheLaunchToRunOnItsOwn)
{
    // Another version of Journeyscope that hangs up: this launch opens its
    // own windows and leaves that instance's channel alone.
    QLocalServer other;
    ASSERT_TRUE(other.listen(name));
    QObject::connect(&other, &QLocalServer::newConnection, &other, [&] {
        while (QLocalSocket* socket = other.nextPendingConnection())
            socket->disconnectFromServer();
    });
    InstanceChannel launch(name);
    EXPECT_EQ(launch.claim(open({u"/x.journey"_s})), InstanceChannel::Role::Separate);
    EXPECT_FALSE(launch.isListening());
    EXPECT_TRUE(other.isListening());
}

#ifdef Q_OS_UNIX
TEST_F(InstanceChannelTest, ASocketLeftByACrashIsTakenOver)
{
    // A socket file nobody listens on, as a killed instance leaves it.
    const QByteArray path = QFile::encodeName(name);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    ASSERT_LT(size_t(path.size()), sizeof(address.sun_path));
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
    ::close(fd);
    ASSERT_TRUE(QFileInfo::exists(name));
    EXPECT_EQ(InstanceChannel::send(name, open({u"/x.journey"_s})),
              InstanceChannel::SendResult::NoInstance);

    InstanceChannel channel(name);
    becomeInstance(channel);
    EXPECT_EQ(InstanceChannel::send(name, {Kind::Windows, {}, {}}),
              InstanceChannel::SendResult::Accepted);
}
#endif

TEST_F(InstanceChannelTest, BrokenOrOversizedMessagesAreDroppedAndTheChannelGoesOn)
{
    InstanceChannel first(name);
    becomeInstance(first);
    const auto header = [](quint32 length) {
        QByteArray bytes(4, '\0');
        qToBigEndian(length, bytes.data());
        return bytes;
    };
    const auto message = [&](const QByteArray& body) {
        return header(quint32(body.size())) + body;
    };
    const QList<QByteArray> broken = {
        "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        header(0),
        header(quint32(instance_message::MaxBytes) + 1) + QByteArray(64 * 1024, 'x'),
        header(0xffffffffu),
        message("{not json"),
        message("[1, 2]"),
        message(R"({"request": "open", "files": ["/a.journey"]})"),
        message(R"({"journeyscope": 1, "request": "explode"})"),
        message(R"({"journeyscope": 1, "request": "open", "files": [42]})"),
        message(R"({"journeyscope": 1, "request": "open", "files": []})"),
        message(R"({"journeyscope": 1, "request": "open", "files": [""]})"),
        message(R"({"journeyscope": 1, "request": "new", "directory": 7})"),
        message(QByteArray(1000, '\0')),
    };
    for (const QByteArray& bytes : broken) {
        QLocalSocket socket;
        socket.connectToServer(name);
        ASSERT_TRUE(socket.waitForConnected(Patience));
        QSignalSpy gone(&socket, &QLocalSocket::disconnected);
        socket.write(bytes);
        EXPECT_TRUE(gone.wait(Patience)) << bytes.left(60).toStdString();
        EXPECT_EQ(socket.readAll(), QByteArray())
            << "no answer to " << bytes.left(60).toStdString();
    }

    // A later version is told no, so that it can run on its own.
    {
        QLocalSocket socket;
        socket.connectToServer(name);
        ASSERT_TRUE(socket.waitForConnected(Patience));
        QSignalSpy gone(&socket, &QLocalSocket::disconnected);
        socket.write(message(R"({"journeyscope": 2, "request": "teleport"})"));
        ASSERT_TRUE(gone.wait(Patience));
        const QByteArray reply = socket.readAll();
        ASSERT_GT(reply.size(), 4);
        const std::optional<InstanceReply> answer = instance_message::decodeReply(reply.mid(4));
        ASSERT_TRUE(answer);
        EXPECT_FALSE(answer->accepted);
    }

    QApplication::processEvents();
    EXPECT_TRUE(windows().isEmpty());
    const QString a = project(u"a.journey"_s);
    EXPECT_EQ(InstanceChannel::send(name, open({a})), InstanceChannel::SendResult::Accepted);
    EXPECT_TRUE(QTest::qWaitFor([] { return windows().size() == 1; }, Patience));
}

TEST_F(InstanceChannelTest, TheNameIsTheUsersInTheRuntimeFolderUnlessTestsChooseOne)
{
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray chosen = qgetenv("JOURNEYSCOPE_INSTANCE_NAME");
    const QString folder = QFileInfo(dir.path(u"run"_s)).absoluteFilePath();
    ASSERT_TRUE(QDir().mkpath(folder));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));

    qunsetenv("JOURNEYSCOPE_INSTANCE_NAME");
    const QString standard = InstanceChannel::defaultServerName();
    EXPECT_TRUE(standard.startsWith(folder + u"/journeyscope-"_s)) << standard.toStdString();
#ifdef Q_OS_UNIX
    EXPECT_TRUE(standard.contains(u"-%1-"_s.arg(getuid()))) << standard.toStdString();
#endif
    EXPECT_EQ(InstanceChannel::defaultServerName(), standard) << "the same every time";

    qputenv("JOURNEYSCOPE_INSTANCE_NAME", "journeyscope-test-x");
    EXPECT_EQ(InstanceChannel::defaultServerName(), folder + u"/journeyscope-test-x"_s);
    qputenv("JOURNEYSCOPE_INSTANCE_NAME", QFile::encodeName(name));
    EXPECT_EQ(InstanceChannel::defaultServerName(), name);

    if (runtime.isNull())
        qunsetenv("XDG_RUNTIME_DIR");
    else
        qputenv("XDG_RUNTIME_DIR", runtime);
    if (chosen.isNull())
        qunsetenv("JOURNEYSCOPE_INSTANCE_NAME");
    else
        qputenv("JOURNEYSCOPE_INSTANCE_NAME", chosen);
}

TEST_F(InstanceChannelTest, ALaunchAsksWithAbsolutePaths)
{
    CommandLine commandLine;
    commandLine.arguments = {u"a.journey"_s, u"../b.journey"_s, u"/c/d.journey"_s};
    const InstanceRequest request = WindowLaunch::requestFor(commandLine, u"/home/u/work"_s);
    EXPECT_EQ(request.kind, Kind::Open);
    EXPECT_EQ(request.files, (QStringList{u"/home/u/work/a.journey"_s, u"/home/u/b.journey"_s,
                                          u"/c/d.journey"_s}));
    EXPECT_EQ(request.workingDirectory, u"/home/u/work"_s);

    CommandLine demo;
    demo.openDemo = true;
    EXPECT_EQ(WindowLaunch::requestFor(demo, u"/"_s).kind, Kind::Demo);
    CommandLine fresh;
    fresh.openNew = true;
    EXPECT_EQ(WindowLaunch::requestFor(fresh, u"/"_s).kind, Kind::New);
    EXPECT_EQ(WindowLaunch::requestFor(CommandLine(), u"/"_s).kind, Kind::Start);
}

} // namespace
} // namespace js
