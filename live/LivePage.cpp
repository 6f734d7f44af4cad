#include "live/LivePage.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace js::live {
namespace {

QByteArray readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QHash<QString, QString> LivePage::texts()
{
    return {
        {QStringLiteral("title"), tr("Rate with Journeyscope")},
        {QStringLiteral("joinHeading"), tr("Join the rating")},
        {QStringLiteral("nameLabel"), tr("Your name")},
        {QStringLiteral("join"), tr("Join")},
        {QStringLiteral("orPick"), tr("Or pick your name:")},
        {QStringLiteral("waiting"), tr("Waiting for the facilitator…")},
        {QStringLiteral("notApplicable"), tr("N/A")},
        {QStringLiteral("noteLabel"), tr("Note (optional)")},
        {QStringLiteral("saveNote"), tr("Save note")},
        {QStringLiteral("stored"), tr("Stored: %1")},
        {QStringLiteral("changeUntil"), tr("You can change it until the facilitator moves on.")},
        {QStringLiteral("previous"), tr("Previous")},
        {QStringLiteral("next"), tr("Next")},
        {QStringLiteral("progress"), tr("%1 of %2 rated")},
        {QStringLiteral("allDone"), tr("You have rated everything. Thank you!")},
        {QStringLiteral("locked"), tr("The round is locked: no more ratings are taken.")},
        {QStringLiteral("ended"), tr("The session has ended. Thank you!")},
        {QStringLiteral("offline"), tr("No connection to the facilitator’s laptop. Retrying…")},
        {QStringLiteral("ratingAs"), tr("Rating as %1")},
        {QStringLiteral("questions"), tr("Questions to ask yourself")},
        {QStringLiteral("score1"), tr("Very poor")},
        {QStringLiteral("score2"), tr("Poor")},
        {QStringLiteral("score3"), tr("Fair")},
        {QStringLiteral("score4"), tr("Good")},
        {QStringLiteral("score5"), tr("Excellent")},
    };
}

QByteArray LivePage::html(const QByteArray& token)
{
    QString page = QString::fromUtf8(readResource(QStringLiteral(":/live/index.html")));
    const QHash<QString, QString> words = texts();
    static const QRegularExpression marker(QStringLiteral("\\{\\{([a-zA-Z0-9]+)\\}\\}"));
    QString result;
    qsizetype last = 0;
    for (auto it = marker.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(page).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == QLatin1String("token"))
            result += QString::fromLatin1(token); // hex only
        else if (name == QLatin1String("lang"))
            result += QLocale().bcp47Name().toHtmlEscaped();
        else
            result += words.value(name).toHtmlEscaped();
        last = match.capturedEnd();
    }
    result += QStringView(page).mid(last);
    return result.toUtf8();
}

QByteArray LivePage::asset(QStringView name)
{
    if (name == u"app.js" || name == u"app.css")
        return readResource(QStringLiteral(":/live/") + name.toString());
    return {};
}

QByteArray LivePage::contentType(QStringView name)
{
    if (name.endsWith(u".js"))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(u".css"))
        return "text/css; charset=utf-8";
    return "text/html; charset=utf-8";
}

} // namespace js::live
