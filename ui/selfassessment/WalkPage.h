#pragma once

#include "ui/selfassessment/WalkPlan.h"

#include <QWidget>

#include <array>

class QKeyEvent;
class QLabel;
class QProgressBar;

namespace js {

class ProjectDocument;

namespace selfassessment {

class CriterionStrip;
class ScoreButton;

// Step 4, the walk: one criterion at one touchpoint at a time, with the
// criterion's meaning and guiding questions in readable type, answered with
// a score 1–5 (buttons or keys 1–5), Not applicable (N) or Skip (S, leaves
// it as it is). Each answer goes to the document at once and the walk moves
// on; Backspace goes back a step.
class WalkPage : public QWidget {
    Q_OBJECT

public:
    explicit WalkPage(ProjectDocument* document, QWidget* parent = nullptr);

    // Walks the round as this rater, from the cell at `index`.
    void start(Id roundId, Id raterId, int index);
    // Takes in a change of the journey or of the round's criteria: stays on
    // the same cell if it is still there.
    void replan();

    const WalkPlan& plan() const { return m_plan; }
    int index() const { return m_index; }
    const WalkCell* currentCell() const;
    void goTo(int index);

    bool canGoBack() const { return m_index > 0; }
    void back();
    // An answer for the cell on screen: 1..5 or Rating::NotApplicable.
    void answer(int score);
    void skip();
    // The keys of the walk; true when the key was one of them.
    bool handleKey(QKeyEvent* event);

Q_SIGNALS:
    void positionChanged(int index);
    // Moved on from the last cell.
    void walkEnded();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitCard();
    void showCell();
    void showAnswer();
    void advance();

    ProjectDocument* m_document;
    Id m_round = NoId;
    Id m_rater = NoId;
    WalkPlan m_plan;
    int m_index = 0;

    QWidget* m_card;
    QWidget* m_scroll;
    QLabel* m_stage;
    QLabel* m_position;
    QLabel* m_touchpoint;
    QLabel* m_touchpointAbout;
    QLabel* m_framework;
    QLabel* m_criterion;
    QLabel* m_description;
    QLabel* m_questionsTitle;
    QLabel* m_questions;
    std::array<ScoreButton*, 5> m_scores{};
    ScoreButton* m_notApplicable;
    ScoreButton* m_skip;
    QLabel* m_answer;
    CriterionStrip* m_strip;
    QProgressBar* m_progress;
    QLabel* m_answered;
};

} // namespace selfassessment
} // namespace js
