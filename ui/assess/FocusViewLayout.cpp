// The focus view's widgets, their layout, and type sized to the view.
#include "core/model/Framework.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/FocusView.h"
#include "ui/assess/ScoreButton.h"
#include "ui/dialogs/ProjectorWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

QLabel* label(const char* name, bool wrap = true)
{
    auto* l = new QLabel;
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(wrap);
    l->setTextFormat(Qt::PlainText);
    return l;
}

constexpr int CriterionSpacing = 6;
// Type sizes, in units, of the criterion's texts before they are fitted.
constexpr double CriterionNameSize = 2.9;
constexpr double DescriptionSize = 1.4;
constexpr double QuestionsSize = 1.3;

} // namespace

QSize FocusView::sizeHint() const
{
    return QSize(1280, 720);
}

QSize FocusView::minimumSizeHint() const
{
    return QSize(800, 450);
}

void FocusView::buildWidgets()
{
    m_roundName = label("focusRoundName", false);
    m_rater = new QComboBox;
    m_rater->setObjectName(QStringLiteral("focusRater"));
    m_rater->setFocusPolicy(Qt::ClickFocus);
    m_rater->setPlaceholderText(tr("Choose who rates"));
    m_rater->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_rater, &QComboBox::activated, this, [this](int index) {
        m_context->setRater(m_rater->itemData(index).value<Id>());
        setFocus();
    });
    m_ratingAs = label("focusRatingAs", false);
    m_ratingAs->setText(tr("Rating as"));
    m_progress = label("focusProgress", false);
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_locked = label("focusLocked");
    m_locked->setText(tr("This round is locked: its scores can be read but not changed."));
    m_locked->setAlignment(Qt::AlignCenter);
    m_locked->hide();

    m_touchpointName = label("focusTouchpoint");
    m_touchpointInfo = label("focusTouchpointInfo");
    m_framework = label("focusFramework");
    m_criterionName = label("focusCriterion");
    m_description = label("focusDescription");
    m_questions = label("focusQuestions");
    m_questions->setTextFormat(Qt::RichText);
    m_questions->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_ratedHeading = label("focusRatedHeading");
    m_ratedHeading->setText(tr("Who has rated"));
    m_ratedCount = label("focusRatedCount");
    m_ratedNames = label("focusRatedNames");
    m_ratedNames->setTextFormat(Qt::RichText);
    m_ratedNames->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_countToggle = new QPushButton;
    m_countToggle->setObjectName(QStringLiteral("focusCountOnly"));
    m_countToggle->setFocusPolicy(Qt::NoFocus);
    m_countToggle->setFlat(true);
    m_countToggle->setCursor(Qt::PointingHandCursor);
    connect(m_countToggle, &QPushButton::clicked, this, [this] { setCountOnly(!m_countOnly); });
    m_inTurnToggle = new QCheckBox(tr("Each rater in turn, then the next criterion"));
    m_inTurnToggle->setObjectName(QStringLiteral("focusInTurn"));
    m_inTurnToggle->setFocusPolicy(Qt::NoFocus);
    m_inTurnToggle->setChecked(m_inTurn);
    connect(m_inTurnToggle, &QCheckBox::toggled, this, &FocusView::setInTurn);

    const std::array<QString, 5> anchors{tr("Very poor"), tr("Poor"), tr("Fair"), tr("Good"),
                                         tr("Excellent")};
    auto* answers = new QHBoxLayout;
    for (int score = MinScore; score <= MaxScore; ++score) {
        auto* button = new ScoreButton(QString::number(score), anchors[size_t(score - 1)]);
        button->setObjectName(QStringLiteral("focusScore%1").arg(score));
        connect(button, &ScoreButton::clicked, this, [this, score] { answer(score); });
        m_scores[size_t(score - 1)] = button;
        answers->addWidget(button, 3);
    }
    answers->addSpacing(12);
    m_notApplicable = new ScoreButton(tr("N/A"), tr("Not applicable"));
    m_notApplicable->setObjectName(QStringLiteral("focusNotApplicable"));
    connect(m_notApplicable, &ScoreButton::clicked, this,
            [this] { answer(Rating::NotApplicable); });
    answers->addWidget(m_notApplicable, 3);

    auto step = [this](const char* name, const QString& text, const QString& tip, auto slot) {
        auto* button = new QPushButton(text);
        button->setObjectName(QString::fromLatin1(name));
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::NoFocus);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_steps[0] = step("focusPreviousCriterion", tr("← Criterion"), tr("Previous criterion (←)"),
                      [this] { stepCriterion(-1); });
    m_steps[1] = step("focusNextCriterion", tr("Criterion →"), tr("Next criterion (→)"),
                      [this] { stepCriterion(1); });
    m_steps[2] = step("focusPreviousTouchpoint", tr("↑ Touchpoint"), tr("Previous touchpoint (↑)"),
                      [this] { stepTouchpoint(-1); });
    m_steps[3] = step("focusNextTouchpoint", tr("Touchpoint ↓"), tr("Next touchpoint (↓)"),
                      [this] { stepTouchpoint(1); });
    m_clear = step("focusClear", tr("Clear score"), tr("Clear this score (0 or Delete)"),
                   [this] { answer(Rating::NotRated); });
    m_keys = label("focusKeys", false);
    m_keys->setAlignment(Qt::AlignCenter);

    auto* top = new QHBoxLayout;
    top->addWidget(m_roundName);
    top->addStretch(1);
    top->addWidget(m_ratingAs);
    top->addWidget(m_rater);
    top->addStretch(1);
    top->addWidget(m_progress);

    m_criterionBlock = new QWidget;
    m_criterionBlock->setObjectName(QStringLiteral("focusCriterionBlock"));
    m_criterionBlock->installEventFilter(this);
    auto* criterionColumn = new QVBoxLayout(m_criterionBlock);
    criterionColumn->setContentsMargins(0, 0, 0, 0);
    criterionColumn->setSpacing(CriterionSpacing);
    criterionColumn->addWidget(m_framework);
    criterionColumn->addWidget(m_criterionName);
    criterionColumn->addWidget(m_description);
    criterionColumn->addSpacing(CriterionSpacing);
    criterionColumn->addWidget(m_questions);
    criterionColumn->addStretch(1);

    auto* ratedPanel = new QFrame;
    ratedPanel->setObjectName(QStringLiteral("focusRatedPanel"));
    ratedPanel->setFrameShape(QFrame::NoFrame);
    ratedPanel->setBackgroundRole(QPalette::AlternateBase);
    ratedPanel->setAutoFillBackground(true);
    auto* rated = new QVBoxLayout(ratedPanel);
    rated->addWidget(m_ratedHeading);
    rated->addWidget(m_ratedCount);
    rated->addWidget(m_ratedNames);
    buildDistribution(ratedPanel);
    // The distribution takes most of the room left, the rest stays below it.
    rated->addWidget(m_distributionBlock, 3);
    rated->addStretch(1);
    rated->addWidget(m_reveal, 0, Qt::AlignLeft);
    rated->addWidget(m_countToggle, 0, Qt::AlignLeft);
    rated->addWidget(m_inTurnToggle, 0, Qt::AlignLeft);

    // Widths by the stretch alone, never by what the panel holds: votes and
    // the distribution coming and going must not resize the criterion, whose
    // type is fitted to its size (fitCriterion) and is costly to fit again.
    m_criterionBlock->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    ratedPanel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_criterionBlock, 7);
    middle->addSpacing(16);
    middle->addWidget(ratedPanel, 3);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_steps[0]);
    bottom->addWidget(m_steps[1]);
    bottom->addStretch(1);
    bottom->addWidget(m_keys);
    bottom->addStretch(1);
    bottom->addWidget(m_clear);
    bottom->addWidget(m_steps[2]);
    bottom->addWidget(m_steps[3]);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_touchpointName);
    contentLayout->addWidget(m_touchpointInfo);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(middle, 1);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(answers);
    contentLayout->addLayout(bottom);

    m_empty = label("focusEmpty");
    m_empty->setAlignment(Qt::AlignCenter);
    m_pages = new QStackedWidget;
    m_pages->addWidget(content);
    m_pages->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    // The type follows the size, not the other way round: a window shrunk
    // from full screen is not held at the width of its large type.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addLayout(top);
    layout->addWidget(m_locked);
    layout->addWidget(m_pages, 1);
}

