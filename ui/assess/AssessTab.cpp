#include "ui/assess/AssessTab.h"

#include "core/document/ProjectDocument.h"
#include "ui/assess/AssessGridModel.h"
#include "ui/assess/AssessGridView.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace js {

namespace {

QString roundLabel(const Project& project, const Round& round)
{
    const QString journey = displayName(project, EntityKind::Journey, round.journeyId);
    const QString date = round.date.isValid() ? QLocale().toString(round.date, QLocale::ShortFormat)
                                              : AssessTab::tr("no date");
    return AssessTab::tr("%1 (%2, %3)").arg(round.name, date, journey);
}

// A share in whole percent that says 100 only when nothing is missing.
int percentOf(int part, int whole)
{
    if (whole <= 0)
        return 0;
    return part >= whole ? 100 : std::min(99, part * 100 / whole);
}

// "Megan Alvarez (Head of Customer Service) · Ctrl+1"
QString raterEntry(const Rater& rater, int index)
{
    const QString label =
        rater.role.isEmpty() ? rater.name : AssessTab::tr("%1 (%2)").arg(rater.name, rater.role);
    return index < 9 ? AssessTab::tr("%1 · Ctrl+%2").arg(label).arg(index + 1) : label;
}

} // namespace

AssessTab::AssessTab(ProjectDocument* document, SelectionModel* selection,
                     AssessmentContext* context, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_context(context)
{
    setObjectName(QStringLiteral("assessTab"));
    m_model = new AssessGridModel(
        document,
        [context](Id round) -> const analysis::RoundResults& { return context->results(round); },
        this);
    m_grid = new AssessGridView(document, m_model);

    // The bar: round, rater, where the cursor goes, the lock, the focus view.
    m_rounds = new QComboBox;
    m_rounds->setObjectName(QStringLiteral("assessRound"));
    // Long names must not widen the window beyond a projector's 1280 pixels.
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rounds->setMinimumContentsLength(12);
    m_rounds->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_raters = new QComboBox;
    m_raters->setObjectName(QStringLiteral("assessRater"));
    m_raters->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_raters->setMinimumContentsLength(12);
    m_raters->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_raters->setToolTip(tr("Who is typing: Ctrl+1 to Ctrl+9 pick a rater, Ctrl+0 shows all "
                            "raters together"));
    m_advance = new QComboBox;
    m_advance->setObjectName(QStringLiteral("assessAdvance"));
    m_advance->addItem(tr("Then move right"));
    m_advance->addItem(tr("Then move down"));
    m_advance->setToolTip(tr("Where the cursor goes after a score"));
    m_advance->setCurrentIndex(QSettings().value(QStringLiteral("assess/advanceDown")).toBool());
    m_grid->setAdvance(m_advance->currentIndex() == 1 ? AssessGridView::Advance::Down
                                                      : AssessGridView::Advance::Right);
    m_lock = new QPushButton;
    m_lock->setObjectName(QStringLiteral("assessLock"));
    m_lock->setCheckable(true);
    auto* focus = new QPushButton(tr("Focus view"));
    focus->setObjectName(QStringLiteral("assessFocus"));
    focus->setToolTip(tr("Rate one touchpoint at a time in large type, for the projector"));
    // The round's commands in one menu, so that the bar fits a projector.
    auto* roundMenu = new QMenu(this);
    QAction* newRound = roundMenu->addAction(tr("New round…"));
    newRound->setObjectName(QStringLiteral("assessNewRound"));
    QAction* settings = roundMenu->addAction(tr("Round settings…"));
    settings->setObjectName(QStringLiteral("assessRoundSettings"));
    auto* roundButton = new QToolButton;
    roundButton->setObjectName(QStringLiteral("assessRoundMenu"));
    roundButton->setText(tr("Round"));
    roundButton->setMenu(roundMenu);
    roundButton->setPopupMode(QToolButton::InstantPopup);
    roundButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* roundLabelWidget = new QLabel(tr("&Round:"));
    roundLabelWidget->setBuddy(m_rounds);
    auto* raterLabel = new QLabel(tr("R&ater:"));
    raterLabel->setBuddy(m_raters);
    auto* bar = new QHBoxLayout;
    bar->addWidget(roundLabelWidget);
    bar->addWidget(m_rounds, 3);
    bar->addSpacing(12);
    bar->addWidget(raterLabel);
    bar->addWidget(m_raters, 3);
    bar->addSpacing(12);
    bar->addWidget(m_advance);
    bar->addStretch(1);
    bar->addWidget(m_lock);
    bar->addWidget(roundButton);
    bar->addWidget(focus);

    // A locked round says so, with the way out.
    m_lockBanner = new QWidget;
    m_lockBanner->setObjectName(QStringLiteral("assessLockBanner"));
    m_lockBanner->setStyleSheet(
        QStringLiteral("#assessLockBanner { background: #e8eef7; border: 1px solid #9db3d6; "
                       "border-radius: 4px; } QLabel { color: #1c2b44; }"));
    auto* bannerLayout = new QHBoxLayout(m_lockBanner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    m_lockText = new QLabel(tr("This round is locked: a finished workshop reads only. Unlock it to "
                               "change its scores."));
    m_lockText->setWordWrap(true);
    bannerLayout->addWidget(m_lockText, 1);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("assessMessage"));
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8a3b00; font-weight: bold; }"));
    m_message->hide();

    // Below the grid: the cell, its note, the coverage of the round.
    m_cell = new QLabel;
    m_cell->setObjectName(QStringLiteral("assessCell"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("assessNote"));
    m_note->setPlaceholderText(tr("Note: evidence or a quote for this score (F2)"));
    m_note->setClearButtonEnabled(true);
    m_coverage = new QLabel;
    m_coverage->setObjectName(QStringLiteral("assessCoverage"));
    auto* below = new QHBoxLayout;
    below->addWidget(m_cell);
    // A refusal shows here, beside the cell, so the grid does not jump.
    below->addWidget(m_message);
    below->addWidget(m_note, 1);
    below->addWidget(m_coverage);

    // Without rounds: what to do.
    m_empty = new QWidget;
    auto* emptyLayout = new QVBoxLayout(m_empty);
    auto* emptyText = new QLabel(tr("<h2>No assessment round yet</h2><p>A round rates the "
                                    "touchpoints of one journey on the criteria you choose, by "
                                    "one person or a whole room.</p>"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto* emptyButton = new QPushButton(tr("New round…"));
    emptyButton->setObjectName(QStringLiteral("assessEmptyNewRound"));
    auto* emptySelf = new QPushButton(tr("Assess it yourself, step by step…"));
    emptySelf->setObjectName(QStringLiteral("assessEmptySelfAssessment"));
    emptySelf->setToolTip(tr("A guided walk for one person: a score for each touchpoint, then "
                             "the weakest spots with suggested actions"));
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(emptyButton);
    emptyButtons->addWidget(emptySelf);
    emptyButtons->addStretch(1);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_lockBanner);
    layout->addWidget(m_grid, 1);
    layout->addLayout(below);
    layout->addWidget(m_empty, 1);

    connect(newRound, &QAction::triggered, this, &AssessTab::newRoundRequested);
    connect(emptyButton, &QPushButton::clicked, this, &AssessTab::newRoundRequested);
    connect(emptySelf, &QPushButton::clicked, this, &AssessTab::selfAssessmentRequested);
    connect(settings, &QAction::triggered, this, &AssessTab::roundSettingsRequested);
    connect(focus, &QPushButton::clicked, this, &AssessTab::focusViewRequested);
    connect(m_rounds, &QComboBox::activated, this,
            [this](int index) { m_context->setRound(m_rounds->itemData(index).value<Id>()); });
    connect(m_raters, &QComboBox::activated, this,
            [this](int index) { m_context->setRater(m_raters->itemData(index).value<Id>()); });
    connect(m_advance, &QComboBox::activated, this, [this](int index) {
        QSettings().setValue(QStringLiteral("assess/advanceDown"), index == 1);
        m_grid->setAdvance(index == 1 ? AssessGridView::Advance::Down
                                      : AssessGridView::Advance::Right);
    });
    connect(m_lock, &QPushButton::clicked, this, [this](bool locked) {
        m_document->set(m_context->round(), &Round::locked, locked);
        updateLock();
    });
    connect(m_context, &AssessmentContext::roundChanged, this, &AssessTab::roundChanged);
    connect(m_context, &AssessmentContext::raterChanged, this, [this](Id rater) {
        m_model->setRater(rater);
        fillRaters();
        updateNote();
    });
    connect(m_grid, &AssessGridView::refused, this, &AssessTab::showMessage);
    connect(m_grid, &AssessGridView::noteRequested, this, [this] {
        m_note->setFocus();
        m_note->selectAll();
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AssessTab::currentCellChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &AssessTab::currentCellChanged, Qt::UniqueConnection);
    });
    connect(m_note, &QLineEdit::editingFinished, this, &AssessTab::commitNote);
    connect(m_note, &QLineEdit::returnPressed, m_grid, qOverload<>(&QWidget::setFocus));
    connect(m_selection, &SelectionModel::changed, this, &AssessTab::selectionChanged);

    // The list of rounds and raters follows the document; the note and the
    // coverage follow the ratings, once per burst of changes.
    auto* later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, [this] {
        updateCoverage();
        updateNote();
    });
    connect(document, &ProjectDocument::ratingChanged, later, qOverload<>(&QTimer::start));
    connect(document, &ProjectDocument::ratingsChanged, later, qOverload<>(&QTimer::start));
    connect(document, &ProjectDocument::changed, this, [this, later](const ChangeEvent& event) {
        const bool edit = event.type == ChangeType::Changed;
        if (edit && event.kind == EntityKind::Round) {
            // A name or date typed elsewhere: that one entry, not the list.
            const int index = m_rounds->findData(QVariant::fromValue(event.id));
            if (const Round* round = findRound(m_document->project(), event.id);
                round && index >= 0)
                m_rounds->setItemText(index, roundLabel(m_document->project(), *round));
            if (event.id == m_context->round())
                updateLock();
        } else if (edit && event.kind == EntityKind::Rater) {
            const Round* round = m_context->currentRound();
            const int index = m_raters->findData(QVariant::fromValue(event.id));
            if (round && index >= 0 && index < int(round->raters.size()))
                m_raters->setItemText(index, raterEntry(round->raters[size_t(index)], index));
        } else if (edit && event.kind == EntityKind::Journey) {
            if (event.field == Field::Name)
                fillRounds();
        } else if (event.kind == EntityKind::Round || event.kind == EntityKind::Rater ||
                   event.kind == EntityKind::Journey) {
            fillRounds();
            fillRaters();
            updateLock();
        }
        if (event.kind == EntityKind::Touchpoint || event.kind == EntityKind::Criterion)
            later->start();
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        fillRounds();
        roundChanged();
    });

    connect(m_grid, &AssessGridView::raterKeyPressed, this, &AssessTab::pickRater);
    for (int i = 1; i <= 9; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { pickRater(i - 1); });
    }
    fillRounds();
    roundChanged();
}

