// The join screen's widgets, their layout, and type sized to the screen.
#include "live/LiveSession.h"
#include "ui/dialogs/ProjectorWindow.h"
#include "ui/live/JoinScreen.h"
#include "ui/live/LiveController.h"
#include "ui/live/QrCodeWidget.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace js {
using namespace Qt::Literals::StringLiterals;

namespace {

QLabel* label(const QString& name, bool wrap = true)
{
    auto* l = new QLabel;
    l->setObjectName(name);
    l->setWordWrap(wrap);
    l->setTextFormat(Qt::PlainText);
    return l;
}

// The height, in units, of what sits above and below the code.
constexpr double HeaderUnits = 3.2;
constexpr double FooterUnits = 4.0;

} // namespace

QSize JoinScreen::sizeHint() const
{
    return QSize(1280, 720);
}

QSize JoinScreen::minimumSizeHint() const
{
    return QSize(800, 450);
}

void JoinScreen::buildWidgets()
{
    m_title = label(u"joinTitle"_s, false);
    m_title->setText(tr("Rate live on your phone"));
    m_round = label(u"joinRound"_s, false);
    m_round->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_qr = new QrCodeWidget;
    m_scan = label(u"joinScan"_s);
    m_scan->setText(tr("Scan the code with your phone’s camera"));
    m_orOpen = label(u"joinOrOpen"_s);
    m_orOpen->setText(tr("or type this address in its browser:"));
    m_address = label(u"joinAddress"_s, false);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sameNetwork = label(u"joinSameNetwork"_s);
    m_sameNetwork->setText(tr("Your phone needs to be on the same Wi-Fi as this computer."));
    m_networkNote = label(u"joinNetworkNote"_s);
    m_networkNote->setText(tr("No network found: only this computer can join. Connect to the "
                              "room’s Wi-Fi and start the session again."));
    m_joinedHeading = label(u"joinJoinedHeading"_s);
    m_participants = label(u"joinParticipants"_s);
    m_participants->setTextFormat(Qt::RichText);
    m_participants->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // As tall as the room left, whatever it holds: the names are fitted to it.
    m_participants->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_participants->installEventFilter(this);
    m_locked = label(u"joinLocked"_s);
    m_locked->setText(tr("The round is locked: the live session can’t take ratings until it is "
                         "unlocked."));
    m_locked->hide();

    m_networkLabel = label(u"joinNetworkLabel"_s, false);
    m_networkLabel->setText(tr("Network:"));
    m_network = new QComboBox;
    m_network->setObjectName(u"joinNetwork"_s);
    m_network->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_networkLabel->setBuddy(m_network);
    connect(m_network, &QComboBox::activated, this, [this](int index) {
        QString error;
        if (!m_controller->setAddress(QHostAddress(m_network->itemData(index).toString()),
                                      &error)) {
            m_networkNote->setText(error);
            m_networkNote->show();
        }
    });
    m_modeLabel = label(u"joinModeLabel"_s, false);
    m_modeLabel->setText(tr("Rating:"));
    m_paced = new QRadioButton(tr("Lead the room cell by cell"));
    m_paced->setObjectName(u"joinPaced"_s);
    m_free = new QRadioButton(tr("Everyone at their own pace"));
    m_free->setObjectName(u"joinFree"_s);
    m_modes = new QButtonGroup(this);
    m_modes->addButton(m_paced);
    m_modes->addButton(m_free);
    connect(m_paced, &QRadioButton::toggled, this, [this](bool on) {
        m_controller->setMode(on ? live::LiveSession::Mode::Paced : live::LiveSession::Mode::Free);
    });
    m_start = new QPushButton;
    m_start->setObjectName(u"joinStartRating"_s);
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &JoinScreen::startRatingRequested);
    m_stop = new QPushButton(tr("Stop live session"));
    m_stop->setObjectName(u"joinStop"_s);
    connect(m_stop, &QPushButton::clicked, this, &JoinScreen::stopRequested);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_round);

    auto* right = new QVBoxLayout;
    right->setSpacing(0);
    right->addWidget(m_scan);
    right->addSpacing(6);
    right->addWidget(m_orOpen);
    right->addSpacing(4);
    right->addWidget(m_address);
    right->addSpacing(4);
    right->addWidget(m_sameNetwork);
    right->addSpacing(4);
    right->addWidget(m_networkNote);
    right->addSpacing(24);
    right->addWidget(m_joinedHeading);
    right->addSpacing(8);
    right->addWidget(m_participants, 1);
    right->addWidget(m_locked);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_qr, 0, Qt::AlignTop);
    middle->addSpacing(40);
    middle->addLayout(right, 1);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_networkLabel);
    footer->addWidget(m_network);
    footer->addSpacing(24);
    footer->addWidget(m_modeLabel);
    footer->addWidget(m_paced);
    footer->addWidget(m_free);
    footer->addStretch(1);
    footer->addWidget(m_stop);
    footer->addWidget(m_start);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addLayout(middle, 1);
    layout->addSpacing(12);
    layout->addLayout(footer);
}