// ---- scale and colours

void FocusView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void FocusView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_roundName) {
        m_unit = 0; // colours are set with the sizes
        applyScale();
        refresh();
    }
}

void FocusView::applyScale()
{
    // 16 px at 1280×720, 24 px at 1920×1080; never below what a laptop reads.
    const int unit = std::clamp(int(std::min(width() / 80.0, height() / 45.0)), 10, 48);
    if (unit == m_unit)
        return;
    m_unit = unit;
    const QColor muted = mutedColour(0.32);
    setUnitFont(m_roundName, unit, 1.15, true);
    setUnitFont(m_rater, unit, 1.0);
    setUnitFont(m_ratingAs, unit, 1.0);
    setUnitFont(m_progress, unit, 1.1);
    setUnitFont(m_locked, unit, 1.2, true);
    setUnitFont(m_touchpointName, unit, 2.6, true);
    setUnitFont(m_touchpointInfo, unit, 1.3);
    setUnitFont(m_framework, unit, 1.05, true);
    setUnitFont(m_ratedHeading, unit, 1.05, true);
    setUnitFont(m_ratedCount, unit, 1.7, true);
    setUnitFont(m_ratedNames, unit, 1.2);
    setUnitFont(m_countToggle, unit, 0.95);
    setUnitFont(m_inTurnToggle, unit, 0.95);
    setUnitFont(m_clear, unit, 0.95);
    setUnitFont(m_keys, unit, 0.95);
    setUnitFont(m_empty, unit, 1.6);
    for (QPushButton* button : m_steps)
        setUnitFont(button, unit, 0.95);
    for (ScoreButton* button : m_scores)
        button->setUnit(unit);
    m_notApplicable->setUnit(unit);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_touchpointInfo), static_cast<QWidget*>(m_framework),
          static_cast<QWidget*>(m_ratedHeading), static_cast<QWidget*>(m_keys),
          static_cast<QWidget*>(m_progress)})
        setTextColour(widget, muted);
    m_locked->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; "
                                           "border: 2px solid #e0c96a; border-radius: %1px; "
                                           "padding: %2px; }")
                                .arg(unit / 2)
                                .arg(unit / 2));
    const int margin = unit * 2;
    layout()->setContentsMargins(margin, unit, margin, unit);
    m_roundName->setMaximumWidth(width() / 3);
    scaleDistribution();
    refreshRaters(); // its rich text carries sizes
    fitCriterion();
}

