#pragma once

#include "core/model/Id.h"

#include <QTableView>

namespace js {

class AssessGridModel;
class ProjectDocument;

// The Assess grid, made for typing a room's scores fast: digits 1-5 score
// the cell and move on (right or down, a setting), 0, Delete or Backspace
// clear the score, N marks it not applicable, arrows and Enter move, the
// stage rows are passed over. The row and column headers stay in place while
// the cells scroll. A cell's context menu sets the touchpoint's own target.
class AssessGridView : public QTableView {
    Q_OBJECT

public:
    enum class Advance { Right, Down };

    AssessGridView(ProjectDocument* document, AssessGridModel* model, QWidget* parent = nullptr);

    AssessGridModel* grid() const { return m_model; }
    void setAdvance(Advance advance) { m_advance = advance; }
    Advance advance() const { return m_advance; }

    // The cell of a touchpoint and criterion becomes the current one.
    void showCell(Id touchpoint, Id criterion);
    Id currentTouchpoint() const;
    Id currentCriterion() const;

    // Scores the current cell as the model's rater; false (and says why
    // through refused()) when the round is locked or no rater is picked.
    bool scoreCurrent(int score);

Q_SIGNALS:
    // A key or command that cannot be carried out, with the reason to show.
    void refused(const QString& why);
    // The user asked to edit the current cell's note (F2, or the menu).
    void noteRequested();
    // Ctrl+1..9 pick the rater at index 0..8, Ctrl+0 all raters (-1). The
    // grid takes these keys before the window's shortcuts (Ctrl+0 fits the
    // map elsewhere).
    void raterKeyPressed(int index);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

public Q_SLOTS:
    // Asks for the current touchpoint's own target on the current criterion.
    void setTargetOfCurrent();

private:
    void advanceCursor();
    void applySpans();
    void fitColumns();

    ProjectDocument* m_document;
    AssessGridModel* m_model;
    Advance m_advance = Advance::Right;
};

} // namespace js
