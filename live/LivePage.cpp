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
    // One entry per {{name}} of page/index.html, and the data- texts app.js shows.
    return {
        {QStringLiteral("title"), tr("Rate with Journeyscope")},
        {QStringLiteral("connecting"), tr("Connecting to the facilitator’s laptop…")},
        {QStringLiteral("joinHeading"), tr("Join the rating")},
        {QStringLiteral("orPick"), tr("Tap your name if it is on the list:")},
        {QStringLiteral("or"), tr("or")},
        {QStringLiteral("nameLabel"), tr("Your name")},
        {QStringLiteral("join"), tr("Join")},
        {QStringLiteral("waiting"), tr("Waiting for the facilitator…")},
        {QStringLiteral("scoreLabel"), tr("Your score")},
        {QStringLiteral("notApplicable"), tr("N/A")},
        {QStringLiteral("notApplicableLong"), tr("N/A – does not apply here")},
        {QStringLiteral("noteLabel"), tr("Add a note (optional)")},
        {QStringLiteral("saveNote"), tr("Save note")},
        {QStringLiteral("noteSaved"), tr("Note saved.")},
        {QStringLiteral("stored"), tr("Stored: %1")},
        {QStringLiteral("sending"), tr("Sending…")},
        {QStringLiteral("notStored"), tr("Not stored. Please try again.")},
        {QStringLiteral("changeUntil"), tr("You can change it until the facilitator moves on.")},
        {QStringLiteral("movedOn"), tr("The facilitator has moved on: here is the next question.")},
        {QStringLiteral("busy"), tr("The laptop is busy. Trying again…")},
        {QStringLiteral("previous"), tr("Previous")},
        {QStringLiteral("next"), tr("Next")},
        {QStringLiteral("progress"), tr("%1 of %2 rated")},
        {QStringLiteral("allDone"), tr("You have rated everything. Thank you!")},
        {QStringLiteral("review"), tr("Review my scores")},
        {QStringLiteral("locked"), tr("The round is locked: no more ratings are taken.")},
        {QStringLiteral("ended"), tr("The session has ended. Thank you!")},
        {QStringLiteral("endedScanAgain"),
         tr("This session has ended. If the facilitator has started a new one, scan the new "
            "code on the screen.")},
        {QStringLiteral("offline"), tr("No connection to the facilitator’s laptop. Retrying…")},
        {QStringLiteral("ratingAs"), tr("Rating as %1")},
        {QStringLiteral("questions"), tr("Questions to ask yourself")},
        {QStringLiteral("readMore"), tr("Read more")},
        {QStringLiteral("readLess"), tr("Show less")},
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
