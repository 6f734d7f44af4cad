#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <memory>

class QProcess;

namespace js::test {

class HttpClient;

// Debian's chromedriver and chromium (packages chromium-driver, chromium),
// or those named by JOURNEYSCOPE_CHROMEDRIVER and JOURNEYSCOPE_CHROMIUM.
QString chromeDriverPath();
QString chromiumPath();
// Whether chromeDriverPath() is an executable, so the browser tests can run.
bool hasChromeDriver();

// A phone screen for the browser: CSS pixels and the device's pixel ratio.
struct PhoneScreen {
    int width = 360;
    int height = 740;
    double pixelRatio = 2;
};

// A small W3C WebDriver client for tests: starts chromedriver on a free port
// of 127.0.0.1, opens one headless chromium session emulating a phone, and
// speaks WebDriver's JSON over HTTP. Every wait runs the calling thread's
// event loop, so a server in the same thread keeps serving the browser.
// The destructor ends the session (which closes chromium) and chromedriver.
class WebDriver {
public:
    // A running browser, or nullptr with the reason in *error.
    static std::unique_ptr<WebDriver> start(const PhoneScreen& screen, QString* error);
    ~WebDriver();
    WebDriver(const WebDriver&) = delete;
    WebDriver& operator=(const WebDriver&) = delete;

    // One WebDriver command on the session ("url", "element", ...); the
    // reply's "value", and its HTTP status in *status.
    QJsonValue command(const QByteArray& method, const QByteArray& path,
                       const QJsonObject& body = {}, int* status = nullptr);

    bool navigate(const QString& url);
    // The element's WebDriver id, or an empty string.
    QString find(const QString& css);
    // Waits until an element matching css is displayed; its id, or empty.
    QString waitForVisible(const QString& css, int timeoutMs = 10000);
    // Waits until the script (a function body) returns true.
    bool waitUntil(const QString& script, const QJsonArray& args = {}, int timeoutMs = 10000);
    bool click(const QString& element);
    bool type(const QString& element, const QString& text);
    QString text(const QString& element);
    // Runs a function body in the page (execute/sync) and returns its result.
    QJsonValue execute(const QString& script, const QJsonArray& args = {});
    // Whether a JavaScript dialog (alert, confirm, prompt) is open.
    bool alertOpen();
    // The viewport as PNG.
    QByteArray screenshot();

    // Runs the event loop for a while.
    static void pause(int ms);

private:
    WebDriver() = default;
    bool createSession(const PhoneScreen& screen, QString* error);
    QJsonValue request(const QByteArray& method, const QByteArray& path, const QJsonObject& body,
                       int* status, int timeoutMs);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<HttpClient> m_http;
    QByteArray m_session;
};

} // namespace js::test
