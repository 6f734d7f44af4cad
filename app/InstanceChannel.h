#pragma once

#include "app/InstanceMessage.h"

#include <QHash>
#include <QObject>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace js {

// One Journeyscope process per user holds all the windows. The first window
// launch listens on a local socket; a later one hands its request (files to
// open, --demo, --new, or a plain start) to it and exits. A socket left by a
// crash is taken over; when no channel can be made at all, the launch runs
// on its own, as before there was one.
class InstanceChannel : public QObject {
    Q_OBJECT

public:
    enum class Role {
        Primary,   // listening: this process opens the windows
        Forwarded, // the running instance took the request: exit
        Separate,  // no channel: this process opens its own windows
        // The instance took the request but did not acknowledge it in time
        // (busy): it may still open it, so this launch must not.
        Unanswered,
    };
    enum class SendResult {
        Accepted,
        Refused,     // another version, or closing down
        NoInstance,  // nobody listens (perhaps a socket left by a crash)
        Unreachable, // a socket that cannot be used: not ours, or overwhelmed
        NoAnswer,    // took the request but did not acknowledge it in time
    };

    // serverName: a name (its socket in the runtime or temporary folder) or
    // an absolute path; see defaultServerName().
    explicit InstanceChannel(const QString& serverName, QObject* parent = nullptr);
    ~InstanceChannel() override;

    // Per user, per settings and data location (runs with another HOME or
    // XDG folders, such as tests, have their own) and per executable; in
    // XDG_RUNTIME_DIR when there is one. JOURNEYSCOPE_INSTANCE_NAME (a name
    // or a path) overrides the name. Needs the application and its name.
    static QString defaultServerName();

    // Hands the request to the running instance, or becomes it. The
    // acknowledgement is awaited for at most timeoutMs.
    Role claim(const InstanceRequest& request, int timeoutMs = DefaultTimeout);
    bool isListening() const;
    // Stops answering (the application is quitting): a launch from now on
    // becomes the instance itself.
    void stopListening();
    QString serverName() const { return m_name; }

    // Sends one request and waits for the reply (runs a local event loop).
    static SendResult send(const QString& serverName, const InstanceRequest& request,
                           InstanceReply* reply = nullptr, int timeoutMs = DefaultTimeout);

    // Answers Kind::Windows requests.
    void setWindowList(std::function<QStringList()> windows) { m_windows = std::move(windows); }

    static constexpr int DefaultTimeout = 5000;
    // A connection that sends no complete message in this time is dropped.
    static constexpr int IdleTimeout = 10000;

Q_SIGNALS:
    // A request from a later launch, emitted after it was acknowledged (so
    // that a dialog it leads to never keeps the launch waiting).
    void requested(const js::InstanceRequest& request);

private:
    bool listen();
    void accept();
    void read(QLocalSocket* socket);
    void drop(QLocalSocket* socket);

    QString m_name;
    QLocalServer* m_server = nullptr;
    std::function<QStringList()> m_windows;
    QHash<QLocalSocket*, QByteArray> m_pending; // what each connection sent so far
};

} // namespace js
