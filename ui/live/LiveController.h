#pragma once

#include "core/model/Id.h"
#include "live/LiveAddresses.h"
#include "live/LiveSession.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <vector>

namespace js {

class ProjectDocument;

namespace live {
class LiveServer;
}

// The live rating session of one window: the session on a round and the
// server that serves it to the phones, started and stopped together. The
// window's menu, status bar, join screen and focus view all talk to it.
//
// The server listens on the best address of the local network (or, when
// JOURNEYSCOPE_LIVE_ADDRESS names one, on that: tests listen on 127.0.0.1),
// on port 8137 when it is free and on any free port otherwise.
class LiveController : public QObject {
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 8137;

    explicit LiveController(ProjectDocument* document, QObject* parent = nullptr);
    ~LiveController() override;

    // Starts a session on a round; false with a sentence for the user when
    // the round cannot run one or no address can be listened on.
    bool start(Id round, QString* error);
    void stop();
    bool isRunning() const { return m_session != nullptr; }

    live::LiveSession* session() const { return m_session; }
    live::LiveServer* server() const { return m_server; }
    Id round() const;
    // Paced (the default) or free; remembered from one session to the next.
    live::LiveSession::Mode mode() const { return m_mode; }
    void setMode(live::LiveSession::Mode mode);
    bool isLocked() const;

    // The addresses a participant may reach, best first; the loopback
    // address alone when there is no network (then only this computer can join).
    const std::vector<live::LiveAddress>& addresses() const { return m_addresses; }
    bool hasNetwork() const { return m_hasNetwork; }
    QHostAddress address() const;
    // Listens on another address, keeping the session and, if it can, the port.
    bool setAddress(const QHostAddress& address, QString* error);

    // The address participants open, as the server gives it.
    QUrl joinUrl() const;
    // The same address as the join screen shows it: with a display address
    // set (the documentation's screenshots, taken on 127.0.0.1), that host
    // instead, and that label in the list of networks.
    QUrl displayUrl() const;
    static void setDisplayAddress(const QString& host, const QString& label);

    // Whether a rater of the round is a participant of the running session.
    bool isParticipant(Id rater) const;

    // How many cells of the round a rater has scored or marked N/A, of how many.
    int ratedCells(Id rater) const;
    int cellCount() const;

Q_SIGNALS:
    void started();
    void stopped();
    void addressChanged();
    void participantsChanged();
    // A participant's progress changed (a rating of theirs arrived).
    void progressChanged(js::Id rater);
    void modeChanged();
    void lockChanged(bool locked);

private:
    void findAddresses();
    bool listen(const QHostAddress& address, quint16 port, QString* error);

    ProjectDocument* m_document;
    live::LiveSession* m_session = nullptr;
    live::LiveServer* m_server = nullptr;
    std::vector<live::LiveAddress> m_addresses;
    bool m_hasNetwork = false;
    bool m_locked = false;
    live::LiveSession::Mode m_mode = live::LiveSession::Mode::Paced;
};

} // namespace js
