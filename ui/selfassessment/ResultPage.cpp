#include "ui/selfassessment/ResultPage.h"

#include "core/analysis/ScoreText.h"
#include "core/document/ProjectDocument.h"
#include "ui/selfassessment/SelfAssessmentRounds.h"
#include "ui/selfassessment/SelfAssessmentStyle.h"
#include "ui/selfassessment/WalkPlan.h"
#include "ui/selfassessment/WeakSpotCard.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace js::selfassessment {

namespace {

// A row of the moves: a name, before → after, and the change in colour.
void addMove(QGridLayout* grid, const QString& name, const analysis::Delta& delta, bool bold,
             const QString& objectName)
{
    const int row = grid->rowCount();
    auto* label = makeLabel(name, 1.0, bold);
    auto* values = makeLabel(ResultPage::tr("%1 → %2").arg(analysis::scoreText(delta.before),
                                                           analysis::scoreText(delta.after)),
                             1.0, bold);
    values->setWordWrap(false);
    auto* change =
        makeLabel(analysis::changeText(delta.change), bold ? 1.15 : 1.0, true, objectName);
    change->setWordWrap(false);
    change->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const double rounded = std::round(delta.change * 10.0) / 10.0;
    if (rounded != 0.0) {
        QPalette palette = change->palette();
        palette.setColor(QPalette::WindowText, rounded > 0 ? upColor(palette) : downColor(palette));
        change->setPalette(palette);
        change->setToolTip(rounded > 0 ? ResultPage::tr("Up") : ResultPage::tr("Down"));
    }
    grid->addWidget(label, row, 0);
    grid->addWidget(values, row, 1);
    grid->addWidget(change, row, 2);
}

// A stage scored now and not then.
void addNew(QGridLayout* grid, const QString& name)
{
    const int row = grid->rowCount();
    auto* label = makeLabel(name);
    auto* values = makeLabel(ResultPage::tr("not scored before"));
    values->setWordWrap(false);
    setMuted(label);
    setMuted(values);
    grid->addWidget(label, row, 0);
    grid->addWidget(values, row, 1, 1, 2);
}

} // namespace

ResultPage::ResultPage(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("resultPage"));

    // The score.
    auto* scoreCard = makeCard(QStringLiteral("scoreCard"));
    auto* scoreTitle = makeLabel(tr("Journey score"), 1.1, true);
    m_score = makeLabel({}, 3.2, true, QStringLiteral("overallScore"));
    m_score->setWordWrap(false);
    auto* outOf = makeLabel(tr("out of 5"), 1.1);
    setMuted(outOf);
    auto* scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_score);
    scoreRow->addWidget(outOf, 1, Qt::AlignBottom);
    m_scoreDetail = makeLabel({}, 1.0, false, QStringLiteral("frameworkScores"));
    m_coverage = makeLabel({}, 1.0, false, QStringLiteral("coverage"));
    setMuted(m_coverage);
    auto* scoreLayout = new QVBoxLayout(scoreCard);
    scoreLayout->setContentsMargins(18, 14, 18, 14);
    scoreLayout->addWidget(scoreTitle);
    scoreLayout->addLayout(scoreRow);
    scoreLayout->addWidget(m_scoreDetail);
    scoreLayout->addWidget(m_coverage);

    // What moved.
    auto* movedCard = makeCard(QStringLiteral("movedCard"));
    m_movedTitle = makeLabel({}, 1.1, true, QStringLiteral("movedTitle"));
    m_moves = new QVBoxLayout;
    auto* movedLayout = new QVBoxLayout(movedCard);
    movedLayout->setContentsMargins(18, 14, 18, 14);
    movedLayout->addWidget(m_movedTitle);
    movedLayout->addLayout(m_moves);

    // What to do now: the rest of the improvement cycle.
    auto* nextCard = makeCard(QStringLiteral("nextCard"));
    auto* nextTitle = makeLabel(tr("What next"), 1.1, true);
    auto* nextSteps =
        makeLabel(tr("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">"
                     "<li>Create actions for the weakest spots.</li>"
                     "<li>On the Actions tab, give each an owner and a due date.</li>"
                     "<li>Assess the journey again in three to six months to see what moved.</li>"
                     "</ol>"));
    nextSteps->setTextFormat(Qt::RichText);
    auto* nextLayout = new QVBoxLayout(nextCard);
    nextLayout->setContentsMargins(18, 14, 18, 8);
    nextLayout->addWidget(nextTitle);
    nextLayout->addWidget(nextSteps);

    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(scoreCard);
    left->addWidget(movedCard);
    left->addWidget(nextCard);
    left->addStretch(1);
    auto* leftHolder = new QWidget;
    leftHolder->setLayout(left);
    left->setContentsMargins(0, 0, 0, 0);
    setScaledWidth(leftHolder, 360, true);

    // The weakest spots.
    auto* spotsTitle = makeLabel(tr("Your three weakest spots"), 1.3, true);
    m_spotsIntro = makeLabel(tr("Ranked by how much the touchpoint matters to customers, the "
                                "criterion's weight and how far the score falls short of its "
                                "target. Start with the first."));
    setMuted(m_spotsIntro);
    auto* spotsHolder = new QWidget;
    m_spotList = new QVBoxLayout(spotsHolder);
    m_spotList->setContentsMargins(0, 0, 6, 0);
    m_spotList->setSpacing(10);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("spotsScroll"));
    scroll->setWidget(spotsHolder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_createAll = new QPushButton;
    m_createAll->setObjectName(QStringLiteral("createAllActions"));
    connect(m_createAll, &QPushButton::clicked, this, [this] { createAllActions(); });
    m_message = makeLabel({}, 1.0, false, QStringLiteral("actionsMessage"));
    m_message->hide();
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, upColor(messagePalette));
    m_message->setPalette(messagePalette);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(spotsTitle, 1);
    titleRow->addWidget(m_createAll, 0, Qt::AlignBottom);
    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    right->addLayout(titleRow);
    right->addWidget(m_spotsIntro);
    right->addWidget(m_message);
    right->addWidget(scroll, 1);

    auto* columns = new QWidget;
    auto* layout = new QHBoxLayout(columns);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(leftHolder);
    layout->addLayout(right, 1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(centred(columns, 1500));
}