bool FocusView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_criterionBlock && event->type() == QEvent::Resize)
        fitCriterion();
    return QWidget::eventFilter(watched, event);
}

void FocusView::fitCriterion()
{
    // A long description or many questions get smaller type rather than
    // being cut off: the largest of a few steps at which all of it fits.
    const int width = m_criterionBlock->width();
    const int available = m_criterionBlock->height();
    if (m_unit == 0 || width <= 0)
        return;
    for (double scale : {1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.5}) {
        setUnitFont(m_criterionName, m_unit, CriterionNameSize * std::max(scale, 0.75), true);
        setUnitFont(m_description, m_unit, DescriptionSize * scale);
        setUnitFont(m_questions, m_unit, QuestionsSize * scale);
        int needed = 2 * CriterionSpacing;
        for (QLabel* label : {m_framework, m_criterionName, m_description, m_questions}) {
            if (!label->isHidden())
                needed += label->heightForWidth(width) + CriterionSpacing;
        }
        if (needed <= available)
            break;
    }
    // Lay the new sizes out now, not in a frame later.
    m_criterionBlock->layout()->activate();
}

FocusView* FocusView::openWindow(AssessmentContext* context, QWidget* parent)
{
    auto* view = new FocusView(context);
    openProjectorWindow(view, tr("Rate one touchpoint"), QStringLiteral("focusWindow"), parent);
    view->setFocus();
    return view;
}

QColor FocusView::mutedColour(double amount) const
{
    // Text faded towards the background, still well above 4.5:1 at these amounts.
    return fadedText(palette(), amount);
}

} // namespace js