QString AssessTab::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void AssessTab::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        QTimer::singleShot(6000, m_message, [this, text] {
            if (m_message->text() == text)
                m_message->hide();
        });
}

void AssessTab::focusGrid()
{
    if (m_model->rowCount() == 0)
        return;
    if (!m_grid->currentIndex().isValid() && m_model->rowCount() > 1) {
        m_syncing = true;
        m_grid->setCurrentIndex(m_model->index(1, 0));
        m_syncing = false;
    }
    m_grid->setFocus();
}

void AssessTab::pickRater(int index)
{
    const Round* round = m_context->currentRound();
    if (!round)
        return;
    if (index < 0) {
        m_context->setRater(NoId);
    } else if (index < int(round->raters.size())) {
        m_context->setRater(round->raters[size_t(index)].id);
    } else {
        showMessage(tr("This round has %n raters.", nullptr, int(round->raters.size())));
        return;
    }
    showMessage(QString());
}

void AssessTab::fillRounds()
{
    const Project& project = m_document->project();
    const QSignalBlocker blocker(m_rounds);
    m_rounds->clear();
    for (const Round& round : project.rounds)
        m_rounds->addItem(roundLabel(project, round), QVariant::fromValue(round.id));
    m_rounds->setCurrentIndex(m_rounds->findData(QVariant::fromValue(m_context->round())));
    const bool any = !project.rounds.empty();
    m_empty->setVisible(!any);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_grid, m_rounds, m_raters, m_advance, m_lock, m_note})
        widget->setVisible(any);
    m_cell->setVisible(any);
    m_coverage->setVisible(any);
    for (const char* name : {"assessRoundMenu", "assessFocus"}) {
        if (QWidget* widget = findChild<QWidget*>(QLatin1String(name)))
            widget->setVisible(any);
    }
}