void ResultPage::load(Id roundId, Id raterId)
{
    m_round = roundId;
    m_rater = raterId;
    const Project& project = m_document->project();
    m_results = analysis::computeRound(project, roundId);
    std::vector<analysis::WeakSpot> all = analysis::weakSpots(project, m_results);
    if (all.size() > size_t(SpotsShown))
        all.resize(size_t(SpotsShown));
    m_spots = std::move(all);
    m_previous = previousSelfAssessment(project, roundId);
    m_deltas = m_previous != NoId
                   ? analysis::roundDeltas(analysis::computeRound(project, m_previous), m_results)
                   : analysis::RoundDeltas{};
    m_created = 0;
    m_message->clear();
    m_message->hide();
    fillScore();
    fillMoves();
    fillSpots();
    updateActions();
}

void ResultPage::fillScore()
{
    const Project& project = m_document->project();
    m_score->setText(m_results.journey ? analysis::scoreText(m_results.journey->score)
                                       : QStringLiteral("–"));
    QStringList frameworks;
    for (const Framework& framework : project.frameworks) {
        if (const analysis::RollUp* rollUp =
                analysis::findRollUp(m_results.frameworks, framework.id))
            frameworks << tr("%1: %2").arg(framework.name, analysis::scoreText(rollUp->score));
    }
    m_scoreDetail->setText(frameworks.join(QLatin1Char('\n')));
    m_scoreDetail->setVisible(!frameworks.isEmpty());

    const WalkPlan plan = walkPlan(project, m_round);
    int scored = 0;
    int notApplicable = 0;
    for (const WalkCell& cell : plan.cells) {
        const Rating* rating =
            m_document->rating(RatingKey{m_round, m_rater, cell.touchpoint, cell.criterion});
        scored += rating && rating->isScored() ? 1 : 0;
        notApplicable += rating && rating->score == Rating::NotApplicable ? 1 : 0;
    }
    const int skipped = plan.size() - scored - notApplicable;
    m_coverage->setText(tr("%1 of %2 scored · %3 not applicable · %4 skipped")
                            .arg(scored)
                            .arg(plan.size())
                            .arg(notApplicable)
                            .arg(skipped));
}

