#include "live/RequestThrottle.h"

#include <algorithm>

namespace js::live {

RequestThrottle::RequestThrottle(int burst, int perSecond)
    : m_burst(std::max(1, burst))
    , m_perSecond(std::max(1, perSecond))
{
    m_clock.start();
}

bool RequestThrottle::allow(const QHostAddress& address)
{
    return allowAt(address, m_clock.elapsed());
}

bool RequestThrottle::allowAt(const QHostAddress& address, qint64 nowMs)
{
    forgetIdle(nowMs);
    // An IPv4 address seen through an IPv6 socket is the same client.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    const QString name = isV4 ? QHostAddress(v4).toString() : address.toString();

    auto it = m_buckets.find(name);
    if (it == m_buckets.end())
        it = m_buckets.insert(name, Bucket{double(m_burst), nowMs});
    Bucket& bucket = *it;
    const double refill = double(nowMs - bucket.lastMs) * m_perSecond / 1000.0;
    bucket.tokens = std::min(double(m_burst), bucket.tokens + std::max(0.0, refill));
    bucket.lastMs = nowMs;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

void RequestThrottle::forgetIdle(qint64 nowMs)
{
    // A bucket idle long enough to be full again is the same as no bucket.
    const qint64 fullAfterMs = qint64(m_burst) * 1000 / m_perSecond + 1000;
    if (nowMs - m_lastSweepMs < fullAfterMs)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (nowMs - it->lastMs > fullAfterMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace js::live