void AssessTab::fillRaters()
{
    const QSignalBlocker blocker(m_raters);
    m_raters->clear();
    const Round* round = m_context->currentRound();
    if (round) {
        for (size_t i = 0; i < round->raters.size(); ++i)
            m_raters->addItem(raterEntry(round->raters[i], int(i)),
                              QVariant::fromValue(round->raters[i].id));
    }
    m_raters->addItem(tr("All raters: mean and spread · Ctrl+0"), QVariant::fromValue(NoId));
    m_raters->setCurrentIndex(m_raters->findData(QVariant::fromValue(m_context->rater())));
}

void AssessTab::roundChanged()
{
    const Id touchpoint = m_grid->currentTouchpoint();
    const Id criterion = m_grid->currentCriterion();
    m_model->setRound(m_context->round());
    m_model->setRater(m_context->rater());
    fillRounds();
    fillRaters();
    updateLock();
    // The cursor stays on the same cell where the new round has it.
    if (m_model->rowOf(touchpoint) >= 0)
        m_grid->showCell(touchpoint, criterion);
    else if (m_model->rowCount() > 1)
        m_grid->setCurrentIndex(m_model->index(1, 0));
    updateCoverage();
    updateNote();
}

void AssessTab::updateLock()
{
    const bool locked = m_context->isLocked();
    m_lock->setChecked(locked);
    m_lock->setText(locked ? tr("Unlock round") : tr("Lock round"));
    m_lock->setToolTip(locked ? tr("Allow changes to this round's scores again")
                              : tr("Mark the round finished: its scores become read-only"));
    m_lock->setEnabled(m_context->currentRound() != nullptr);
    m_lockBanner->setVisible(locked);
    m_note->setReadOnly(locked);
}

