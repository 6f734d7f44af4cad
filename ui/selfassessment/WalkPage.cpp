#include "ui/selfassessment/WalkPage.h"

#include "core/document/ProjectDocument.h"
#include "ui/selfassessment/CriterionStrip.h"
#include "ui/selfassessment/ScoreButton.h"
#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace js::selfassessment {

namespace {

QString questionList(const QStringList& questions)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString& question : questions)
        html += QStringLiteral("<li style=\"margin-bottom: 4px;\">%1</li>")
                    .arg(question.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

const Framework* frameworkOf(const Project& project, Id criterionId)
{
    for (const Framework& framework : project.frameworks) {
        for (const Criterion& criterion : framework.criteria) {
            if (criterion.id == criterionId)
                return &framework;
        }
    }
    return nullptr;
}

} // namespace

WalkPage::WalkPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("walkPage"));
    setFocusPolicy(Qt::StrongFocus);

    // Where the walk is: the stage, the touchpoint, the count.
    m_stage = makeLabel({}, 1.0, true, QStringLiteral("walkStage"));
    setMuted(m_stage);
    m_position = makeLabel({}, 1.0, false, QStringLiteral("walkPosition"));
    m_position->setWordWrap(false);
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_touchpoint = makeLabel({}, 1.7, true, QStringLiteral("walkTouchpoint"));
    m_touchpointAbout = makeLabel({}, 1.0, false, QStringLiteral("walkTouchpointAbout"));
    setMuted(m_touchpointAbout);

    // The criterion, with what it means and what to ask oneself.
    m_framework = makeLabel({}, 0.95, true, QStringLiteral("walkFramework"));
    setMuted(m_framework);
    m_criterion = makeLabel({}, 1.45, true, QStringLiteral("walkCriterion"));
    m_description = makeLabel({}, 1.1, false, QStringLiteral("walkDescription"));
    m_questionsTitle = makeLabel(tr("Ask yourself"), 1.1, true);
    m_questions = makeLabel({}, 1.1, false, QStringLiteral("walkQuestions"));
    m_questions->setTextFormat(Qt::RichText);
    auto* card = makeCard(QStringLiteral("criterionCard"));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 14, 20, 10);
    cardLayout->setSpacing(6);
    cardLayout->addWidget(m_framework);
    cardLayout->addWidget(m_criterion);
    cardLayout->addWidget(m_description);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(m_questionsTitle);
    cardLayout->addWidget(m_questions);
    m_card = card;
    // As tall as the criterion's text needs, scrolling only when the window
    // is too small for it; the answers stay at the bottom.
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("criterionScroll"));
    scroll->setWidget(card);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->installEventFilter(this);
    m_scroll = scroll;

    // The answers.
    auto* scale = new QHBoxLayout;
    scale->setSpacing(10);
    for (int score = MinScore; score <= MaxScore; ++score) {
        auto* button = new ScoreButton(QString::number(score), scoreAnchor(score));
        button->setObjectName(QStringLiteral("score%1").arg(score));
        button->setToolTip(
            tr("Score %1, %2 (key %1)").arg(score).arg(scoreAnchor(score).toLower()));
        connect(button, &ScoreButton::clicked, this, [this, score] { answer(score); });
        scale->addWidget(button, 1);
        m_scores[size_t(score - MinScore)] = button;
    }
    m_notApplicable = new ScoreButton(tr("Not applicable"), {});
    m_notApplicable->setObjectName(QStringLiteral("notApplicable"));
    m_notApplicable->setToolTip(tr("This criterion does not apply to this touchpoint (key N)"));
    m_notApplicable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_notApplicable, &ScoreButton::clicked, this,
            [this] { answer(Rating::NotApplicable); });
    m_skip = new ScoreButton(tr("Skip for now"), {});
    m_skip->setCheckable(false);
    m_skip->setObjectName(QStringLiteral("skip"));
    m_skip->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_skip->setToolTip(tr("Leave this one unanswered and go on (key S)"));
    connect(m_skip, &ScoreButton::clicked, this, &WalkPage::skip);
    m_answer = makeLabel({}, 1.0, false, QStringLiteral("walkAnswer"));
    auto* keys =
        makeLabel(tr("Keys: 1–5 score · N not applicable · S skip · Backspace back"), 0.95);
    keys->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setMuted(keys);
    auto* otherAnswers = new QHBoxLayout;
    otherAnswers->addWidget(m_notApplicable);
    otherAnswers->addWidget(m_skip);
    otherAnswers->addSpacing(12);
    otherAnswers->addWidget(m_answer, 1);
    otherAnswers->addWidget(keys, 1);

    m_strip = new CriterionStrip;
    connect(m_strip, &CriterionStrip::jumpRequested, this, &WalkPage::goTo);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("walkProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_answered = makeLabel({}, 1.0, false, QStringLiteral("walkAnswered"));
    m_answered->setWordWrap(false);
    setMuted(m_answered);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_answered);

    auto* top = new QHBoxLayout;
    top->addWidget(m_stage, 1);
    top->addWidget(m_position);

    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addLayout(progress);
    layout->addSpacing(4);
    layout->addWidget(m_touchpoint);
    layout->addWidget(m_touchpointAbout);
    layout->addSpacing(4);
    layout->addWidget(scroll, 100);
    layout->addStretch(1);
    layout->addSpacing(4);
    layout->addWidget(m_strip);
    layout->addLayout(scale);
    layout->addLayout(otherAnswers);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(centred(column, 1100));
}