void ResultPage::fillMoves()
{
    clearLayout(m_moves);
    const Project& project = m_document->project();
    const Round* previous = findRound(project, m_previous);
    if (!previous) {
        m_movedTitle->setText(tr("What moved"));
        auto* none = makeLabel(tr("This is the first self-assessment of this journey. Assess it "
                                  "again in a few months to see what moved."),
                               1.0, false, QStringLiteral("movedNone"));
        setMuted(none);
        m_moves->addWidget(none);
        return;
    }
    m_movedTitle->setText(
        tr("What moved since %1")
            .arg(previous->date.isValid() ? dayText(previous->date) : previous->name));
    m_movedTitle->setToolTip(previous->name);
    auto* holder = new QWidget;
    auto* grid = new QGridLayout(holder);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(0, 1);
    if (m_deltas.journey)
        addMove(grid, tr("Whole journey"), *m_deltas.journey, true, QStringLiteral("movedJourney"));
    const Round* round = findRound(project, m_round);
    const Journey* journey = round ? findJourney(project, round->journeyId) : nullptr;
    int stages = 0;
    if (journey) {
        for (const Stage& stage : journey->stages) {
            const auto it = m_deltas.stages.find(stage.id);
            if (it == m_deltas.stages.end()) {
                if (analysis::findRollUp(m_results.stages, stage.id))
                    addNew(grid, stage.name);
                continue;
            }
            addMove(grid, stage.name, it->second, false,
                    QStringLiteral("movedStage%1").arg(stage.id));
            ++stages;
        }
    }
    m_moves->addWidget(holder);
    if (!m_deltas.journey && stages == 0) {
        auto* none = makeLabel(tr("Nothing was scored in both rounds, so there is nothing to "
                                  "compare yet."),
                               1.0, false, QStringLiteral("movedNone"));
        setMuted(none);
        m_moves->addWidget(none);
    }
}

void ResultPage::fillSpots()
{
    clearLayout(m_spotList);
    m_cards.clear();
    const Project& project = m_document->project();
    for (size_t i = 0; i < m_spots.size(); ++i) {
        auto* card = new WeakSpotCard(project, m_spots[i], int(i) + 1);
        const int index = int(i);
        connect(card, &WeakSpotCard::createRequested, this, [this, index] { createAction(index); });
        m_spotList->addWidget(card);
        m_cards.push_back(card);
    }
    if (m_spots.empty()) {
        auto* none = makeLabel(m_results.journey
                                   ? tr("No weak spots: every score meets its target. Well done; "
                                        "consider raising the targets next time.")
                                   : tr("Nothing was scored, so there are no weak spots to show."),
                               1.1, false, QStringLiteral("spotsNone"));
        m_spotList->addWidget(none);
    }
    m_spotList->addStretch(1);
    m_createAll->setVisible(m_cards.size() >= 2);
    m_createAll->setText(m_cards.size() == 3 ? tr("Create all three actions")
                                             : tr("Create both actions"));
}

bool ResultPage::hasAction(const WeakSpotCard& card) const
{
    const Action wanted = card.action();
    const std::vector<Action>& actions = m_document->project().actions;
    return std::any_of(actions.begin(), actions.end(), [&wanted](const Action& action) {
        return action.touchpointId == wanted.touchpointId &&
               action.criterionId == wanted.criterionId && action.title == wanted.title;
    });
}

void ResultPage::updateActions()
{
    bool anyLeft = false;
    for (WeakSpotCard* card : m_cards) {
        const bool created = hasAction(*card);
        card->setCreated(created);
        anyLeft = anyLeft || !created;
    }
    m_createAll->setEnabled(anyLeft);
}

Id ResultPage::createAction(int index)
{
    if (index < 0 || index >= int(m_cards.size()) || hasAction(*m_cards[size_t(index)]))
        return NoId;
    const Id id = m_document->addAction(m_cards[size_t(index)]->action());
    if (id != NoId)
        ++m_created;
    updateActions();
    showCreated();
    return id;
}

int ResultPage::createAllActions()
{
    int made = 0;
    {
        ProjectDocument::Batch batch(m_document, tr("Create actions for the weakest spots"));
        for (WeakSpotCard* card : m_cards) {
            if (!hasAction(*card) && m_document->addAction(card->action()) != NoId)
                ++made;
        }
        batch.setText(made == 1 ? tr("Create 1 action") : tr("Create %1 actions").arg(made));
    }
    m_created += made;
    updateActions();
    if (made > 0)
        showCreated();
    return made;
}

void ResultPage::showCreated()
{
    m_message->show();
    m_message->setText(
        (m_created == 1 ? tr("1 action created.") : tr("%1 actions created.").arg(m_created)) +
        QLatin1Char(' ') +
        tr("Find them on the Actions tab, where you can give each an owner and a due date."));
}

void ResultPage::clearLayout(QVBoxLayout* layout)
{
    // Out of the tree at once, deleted later: a card's button may be the
    // one being clicked.
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
}

} // namespace js::selfassessment
