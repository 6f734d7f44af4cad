#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace js {

// What a later launch of Journeyscope asks the running one to do.
struct InstanceRequest {
    enum class Kind {
        Open,    // open `files`, each in its own window
        Demo,    // --demo
        New,     // --new
        Start,   // a plain start: what starting would open, in a new window
        Windows, // open nothing; answer with the projects open (for tests)
    };

    Kind kind = Kind::Start;
    QStringList files;        // absolute paths, for Kind::Open
    QString workingDirectory; // of the launch, for any path still relative

    bool operator==(const InstanceRequest&) const = default;
};

// The running instance's answer.
struct InstanceReply {
    bool accepted = false;
    QStringList windows; // the projects open, for Kind::Windows
};

// The messages on the instance channel: a 4-byte big-endian length, then that
// many bytes of UTF-8 JSON with the protocol version in "journeyscope".
// A message of another version, a broken one or one larger than MaxBytes
// is refused.
namespace instance_message {

constexpr int Version = 1;
constexpr qsizetype MaxBytes = 1024 * 1024;
constexpr qsizetype HeaderBytes = 4;

QByteArray encode(const InstanceRequest& request);
QByteArray encode(const InstanceReply& reply);

// The length a header announces; nullopt when it is out of bounds.
std::optional<qsizetype> bodyLength(const QByteArray& header);

// The request or reply in a message body; nullopt when it is not one of
// this version. `versionMismatch` is set when it is well formed but of
// another version.
std::optional<InstanceRequest> decodeRequest(const QByteArray& body,
                                             bool* versionMismatch = nullptr);
std::optional<InstanceReply> decodeReply(const QByteArray& body);

} // namespace instance_message
} // namespace js
