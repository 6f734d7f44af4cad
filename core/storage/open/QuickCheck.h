#pragma once

#include <QString>

#include <optional>
#include <thread>

namespace js {

// `PRAGMA quick_check` of a database file on a read-only connection of its
// own, in a thread of its own, so that it can run while the project is read
// on the other processor. It starts when made; verdict() waits for it.
class BackgroundQuickCheck {
public:
    explicit BackgroundQuickCheck(const QString& file);
    ~BackgroundQuickCheck();
    BackgroundQuickCheck(const BackgroundQuickCheck&) = delete;
    BackgroundQuickCheck& operator=(const BackgroundQuickCheck&) = delete;

    // Whether the first row quick_check gave is "ok"; nullopt when it gave no
    // row (the file busy, an error), and then only the check on the
    // connection itself can say what is wrong, as opening always has.
    std::optional<bool> verdict();

private:
    std::optional<bool> m_verdict;
    std::thread m_thread;
};

} // namespace js
