#include "WebDriver.h"

#include "HttpClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

namespace js::test {
using namespace Qt::Literals::StringLiterals;

namespace {

// The key under which WebDriver names an element (W3C WebDriver, 'Elements').
const QString ElementKey = u"element-6066-11e4-a52e-4f735466cecf"_s;

constexpr int CommandTimeoutMs = 20000;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QJsonObject capabilities(const PhoneScreen& screen)
{
    const QString size = u"--window-size=%1,%2"_s.arg(screen.width).arg(screen.height);
    const QJsonArray args{u"--headless=new"_s, u"--no-sandbox"_s, u"--disable-dev-shm-usage"_s,
                          u"--disable-gpu"_s,
                          // Over a pipe rather than a port on "localhost", a name that a bare
                          // machine without /etc/hosts does not resolve.
                          u"--remote-debugging-pipe"_s, size, u"--no-first-run"_s,
                          u"--disable-extensions"_s, u"--hide-scrollbars"_s, u"--lang=en-US"_s};
    const QJsonObject metrics{{u"width"_s, screen.width},
                              {u"height"_s, screen.height},
                              {u"pixelRatio"_s, screen.pixelRatio},
                              {u"touch"_s, true}};
    const QJsonObject mobile{{u"deviceMetrics"_s, metrics},
                             {u"userAgent"_s,
                              u"Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 "
                              "(KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"_s}};
    const QJsonObject chrome{
        {u"binary"_s, chromiumPath()}, {u"args"_s, args}, {u"mobileEmulation"_s, mobile}};
    return QJsonObject{
        {u"capabilities"_s,
         QJsonObject{{u"alwaysMatch"_s, QJsonObject{{u"goog:chromeOptions"_s, chrome}}}}}};
}

QString fromEnvironment(const char* name, const char* fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

} // namespace

QString chromeDriverPath()
{
    return fromEnvironment("JOURNEYSCOPE_CHROMEDRIVER", "/usr/bin/chromedriver");
}

QString chromiumPath()
{
    return fromEnvironment("JOURNEYSCOPE_CHROMIUM", "/usr/bin/chromium");
}

bool hasChromeDriver()
{
    return QFileInfo(chromeDriverPath()).isExecutable();
}

std::unique_ptr<WebDriver> WebDriver::start(const PhoneScreen& screen, QString* error)
{
    if (!hasChromeDriver()) {
        *error = u"%1 is not installed"_s.arg(chromeDriverPath());
        return nullptr;
    }
    const quint16 port = freePort();
    std::unique_ptr<WebDriver> driver(new WebDriver);
    driver->m_process = std::make_unique<QProcess>();
    driver->m_process->setStandardOutputFile(QProcess::nullDevice());
    driver->m_process->setStandardErrorFile(QProcess::nullDevice());
    driver->m_process->start(chromeDriverPath(), {u"--port=%1"_s.arg(port), u"--log-level=OFF"_s});
    if (!driver->m_process->waitForStarted(5000)) {
        *error = u"chromedriver did not start: %1"_s.arg(driver->m_process->errorString());
        return nullptr;
    }
    driver->m_http = std::make_unique<HttpClient>(QHostAddress(QHostAddress::LocalHost), port);

    // Ready when /status says so.
    const QDeadlineTimer deadline(10000);
    bool ready = false;
    while (!ready && !deadline.hasExpired() && driver->m_process->state() == QProcess::Running) {
        int status = 0;
        const QJsonValue value = driver->request("GET", "/status", {}, &status, 2000);
        ready = status == 200 && value[u"ready"_s].toBool();
        if (!ready)
            pause(100);
    }
    if (!ready) {
        *error = u"chromedriver did not get ready on port %1"_s.arg(port);
        return nullptr;
    }
    if (!driver->createSession(screen, error))
        return nullptr;
    return driver;
}

WebDriver::~WebDriver()
{
    if (!m_session.isEmpty())
        request("DELETE", "/session/" + m_session, {}, nullptr, 10000); // closes chromium
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

bool WebDriver::createSession(const PhoneScreen& screen, QString* error)
{
    int status = 0;
    const QJsonValue value = request("POST", "/session", capabilities(screen), &status, 30000);
    m_session = value[u"sessionId"_s].toString().toLatin1();
    if (status != 200 || m_session.isEmpty()) {
        *error =
            u"chromium did not start (%1): %2"_s.arg(status).arg(value[u"message"_s].toString());
        return false;
    }
    return true;
}

QJsonValue WebDriver::request(const QByteArray& method, const QByteArray& path,
                              const QJsonObject& body, int* status, int timeoutMs)
{
    HttpRequest http;
    http.method = method;
    http.path = path;
    if (method == "POST")
        http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const HttpResponse response = m_http->send(http, timeoutMs);
    if (status)
        *status = response.status;
    return QJsonDocument::fromJson(response.body).object().value(u"value"_s);
}

QJsonValue WebDriver::command(const QByteArray& method, const QByteArray& path,
                              const QJsonObject& body, int* status)
{
    return request(method, "/session/" + m_session + '/' + path, body, status, CommandTimeoutMs);
}

bool WebDriver::navigate(const QString& url)
{
    int status = 0;
    command("POST", "url", QJsonObject{{u"url"_s, url}}, &status);
    return status == 200;
}

QString WebDriver::find(const QString& css)
{
    int status = 0;
    const QJsonValue value =
        command("POST", "element", QJsonObject{{u"using"_s, u"css selector"_s}, {u"value"_s, css}},
                &status);
    return status == 200 ? value[ElementKey].toString() : QString();
}

QString WebDriver::waitForVisible(const QString& css, int timeoutMs)
{
    const bool visible = waitUntil(u"const e = document.querySelector(arguments[0]);"
                                   "return !!e && e.getClientRects().length > 0;"_s,
                                   QJsonArray{css}, timeoutMs);
    return visible ? find(css) : QString();
}

bool WebDriver::waitUntil(const QString& script, const QJsonArray& args, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (execute(script, args).toBool())
            return true;
        if (deadline.hasExpired())
            return false;
        pause(100);
    }
}

bool WebDriver::click(const QString& element)
{
    int status = 0;
    command("POST", "element/" + element.toLatin1() + "/click", {}, &status);
    return status == 200;
}

bool WebDriver::type(const QString& element, const QString& text)
{
    int status = 0;
    command("POST", "element/" + element.toLatin1() + "/value", QJsonObject{{u"text"_s, text}},
            &status);
    return status == 200;
}

QString WebDriver::text(const QString& element)
{
    return command("GET", "element/" + element.toLatin1() + "/text").toString();
}

QJsonValue WebDriver::execute(const QString& script, const QJsonArray& args)
{
    int status = 0;
    const QJsonValue value = command(
        "POST", "execute/sync", QJsonObject{{u"script"_s, script}, {u"args"_s, args}}, &status);
    return status == 200 ? value : QJsonValue();
}

bool WebDriver::alertOpen()
{
    int status = 0;
    command("GET", "alert/text", {}, &status);
    return status == 200;
}

QByteArray WebDriver::screenshot()
{
    return QByteArray::fromBase64(command("GET", "screenshot").toString().toLatin1());
}

void WebDriver::pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace js::test