bool JoinScreen::eventFilter(QObject* watched, QEvent* event)
{
    // The names are fitted to the room their label has, once it has it.
    if (watched == m_participants && event->type() == QEvent::Resize)
        refreshParticipants();
    return QWidget::eventFilter(watched, event);
}

void JoinScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void JoinScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_title) {
        m_unit = 0;
        applyScale();
    }
}

void JoinScreen::applyScale()
{
    // 16 px at 1280×720, 24 px at 1920×1080, as in the focus view.
    const int unit = std::clamp(int(std::min(width() / 80.0, height() / 45.0)), 10, 48);
    const int margin = unit * 2;
    // The code as tall as the room between header and footer allows.
    const int qrSide =
        std::max(120, std::min(int(height() - 2 * unit - (HeaderUnits + FooterUnits) * unit),
                               int(width() * 0.45)));
    const bool resized = m_qr->width() != qrSide;
    m_qr->setFixedSize(qrSide, qrSide);
    if (unit != m_unit || resized) {
        m_unit = unit;
        const QColor muted = mutedColour(0.32);
        setUnitFont(m_title, unit, 1.9, true);
        setUnitFont(m_round, unit, 1.2);
        setUnitFont(m_scan, unit, 1.5, true);
        setUnitFont(m_orOpen, unit, 1.2);
        setUnitFont(m_networkNote, unit, 1.0);
        setUnitFont(m_sameNetwork, unit, 1.0);
        setUnitFont(m_joinedHeading, unit, 1.3, true);
        setUnitFont(m_locked, unit, 1.1, true);
        for (QWidget* widget :
             {static_cast<QWidget*>(m_networkLabel), static_cast<QWidget*>(m_network),
              static_cast<QWidget*>(m_modeLabel), static_cast<QWidget*>(m_paced),
              static_cast<QWidget*>(m_free), static_cast<QWidget*>(m_start),
              static_cast<QWidget*>(m_stop)})
            setUnitFont(widget, unit, 0.85);
        m_start->setFont([&] {
            QFont f = m_start->font();
            f.setBold(true);
            return f;
        }());
        for (QWidget* widget :
             {static_cast<QWidget*>(m_round), static_cast<QWidget*>(m_orOpen),
              static_cast<QWidget*>(m_joinedHeading), static_cast<QWidget*>(m_networkLabel),
              static_cast<QWidget*>(m_modeLabel)})
            setTextColour(widget, muted);
        const QString box = u"QLabel { background: #fff4ce; color: #3b2f00; border: 2px solid "
                            "#e0c96a; border-radius: %1px; padding: %2px; }"_s.arg(unit / 2)
                                .arg(unit / 2);
        m_locked->setStyleSheet(box);
        m_networkNote->setStyleSheet(box);
        for (QPushButton* button : {m_start, m_stop})
            button->setMinimumHeight(int(unit * 2.2));
        layout()->setContentsMargins(margin, unit, margin, unit);
        refreshParticipants(); // its rich text carries sizes
    }
    fitAddress();
}

void JoinScreen::fitAddress()
{
    // As large as fits beside the code, never larger than the heading.
    if (m_unit == 0)
        return;
    const int available = width() - 2 * 2 * m_unit - m_qr->width() - 40;
    QFont font = m_address->font();
    font.setBold(true);
    const QStringList lines = m_address->text().split(u'\n');
    for (double factor = 2.0; factor > 0.6; factor -= 0.1) {
        font.setPixelSize(std::max(9, int(std::lround(m_unit * factor))));
        const QFontMetrics metrics(font);
        int widest = 0;
        for (const QString& line : lines)
            widest = std::max(widest, metrics.horizontalAdvance(line));
        if (widest <= available)
            break;
    }
    m_address->setFont(font);
}

JoinScreen* JoinScreen::openWindow(LiveController* controller, QWidget* parent)
{
    auto* screen = new JoinScreen(controller);
    openProjectorWindow(screen, tr("Join the live session"), u"joinWindow"_s, parent);
    return screen;
}

QColor JoinScreen::mutedColour(double amount) const
{
    return fadedText(palette(), amount);
}

} // namespace js
