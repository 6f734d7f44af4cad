#pragma once

#include "core/model/Id.h"
#include "core/model/Rating.h"
#include "live/LiveRequests.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <set>
#include <utility>
#include <vector>

namespace js {
class ProjectDocument;
struct Round;
} // namespace js

namespace js::live {

// A live rating session on one round: who has joined, what they rate now,
// and the answers to the three API calls (docs/live-rating.md), without any
// HTTP. Every rating goes through the document, so undo and the file's flush
// apply as for typed scores.
//
// Paced (the default): the facilitator moves everyone through the round's
// cells with setPosition(); a phone rates the cell shown, and may change its
// answer until the facilitator moves on. Free: every participant rates any
// cell of the round at their own pace.
class LiveSession : public QObject {
    Q_OBJECT

public:
    enum class Mode { Paced, Free };

    struct Participant {
        Id rater = NoId; // the rater of the round this participant rates as
        QString name;
        QByteArray key; // secret: only its holder may write as this rater
        // The cells (touchpoint, criterion) rated in this session: only these
        // are shown back to the phone, never what the rater held before (a
        // name tapped on the list must not open a colleague's scores).
        std::set<std::pair<Id, Id>> rated;
    };

    // What a call answers: an HTTP status and a JSON body.
    struct Reply {
        int status = 200;
        QByteArray body;
    };

    // Why a round cannot run a live session (locked, gone, without criteria or
    // touchpoints), or an empty string when it can.
    static QString refusal(const ProjectDocument& document, Id round);

    // The token is random, 128 bits, and names the session in every address.
    LiveSession(ProjectDocument* document, Id round, QObject* parent = nullptr);

    ProjectDocument* document() const { return m_document; }
    Id round() const { return m_round; }
    const QByteArray& token() const { return m_token; }
    // Whether a path segment is this session's token (in constant time).
    bool isToken(QByteArrayView candidate) const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The cell everyone rates in paced mode. A touchpoint of the round's
    // journey and a criterion it rates; others are ignored.
    Id touchpoint() const { return m_touchpoint; }
    Id criterion() const { return m_criterion; }
    void setPosition(Id touchpoint, Id criterion);
    // Rises with every change a phone must follow (position, mode, lock).
    quint64 version() const { return m_version; }

    const std::vector<Participant>& participants() const { return m_participants; }
    // The participant holding this key, or nullptr.
    const Participant* participant(QByteArrayView key) const;

    Reply join(const QByteArray& body);
    // The key (may be empty) adds the participant's own ratings.
    Reply state(QByteArrayView key) const;
    Reply rate(const QByteArray& body);

Q_SIGNALS:
    void participantJoined(js::Id rater);
    void ratingReceived(const js::RatingKey& key);
    void positionChanged();

private:
    const Round* currentRound() const;
    Reply refuse(int status, const QString& message) const;
    Reply checkRound() const;
    void repairPosition();
    void touch();

    ProjectDocument* m_document;
    Id m_round;
    QByteArray m_token;
    Mode m_mode = Mode::Paced;
    Id m_touchpoint = NoId;
    Id m_criterion = NoId;
    quint64 m_version = 1;
    bool m_wasLocked = false;
    std::vector<Participant> m_participants;
};

// A random secret of `bytes` bytes from the system's generator, as lowercase
// hex (16 bytes: 128 bits, 32 characters).
QByteArray randomSecret(int bytes = 16);

} // namespace js::live
