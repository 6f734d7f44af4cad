#include "ui/assess/AssessGridView.h"

#include "core/document/ProjectDocument.h"
#include "ui/assess/AssessGridDelegate.h"
#include "ui/assess/AssessGridHeaders.h"
#include "ui/assess/AssessGridModel.h"
#include "ui/dialogs/Dialogs.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>

namespace js {

AssessGridView::AssessGridView(ProjectDocument* document, AssessGridModel* model, QWidget* parent)
    : QTableView(parent)
    , m_document(document)
    , m_model(model)
{
    setObjectName(QStringLiteral("assessGrid"));
    setHorizontalHeader(new CriterionHeaderView(this));
    setVerticalHeader(new TouchpointHeaderView(this));
    setModel(model);
    setItemDelegate(new AssessGridDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setShowGrid(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    // The criteria share the width; none narrower than its name needs.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    verticalHeader()->setFixedWidth(
        std::min(300, fontMetrics().horizontalAdvance(QString(30, u'n'))));
    connect(model, &QAbstractItemModel::modelReset, this, &AssessGridView::applySpans);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &AssessGridView::fitColumns);
    applySpans();
}

void AssessGridView::fitColumns()
{
    auto* header = static_cast<CriterionHeaderView*>(horizontalHeader());
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("000000"));
    for (int column = 0; column < m_model->columnCount(); ++column)
        widest = std::max(widest, header->contentsWidth(column));
    header->setMinimumSectionSize(widest);
}

void AssessGridView::applySpans()
{
    fitColumns();
    clearSpans();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->touchpointAt(row) == NoId && m_model->columnCount() > 1)
            setSpan(row, 0, 1, m_model->columnCount());
    }
}

void AssessGridView::showCell(Id touchpoint, Id criterion)
{
    const int row = m_model->rowOf(touchpoint);
    if (row < 0)
        return;
    int column = criterion != NoId ? m_model->columnOf(criterion) : currentIndex().column();
    if (column < 0)
        column = 0;
    const QModelIndex index = m_model->index(row, column);
    if (index != currentIndex())
        setCurrentIndex(index);
    scrollTo(index);
}

Id AssessGridView::currentTouchpoint() const
{
    return m_model->touchpointAt(currentIndex().row());
}

Id AssessGridView::currentCriterion() const
{
    return m_model->criterionAt(currentIndex().column());
}

bool AssessGridView::scoreCurrent(int score)
{
    const Id touchpoint = currentTouchpoint();
    const Id criterion = currentCriterion();
    if (touchpoint == NoId || criterion == NoId)
        return false;
    if (m_document->isLocked(m_model->round())) {
        Q_EMIT refused(tr("This round is locked. Unlock it to change its scores."));
        return false;
    }
    if (m_model->isAggregate()) {
        Q_EMIT refused(tr("Pick a rater first (Ctrl+1 to Ctrl+9): the scores of all raters "
                          "together cannot be typed."));
        return false;
    }
    const RatingKey key{m_model->round(), m_model->rater(), touchpoint, criterion};
    if (score == Rating::NotRated) {
        const Rating* rating = m_document->rating(key);
        if (!rating || rating->score == Rating::NotRated)
            return false;
    }
    m_document->setRatingScore(key, score);
    return true;
}

void AssessGridView::advanceCursor()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    int row = current.row();
    int column = current.column();
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    auto isCell = [&](int r) { return m_model->touchpointAt(r) != NoId; };
    if (m_advance == Advance::Right) {
        if (++column >= columns) {
            column = 0;
            do
                ++row;
            while (row < rows && !isCell(row));
        }
    } else {
        do
            ++row;
        while (row < rows && !isCell(row));
        if (row >= rows && column + 1 < columns) {
            ++column;
            row = 0;
            while (row < rows && !isCell(row))
                ++row;
        }
    }
    if (row < rows && column < columns)
        setCurrentIndex(m_model->index(row, column));
}

