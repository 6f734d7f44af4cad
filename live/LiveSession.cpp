#include "live/LiveSession.h"

#include "core/analysis/NameMatching.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "live/LiveState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace js::live {
namespace {

// More than a workshop room holds: a runaway script joining in a loop stops here.
constexpr int MaxParticipants = 200;

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray randomSecret(int bytes)
{
    QByteArray secret(bytes, Qt::Uninitialized);
    QRandomGenerator* generator = QRandomGenerator::system();
    for (char& byte : secret)
        byte = char(generator->bounded(256));
    return secret.toHex();
}

QString LiveSession::refusal(const ProjectDocument& document, Id roundId)
{
    const Round* round = findRound(document.project(), roundId);
    if (!round)
        return tr("The round no longer exists.");
    if (round->locked)
        return tr("The round “%1” is locked. Unlock it to rate it live.").arg(round->name);
    if (round->criteria.empty())
        return tr("The round “%1” rates no criteria.").arg(round->name);
    const Journey* journey = findJourney(document.project(), round->journeyId);
    if (!journey || touchpointIds(*journey).empty())
        return tr("The journey of the round “%1” has no touchpoints.").arg(round->name);
    return {};
}

LiveSession::LiveSession(ProjectDocument* document, Id round, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_round(round)
    , m_token(randomSecret(16))
{
    if (const Round* r = currentRound())
        m_wasLocked = r->locked;
    repairPosition();
    connect(m_document, &ProjectDocument::changed, this, [this] {
        const Round* r = currentRound();
        const bool locked = !r || r->locked;
        if (locked != m_wasLocked) {
            m_wasLocked = locked;
            touch();
        }
        repairPosition();
    });
    connect(m_document, &ProjectDocument::projectReset, this, [this] { repairPosition(); });
}

const Round* LiveSession::currentRound() const
{
    return findRound(m_document->project(), m_round);
}

bool LiveSession::isToken(QByteArrayView candidate) const
{
    if (candidate.size() != m_token.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < m_token.size(); ++i)
        difference |= static_cast<unsigned char>(m_token[i] ^ candidate[i]);
    return difference == 0;
}

void LiveSession::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    touch();
}

void LiveSession::setPosition(Id touchpoint, Id criterion)
{
    if (touchpoint == m_touchpoint && criterion == m_criterion)
        return;
    const Round* round = currentRound();
    const Journey* journey = round ? findJourney(m_document->project(), round->journeyId) : nullptr;
    if (!journey || !findRoundCriterion(*round, criterion))
        return;
    const std::vector<Id> touchpoints = touchpointIds(*journey);
    if (std::find(touchpoints.begin(), touchpoints.end(), touchpoint) == touchpoints.end())
        return;
    m_touchpoint = touchpoint;
    m_criterion = criterion;
    touch();
}

void LiveSession::repairPosition()
{
    const Round* round = currentRound();
    const Journey* journey = round ? findJourney(m_document->project(), round->journeyId) : nullptr;
    const std::vector<Id> touchpoints = journey ? touchpointIds(*journey) : std::vector<Id>{};
    Id touchpoint = m_touchpoint;
    Id criterion = m_criterion;
    if (std::find(touchpoints.begin(), touchpoints.end(), touchpoint) == touchpoints.end())
        touchpoint = touchpoints.empty() ? NoId : touchpoints.front();
    if (!round || !findRoundCriterion(*round, criterion))
        criterion = round && !round->criteria.empty() ? round->criteria.front().criterionId : NoId;
    if (touchpoint != m_touchpoint || criterion != m_criterion) {
        m_touchpoint = touchpoint;
        m_criterion = criterion;
        touch();
    }
}

void LiveSession::touch()
{
    ++m_version;
    Q_EMIT positionChanged();
}

const LiveSession::Participant* LiveSession::participant(QByteArrayView key) const
{
    if (key.isEmpty())
        return nullptr;
    for (const Participant& p : m_participants) {
        if (p.key.size() != key.size())
            continue;
        unsigned char difference = 0;
        for (qsizetype i = 0; i < key.size(); ++i)
            difference |= static_cast<unsigned char>(p.key[i] ^ key[i]);
        if (difference == 0)
            return &p;
    }
    return nullptr;
}

LiveSession::Reply LiveSession::refuse(int status, const QString& message) const
{
    return Reply{status, toJson(QJsonObject{{QStringLiteral("error"), message}})};
}

LiveSession::Reply LiveSession::checkRound() const
{
    const Round* round = currentRound();
    if (!round)
        return refuse(410, tr("The session has ended: the round no longer exists."));
    if (round->locked)
        return refuse(409, tr("The round is locked: no more ratings are taken."));
    return Reply{200, {}};
}

LiveSession::Reply LiveSession::join(const QByteArray& body)
{
    const Parsed<JoinRequest> request = LiveRequests::parseJoin(body);
    if (!request.ok())
        return refuse(request.error.status, request.error.message);
    if (Reply check = checkRound(); check.status != 200)
        return check;
    const QString name = request.value->name;
    const QString wanted = normalizedName(name);
    for (const Participant& p : m_participants) {
        if (normalizedName(p.name) == wanted)
            return refuse(409, tr("Someone has already joined as “%1”. Add an initial to "
                                  "your name.")
                                   .arg(p.name));
    }
    if (int(m_participants.size()) >= MaxParticipants)
        return refuse(429, tr("The session is full."));

    // A rater of the round with this name is taken over; otherwise a new one joins.
    Id rater = NoId;
    const Round* round = currentRound();
    QString shown = name;
    for (const Rater& r : round->raters) {
        if (normalizedName(r.name) == wanted) {
            rater = r.id;
            shown = r.name; // as the round spells it
            break;
        }
    }
    if (rater == NoId) {
        Rater added;
        added.name = name;
        rater = m_document->addRater(m_round, -1, added);
        if (rater == NoId)
            return refuse(409, tr("The round does not take new raters now."));
    }
    m_participants.push_back(Participant{rater, shown, randomSecret(16), {}});
    const Participant& joined = m_participants.back();
    Q_EMIT participantJoined(rater);
    return Reply{200, toJson(QJsonObject{{QStringLiteral("participant"), double(rater)},
                                         {QStringLiteral("key"), QString::fromLatin1(joined.key)},
                                         {QStringLiteral("name"), joined.name}})};
}

LiveSession::Reply LiveSession::state(QByteArrayView key) const
{
    const Round* round = currentRound();
    if (!round)
        return refuse(410, tr("The session has ended: the round no longer exists."));
    StateRequest request;
    request.round = round;
    request.free = m_mode == Mode::Free;
    request.touchpoint = m_touchpoint;
    request.criterion = m_criterion;
    request.version = m_version;
    for (const Participant& p : m_participants)
        request.joined.push_back(p.rater);
    if (const Participant* p = participant(key)) {
        request.rater = p->rater;
        request.name = p->name;
        request.rated = &p->rated;
    }
    return Reply{200, toJson(stateJson(m_document->project(), request))};
}

LiveSession::Reply LiveSession::rate(const QByteArray& body)
{
    const Parsed<RateRequest> parsed = LiveRequests::parseRate(body);
    if (!parsed.ok())
        return refuse(parsed.error.status, parsed.error.message);
    const RateRequest& request = *parsed.value;
    const Participant* p = participant(request.key);
    if (!p)
        return refuse(403, tr("Join the session first."));
    if (request.participant != NoId && request.participant != p->rater)
        return refuse(403, tr("You can only rate as yourself."));
    if (Reply check = checkRound(); check.status != 200)
        return check;
    const RatingKey key{m_round, p->rater, request.touchpoint, request.criterion};
    if (!m_document->isValidRatingKey(key)) {
        if (!findRater(m_document->project(), p->rater))
            return refuse(403, tr("You are no longer a rater of this round."));
        return refuse(400, tr("That touchpoint or criterion is not part of this round."));
    }
    if (m_mode == Mode::Paced &&
        (request.touchpoint != m_touchpoint || request.criterion != m_criterion))
        return refuse(409, tr("The facilitator has moved on."));

    {
        ProjectDocument::Batch batch(m_document, tr("Live rating by %1").arg(p->name));
        m_document->setRatingScore(key, request.score);
        if (request.note)
            m_document->setRatingNote(key, *request.note);
    }
    const_cast<Participant*>(p)->rated.insert({key.touchpoint, key.criterion});
    Q_EMIT ratingReceived(key);
    const Rating* stored = m_document->rating(key);
    QJsonObject reply{{QStringLiteral("touchpoint"), double(key.touchpoint)},
                      {QStringLiteral("criterion"), double(key.criterion)},
                      {QStringLiteral("score"), scoreJson(stored ? stored->score : 0)},
                      {QStringLiteral("note"), stored ? stored->note : QString()}};
    return Reply{200, toJson(reply)};
}

} // namespace js::live
