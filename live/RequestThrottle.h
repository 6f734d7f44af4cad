#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>

namespace js::live {

// Keeps one client from flooding the session: each address has a bucket of
// `burst` requests that refills at `perSecond`. A request from an empty bucket
// is refused (429) at once, without touching the project, so that a flood
// costs the window almost nothing.
class RequestThrottle {
public:
    explicit RequestThrottle(int burst = 120, int perSecond = 60);

    // Takes one request from the address's bucket; false when it is empty.
    bool allow(const QHostAddress& address);
    // For tests: the clock in milliseconds (the default is a monotonic timer).
    bool allowAt(const QHostAddress& address, qint64 nowMs);

private:
    struct Bucket {
        double tokens = 0.0;
        qint64 lastMs = 0;
    };
    void forgetIdle(qint64 nowMs);

    int m_burst;
    int m_perSecond;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace js::live