void WalkPage::start(Id roundId, Id raterId, int index)
{
    m_round = roundId;
    m_rater = raterId;
    m_plan = walkPlan(m_document->project(), roundId);
    m_index = std::clamp(index, 0, std::max(0, m_plan.size() - 1));
    showCell();
}

void WalkPage::replan()
{
    const WalkCell* cell = currentCell();
    const std::pair<Id, Id> at =
        cell ? std::make_pair(cell->touchpoint, cell->criterion) : std::make_pair(NoId, NoId);
    m_plan = walkPlan(m_document->project(), m_round);
    const int found = m_plan.indexOf(at.first, at.second);
    m_index = std::clamp(found >= 0 ? found : m_index, 0, std::max(0, m_plan.size() - 1));
    showCell();
}

const WalkCell* WalkPage::currentCell() const
{
    return m_index >= 0 && m_index < m_plan.size() ? &m_plan.cells[size_t(m_index)] : nullptr;
}

void WalkPage::goTo(int index)
{
    if (m_plan.empty())
        return;
    m_index = std::clamp(index, 0, m_plan.size() - 1);
    showCell();
    Q_EMIT positionChanged(m_index);
}

void WalkPage::back()
{
    if (canGoBack())
        goTo(m_index - 1);
}

void WalkPage::answer(int score)
{
    const WalkCell* cell = currentCell();
    if (!cell)
        return;
    m_document->setRatingScore(RatingKey{m_round, m_rater, cell->touchpoint, cell->criterion},
                               score);
    advance();
}

void WalkPage::skip()
{
    advance();
}

void WalkPage::advance()
{
    if (m_index + 1 >= m_plan.size()) {
        showAnswer();
        Q_EMIT walkEnded();
        return;
    }
    goTo(m_index + 1);
}

bool WalkPage::handleKey(QKeyEvent* event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        answer(key - Qt::Key_0);
        return true;
    }
    switch (key) {
    case Qt::Key_N:
        answer(Rating::NotApplicable);
        return true;
    case Qt::Key_S:
        skip();
        return true;
    case Qt::Key_Backspace:
        back();
        return true;
    default:
        return false;
    }
}

void WalkPage::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

bool WalkPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll && event->type() == QEvent::Resize)
        fitCard();
    return QWidget::eventFilter(watched, event);
}

void WalkPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitCard();
}

void WalkPage::fitCard()
{
    const int width = m_scroll->width();
    const int height = width > 0 ? m_card->heightForWidth(width) : -1;
    m_scroll->setMaximumHeight(height > 0 ? height : QWIDGETSIZE_MAX);
}

void WalkPage::showCell()
{
    const Project& project = m_document->project();
    const WalkCell* cell = currentCell();
    const Stage* stage = cell ? findStage(project, cell->stage) : nullptr;
    const Touchpoint* touchpoint = cell ? findTouchpoint(project, cell->touchpoint) : nullptr;
    const Criterion* criterion = cell ? findCriterion(project, cell->criterion) : nullptr;
    if (!stage || !touchpoint || !criterion) {
        m_stage->clear();
        m_position->clear();
        m_touchpoint->setText(tr("Nothing to rate"));
        m_touchpointAbout->setText(tr("The journey has no touchpoints or the round no criteria."));
        m_framework->clear();
        m_criterion->clear();
        m_description->clear();
        m_questionsTitle->hide();
        m_questions->clear();
        showAnswer();
        return;
    }
    m_stage->setText(tr("Stage %1 of %2: %3")
                         .arg(cell->stageIndex + 1)
                         .arg(m_plan.stages)
                         .arg(stage->name.toUpper()));
    m_position->setText(tr("Touchpoint %1 of %2 · criterion %3 of %4")
                            .arg(cell->touchpointIndex + 1)
                            .arg(m_plan.touchpoints)
                            .arg(cell->criterionIndex + 1)
                            .arg(m_plan.criteria));
    m_touchpoint->setText(touchpoint->name);
    QStringList about{channelName(touchpoint->channel),
                      tr("importance %1 of 5").arg(touchpoint->importance)};
    if (!touchpoint->owner.isEmpty())
        about << tr("owned by %1").arg(touchpoint->owner);
    m_touchpointAbout->setText(about.join(QStringLiteral(" · ")));
    m_touchpointAbout->setToolTip(touchpoint->description);

    const Framework* framework = frameworkOf(project, criterion->id);
    m_framework->setText(framework ? framework->name.toUpper() : QString());
    m_criterion->setText(criterion->name);
    m_description->setText(criterion->description);
    m_questionsTitle->setVisible(!criterion->questions.isEmpty());
    m_questions->setText(questionList(criterion->questions));
    showAnswer();
    fitCard();
}

void WalkPage::showAnswer()
{
    const WalkCell* cell = currentCell();
    const Rating* rating =
        cell ? m_document->rating(RatingKey{m_round, m_rater, cell->touchpoint, cell->criterion})
             : nullptr;
    const int score = rating ? rating->score : Rating::NotRated;
    for (int s = MinScore; s <= MaxScore; ++s) {
        m_scores[size_t(s - MinScore)]->setChecked(score == s);
        m_scores[size_t(s - MinScore)]->setEnabled(cell != nullptr);
    }
    m_notApplicable->setChecked(score == Rating::NotApplicable);
    m_notApplicable->setEnabled(cell != nullptr);
    m_skip->setEnabled(cell != nullptr);
    if (score >= MinScore)
        m_answer->setText(tr("Your answer: %1, %2").arg(score).arg(scoreAnchor(score).toLower()));
    else if (score == Rating::NotApplicable)
        m_answer->setText(tr("Your answer: not applicable"));
    else
        m_answer->setText(tr("Not answered yet"));

    const int answered = answeredCount(m_document->project(), m_round, m_rater, m_plan);
    m_progress->setRange(0, std::max(1, m_plan.size()));
    m_progress->setValue(answered);
    m_answered->setText(tr("%1 of %2 answered").arg(answered).arg(m_plan.size()));
    m_strip->showCell(m_document->project(), m_plan, m_index, m_round, m_rater);
}

} // namespace js::selfassessment
