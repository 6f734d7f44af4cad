#include "ui/live/JoinScreen.h"

#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "live/LiveServer.h"
#include "live/LiveSession.h"
#include "ui/dialogs/ProjectorWindow.h"
#include "ui/live/LiveController.h"
#include "ui/live/QrCodeWidget.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

#include <algorithm>
#include <cmath>

namespace js {
using namespace Qt::Literals::StringLiterals;

JoinScreen::JoinScreen(LiveController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(u"joinScreen"_s);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    buildWidgets();

    connect(m_controller, &LiveController::addressChanged, this, [this] {
        refreshAddresses();
        refreshAddress();
    });
    connect(m_controller, &LiveController::started, this, [this] {
        m_progress.clear();
        refreshAddresses();
        refreshAddress();
        refreshParticipants();
        refreshLock();
    });
    connect(m_controller, &LiveController::participantsChanged, this,
            &JoinScreen::refreshParticipants);
    connect(m_controller, &LiveController::progressChanged, this, &JoinScreen::progressChanged);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &JoinScreen::showProgress);
    connect(m_controller, &LiveController::modeChanged, this, [this] {
        refreshMode();
        refreshParticipants();
    });
    connect(m_controller, &LiveController::lockChanged, this, &JoinScreen::refreshLock);
    refreshAddresses();
    refreshAddress();
    refreshMode();
    refreshParticipants();
    refreshLock();
    applyScale();
}

void JoinScreen::refreshAddresses()
{
    const QSignalBlocker blocker(m_network);
    m_network->clear();
    for (const live::LiveAddress& address : m_controller->addresses())
        m_network->addItem(address.label, address.address.toString());
    m_network->setCurrentIndex(m_network->findData(m_controller->address().toString()));
    m_network->setEnabled(m_controller->isRunning());
    m_networkNote->setVisible(!m_controller->hasNetwork());
    m_sameNetwork->setVisible(m_controller->hasNetwork());
}

void JoinScreen::refreshAddress()
{
    const QUrl url = m_controller->displayUrl();
    m_qr->setText(url.toString());
    // The address on two lines, where it reads best: the computer, then the session.
    QString text = url.toString();
    const qsizetype path = text.indexOf(u"/s/"_s);
    if (path > 0)
        text.insert(path, u'\n');
    m_address->setText(text);
    m_address->setToolTip(url.toString());
    fitAddress();
}

void JoinScreen::refreshMode()
{
    const bool paced = m_controller->mode() == live::LiveSession::Mode::Paced;
    m_paced->setChecked(paced);
    m_free->setChecked(!paced);
    m_start->setText(paced ? tr("Start rating") : tr("Show the grid"));
    m_start->setToolTip(paced ? tr("Open the focus view: moving on there moves every phone on")
                              : tr("Show the scores arriving in the Assess tab"));
}

void JoinScreen::progressChanged(Id rater)
{
    if (m_controller->mode() != live::LiveSession::Mode::Free)
        return;
    // A room rating at full speed sends hundreds of scores a second: the
    // names are laid out again a few times a second, not once per score.
    m_progressed.insert(rater);
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void JoinScreen::showProgress()
{
    for (const Id rater : m_progressed)
        m_progress[rater] = m_controller->ratedCells(rater);
    m_progressed.clear();
    refreshParticipants();
}

void JoinScreen::refreshParticipants()
{
    live::LiveSession* session = m_controller->session();
    if (!session) {
        m_joinedHeading->setText(tr("The live session has ended"));
        m_participants->clear();
        return;
    }
    const auto& participants = session->participants();
    m_joinedHeading->setText(participants.empty()
                                 ? tr("Waiting for the first participant…")
                                 : tr("%n joined", nullptr, int(participants.size())));
    const bool free = session->mode() == live::LiveSession::Mode::Free;
    const int cells = free ? m_controller->cellCount() : 0;
    // Names in columns, filled row by row: a room of twenty reads at a
    // glance. The largest type (of a few steps) at which every name fits, in
    // as many columns (up to four) as the longest name allows.
    const int room =
        std::max(1, m_participants->width() > 0 ? m_participants->width()
                                                : width() - 4 * m_unit - m_qr->width() - 40);
    const int available = m_participants->height() > 0 ? m_participants->height() : 10 * m_unit;
    const QString progressText = tr(" · %1 of %2").arg(cells).arg(cells);
    int columns = 1;
    int padding = 4;
    double chosen = ParticipantsSize;
    for (const double factor : {1.0, 0.85, 0.72, 0.62, 0.54, 0.47}) {
        chosen = ParticipantsSize * factor;
        QFont plain = m_participants->font();
        plain.setPixelSize(std::max(9, int(std::lround(m_unit * chosen))));
        QFont bold = plain;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        int widest = 0;
        for (const auto& p : participants)
            widest = std::max(widest, metrics.horizontalAdvance(p.name));
        if (free)
            widest += QFontMetrics(plain).horizontalAdvance(progressText);
        padding = std::max(2, int(std::lround(m_unit * chosen * 0.3)));
        columns = std::clamp(room / std::max(1, widest + padding), 1, 4);
        const int rows = (int(participants.size()) + columns - 1) / columns;
        if (rows * (metrics.lineSpacing() + padding) <= available)
            break;
    }
    if (m_participants->font().pixelSize() != std::max(9, int(std::lround(m_unit * chosen))))
        setUnitFont(m_participants, m_unit, chosen);
    QString html = u"<table cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">"_s;
    for (size_t i = 0; i < participants.size(); ++i) {
        const auto& p = participants[i];
        if (i % size_t(columns) == 0)
            html += u"<tr>"_s;
        QString cell = u"<b>%1</b>"_s.arg(p.name.toHtmlEscaped());
        if (free) {
            auto found = m_progress.find(p.rater);
            if (found == m_progress.end())
                found = m_progress.emplace(p.rater, m_controller->ratedCells(p.rater)).first;
            cell = tr("%1 · %2 of %3").arg(cell).arg(found->second).arg(cells);
        }
        html += u"<td width=\"%1%\" style=\"padding-bottom:%2px; padding-right:%2px\">%3</td>"_s
                    .arg(100 / columns)
                    .arg(padding)
                    .arg(cell);
        if (i % size_t(columns) == size_t(columns - 1) || i + 1 == participants.size())
            html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    const QString text = participants.empty() ? QString() : html;
    if (text != m_participants->text())
        m_participants->setText(text);
}

void JoinScreen::refreshLock()
{
    const live::LiveSession* session = m_controller->session();
    const Round* round =
        session ? findRound(session->document()->project(), session->round()) : nullptr;
    m_round->setText(round ? round->name : QString());
    m_locked->setVisible(m_controller->isRunning() && m_controller->isLocked());
    m_start->setEnabled(m_controller->isRunning());
    m_stop->setEnabled(m_controller->isRunning());
}

} // namespace js
