#include "ui/assess/AssessGridModel.h"

#include "core/document/ProjectDocument.h"

#include <QLocale>

#include <algorithm>

namespace js {

AssessGridModel::AssessGridModel(ProjectDocument* document, Results results, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_results(std::move(results))
{
    connect(document, &ProjectDocument::changed, this, &AssessGridModel::documentChanged);
    connect(document, &ProjectDocument::ratingChanged, this, &AssessGridModel::ratingChanged);
    connect(document, &ProjectDocument::ratingsChanged, this, [this](const QList<RatingKey>& keys) {
        for (const RatingKey& key : keys)
            ratingChanged(key);
    });
    connect(document, &ProjectDocument::projectReset, this, [this] {
        m_round = NoId;
        m_rater = NoId;
        rebuild();
    });
}

void AssessGridModel::setRound(Id round)
{
    if (round == m_round)
        return;
    m_round = round;
    rebuild();
}

void AssessGridModel::setRater(Id rater)
{
    if (rater == m_rater)
        return;
    m_rater = rater;
    if (!m_rows.empty() && !m_columns.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

const analysis::RoundResults& AssessGridModel::results() const
{
    return m_results(m_round);
}

void AssessGridModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    m_journey = NoId;
    const Project& project = m_document->project();
    if (const Round* round = findRound(project, m_round)) {
        m_journey = round->journeyId;
        if (const Journey* journey = findJourney(project, round->journeyId)) {
            for (const Stage& stage : journey->stages) {
                m_rows.push_back({RowKind::Stage, stage.id, NoId});
                for (const Touchpoint& touchpoint : stage.touchpoints)
                    m_rows.push_back({RowKind::Touchpoint, stage.id, touchpoint.id});
            }
        }
        // Framework by framework, in the order the round lists them within.
        for (const Framework& framework : project.frameworks) {
            for (const RoundCriterion& c : round->criteria) {
                Framework* owner = nullptr;
                findCriterion(const_cast<Project&>(project), c.criterionId, &owner);
                if (owner && owner->id == framework.id)
                    m_columns.push_back({c.criterionId, framework.id});
            }
        }
    }
    endResetModel();
}

void AssessGridModel::documentChanged(const ChangeEvent& event)
{
    const Round* round = findRound(m_document->project(), m_round);
    switch (event.kind) {
    case EntityKind::Round:
        if (event.id != m_round)
            return;
        if (event.type != ChangeType::Changed || event.field == Field::Criteria ||
            (round && round->journeyId != m_journey))
            rebuild();
        else if (event.field == Field::Locked && !m_rows.empty() && !m_columns.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    case EntityKind::Stage:
    case EntityKind::Touchpoint: {
        if (!round)
            return;
        if (event.type != ChangeType::Changed) {
            const bool ours = event.kind == EntityKind::Stage
                                  ? event.owner == m_journey || showsStage(event.id)
                                  : showsStage(event.owner) || showsStage(event.previousOwner);
            if (ours)
                rebuild();
        } else if (event.field == Field::Name) {
            for (int row = 0; row < rowCount(); ++row) {
                const Row& r = m_rows[size_t(row)];
                if ((event.kind == EntityKind::Stage && r.kind == RowKind::Stage &&
                     r.stage == event.id) ||
                    (event.kind == EntityKind::Touchpoint && r.touchpoint == event.id))
                    Q_EMIT headerDataChanged(Qt::Vertical, row, row);
            }
        }
        return;
    }
    case EntityKind::Criterion:
    case EntityKind::Framework:
        if (event.type == ChangeType::Changed && columnCount() > 0) {
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        } else if (event.kind == EntityKind::Framework && event.type == ChangeType::Moved) {
            rebuild();
        }
        return;
    case EntityKind::Target:
        if (const TargetOverride* target = findTarget(m_document->project(), event.id))
            cellChanged(target->touchpointId, target->criterionId);
        else if (event.type == ChangeType::Removed && !m_rows.empty() && !m_columns.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    case EntityKind::Rater:
        if (event.owner == m_round && isAggregate() && !m_rows.empty() && !m_columns.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    case EntityKind::Journey:
        if (event.type == ChangeType::Removed && round == nullptr && !m_rows.empty())
            rebuild();
        return;
    default:
        return;
    }
}

bool AssessGridModel::showsStage(Id stage) const
{
    if (stage == NoId)
        return false;
    const Journey* journey = journeyOfStage(m_document->project(), stage);
    if (journey && journey->id == m_journey)
        return true;
    return std::any_of(m_rows.begin(), m_rows.end(),
                       [stage](const Row& r) { return r.stage == stage; });
}

void AssessGridModel::ratingChanged(const RatingKey& key)
{
    if (key.round != m_round)
        return;
    if (!isAggregate() && key.rater != m_rater)
        return;
    cellChanged(key.touchpoint, key.criterion);
}

void AssessGridModel::cellChanged(Id touchpoint, Id criterion)
{
    const int row = rowOf(touchpoint);
    const int column = columnOf(criterion);
    if (row >= 0 && column >= 0)
        Q_EMIT dataChanged(index(row, column), index(row, column));
}

int AssessGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int AssessGridModel::rowOf(Id touchpoint) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].kind == RowKind::Touchpoint && m_rows[i].touchpoint == touchpoint)
            return int(i);
    }
    return -1;
}

int AssessGridModel::columnOf(Id criterion) const
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].criterion == criterion)
            return int(i);
    }
    return -1;
}

