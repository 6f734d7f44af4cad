// Assess > Start live session: the session's menu command, its join screen,
// its status bar indicator, and the focus view driving the phones.

#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectSession.h"
#include "live/LiveSession.h"
#include "ui/assess/AssessTab.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/FocusView.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/live/JoinScreen.h"
#include "ui/live/LiveController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Navigator.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

namespace js {
using namespace Qt::Literals::StringLiterals;

void MainWindow::createLiveSession(QMenu* menu)
{
    m_live = new LiveController(document(), this);
    m_liveAction = menu->addAction(tr("Start &live session…"), this, [this] {
        if (m_live->isRunning())
            stopLiveSession();
        else
            startLiveSession();
    });
    m_liveAction->setObjectName(u"actionLiveSession"_s);
    m_liveAction->setProperty("commandName", tr("Start live session"));

    m_liveStatus = new QPushButton;
    m_liveStatus->setObjectName(u"liveStatus"_s);
    m_liveStatus->setFlat(true);
    m_liveStatus->setCursor(Qt::PointingHandCursor);
    m_liveStatus->setToolTip(tr("Show the join screen of the live session"));
    m_liveStatus->hide();
    statusBar()->addPermanentWidget(m_liveStatus);
    connect(m_liveStatus, &QPushButton::clicked, this, &MainWindow::showJoinScreen);

    connect(m_live, &LiveController::started, this, [this] {
        m_navigator->setSelectsAddedRaters(false);
        updateLive();
        pushLivePosition();
    });
    connect(m_live, &LiveController::stopped, this, [this] {
        m_navigator->setSelectsAddedRaters(true);
        pushLivePosition(); // the focus view's note goes
        if (m_join)
            m_join->window()->close();
        if (m_notice->property("liveProblem").toBool())
            showNotice(QString());
        updateLive();
    });
    connect(m_live, &LiveController::participantsChanged, this, [this] {
        keepPhonesVotesHidden();
        updateLive();
    });
    connect(m_live, &LiveController::modeChanged, this, &MainWindow::pushLivePosition);
    connect(m_live, &LiveController::lockChanged, this, [this](bool locked) {
        if (locked) {
            showNotice(tr("The round is locked: the live session can’t take ratings until it is "
                          "unlocked. Phones are told so."));
            m_notice->setProperty("liveProblem", true);
        } else if (m_notice->property("liveProblem").toBool()) {
            showNotice(QString());
        }
        updateLive();
    });
    updateLive();
}

JoinScreen* MainWindow::joinScreen() const
{
    return m_join;
}

FocusView* MainWindow::focusView() const
{
    return m_focus;
}

void MainWindow::updateLive()
{
    const bool running = m_live->isRunning();
    m_liveAction->setText(running ? tr("Stop &live session") : tr("Start &live session…"));
    m_liveAction->setEnabled(running || (m_assessment->currentRound() && !m_session->isReadOnly()));
    m_liveStatus->setVisible(running);
    if (!running)
        return;
    const int joined = int(m_live->session()->participants().size());
    // Without a translation loaded, %n does not make a plural: the singular by hand.
    m_liveStatus->setText(m_live->isLocked() ? tr("Live: round locked")
                          : joined == 1      ? tr("Live: 1 participant")
                                             : tr("Live: %n participants", nullptr, joined));
}

void MainWindow::keepPhonesVotesHidden()
{
    // Someone who took over the window's rater on their phone is not typed
    // for here, and the focus view must not show their vote before the
    // room's: the window types as no one until the facilitator picks a rater
    // without a phone.
    const Round* round = m_assessment->currentRound();
    if (!round || round->id != m_live->round() || !m_live->isParticipant(m_assessment->rater()))
        return;
    m_assessment->setRater(NoId);
}

void MainWindow::startLiveSession()
{
    const QString title = tr("Start live session");
    if (m_session->isReadOnly()) {
        dialogs::warn(this, title,
                      tr("This project is open read-only, so it can’t take ratings. Open a copy "
                         "you can write to and start the session there."));
        return;
    }
    if (m_assessment->round() == NoId) {
        dialogs::warn(this, title, tr("There is no assessment round yet. Create one first."));
        return;
    }
    QString error;
    if (!m_live->start(m_assessment->round(), &error)) {
        dialogs::warn(this, title, error);
        return;
    }
    // The room's votes come from the phones: the projector shows no one's
    // answer on the score buttons (it would sway the room) until the
    // facilitator picks a rater to type for, someone without a phone.
    m_assessment->setRater(NoId);
    showJoinScreen();
}

void MainWindow::stopLiveSession()
{
    // Every rating received is in the project already: stopping only closes the door.
    m_live->stop();
}

void MainWindow::showJoinScreen()
{
    if (!m_live->isRunning())
        return;
    if (!m_join) {
        m_join = JoinScreen::openWindow(m_live, this);
        connect(m_join, &JoinScreen::stopRequested, this, &MainWindow::stopLiveSession);
        connect(m_join, &JoinScreen::startRatingRequested, this, [this] {
            if (m_live->mode() == live::LiveSession::Mode::Paced) {
                openFocusView();
            } else {
                m_tabs->setCurrentWidget(m_assess);
                raise();
                activateWindow();
            }
        });
    }
    m_join->window()->show();
    m_join->window()->raise();
    m_join->window()->activateWindow();
}

void MainWindow::followFocusView()
{
    // In paced mode the focus view's cell is the one every phone rates.
    connect(m_focus, &FocusView::touchpointChanged, this, &MainWindow::pushLivePosition);
    connect(m_focus, &FocusView::criterionChanged, this, &MainWindow::pushLivePosition);
    pushLivePosition();
}

void MainWindow::pushLivePosition()
{
    live::LiveSession* session = m_live ? m_live->session() : nullptr;
    if (m_focus) {
        const bool paced = session && session->mode() == live::LiveSession::Mode::Paced;
        m_focus->setNoRaterNote(
            paced
                ? tr("The room rates on their phones · R reveals the scores · → moves everyone on")
                : QString());
    }
    if (!session || !m_focus || session->mode() != live::LiveSession::Mode::Paced ||
        m_assessment->round() != session->round())
        return;
    session->setPosition(m_focus->touchpoint(), m_focus->criterion());
}

} // namespace js
