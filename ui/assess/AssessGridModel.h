#pragma once

#include "core/analysis/RoundResults.h"
#include "core/model/Id.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace js {

class ProjectDocument;
struct ChangeEvent;
struct RatingKey;

// The Assess grid of one round: the touchpoints of its journey as rows, each
// stage a heading row above its touchpoints, and the criteria the round rates
// as columns, framework by framework. Shows one rater's scores, or with no
// rater the aggregate of all raters (mean, spread, "discuss").
//
// It follows the document edit by edit: a score typed announces its one cell,
// a renamed touchpoint its one header; only a change of the rows or columns
// themselves (a touchpoint added, the round's criteria changed) resets it.
class AssessGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind of the row
        TouchpointRole,              // Id
        CriterionRole,               // Id
        FrameworkRole,               // header: the framework's name over a criterion
        ScoreRole,      // rater: int score (0 not rated, -1 N/A); aggregate: double mean or null
        StateRole,      // CellState
        NoteRole,       // the rater's note, or in the aggregate whether any rater left one
        TargetRole,     // double: the target the cell is held to
        OverriddenRole, // bool: the touchpoint has its own target on this criterion
        SpreadRole,     // aggregate: double standard deviation
        CountRole,      // aggregate: int scores given
        DiscussRole,    // aggregate: bool, the raters disagree
    };
    enum class RowKind { Stage, Touchpoint };
    enum class CellState { NotRated, NotApplicable, Scored };

    // The statistics come from `results`, shared with the window's other views.
    using Results = std::function<const analysis::RoundResults&(Id round)>;
    AssessGridModel(ProjectDocument* document, Results results, QObject* parent = nullptr);

    // The round shown and the rater (NoId: every rater, the aggregate).
    void setRound(Id round);
    void setRater(Id rater);
    Id round() const { return m_round; }
    Id rater() const { return m_rater; }
    bool isAggregate() const { return m_rater == NoId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Where a touchpoint or criterion is; -1 when not shown.
    int rowOf(Id touchpoint) const;
    int columnOf(Id criterion) const;
    Id touchpointAt(int row) const;
    Id criterionAt(int column) const;
    // The first column of the framework group a column belongs to, and its size.
    int groupStart(int column) const;
    int groupSize(int column) const;

    // The statistics of the round, computed once per document revision.
    const analysis::RoundResults& results() const;

private:
    struct Row {
        RowKind kind;
        Id stage;
        Id touchpoint;
    };
    struct Column {
        Id criterion;
        Id framework;
    };

    void rebuild();
    void documentChanged(const ChangeEvent& event);
    void ratingChanged(const RatingKey& key);
    // Whether the stage is, or was, one of the grid's rows' stages.
    bool showsStage(Id stage) const;
    void cellChanged(Id touchpoint, Id criterion);
    QVariant raterData(const Row& row, const Column& column, int role) const;
    QVariant aggregateData(const Row& row, const Column& column, int role) const;
    QString aggregateToolTip(Id touchpoint, Id criterion) const;
    double targetOf(Id touchpoint, Id criterion) const;

    ProjectDocument* m_document;
    Id m_round = NoId;
    Id m_rater = NoId;
    Id m_journey = NoId; // the journey the rows show
    std::vector<Row> m_rows;
    std::vector<Column> m_columns;
    Results m_results;
};

} // namespace js