Id AssessGridModel::touchpointAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].touchpoint : NoId;
}

Id AssessGridModel::criterionAt(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[size_t(column)].criterion : NoId;
}

int AssessGridModel::groupStart(int column) const
{
    if (column < 0 || column >= columnCount())
        return -1;
    int start = column;
    while (start > 0 &&
           m_columns[size_t(start - 1)].framework == m_columns[size_t(column)].framework)
        --start;
    return start;
}

int AssessGridModel::groupSize(int column) const
{
    const int start = groupStart(column);
    if (start < 0)
        return 0;
    int end = start;
    while (end < columnCount() &&
           m_columns[size_t(end)].framework == m_columns[size_t(start)].framework)
        ++end;
    return end - start;
}

double AssessGridModel::targetOf(Id touchpoint, Id criterion) const
{
    const Round* round = findRound(m_document->project(), m_round);
    const RoundCriterion* rated = round ? findRoundCriterion(*round, criterion) : nullptr;
    return rated ? targetFor(m_document->project(), m_round, *rated, touchpoint) : DefaultTarget;
}

Qt::ItemFlags AssessGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Stage rows are headings: the cursor passes over them.
    if (m_rows[size_t(index.row())].kind == RowKind::Stage)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant AssessGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const Row& row = m_rows[size_t(index.row())];
    const Column& column = m_columns[size_t(index.column())];
    switch (role) {
    case KindRole:
        return int(row.kind);
    case TouchpointRole:
        return row.touchpoint;
    case CriterionRole:
        return column.criterion;
    default:
        break;
    }
    if (row.kind == RowKind::Stage)
        return {};
    if (role == TargetRole)
        return targetOf(row.touchpoint, column.criterion);
    if (role == OverriddenRole)
        return findTargetOverride(m_document->project(), m_round, row.touchpoint,
                                  column.criterion) != nullptr;
    return isAggregate() ? aggregateData(row, column, role) : raterData(row, column, role);
}

QVariant AssessGridModel::raterData(const Row& row, const Column& column, int role) const
{
    const Rating* rating =
        m_document->rating(RatingKey{m_round, m_rater, row.touchpoint, column.criterion});
    const int score = rating ? rating->score : Rating::NotRated;
    switch (role) {
    case Qt::DisplayRole:
        if (score == Rating::NotApplicable)
            return tr("N/A");
        return score >= MinScore ? QVariant(QString::number(score)) : QVariant();
    case ScoreRole:
        return score;
    case StateRole:
        return int(score == Rating::NotApplicable ? CellState::NotApplicable
                   : score >= MinScore            ? CellState::Scored
                                                  : CellState::NotRated);
    case NoteRole:
        return rating ? rating->note : QString();
    case Qt::ToolTipRole: {
        const QString target =
            tr("Target %1")
                .arg(QLocale().toString(targetOf(row.touchpoint, column.criterion), 'f', 1));
        return rating && !rating->note.isEmpty() ? rating->note + u'\n' + target : target;
    }
    case Qt::AccessibleTextRole:
        return score == Rating::NotApplicable ? tr("Not applicable")
               : score >= MinScore            ? tr("Score %1").arg(score)
                                              : tr("Not rated");
    default:
        return {};
    }
}

