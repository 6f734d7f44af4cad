#include "ui/assess/FocusView.h"

#include "core/document/ProjectDocument.h"
#include "core/render/HeatScale.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/ScoreButton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>

#include <algorithm>

namespace js {

namespace {

QString hex(const QColor& colour)
{
    return colour.name(QColor::HexRgb);
}

enum class KeyCommand {
    None,
    Score, // 1..5, the key's digit
    NotApplicable,
    Clear,
    PreviousCriterion,
    NextCriterion,
    PreviousTouchpoint,
    NextTouchpoint,
    Rater, // Ctrl+1..9: the rater at that place in the round
    Reveal,
};

KeyCommand keyCommand(const QKeyEvent& event)
{
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    const bool plain = modifiers == Qt::NoModifier;
    const int key = event.key();
    if (plain && key >= Qt::Key_1 && key <= Qt::Key_5)
        return KeyCommand::Score;
    if (plain && key == Qt::Key_N)
        return KeyCommand::NotApplicable;
    if (plain && key == Qt::Key_R)
        return KeyCommand::Reveal;
    if (plain && (key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace))
        return KeyCommand::Clear;
    if (plain && (key == Qt::Key_Left || key == Qt::Key_PageUp))
        return KeyCommand::PreviousCriterion;
    if (plain && (key == Qt::Key_Right || key == Qt::Key_PageDown))
        return KeyCommand::NextCriterion;
    const bool ctrl = modifiers == Qt::ControlModifier;
    if (ctrl && key >= Qt::Key_1 && key <= Qt::Key_9)
        return KeyCommand::Rater;
    if ((plain && key == Qt::Key_Up) || (ctrl && key == Qt::Key_Left))
        return KeyCommand::PreviousTouchpoint;
    if ((plain && key == Qt::Key_Down) || (ctrl && key == Qt::Key_Right))
        return KeyCommand::NextTouchpoint;
    return KeyCommand::None;
}

} // namespace

FocusView::FocusView(AssessmentContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_document(context->document())
{
    setObjectName(QStringLiteral("focusView"));
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    buildWidgets();

    connect(m_context, &AssessmentContext::roundChanged, this, &FocusView::roundChanged);
    connect(m_context, &AssessmentContext::raterChanged, this, &FocusView::refresh);
    connect(m_document, &ProjectDocument::ratingChanged, this,
            [this](const RatingKey& key) { ratingsArrived({key}); });
    connect(m_document, &ProjectDocument::ratingsChanged, this, &FocusView::ratingsArrived);
    connect(m_document, &ProjectDocument::changed, this, [this](const ChangeEvent& event) {
        switch (event.kind) {
        case EntityKind::Journey:
        case EntityKind::Stage:
        case EntityKind::Touchpoint:
        case EntityKind::Framework:
        case EntityKind::Criterion:
        case EntityKind::Round:
        case EntityKind::Rater:
        case EntityKind::Target:
            refresh();
            break;
        default:
            break;
        }
    });
    connect(m_document, &ProjectDocument::projectReset, this, &FocusView::roundChanged);
    roundChanged();
    applyScale();
}

// ---- what is shown

const Round* FocusView::round() const
{
    return m_context->currentRound();
}

std::vector<Id> FocusView::touchpoints() const
{
    const Round* r = round();
    const Journey* journey = r ? findJourney(m_document->project(), r->journeyId) : nullptr;
    return journey ? touchpointIds(*journey) : std::vector<Id>{};
}

std::vector<Id> FocusView::criteria() const
{
    std::vector<Id> ids;
    if (const Round* r = round()) {
        for (const RoundCriterion& criterion : r->criteria)
            ids.push_back(criterion.criterionId);
    }
    return ids;
}

RatingKey FocusView::key() const
{
    return RatingKey{m_context->round(), m_context->rater(), m_touchpoint, m_criterion};
}

bool FocusView::canRate() const
{
    const Round* r = round();
    return r && !r->locked && m_context->rater() != NoId && m_document->isValidRatingKey(key());
}

void FocusView::roundChanged()
{
    repairPosition();
    refresh();
}

void FocusView::repairPosition()
{
    const std::vector<Id> tps = touchpoints();
    const std::vector<Id> crs = criteria();
    const Id touchpoint = std::find(tps.begin(), tps.end(), m_touchpoint) != tps.end()
                              ? m_touchpoint
                              : (tps.empty() ? NoId : tps.front());
    const Id criterion = std::find(crs.begin(), crs.end(), m_criterion) != crs.end()
                             ? m_criterion
                             : (crs.empty() ? NoId : crs.front());
    const bool touchpointMoved = touchpoint != m_touchpoint;
    const bool criterionMoved = criterion != m_criterion;
    m_touchpoint = touchpoint;
    m_criterion = criterion;
    if (touchpointMoved)
        Q_EMIT touchpointChanged(m_touchpoint);
    if (criterionMoved)
        Q_EMIT criterionChanged(m_criterion);
}

void FocusView::refresh()
{
    repairPosition();
    const Round* r = round();
    m_roundName->setText(r ? r->name : QString());
    {
        const QSignalBlocker blocker(m_rater);
        m_rater->clear();
        if (r) {
            for (const Rater& rater : r->raters)
                m_rater->addItem(rater.role.isEmpty() ? rater.name
                                                      : tr("%1 (%2)").arg(rater.name, rater.role),
                                 QVariant::fromValue(rater.id));
        }
        m_rater->setCurrentIndex(m_rater->findData(QVariant::fromValue(m_context->rater())));
        m_rater->setEnabled(r && !r->raters.empty());
    }
    m_locked->setVisible(r && r->locked);

    QString empty;
    if (!r)
        empty = tr("There is no assessment round yet.\nCreate one with “New round…” to start "
                   "rating.");
    else if (m_touchpoint == NoId)
        empty = tr("The journey of this round has no touchpoints yet.\nAdd some on the map.");
    else if (m_criterion == NoId)
        empty = tr("This round rates no criteria.\nChoose some in “Round settings…”.");
    m_empty->setText(empty);
    m_pages->setCurrentIndex(empty.isEmpty() ? 0 : 1);
    if (!empty.isEmpty()) {
        m_progress->clear();
        return;
    }
    refreshTexts();
    refreshAnswers();
    refreshRaters();
}

void FocusView::refreshTexts()
{
    const Project& project = m_document->project();
    const std::vector<Id> tps = touchpoints();
    const std::vector<Id> crs = criteria();
    const auto tpIndex = std::find(tps.begin(), tps.end(), m_touchpoint) - tps.begin();
    const auto crIndex = std::find(crs.begin(), crs.end(), m_criterion) - crs.begin();
    m_progress->setText(tr("Criterion %1 of %2 · touchpoint %3 of %4")
                            .arg(crIndex + 1)
                            .arg(crs.size())
                            .arg(tpIndex + 1)
                            .arg(tps.size()));

    const Touchpoint* touchpoint = findTouchpoint(project, m_touchpoint);
    const Journey* journey = journeyOfTouchpoint(project, m_touchpoint);
    QString stage;
    for (const Stage& s : journey->stages) {
        if (findById(s.touchpoints, m_touchpoint))
            stage = s.name;
    }
    m_touchpointName->setText(touchpoint->name.isEmpty() ? tr("(untitled touchpoint)")
                                                         : touchpoint->name);
    m_touchpointInfo->setText(tr("%1 stage · %2").arg(stage, channelName(touchpoint->channel)));

    const Framework* framework = nullptr;
    const Criterion* criterion = nullptr;
    for (const Framework& f : project.frameworks) {
        if (const Criterion* c = findById(f.criteria, m_criterion)) {
            framework = &f;
            criterion = c;
        }
    }
    const RoundCriterion* rated = findRoundCriterion(*round(), m_criterion);
    const double target = targetFor(project, m_context->round(), *rated, m_touchpoint);
    m_framework->setText(tr("%1 · target %2").arg(framework->name, QLocale().toString(target)));
    m_criterionName->setText(criterion->name);
    m_description->setText(criterion->description);
    m_description->setVisible(!criterion->description.isEmpty());
    QString questions;
    if (!criterion->questions.isEmpty()) {
        questions = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const QString& question : criterion->questions)
            questions += QStringLiteral("<tr><td>•&nbsp;&nbsp;</td><td>%1</td></tr>")
                             .arg(question.toHtmlEscaped());
        questions += QStringLiteral("</table>");
    }
    m_questions->setText(questions);
    m_questions->setVisible(!questions.isEmpty());
    fitCriterion();

    const int tp = int(tpIndex);
    const int cr = int(crIndex);
    m_steps[0]->setEnabled(cr > 0 || tp > 0);
    m_steps[1]->setEnabled(cr + 1 < int(crs.size()) || tp + 1 < int(tps.size()));
    m_steps[2]->setEnabled(tp > 0);
    m_steps[3]->setEnabled(tp + 1 < int(tps.size()));
}

void FocusView::refreshAnswers()
{
    const Round* r = round();
    const RoundCriterion* rated = r ? findRoundCriterion(*r, m_criterion) : nullptr;
    if (!rated || m_touchpoint == NoId)
        return;
    const bool enabled = canRate();
    const double target =
        targetFor(m_document->project(), m_context->round(), *rated, m_touchpoint);
    const HeatScale scale(palette().color(QPalette::Base).lightness() < 128);
    const Rating* rating = m_context->rater() == NoId ? nullptr : m_document->rating(key());
    const int score = rating ? rating->score : Rating::NotRated;
    for (int s = MinScore; s <= MaxScore; ++s) {
        ScoreButton* button = m_scores[size_t(s - 1)];
        const QColor fill = scale.fill(s, target);
        button->setColours(fill, scale.text(fill));
        button->setChosen(score == s);
        button->setEnabled(enabled);
    }
    m_notApplicable->setColours(scale.notApplicable(), scale.text(scale.notApplicable()));
    m_notApplicable->setChosen(score == Rating::NotApplicable);
    m_notApplicable->setEnabled(enabled);
    m_clear->setEnabled(enabled && score != Rating::NotRated);
    if (r->locked)
        m_keys->setText(tr("Unlock the round in “Round settings…” to change scores."));
    else if (m_context->rater() == NoId)
        m_keys->setText(m_noRaterNote.isEmpty() ? tr("Choose who rates to enter scores.")
                                                : m_noRaterNote);
    else
        m_keys->setText(tr("Keys: 1–5 score · N not applicable · 0 clear · R reveal"));
}

std::vector<FocusView::RaterState> FocusView::raterStates() const
{
    std::vector<RaterState> states;
    const Round* r = round();
    if (!r)
        return states;
    for (const Rater& rater : r->raters) {
        const Rating* rating =
            m_document->rating(RatingKey{r->id, rater.id, m_touchpoint, m_criterion});
        const bool rated = rating && (rating->isScored() || rating->score == Rating::NotApplicable);
        states.push_back({rater.id, rater.name, rated});
    }
    return states;
}

void FocusView::refreshRaters()
{
    const std::vector<RaterState> states = raterStates();
    const auto rated =
        std::count_if(states.begin(), states.end(), [](const RaterState& s) { return s.rated; });
    m_ratedCount->setText(states.empty() ? tr("No raters yet")
                                         : tr("%1 of %2 rated").arg(rated).arg(states.size()));
    const QColor ink = palette().color(QPalette::WindowText);
    const QColor muted = mutedColour(0.38);
    QStringList names;
    for (const RaterState& state : states) {
        QString name = state.name.toHtmlEscaped();
        if (state.rater == m_context->rater())
            name = QStringLiteral("<u>%1</u>").arg(name);
        names << QStringLiteral("<span style=\"color:%1; white-space:nowrap\">%2&nbsp;%3</span>")
                     .arg(hex(state.rated ? ink : muted),
                          state.rated ? QStringLiteral("✓") : QStringLiteral("–"),
                          state.rated ? QStringLiteral("<b>%1</b>").arg(name) : name);
    }
    // A short list reads best one name a line; a big room flows, and so do
    // the names above the distribution.
    const bool everyone = !states.empty() && rated == qsizetype(states.size());
    const bool oneALine = states.size() <= 10 && !(everyone || m_revealed);
    m_ratedNames->setText(
        names.join(oneALine ? QStringLiteral("<br>") : QStringLiteral(" &nbsp; &nbsp; ")));
    // Once everyone has, "5 of 5 rated" says it all: the room goes to the distribution.
    m_ratedNames->setVisible(!m_countOnly && !states.empty() && !everyone);
    m_countToggle->setText(m_countOnly ? tr("Show names") : tr("Show only the count"));
    refreshDistribution(everyone);
}

void FocusView::ratingsArrived(const QList<RatingKey>& keys)
{
    const bool shown = std::any_of(keys.begin(), keys.end(), [this](const RatingKey& k) {
        return k.round == m_context->round() && k.touchpoint == m_touchpoint &&
               k.criterion == m_criterion;
    });
    if (!shown)
        return;
    refreshAnswers();
    refreshRaters();
}

// ---- moving and answering

void FocusView::setTouchpoint(Id touchpoint)
{
    const std::vector<Id> tps = touchpoints();
    if (touchpoint != m_touchpoint && std::find(tps.begin(), tps.end(), touchpoint) != tps.end())
        move(touchpoint, m_criterion);
}

void FocusView::setCriterion(Id criterion)
{
    const std::vector<Id> crs = criteria();
    if (criterion != m_criterion && std::find(crs.begin(), crs.end(), criterion) != crs.end())
        move(m_touchpoint, criterion);
}

void FocusView::setInTurn(bool inTurn)
{
    m_inTurn = inTurn;
    if (m_inTurnToggle && m_inTurnToggle->isChecked() != inTurn)
        m_inTurnToggle->setChecked(inTurn);
}

void FocusView::setCountOnly(bool countOnly)
{
    m_countOnly = countOnly;
    refreshRaters();
}

void FocusView::move(Id touchpoint, Id criterion)
{
    const bool touchpointMoved = touchpoint != m_touchpoint;
    const bool criterionMoved = criterion != m_criterion;
    m_touchpoint = touchpoint;
    m_criterion = criterion;
    if (touchpointMoved || criterionMoved)
        m_revealed = false; // the next cell starts hidden
    refresh();
    if (touchpointMoved)
        Q_EMIT touchpointChanged(m_touchpoint);
    if (criterionMoved)
        Q_EMIT criterionChanged(m_criterion);
}

void FocusView::stepCriterion(int delta)
{
    const std::vector<Id> tps = touchpoints();
    const std::vector<Id> crs = criteria();
    if (tps.empty() || crs.empty())
        return;
    const auto tp = std::find(tps.begin(), tps.end(), m_touchpoint) - tps.begin();
    const auto cr = std::find(crs.begin(), crs.end(), m_criterion) - crs.begin();
    // Criteria of all touchpoints in one row: past the last criterion comes
    // the next touchpoint's first.
    const auto position = tp * qsizetype(crs.size()) + cr + delta;
    if (position < 0 || position >= qsizetype(tps.size() * crs.size()))
        return;
    move(tps[size_t(position / qsizetype(crs.size()))],
         crs[size_t(position % qsizetype(crs.size()))]);
}

void FocusView::stepTouchpoint(int delta)
{
    const std::vector<Id> tps = touchpoints();
    const auto tp = std::find(tps.begin(), tps.end(), m_touchpoint) - tps.begin() + delta;
    if (tp >= 0 && tp < qsizetype(tps.size()))
        move(tps[size_t(tp)], m_criterion);
}

bool FocusView::answer(int score)
{
    if (!canRate() || !isValidScore(score))
        return false;
    m_document->setRatingScore(key(), score); // false when it was the score already
    if (score == Rating::NotRated)
        return true;
    // The room rates one cell in turn: the next rater who has not yet takes
    // over, and once everyone has, the view steps on with the first rater.
    const Round* round = m_context->currentRound();
    if (!m_inTurn) {
        stepCriterion(1);
        return true;
    }
    const std::vector<Rater>& raters = round->raters;
    const auto at = std::find_if(raters.begin(), raters.end(),
                                 [this](const Rater& r) { return r.id == m_context->rater(); });
    const size_t start = at == raters.end() ? 0 : size_t(at - raters.begin());
    for (size_t i = 1; i < raters.size(); ++i) {
        const Rater& next = raters[(start + i) % raters.size()];
        const Rating* given =
            m_document->rating(RatingKey{round->id, next.id, m_touchpoint, m_criterion});
        if (!given || given->score == Rating::NotRated) {
            m_context->setRater(next.id);
            return true;
        }
    }
    if (!raters.empty())
        m_context->setRater(raters.front().id);
    stepCriterion(1);
    return true;
}

bool FocusView::event(QEvent* event)
{
    // The view's keys win over the window's shortcuts (Delete, the arrows)
    // while it has the focus.
    if (event->type() == QEvent::ShortcutOverride &&
        keyCommand(*static_cast<QKeyEvent*>(event)) != KeyCommand::None) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void FocusView::keyPressEvent(QKeyEvent* event)
{
    switch (keyCommand(*event)) {
    case KeyCommand::None:
        QWidget::keyPressEvent(event);
        return;
    case KeyCommand::Score:
        answer(event->key() - Qt::Key_0);
        break;
    case KeyCommand::NotApplicable:
        answer(Rating::NotApplicable);
        break;
    case KeyCommand::Clear:
        answer(Rating::NotRated);
        break;
    case KeyCommand::PreviousCriterion:
        stepCriterion(-1);
        break;
    case KeyCommand::NextCriterion:
        stepCriterion(1);
        break;
    case KeyCommand::PreviousTouchpoint:
        stepTouchpoint(-1);
        break;
    case KeyCommand::NextTouchpoint:
        stepTouchpoint(1);
        break;
    case KeyCommand::Reveal:
        setRevealed(!m_revealed);
        break;
    case KeyCommand::Rater:
        if (const Round* round = m_context->currentRound()) {
            const auto index = size_t(event->key() - Qt::Key_1);
            if (index < round->raters.size())
                m_context->setRater(round->raters[index].id);
        }
        break;
    }
    event->accept();
}

} // namespace js
