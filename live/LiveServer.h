#pragma once

#include "live/RequestThrottle.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QUrl>

class QTcpServer;

namespace js::live {

class LiveSession;

// Serves a LiveSession over HTTP on one address of the local network, only
// while it listens. Every path but those of the session's token gets a bare
// 404; a flood from one address gets 429 before anything else is done;
// bodies over LiveRequests' limit get 413, and a connection that sends far
// more than that is cut. See docs/live-rating.md for the API.
class LiveServer : public QAbstractHttpServer {
    Q_OBJECT

public:
    explicit LiveServer(LiveSession* session, QObject* parent = nullptr);
    ~LiveServer() override;

    // Listens on address:port (port 0: any free one). False with a sentence
    // for the user when the address cannot be used.
    bool start(const QHostAddress& address, quint16 port, QString* error);
    // Closes the listening socket and every connection.
    void stop();
    bool isListening() const;
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // The address a participant opens: http://192.168.1.23:8137/s/<token>
    QUrl joinUrl() const;
    // The request budget of one client address (default: bursts of 120, then 60 a second).
    void setThrottle(int burst, int perSecond);

Q_SIGNALS:
    // A request was refused with this status (403, 404, 413, 429, ...).
    void refused(int status);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    class Listener;

    void reply(const QHttpServerRequest& request, QTcpSocket* socket, int status,
               const QByteArray& body, const QByteArray& contentType);

    QPointer<LiveSession> m_session;
    Listener* m_listener = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    RequestThrottle m_throttle;
};

} // namespace js::live
