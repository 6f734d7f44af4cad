#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace js::test {

// What an HTTP request got back; status 0 when the connection failed or was
// cut before a whole response arrived.
struct HttpResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;
    QByteArray header(const QByteArray& name) const;
};

struct HttpRequest {
    QByteArray method = "GET";
    QByteArray path = "/";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Sent as is instead of a request built from the fields above.
    QByteArray raw;
};

// A small HTTP/1.1 client on one connection, for tests: each call waits for
// the response while running the calling thread's event loop, so a server in
// the same thread is served meanwhile. Keeps the connection open between
// calls; reconnects when the server closed it.
class HttpClient {
public:
    HttpClient(QHostAddress server, quint16 port, QHostAddress from = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    HttpResponse send(const HttpRequest& request, int timeoutMs = 10000);
    HttpResponse get(const QByteArray& path, const QByteArray& key = {});
    HttpResponse post(const QByteArray& path, const QByteArray& json);

private:
    class Connection;
    Connection* m_connection;
};

} // namespace js::test
