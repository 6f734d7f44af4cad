// One Journeyscope holds all the windows: the real binary launched as a file
// manager launches it, twice and three times, in folders of its own and on a
// channel name of its own, so that it never meets the user's Journeyscope or
// another test's.
#include "TempDir.h"
#include "app/InstanceChannel.h"
#include "core/content/DemoProject.h"
#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>
#include <QUuid>

#include <functional>
#include <gtest/gtest.h>

namespace js::test {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int Patience = 60000; // generous: the machine may be busy

class InstanceCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        for (const char* folder : {"home", "config", "data", "run", "work"})
            ASSERT_TRUE(QDir().mkpath(dir.path(QString::fromLatin1(folder))));
        QFile::setPermissions(dir.path(u"run"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        name = u"journeyscope-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        server = QDir(dir.path(u"run"_s)).filePath(name);
        environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"LC_ALL"_s, u"C"_s);
        environment.insert(u"LANG"_s, u"C"_s);
        environment.insert(u"HOME"_s, dir.path(u"home"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.path(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, dir.path(u"data"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, dir.path(u"run"_s));
        environment.insert(u"JOURNEYSCOPE_INSTANCE_NAME"_s, name);
        a = project(u"a.journey"_s);
        b = project(u"bé.journey"_s);
    }

    void TearDown() override
    {
        if (first.state() != QProcess::NotRunning) {
            first.kill();
            first.waitForFinished(Patience);
        }
    }

    QString project(const QString& fileName) const
    {
        const QString path = QFileInfo(dir.path(u"work/"_s + fileName)).absoluteFilePath();
        QString error;
        EXPECT_TRUE(ProjectFile::create(path, demoProject(), &error)) << error.toStdString();
        return path;
    }

    // A launch that is expected to end by itself: its exit code, or -1.
    int launch(const QStringList& arguments, QString* err = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir.path(u"work"_s));
        process.start(QStringLiteral(JOURNEYSCOPE_BINARY), arguments);
        if (!process.waitForFinished(Patience)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    // The projects the first process has open, asked over its channel.
    std::optional<QStringList> windows() const
    {
        InstanceReply reply;
        if (InstanceChannel::send(server, {InstanceRequest::Kind::Windows, {}, {}}, &reply) !=
            InstanceChannel::SendResult::Accepted)
            return std::nullopt;
        reply.windows.sort();
        return reply.windows;
    }

    // Polls until the condition holds or the first process ends.
    bool eventually(const std::function<bool()>& condition)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < Patience && first.state() != QProcess::NotRunning) {
            if (condition())
                return true;
            QThread::msleep(50);
        }
        return condition();
    }

    TempDir dir;
    QString name;
    QString server;
    QProcessEnvironment environment;
    QString a;
    QString b;
    QProcess first;
};

TEST_F(InstanceCliTest, ASecondLaunchOpensItsFileInTheRunningJourneyscope)
{
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(JOURNEYSCOPE_BINARY), {a});
    ASSERT_TRUE(first.waitForStarted(Patience));
    ASSERT_TRUE(eventually([&] { return windows() == QStringList{a}; }))
        << QString::fromUtf8(first.readAllStandardError()).toStdString();

    // As a file manager starts it: from some folder, with a relative path.
    QString err;
    EXPECT_EQ(launch({QFileInfo(b).fileName()}, &err), 0);
    EXPECT_EQ(err, QString()) << "a handed-on launch prints nothing";
    ASSERT_TRUE(eventually([&] { return windows() == QStringList{a, b}; }));
    OpenResult result;
    const std::unique_ptr<ProjectFile> file = ProjectFile::open(b, &result);
    EXPECT_EQ(result.problem, OpenProblem::Locked) << "the first process holds b";

    // a again: its window comes to the front, the project is not opened twice
    // (a launch of its own would have asked "Project in use" and not ended).
    EXPECT_EQ(launch({a}), 0);
    EXPECT_EQ(windows(), (QStringList{a, b}));

    // A verb never goes through the running instance.
    EXPECT_EQ(launch({u"check"_s, a}), 0);
    EXPECT_EQ(windows(), (QStringList{a, b}));

    first.terminate();
    ASSERT_TRUE(first.waitForFinished(Patience));
    EXPECT_EQ(first.exitCode(), 0);
    EXPECT_FALSE(QFile::exists(b + u".lock"_s)) << "b was closed with the first process";
}

TEST_F(InstanceCliTest, AfterACrashTheNextLaunchTakesOver)
{
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(JOURNEYSCOPE_BINARY), {a});
    ASSERT_TRUE(first.waitForStarted(Patience));
    ASSERT_TRUE(eventually([&] { return windows().has_value(); }));
    first.kill();
    ASSERT_TRUE(first.waitForFinished(Patience));
    ASSERT_TRUE(QFileInfo::exists(server)) << "a killed process leaves its socket";

    first.start(QStringLiteral(JOURNEYSCOPE_BINARY), {a, b});
    ASSERT_TRUE(first.waitForStarted(Patience));
    EXPECT_TRUE(eventually([&] {
        return windows() == QStringList{a, b};
    })) << QString::fromUtf8(first.readAllStandardError()).toStdString();
}

} // namespace
} // namespace js::test
