#include "HttpClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

namespace js::test {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

class HttpClient::Connection {
public:
    QHostAddress server;
    quint16 port = 0;
    QHostAddress from;
    QTcpSocket socket;
    QByteArray buffer;

    bool connectIfNeeded(int timeoutMs)
    {
        if (socket.state() == QAbstractSocket::ConnectedState)
            return true;
        socket.abort();
        buffer.clear();
        if (!from.isNull())
            socket.bind(from);
        socket.connectToHost(server, port);
        return waitFor(timeoutMs,
                       [this] {
                           return socket.state() == QAbstractSocket::ConnectedState ||
                                  socket.state() == QAbstractSocket::UnconnectedState;
                       }) &&
               socket.state() == QAbstractSocket::ConnectedState;
    }

    // Runs the event loop until done() or the time is up. Sleeps while
    // nothing happens (processEvents with a maximum time would not: it drops
    // WaitForMoreEvents and spins); the timer wakes it to look at the clock.
    template <typename F> bool waitFor(int timeoutMs, F done)
    {
        QElapsedTimer clock;
        clock.start();
        QEventLoop loop;
        QTimer wake;
        wake.start(20);
        while (!done()) {
            if (clock.elapsed() > timeoutMs)
                return false;
            loop.processEvents(QEventLoop::WaitForMoreEvents);
            if (socket.isOpen())
                buffer += socket.readAll();
        }
        return true;
    }

    // A whole response at the front of the buffer, taken off it.
    bool takeResponse(HttpResponse* response)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        HttpResponse parsed;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        parsed.status = statusLine.value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            parsed.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return false;
        parsed.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        *response = parsed;
        return true;
    }
};

HttpClient::HttpClient(QHostAddress server, quint16 port, QHostAddress from)
    : m_connection(new Connection)
{
    m_connection->server = server;
    m_connection->port = port;
    m_connection->from = from;
}

HttpClient::~HttpClient()
{
    delete m_connection;
}

HttpResponse HttpClient::send(const HttpRequest& request, int timeoutMs)
{
    Connection& c = *m_connection;
    HttpResponse response;
    if (!c.connectIfNeeded(timeoutMs))
        return response;
    QByteArray bytes = request.raw;
    if (bytes.isEmpty()) {
        bytes = request.method + ' ' + request.path +
                " HTTP/1.1\r\nHost: " + c.server.toString().toLatin1() + "\r\n";
        for (const auto& [name, value] : request.headers)
            bytes += name + ": " + value + "\r\n";
        if (!request.body.isEmpty() || request.method == "POST")
            bytes += "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(request.body.size()) + "\r\n";
        bytes += "\r\n" + request.body;
    }
    // Written in pieces, so that a large body meets a server that may cut it off.
    qsizetype written = 0;
    while (written < bytes.size() && c.socket.state() == QAbstractSocket::ConnectedState) {
        const qint64 n = c.socket.write(bytes.constData() + written,
                                        std::min<qsizetype>(64 * 1024, bytes.size() - written));
        if (n < 0)
            break;
        written += n;
        c.waitFor(timeoutMs, [&] { return c.socket.bytesToWrite() < 256 * 1024; });
        if (c.socket.isOpen())
            c.buffer += c.socket.readAll();
    }
    c.waitFor(timeoutMs, [&] {
        return c.takeResponse(&response) || c.socket.state() != QAbstractSocket::ConnectedState;
    });
    if (response.status == 0 && c.socket.isOpen()) {
        c.buffer += c.socket.readAll();
        c.takeResponse(&response);
    }
    return response;
}

HttpResponse HttpClient::get(const QByteArray& path, const QByteArray& key)
{
    HttpRequest request;
    request.path = path;
    if (!key.isEmpty())
        request.headers.append({"X-Participant-Key", key});
    return send(request);
}

HttpResponse HttpClient::post(const QByteArray& path, const QByteArray& json)
{
    HttpRequest request;
    request.method = "POST";
    request.path = path;
    request.body = json;
    return send(request);
}

} // namespace js::test
