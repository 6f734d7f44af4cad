#pragma once

#include "core/model/Id.h"

#include <QTimer>
#include <QWidget>

#include <map>
#include <set>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace js {

class LiveController;
class QrCodeWidget;

// The live session's join screen, for the projector: a large QR code and
// the address spelled out beside it, the network it listens on (changeable),
// the mode (the facilitator leads the room cell by cell, or everyone rates at
// their own pace), and the names of those who have joined as they arrive;
// in free mode with how far each has got. Type scales with its size.
class JoinScreen : public QWidget {
    Q_OBJECT

public:
    // How often the participants' progress is shown again while they rate.
    static constexpr int ProgressIntervalMs = 250;
    // The participants' names, in units, when they all fit at that size.
    static constexpr double ParticipantsSize = 1.35;

    explicit JoinScreen(LiveController* controller, QWidget* parent = nullptr);

    QrCodeWidget* qrCode() const { return m_qr; }

    // The screen in a window of its own: F11 switches full screen, Escape
    // leaves full screen and then closes (the session goes on). Deleted on close.
    static JoinScreen* openWindow(LiveController* controller, QWidget* parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void startRatingRequested();
    void stopRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildWidgets();
    void applyScale();
    void fitAddress();
    void refreshAddress();
    void refreshAddresses();
    void refreshMode();
    void refreshParticipants();
    void refreshLock();
    void progressChanged(Id rater);
    void showProgress();
    QColor mutedColour(double amount) const;

    LiveController* m_controller;
    int m_unit = 0;
    std::map<Id, int> m_progress; // cells rated, by rater, in free mode
    std::set<Id> m_progressed;    // raters whose progress is not shown yet
    QTimer m_progressTimer;

    QLabel* m_title = nullptr;
    QLabel* m_round = nullptr;
    QrCodeWidget* m_qr = nullptr;
    QLabel* m_scan = nullptr;
    QLabel* m_orOpen = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_networkLabel = nullptr;
    QComboBox* m_network = nullptr;
    QLabel* m_networkNote = nullptr;
    QLabel* m_sameNetwork = nullptr;
    QLabel* m_modeLabel = nullptr;
    QRadioButton* m_paced = nullptr;
    QRadioButton* m_free = nullptr;
    QButtonGroup* m_modes = nullptr;
    QLabel* m_joinedHeading = nullptr;
    QLabel* m_participants = nullptr;
    QLabel* m_locked = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace js
