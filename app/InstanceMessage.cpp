#include "app/InstanceMessage.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <algorithm>
#include <iterator>

namespace js::instance_message {

using namespace Qt::Literals::StringLiterals;

namespace {

struct KindName {
    InstanceRequest::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kindNames[] = {
    {InstanceRequest::Kind::Open, "open"_L1},       {InstanceRequest::Kind::Demo, "demo"_L1},
    {InstanceRequest::Kind::New, "new"_L1},         {InstanceRequest::Kind::Start, "start"_L1},
    {InstanceRequest::Kind::Windows, "windows"_L1},
};

QByteArray framed(const QJsonObject& object)
{
    const QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray message(HeaderBytes, '\0');
    qToBigEndian(quint32(body.size()), message.data());
    return message + body;
}

std::optional<QStringList> strings(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        result << item.toString();
    }
    return result;
}

std::optional<QJsonObject> versioned(const QByteArray& body, bool* versionMismatch)
{
    if (versionMismatch)
        *versionMismatch = false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue version = object.value("journeyscope"_L1);
    if (!version.isDouble())
        return std::nullopt;
    if (version.toInt() != Version) {
        if (versionMismatch)
            *versionMismatch = true;
        return std::nullopt;
    }
    return object;
}

} // namespace

QByteArray encode(const InstanceRequest& request)
{
    QJsonObject object{{"journeyscope"_L1, Version},
                       {"directory"_L1, request.workingDirectory},
                       {"files"_L1, QJsonArray::fromStringList(request.files)}};
    for (const KindName& entry : kindNames) {
        if (entry.kind == request.kind)
            object.insert("request"_L1, QString(entry.name));
    }
    return framed(object);
}

QByteArray encode(const InstanceReply& reply)
{
    return framed({{"journeyscope"_L1, Version},
                   {"accepted"_L1, reply.accepted},
                   {"windows"_L1, QJsonArray::fromStringList(reply.windows)}});
}

std::optional<qsizetype> bodyLength(const QByteArray& header)
{
    if (header.size() < HeaderBytes)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(header.constData());
    if (length == 0 || length > quint32(MaxBytes))
        return std::nullopt;
    return qsizetype(length);
}

std::optional<InstanceRequest> decodeRequest(const QByteArray& body, bool* versionMismatch)
{
    const std::optional<QJsonObject> object = versioned(body, versionMismatch);
    if (!object)
        return std::nullopt;
    InstanceRequest request;
    const QString kind = object->value("request"_L1).toString();
    const auto* entry = std::find_if(std::begin(kindNames), std::end(kindNames),
                                     [&](const KindName& e) { return kind == e.name; });
    if (entry == std::end(kindNames))
        return std::nullopt;
    request.kind = entry->kind;
    const QJsonValue directory = object->value("directory"_L1);
    if (!directory.isString() && !directory.isUndefined())
        return std::nullopt;
    request.workingDirectory = directory.toString();
    const std::optional<QStringList> files = strings(object->value("files"_L1));
    if (!files)
        return std::nullopt;
    // A path still relative is relative to where the launch ran.
    for (const QString& file : *files) {
        if (file.isEmpty())
            return std::nullopt;
        request.files << QDir::cleanPath(QDir(request.workingDirectory).absoluteFilePath(file));
    }
    if (request.kind == InstanceRequest::Kind::Open && request.files.isEmpty())
        return std::nullopt;
    return request;
}

std::optional<InstanceReply> decodeReply(const QByteArray& body)
{
    const std::optional<QJsonObject> object = versioned(body, nullptr);
    if (!object)
        return std::nullopt;
    const std::optional<QStringList> windows = strings(object->value("windows"_L1));
    if (!windows)
        return std::nullopt;
    return InstanceReply{object->value("accepted"_L1).toBool(), *windows};
}

} // namespace js::instance_message
