#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace js::live {

// The page a phone opens: page/index.html, app.js and app.css from the
// resources, nothing from the internet. The page's words are tr() texts put
// into the HTML as it is served ({{name}} marks a text, HTML-escaped), so
// that the phone speaks the language of the app.
struct LivePage {
    Q_DECLARE_TR_FUNCTIONS(js::live::LivePage)
public:
    // The page for a session's token.
    static QByteArray html(const QByteArray& token);
    // "app.js" or "app.css"; an empty array for any other name.
    static QByteArray asset(QStringView name);
    static QByteArray contentType(QStringView name);
    // The texts by name, in the language of the app.
    static QHash<QString, QString> texts();
};

} // namespace js::live
