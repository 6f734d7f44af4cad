#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <vector>

namespace js::live {

// An address of this computer that phones on the same network can reach.
struct LiveAddress {
    QHostAddress address;
    QString interfaceName; // "wlp2s0"
    QString label;         // "Wi-Fi (wlp2s0): 192.168.1.23", for a menu
};

struct LiveAddresses {
    Q_DECLARE_TR_FUNCTIONS(js::live::LiveAddresses)
public:
    // The IPv4 addresses of the interfaces that are up, best first: Wi-Fi and
    // Ethernet on a private network before anything else, virtual bridges
    // (Docker, virtual machines) and VPN tunnels last. Never loopback.
    static std::vector<LiveAddress> localNetwork();
    // The address a session listens on by default: the best of localNetwork(),
    // or 127.0.0.1 when there is none (then only this computer can join).
    static QHostAddress preferred();
};

} // namespace js::live
