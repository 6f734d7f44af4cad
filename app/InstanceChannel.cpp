#include "app/InstanceChannel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace js {

using namespace Qt::Literals::StringLiterals;

namespace {

QString userName()
{
#ifdef Q_OS_UNIX
    return QString::number(getuid());
#else
    return qEnvironmentVariable("USERNAME", u"user"_s);
#endif
}

// Where the socket of a bare name lives, for the lock beside it.
QString lockPath(const QString& serverName)
{
    if (QDir::isAbsolutePath(serverName))
        return serverName + u".lock"_s;
    return QDir(QDir::tempPath()).filePath(serverName + u".lock"_s);
}

// The reply in what was read so far, once complete.
std::optional<InstanceReply> replyIn(const QByteArray& buffer, bool* complete)
{
    *complete = false;
    const std::optional<qsizetype> length =
        instance_message::bodyLength(buffer.left(instance_message::HeaderBytes));
    if (!length) {
        *complete = buffer.size() >= instance_message::HeaderBytes;
        return std::nullopt;
    }
    if (buffer.size() < instance_message::HeaderBytes + *length)
        return std::nullopt;
    *complete = true;
    return instance_message::decodeReply(buffer.mid(instance_message::HeaderBytes, *length));
}

} // namespace

InstanceChannel::InstanceChannel(const QString& serverName, QObject* parent)
    : QObject(parent)
    , m_name(serverName)
{}

InstanceChannel::~InstanceChannel()
{
    stopListening(); // its connections go while m_pending is there
}

QString InstanceChannel::defaultServerName()
{
    QString name = qEnvironmentVariable("JOURNEYSCOPE_INSTANCE_NAME");
    if (name.isEmpty()) {
        // Another build (a developer's, beside the installed one) is another
        // program: it never hands its files to an older one.
        const QByteArray where =
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8() + '\n' +
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).toUtf8() + '\n' +
            QCoreApplication::applicationFilePath().toUtf8();
        name = u"journeyscope-%1-%2"_s.arg(
            userName(),
            QString::fromLatin1(
                QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16)));
    }
#ifdef Q_OS_UNIX
    // The runtime folder is the user's alone; /tmp is everybody's.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!QDir::isAbsolutePath(name) && !runtime.isEmpty() && QFileInfo(runtime).isDir() &&
        QFileInfo(runtime).isWritable())
        name = QDir(runtime).filePath(name);
#endif
    return name;
}

InstanceChannel::Role InstanceChannel::claim(const InstanceRequest& request, int timeoutMs)
{
    // Two launches at once must not both take over a stale socket.
    QLockFile lock(lockPath(m_name));
    lock.setStaleLockTime(0);
    lock.tryLock(timeoutMs); // without it, only that race is back
    switch (send(m_name, request, nullptr, timeoutMs)) {
    case SendResult::Accepted:
        return Role::Forwarded;
    case SendResult::NoAnswer:
        return Role::Unanswered;
    case SendResult::Refused:
    case SendResult::Unreachable:
        return Role::Separate;
    case SendResult::NoInstance:
        break;
    }
    return listen() ? Role::Primary : Role::Separate;
}

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void InstanceChannel::stopListening()
{
    delete m_server; // closes its connections and removes the socket
    m_server = nullptr;
    m_pending.clear();
}

bool InstanceChannel::listen()
{
    // Nobody answered: whatever socket is there was left by a crash.
    QLocalServer::removeServer(m_name);
    auto server = std::make_unique<QLocalServer>(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name))
        return false;
    m_server = server.release();
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
    return true;
}

void InstanceChannel::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        auto* idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QLocalSocket::abort);
        idle->start(IdleTimeout);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void InstanceChannel::read(QLocalSocket* socket)
{
    using namespace instance_message;
    QByteArray& buffer = m_pending[socket];
    // Never more than one message's worth.
    buffer += socket->read(HeaderBytes + MaxBytes - buffer.size());
    if (buffer.size() < HeaderBytes)
        return;
    const std::optional<qsizetype> length = bodyLength(buffer.left(HeaderBytes));
    if (!length || buffer.size() < HeaderBytes + *length) {
        if (!length)
            drop(socket);
        return;
    }
    const QByteArray body = buffer.mid(HeaderBytes, *length);
    m_pending.remove(socket);
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    bool otherVersion = false;
    const std::optional<InstanceRequest> request = decodeRequest(body, &otherVersion);
    if (!request && !otherVersion) {
        drop(socket);
        return;
    }
    InstanceReply reply;
    reply.accepted = request.has_value();
    if (request && request->kind == InstanceRequest::Kind::Windows && m_windows)
        reply.windows = m_windows();
    socket->write(encode(reply));
    socket->disconnectFromServer(); // once the reply is written
    if (request && request->kind != InstanceRequest::Kind::Windows) {
        QMetaObject::invokeMethod(
            this, [this, request = *request] { Q_EMIT requested(request); }, Qt::QueuedConnection);
    }
}

void InstanceChannel::drop(QLocalSocket* socket)
{
    m_pending.remove(socket);
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

InstanceChannel::SendResult InstanceChannel::send(const QString& serverName,
                                                  const InstanceRequest& request,
                                                  InstanceReply* reply, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        const QLocalSocket::LocalSocketError error = socket.error();
        return error == QLocalSocket::ServerNotFoundError ||
                       error == QLocalSocket::ConnectionRefusedError
                   ? SendResult::NoInstance
                   : SendResult::Unreachable;
    }
    socket.write(instance_message::encode(request));

    // An event loop rather than waitForReadyRead: the instance may be this
    // very thread (the tests).
    QByteArray buffer;
    bool complete = false;
    bool timedOut = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        buffer += socket.readAll();
        replyIn(buffer, &complete);
        if (complete)
            loop.quit();
    });
    connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (socket.state() == QLocalSocket::ConnectedState)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    buffer += socket.readAll();
    const std::optional<InstanceReply> answer = replyIn(buffer, &complete);
    if (!complete)
        return timedOut ? SendResult::NoAnswer : SendResult::Refused;
    if (!answer || !answer->accepted)
        return SendResult::Refused;
    if (reply)
        *reply = *answer;
    return SendResult::Accepted;
}

} // namespace js
