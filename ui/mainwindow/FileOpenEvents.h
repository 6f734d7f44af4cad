#pragma once

#include <QObject>

namespace js {

// Files the system hands to the running program as events rather than on
// the command line (macOS Finder, a double-click or a drop on the Dock icon):
// each opens in a window, or brings its window to the front.
class FileOpenEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Watches the application's events from now on.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace js
