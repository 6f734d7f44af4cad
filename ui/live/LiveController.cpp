#include "ui/live/LiveController.h"

#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "live/LiveServer.h"

#include <algorithm>

namespace js {
using namespace Qt::Literals::StringLiterals;

namespace {

QString g_displayHost;
QString g_displayLabel;

} // namespace

LiveController::LiveController(ProjectDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{}

LiveController::~LiveController()
{
    stop();
}

void LiveController::setDisplayAddress(const QString& host, const QString& label)
{
    g_displayHost = host;
    g_displayLabel = label;
}

void LiveController::findAddresses()
{
    if (!g_displayHost.isEmpty()) {
        m_addresses = {
            live::LiveAddress{QHostAddress(QHostAddress::LocalHost), {}, g_displayLabel}};
        m_hasNetwork = true;
        return;
    }
    m_addresses.clear();
    const QByteArray forced = qgetenv("JOURNEYSCOPE_LIVE_ADDRESS");
    if (!forced.isEmpty()) {
        const QHostAddress address(QString::fromLatin1(forced));
        m_addresses.push_back(
            live::LiveAddress{address, {}, tr("Chosen for this run: %1").arg(address.toString())});
        m_hasNetwork = !address.isLoopback();
        return;
    }
    m_addresses = live::LiveAddresses::localNetwork();
    m_hasNetwork = !m_addresses.empty();
    if (!m_hasNetwork)
        m_addresses.push_back(live::LiveAddress{
            QHostAddress(QHostAddress::LocalHost), {}, tr("This computer only: 127.0.0.1")});
}

bool LiveController::listen(const QHostAddress& address, quint16 port, QString* error)
{
    // The port asked for, else the default, else any free one.
    if (port != 0 && m_server->start(address, port, error))
        return true;
    if (port != DefaultPort && m_server->start(address, DefaultPort, error))
        return true;
    return m_server->start(address, 0, error);
}

bool LiveController::start(Id round, QString* error)
{
    if (isRunning())
        stop();
    const QString refusal = live::LiveSession::refusal(*m_document, round);
    if (!refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    findAddresses();
    m_session = new live::LiveSession(m_document, round, this);
    m_session->setMode(m_mode);
    m_server = new live::LiveServer(m_session, this);
    if (!listen(m_addresses.front().address, DefaultPort, error)) {
        stop();
        return false;
    }
    m_locked = false;
    connect(m_session, &live::LiveSession::participantJoined, this,
            &LiveController::participantsChanged);
    connect(m_session, &live::LiveSession::ratingReceived, this,
            [this](const RatingKey& key) { Q_EMIT progressChanged(key.rater); });
    connect(m_session, &live::LiveSession::positionChanged, this, [this] {
        // The session says "follow me" for the lock as for a move: only a
        // change of the lock is news here.
        if (isLocked() != m_locked) {
            m_locked = isLocked();
            Q_EMIT lockChanged(m_locked);
        }
    });
    Q_EMIT started();
    return true;
}

void LiveController::stop()
{
    if (!m_session)
        return;
    m_server->stop();
    delete m_server;
    m_server = nullptr;
    delete m_session;
    m_session = nullptr;
    m_locked = false;
    Q_EMIT stopped();
}

void LiveController::setMode(live::LiveSession::Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (m_session)
        m_session->setMode(mode);
    Q_EMIT modeChanged();
}

Id LiveController::round() const
{
    return m_session ? m_session->round() : NoId;
}

bool LiveController::isLocked() const
{
    if (!m_session)
        return false;
    const Round* r = findRound(m_document->project(), m_session->round());
    return !r || r->locked;
}

QHostAddress LiveController::address() const
{
    return m_server && m_server->isListening() ? m_server->address() : QHostAddress();
}

bool LiveController::setAddress(const QHostAddress& address, QString* error)
{
    if (!m_server || address == this->address())
        return true;
    const quint16 port = m_server->port();
    const QHostAddress previous = this->address();
    if (!listen(address, port, error)) {
        // Back where it was, so that those who joined can go on.
        QString ignored;
        listen(previous, port, &ignored);
        Q_EMIT addressChanged();
        return false;
    }
    Q_EMIT addressChanged();
    return true;
}

QUrl LiveController::joinUrl() const
{
    return m_server ? m_server->joinUrl() : QUrl();
}

QUrl LiveController::displayUrl() const
{
    QUrl url = joinUrl();
    if (!url.isEmpty() && !g_displayHost.isEmpty())
        url.setHost(g_displayHost);
    return url;
}

bool LiveController::isParticipant(Id rater) const
{
    if (!m_session)
        return false;
    const auto& participants = m_session->participants();
    return std::any_of(
        participants.begin(), participants.end(),
        [rater](const live::LiveSession::Participant& p) { return p.rater == rater; });
}

int LiveController::cellCount() const
{
    const Round* r = m_session ? findRound(m_document->project(), m_session->round()) : nullptr;
    const Journey* journey = r ? findJourney(m_document->project(), r->journeyId) : nullptr;
    return journey ? int(touchpointIds(*journey).size() * r->criteria.size()) : 0;
}

int LiveController::ratedCells(Id rater) const
{
    const Round* r = m_session ? findRound(m_document->project(), m_session->round()) : nullptr;
    const Journey* journey = r ? findJourney(m_document->project(), r->journeyId) : nullptr;
    if (!journey)
        return 0;
    int rated = 0;
    for (Id touchpoint : touchpointIds(*journey)) {
        for (const RoundCriterion& criterion : r->criteria) {
            const Rating* rating =
                m_document->rating(RatingKey{r->id, rater, touchpoint, criterion.criterionId});
            if (rating && (rating->isScored() || rating->score == Rating::NotApplicable))
                ++rated;
        }
    }
    return rated;
}

} // namespace js