void AssessTab::currentCellChanged()
{
    updateNote();
    const Id touchpoint = m_grid->currentTouchpoint();
    // Only the user moving the cursor picks for the window.
    if (touchpoint == NoId || m_syncing || !m_grid->hasFocus())
        return;
    // The window's one selection follows the grid's cursor.
    m_syncing = true;
    if (!(m_selection->current() == Selection{EntityKind::Touchpoint, touchpoint}))
        m_selection->select({EntityKind::Touchpoint, touchpoint});
    m_syncing = false;
}

void AssessTab::selectionChanged()
{
    if (m_syncing)
        return;
    const Selection current = m_selection->current();
    if (current.kind == EntityKind::Touchpoint && current.id != m_grid->currentTouchpoint()) {
        m_syncing = true;
        m_grid->showCell(current.id, NoId);
        m_syncing = false;
    } else if (current.kind == EntityKind::Criterion) {
        const int column = m_model->columnOf(current.id);
        if (column >= 0 && m_grid->currentTouchpoint() != NoId) {
            m_syncing = true;
            m_grid->showCell(m_grid->currentTouchpoint(), current.id);
            m_syncing = false;
        }
    }
}

void AssessTab::updateNote()
{
    const Project& project = m_document->project();
    const Id touchpoint = m_grid->currentTouchpoint();
    const Id criterion = m_grid->currentCriterion();
    if (touchpoint == NoId || criterion == NoId) {
        m_cell->clear();
        m_note->clear();
        m_note->setEnabled(false);
        return;
    }
    m_cell->setText(
        tr("<b>%1</b> · %2")
            .arg(displayName(project, EntityKind::Touchpoint, touchpoint).toHtmlEscaped(),
                 displayName(project, EntityKind::Criterion, criterion).toHtmlEscaped()));
    const bool typing = !m_model->isAggregate();
    m_note->setEnabled(typing);
    if (m_note->hasFocus())
        return;
    const Rating* rating = typing ? m_document->rating(RatingKey{m_model->round(), m_model->rater(),
                                                                 touchpoint, criterion})
                                  : nullptr;
    m_note->setText(rating ? rating->note : QString());
    m_note->setPlaceholderText(typing ? tr("Note: evidence or a quote for this score (F2)")
                                      : tr("Pick a rater to write a note; hover a cell to read "
                                           "every rater's"));
}

void AssessTab::commitNote()
{
    const Id touchpoint = m_grid->currentTouchpoint();
    const Id criterion = m_grid->currentCriterion();
    if (touchpoint == NoId || criterion == NoId || m_model->isAggregate())
        return;
    const RatingKey key{m_model->round(), m_model->rater(), touchpoint, criterion};
    const Rating* rating = m_document->rating(key);
    if ((rating ? rating->note : QString()) == m_note->text())
        return;
    if (m_context->isLocked()) {
        showMessage(tr("This round is locked. Unlock it to change its scores."));
        updateNote();
        return;
    }
    m_document->setRatingNote(key, m_note->text());
}

void AssessTab::updateCoverage()
{
    const Round* round = m_context->currentRound();
    if (!round) {
        m_coverage->clear();
        return;
    }
    const analysis::Coverage& coverage = m_context->results().coverage;
    m_coverage->setText(tr("%1 of %2 scores given (%3%)")
                            .arg(coverage.ratingsGiven)
                            .arg(coverage.ratingsExpected)
                            .arg(percentOf(coverage.ratingsGiven, coverage.ratingsExpected)));
}

} // namespace js
