#include "live/LiveRequests.h"

#include "core/model/Framework.h"
#include "core/model/Rating.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>

namespace js::live {
namespace {

template <typename T> Parsed<T> refuse(int status, const QString& message)
{
    Parsed<T> parsed;
    parsed.error = RequestError{status, message};
    return parsed;
}

// The body as one JSON object, or a message saying why not.
std::optional<QJsonObject> readObject(const QByteArray& body, QString* message)
{
    if (body.size() > MaxBodyBytes) {
        *message = LiveRequests::tr("The request is too large.");
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *message = LiveRequests::tr("The request is not a JSON object.");
        return std::nullopt;
    }
    return document.object();
}

// A whole, positive id a JSON number holds exactly.
Id readId(const QJsonValue& value)
{
    if (!value.isDouble())
        return NoId;
    const double number = value.toDouble();
    if (!(number >= 1.0) || number > double(MaxId) || std::floor(number) != number)
        return NoId;
    return Id(number);
}

bool hasControlCharacters(const QString& text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        if (allowLineBreaks && (c == u'\n' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
        // Bidirectional overrides and isolates turn the text after them around.
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

Parsed<JoinRequest> LiveRequests::parseJoin(const QByteArray& body)
{
    QString message;
    const std::optional<QJsonObject> object = readObject(body, &message);
    if (!object)
        return refuse<JoinRequest>(body.size() > MaxBodyBytes ? 413 : 400, message);
    const QJsonValue name = object->value(QLatin1String("name"));
    if (!name.isString())
        return refuse<JoinRequest>(400, tr("Enter your name."));
    const QString trimmed = name.toString().simplified();
    if (trimmed.isEmpty())
        return refuse<JoinRequest>(400, tr("Enter your name."));
    if (trimmed.size() > MaxNameLength)
        return refuse<JoinRequest>(
            400, tr("The name is too long (at most %1 characters).").arg(MaxNameLength));
    if (hasControlCharacters(trimmed, false))
        return refuse<JoinRequest>(400, tr("The name holds characters that cannot be shown."));
    Parsed<JoinRequest> parsed;
    parsed.value = JoinRequest{trimmed};
    return parsed;
}

Parsed<RateRequest> LiveRequests::parseRate(const QByteArray& body)
{
    QString message;
    const std::optional<QJsonObject> object = readObject(body, &message);
    if (!object)
        return refuse<RateRequest>(body.size() > MaxBodyBytes ? 413 : 400, message);

    RateRequest request;
    const QJsonValue key = object->value(QLatin1String("key"));
    if (!key.isString() || key.toString().isEmpty() || key.toString().size() > 64)
        return refuse<RateRequest>(403, tr("Join the session first."));
    request.key = key.toString().toLatin1();

    const QJsonValue participant = object->value(QLatin1String("participant"));
    if (!participant.isUndefined()) {
        request.participant = readId(participant);
        if (request.participant == NoId)
            return refuse<RateRequest>(400, tr("The participant is not a valid id."));
    }
    request.touchpoint = readId(object->value(QLatin1String("touchpoint")));
    request.criterion = readId(object->value(QLatin1String("criterion")));
    if (request.touchpoint == NoId || request.criterion == NoId)
        return refuse<RateRequest>(400, tr("The touchpoint and the criterion must be given as "
                                           "the ids the state lists."));

    const QJsonValue score = object->value(QLatin1String("score"));
    if (score.isString() && score.toString() == QLatin1String("na")) {
        request.score = Rating::NotApplicable;
    } else if (score.isDouble() && std::floor(score.toDouble()) == score.toDouble() &&
               score.toDouble() >= MinScore && score.toDouble() <= MaxScore) {
        request.score = int(score.toDouble());
    } else {
        return refuse<RateRequest>(400, tr("The score must be 1 to 5 or “na”."));
    }

    const QJsonValue note = object->value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isNull()) {
        if (!note.isString())
            return refuse<RateRequest>(400, tr("The note must be text."));
        const QString text = note.toString().trimmed();
        if (text.size() > MaxNoteLength)
            return refuse<RateRequest>(
                400, tr("The note is too long (at most %1 characters).").arg(MaxNoteLength));
        if (hasControlCharacters(text, true))
            return refuse<RateRequest>(400, tr("The note holds characters that cannot be shown."));
        request.note = text;
    }
    Parsed<RateRequest> parsed;
    parsed.value = std::move(request);
    return parsed;
}

} // namespace js::live
