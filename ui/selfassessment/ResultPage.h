#pragma once

#include "core/analysis/RoundDeltas.h"
#include "core/analysis/WeakSpots.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace js {

class ProjectDocument;

namespace selfassessment {

class WeakSpotCard;

// Step 5, the result: the journey's score, what moved since the previous
// self-assessment of the journey, and the three weakest spots with their
// reasons and suggested actions, each of which one click plans as an action
// (all three in one click, one undo step).
class ResultPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int SpotsShown = 3;

    explicit ResultPage(ProjectDocument* document, QWidget* parent = nullptr);

    // Computes the round and shows it.
    void load(Id roundId, Id raterId);
    // Shows again which spots have their action (after an undo, say).
    void updateActions();

    const std::vector<analysis::WeakSpot>& spots() const { return m_spots; }
    Id previousRound() const { return m_previous; }
    const analysis::RoundDeltas& deltas() const { return m_deltas; }

    // Plans the action of the spot at this position (0-based); its id, or
    // NoId when it exists already.
    Id createAction(int index);
    // Plans every shown spot's action not planned yet, in one undo step;
    // how many were made.
    int createAllActions();

private:
    void fillScore();
    void fillMoves();
    void fillSpots();
    bool hasAction(const WeakSpotCard& card) const;
    void showCreated();
    void clearLayout(QVBoxLayout* layout);

    ProjectDocument* m_document;
    Id m_round = NoId;
    Id m_rater = NoId;
    Id m_previous = NoId;
    std::vector<analysis::WeakSpot> m_spots;
    analysis::RoundResults m_results;
    analysis::RoundDeltas m_deltas;
    std::vector<WeakSpotCard*> m_cards;

    QLabel* m_score;
    QLabel* m_scoreDetail;
    QLabel* m_coverage;
    QLabel* m_movedTitle;
    QVBoxLayout* m_moves;
    QLabel* m_spotsIntro;
    QVBoxLayout* m_spotList;
    QPushButton* m_createAll;
    QLabel* m_message;
    int m_created = 0;
};

} // namespace selfassessment
} // namespace js
