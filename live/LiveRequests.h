#pragma once

#include "core/model/Id.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace js::live {

// What a phone sends, read and checked before anything touches the project:
// the bodies of POST /api/join and POST /api/rate (docs/live-rating.md).
// Anything that is not exactly the expected JSON object is refused with a
// status and one sentence for the participant.

// The largest request body the server reads; larger ones get 413.
inline constexpr qsizetype MaxBodyBytes = 16 * 1024;
inline constexpr int MaxNameLength = 60;
inline constexpr int MaxNoteLength = 2000;

struct RequestError {
    int status = 400;
    QString message;
};

struct JoinRequest {
    QString name; // trimmed, 1..MaxNameLength characters
};

struct RateRequest {
    QByteArray key;
    Id participant = NoId; // optional: when given, it must be the key's own
    Id touchpoint = NoId;
    Id criterion = NoId;
    int score = 0;               // 1..5 or Rating::NotApplicable
    std::optional<QString> note; // absent: the note stays as it is
};

template <typename T> struct Parsed {
    std::optional<T> value;
    RequestError error;
    bool ok() const { return value.has_value(); }
};

struct LiveRequests {
    Q_DECLARE_TR_FUNCTIONS(js::live::LiveRequests)
public:
    static Parsed<JoinRequest> parseJoin(const QByteArray& body);
    static Parsed<RateRequest> parseRate(const QByteArray& body);
};

} // namespace js::live