namespace {

// Ctrl and a digit: the rater keys.
int raterKey(const QKeyEvent* event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::ControlModifier || event->key() < Qt::Key_0 || event->key() > Qt::Key_9)
        return -2;
    return event->key() - Qt::Key_1;
}

} // namespace

bool AssessGridView::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride &&
        raterKey(static_cast<QKeyEvent*>(event)) != -2) {
        event->accept();
        return true;
    }
    return QTableView::event(event);
}

void AssessGridView::keyPressEvent(QKeyEvent* event)
{
    if (const int rater = raterKey(event); rater != -2) {
        Q_EMIT raterKeyPressed(rater);
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
        const int key = event->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_5 && modifiers == Qt::NoModifier) {
            if (scoreCurrent(key - Qt::Key_0))
                advanceCursor();
            event->accept();
            return;
        }
        if (key == Qt::Key_N && modifiers == Qt::NoModifier) {
            if (scoreCurrent(Rating::NotApplicable))
                advanceCursor();
            event->accept();
            return;
        }
        if (key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            scoreCurrent(Rating::NotRated);
            event->accept();
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            advanceCursor();
            event->accept();
            return;
        }
        if (key == Qt::Key_F2) {
            Q_EMIT noteRequested();
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void AssessGridView::contextMenuEvent(QContextMenuEvent* event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() || m_model->touchpointAt(index.row()) == NoId)
        return;
    setCurrentIndex(index);
    const Id touchpoint = currentTouchpoint();
    const Id criterion = currentCriterion();
    const Project& project = m_document->project();
    QMenu menu(this);
    const bool typing = !m_model->isAggregate() && !m_document->isLocked(m_model->round());
    for (int score = MinScore; score <= MaxScore; ++score) {
        QAction* action =
            menu.addAction(tr("Score %1").arg(score), [this, score] { scoreCurrent(score); });
        action->setEnabled(typing);
    }
    menu.addAction(tr("Not applicable"), [this] { scoreCurrent(Rating::NotApplicable); })
        ->setEnabled(typing);
    menu.addAction(tr("Clear score"), [this] { scoreCurrent(Rating::NotRated); })
        ->setEnabled(typing);
    menu.addAction(tr("Edit note…"), this, &AssessGridView::noteRequested)->setEnabled(typing);
    menu.addSeparator();
    // The touchpoint's own target in this round; a locked round keeps its.
    const Round* round = findRound(project, m_model->round());
    const bool editable = round && !round->locked;
    const TargetOverride* own =
        findTargetOverride(project, m_model->round(), touchpoint, criterion);
    menu.addAction(own ? tr("Change this touchpoint's target (%1)…")
                             .arg(QLocale().toString(own->target, 'f', 1))
                       : tr("Set a target for this touchpoint…"),
                   this, &AssessGridView::setTargetOfCurrent)
        ->setEnabled(editable);
    if (own) {
        const RoundCriterion* rated = round ? findRoundCriterion(*round, criterion) : nullptr;
        menu.addAction(tr("Use the criterion's target (%1)")
                           .arg(QLocale().toString(rated ? rated->target : DefaultTarget, 'f', 1)),
                       [this, touchpoint, criterion] {
                           m_document->setTargetOverride(m_model->round(), touchpoint, criterion,
                                                         std::nullopt);
                       })
            ->setEnabled(editable);
    }
    menu.exec(event->globalPos());
}

void AssessGridView::setTargetOfCurrent()
{
    const Id touchpoint = currentTouchpoint();
    const Id criterion = currentCriterion();
    const Project& project = m_document->project();
    const double now = currentIndex().data(AssessGridModel::TargetRole).toDouble();
    const std::optional<double> target = dialogs::askNumber(
        this, tr("Target for this touchpoint"),
        tr("Target of %1 on %2 (1 to 5):")
            .arg(quoted(displayName(project, EntityKind::Touchpoint, touchpoint)),
                 quoted(displayName(project, EntityKind::Criterion, criterion))),
        now, MinScore, MaxScore, 1);
    if (target)
        m_document->setTargetOverride(m_model->round(), touchpoint, criterion, *target);
}

} // namespace js