QVariant AssessGridModel::aggregateData(const Row& row, const Column& column, int role) const
{
    const analysis::CellStats* stats = results().cell(row.touchpoint, column.criterion);
    if (!stats)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (stats->hasMean())
            return QLocale().toString(stats->mean, 'f', 1);
        return stats->notApplicable > 0 ? QVariant(tr("N/A")) : QVariant();
    case ScoreRole:
        return stats->hasMean() ? QVariant(stats->mean) : QVariant();
    case StateRole:
        return int(stats->hasMean()           ? CellState::Scored
                   : stats->notApplicable > 0 ? CellState::NotApplicable
                                              : CellState::NotRated);
    case SpreadRole:
        return stats->sd;
    case CountRole:
        return stats->n;
    case DiscussRole:
        return stats->discuss;
    case NoteRole: {
        const Round* round = findRound(m_document->project(), m_round);
        for (const Rater& rater : round ? round->raters : std::vector<Rater>{}) {
            const Rating* rating =
                m_document->rating(RatingKey{m_round, rater.id, row.touchpoint, column.criterion});
            if (rating && !rating->note.isEmpty())
                return true;
        }
        return false;
    }
    case Qt::ToolTipRole:
        return aggregateToolTip(row.touchpoint, column.criterion);
    case Qt::AccessibleTextRole:
        return stats->hasMean() ? tr("Mean %1 of %n scores", nullptr, stats->n)
                                      .arg(QLocale().toString(stats->mean, 'f', 1))
                                : tr("Not rated");
    default:
        return {};
    }
}

QString AssessGridModel::aggregateToolTip(Id touchpoint, Id criterion) const
{
    const Project& project = m_document->project();
    const Round* round = findRound(project, m_round);
    const analysis::CellStats* stats = results().cell(touchpoint, criterion);
    if (!round || !stats)
        return {};
    QStringList lines;
    lines << QStringLiteral("<b>%1 · %2</b>")
                 .arg(displayName(project, EntityKind::Touchpoint, touchpoint).toHtmlEscaped(),
                      displayName(project, EntityKind::Criterion, criterion).toHtmlEscaped());
    if (stats->hasMean())
        lines << tr("Mean %1, spread %2, %n scores", nullptr, stats->n)
                     .arg(QLocale().toString(stats->mean, 'f', 1),
                          QLocale().toString(stats->sd, 'f', 1));
    lines << tr("Target %1").arg(QLocale().toString(targetOf(touchpoint, criterion), 'f', 1));
    if (stats->discuss)
        lines << tr("<b>Discuss:</b> the raters disagree");
    for (const Rater& rater : round->raters) {
        const Rating* rating =
            m_document->rating(RatingKey{m_round, rater.id, touchpoint, criterion});
        const QString score = !rating || rating->score == Rating::NotRated ? tr("not rated")
                              : rating->score == Rating::NotApplicable
                                  ? tr("N/A")
                                  : QString::number(rating->score);
        QString line = QStringLiteral("%1: %2").arg(rater.name.toHtmlEscaped(), score);
        if (rating && !rating->note.isEmpty())
            line += QStringLiteral(" — <i>%1</i>").arg(rating->note.toHtmlEscaped());
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

QVariant AssessGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const Project& project = m_document->project();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const Column& column = m_columns[size_t(section)];
        if (role == Qt::DisplayRole)
            return displayName(project, EntityKind::Criterion, column.criterion);
        if (role == FrameworkRole)
            return displayName(project, EntityKind::Framework, column.framework);
        if (role == Qt::ToolTipRole) {
            const Criterion* criterion = findCriterion(project, column.criterion);
            return criterion ? criterion->description : QString();
        }
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Row& row = m_rows[size_t(section)];
    if (role == Qt::DisplayRole)
        return row.kind == RowKind::Stage
                   ? displayName(project, EntityKind::Stage, row.stage)
                   : displayName(project, EntityKind::Touchpoint, row.touchpoint);
    if (role == KindRole)
        return int(row.kind);
    return {};
}

} // namespace js
