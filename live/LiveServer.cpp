#include "live/LiveServer.h"

#include "live/LivePage.h"
#include "live/LiveRequests.h"
#include "live/LiveSession.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

namespace js::live {
namespace {

// What a connection may hold unread before it is cut: a request's headers
// and a body at the limit fit many times over.
constexpr qint64 MaxBufferedBytes = 4 * MaxBodyBytes + 16 * 1024;

// A refusal's body, as every refusal has it. The words are the protocol's,
// for a script or a developer: the page shows its own, translated texts.
QByteArray error(const char* message)
{
    return QByteArray("{\"error\":\"") + message + "\"}";
}

} // namespace

// Accepts connections and counts what each one sends towards the request
// being read: a client that sends much more than any request needs is cut
// off at once, so a huge body is never held in memory. (Qt HttpServer reads
// a request in a socket transaction, keeping every byte until it is whole.)
class LiveServer::Listener : public QTcpServer {
public:
    using QTcpServer::QTcpServer;

    static void answered(QTcpSocket* socket) { socket->setProperty(Received, 0); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Connected before the HTTP server's own handler, so it runs first and
        // sees the bytes that have just arrived as available.
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const qint64 received =
                socket->property(Received).toLongLong() + socket->bytesAvailable();
            socket->setProperty(Received, received);
            if (received > MaxBufferedBytes) {
                socket->write("HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n"
                              "Content-Length: 0\r\n\r\n");
                socket->flush();
                // Cut after the HTTP server has seen this chunk, so that it does
                // not read from a closed socket.
                socket->setReadBufferSize(1);
                QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
            }
        });
        addPendingConnection(socket);
    }

private:
    static constexpr const char* Received = "journeyscopeReceived";
};

LiveServer::LiveServer(LiveSession* session, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_session(session)
{}

LiveServer::~LiveServer()
{
    stop();
}

bool LiveServer::start(const QHostAddress& address, quint16 port, QString* error)
{
    stop();
    m_listener = new Listener(this);
    if (!m_listener->listen(address, port)) {
        if (error)
            *error = tr("Cannot listen on %1:%2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(m_listener->errorString());
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    m_address = address;
    m_port = m_listener->serverPort();
    bind(m_listener);
    return true;
}

void LiveServer::stop()
{
    if (!m_listener)
        return;
    m_listener->close();
    const QList<QTcpSocket*> sockets = m_listener->findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets)
        socket->abort();
    m_listener->deleteLater();
    m_listener = nullptr;
    m_port = 0;
}

bool LiveServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QUrl LiveServer::joinUrl() const
{
    if (!m_session || !isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/s/") + QString::fromLatin1(m_session->token()));
    return url;
}

void LiveServer::setThrottle(int burst, int perSecond)
{
    m_throttle = RequestThrottle(burst, perSecond);
}

void LiveServer::reply(const QHttpServerRequest& request, QTcpSocket* socket, int status,
                       const QByteArray& body, const QByteArray& contentType)
{
    if (status != 200)
        Q_EMIT refused(status);
    Listener::answered(socket);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    responder.writeHeader("X-Frame-Options", "DENY");
    responder.writeHeader("Content-Security-Policy",
                          "default-src 'none'; script-src 'self'; style-src 'self'; "
                          "img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
                          "form-action 'none'; frame-ancestors 'none'");
    if (status == 429)
        responder.writeHeader("Retry-After", "1");
    responder.writeBody(body);
}

bool LiveServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    static const QByteArray json = "application/json; charset=utf-8";
    if (!m_throttle.allow(request.remoteAddress())) {
        reply(request, socket, 429, error("Too many requests. Try again in a second."), json);
        return true;
    }
    // /s/<token>, /s/<token>/<asset>, /s/<token>/api/<call>: anything else is
    // not found, and says nothing about what exists.
    const QString path = request.url().path();
    const QStringList parts = path.split(u'/');
    if (!m_session || parts.size() < 3 || parts.size() > 5 || !parts[0].isEmpty() ||
        parts[1] != QLatin1String("s") || !m_session->isToken(parts[2].toLatin1())) {
        reply(request, socket, 404, error("Not found."), json);
        return true;
    }
    const QStringList rest = parts.mid(3);
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    if (request.body().size() > MaxBodyBytes) {
        reply(request, socket, 413, error("The request is too large."), json);
        return true;
    }

    if (rest.isEmpty() || (rest.size() == 1 && rest[0].isEmpty())) {
        if (!get)
            reply(request, socket, 405, error("Method not allowed."), json);
        else
            reply(request, socket, 200, LivePage::html(m_session->token()),
                  LivePage::contentType(u"index.html"));
        return true;
    }
    if (rest.size() == 1) {
        const QByteArray asset = LivePage::asset(rest[0]);
        if (asset.isEmpty())
            reply(request, socket, 404, error("Not found."), json);
        else if (!get)
            reply(request, socket, 405, error("Method not allowed."), json);
        else
            reply(request, socket, 200, asset, LivePage::contentType(rest[0]));
        return true;
    }
    if (rest.size() == 2 && rest[0] == QLatin1String("api")) {
        LiveSession::Reply answer{404, error("Not found.")};
        const QString call = rest[1];
        if (call == QLatin1String("state"))
            answer = get ? m_session->state(request.value("X-Participant-Key"))
                         : LiveSession::Reply{405, error("Use GET.")};
        else if (call == QLatin1String("join"))
            answer = post ? m_session->join(request.body())
                          : LiveSession::Reply{405, error("Use POST.")};
        else if (call == QLatin1String("rate"))
            answer = post ? m_session->rate(request.body())
                          : LiveSession::Reply{405, error("Use POST.")};
        reply(request, socket, answer.status, answer.body, json);
        return true;
    }
    reply(request, socket, 404, error("Not found."), json);
    return true;
}

void LiveServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    reply(request, socket, 404, error("Not found."), "application/json; charset=utf-8");
}

} // namespace js::live
