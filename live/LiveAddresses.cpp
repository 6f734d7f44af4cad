#include "live/LiveAddresses.h"

#include <QNetworkInterface>

#include <algorithm>

namespace js::live {
namespace {

bool startsWithAny(const QString& name, std::initializer_list<const char*> prefixes)
{
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const char* prefix) { return name.startsWith(QLatin1String(prefix)); });
}

bool isVirtual(const QNetworkInterface& interface)
{
    const QString name = interface.name();
    return interface.type() == QNetworkInterface::Virtual ||
           startsWithAny(name, {"docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun", "tap",
                                "wg", "tailscale", "zt", "utun", "lxc", "lxd", "podman"});
}

bool isPrivate(const QHostAddress& address)
{
    return address.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8) ||
           address.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12) ||
           address.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16);
}

// Lower is better.
int rank(const QNetworkInterface& interface, const QHostAddress& address)
{
    int rank = 0;
    if (isVirtual(interface))
        rank += 100;
    if (!isPrivate(address))
        rank += 10;
    if (interface.type() == QNetworkInterface::Wifi || startsWithAny(interface.name(), {"wl"}))
        rank += 0;
    else if (interface.type() == QNetworkInterface::Ethernet ||
             startsWithAny(interface.name(), {"en", "eth"}))
        rank += 1;
    else
        rank += 5;
    return rank;
}

QString kindName(const QNetworkInterface& interface)
{
    if (isVirtual(interface))
        return LiveAddresses::tr("Virtual network");
    if (interface.type() == QNetworkInterface::Wifi || interface.name().startsWith(u"wl"))
        return LiveAddresses::tr("Wi-Fi");
    if (interface.type() == QNetworkInterface::Ethernet || interface.name().startsWith(u"en") ||
        interface.name().startsWith(u"eth"))
        return LiveAddresses::tr("Ethernet");
    return LiveAddresses::tr("Network");
}

} // namespace

std::vector<LiveAddress> LiveAddresses::localNetwork()
{
    struct Ranked {
        int rank;
        LiveAddress address;
    };
    std::vector<Ranked> found;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) ||
            !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry& entry : entries) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol || ip.isLoopback() ||
                ip.isLinkLocal())
                continue;
            const QString label =
                tr("%1 (%2): %3")
                    .arg(kindName(interface), interface.humanReadableName(), ip.toString());
            found.push_back(Ranked{rank(interface, ip), LiveAddress{ip, interface.name(), label}});
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
    std::vector<LiveAddress> addresses;
    for (Ranked& ranked : found)
        addresses.push_back(std::move(ranked.address));
    return addresses;
}

QHostAddress LiveAddresses::preferred()
{
    const std::vector<LiveAddress> addresses = localNetwork();
    return addresses.empty() ? QHostAddress(QHostAddress::LocalHost) : addresses.front().address;
}

} // namespace js::live
