#pragma once

#include "core/analysis/CellStats.h"
#include "core/model/Rating.h"

#include <QWidget>

#include <array>
#include <vector>

class QComboBox;
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace js {

class AssessmentContext;
class ProjectDocument;
class ScoreButton;
class ScoreDistribution;
struct Round;

// "Rate one touchpoint": one touchpoint and one criterion of the window's
// round at a time, in type large enough for a projector, for the room to
// score together. Five big answers (and N/A) take a click or a key: 1..5, N
// for not applicable, 0 or Delete to clear; an answer steps on to the next
// criterion, then the next touchpoint. ← and → (or Page Up and Page Down)
// step criteria, ↑ and ↓ (or Ctrl+← and Ctrl+→) touchpoints.
//
// It shows who in the room has rated what is shown (or only how many), and
// follows the document: a rating arriving from anywhere updates it. The
// touchpoint follows the window's selection through setTouchpoint() and
// touchpointChanged(). Put it in a window of its own or show it maximized;
// its type scales with its size.
class FocusView : public QWidget {
    Q_OBJECT

public:
    explicit FocusView(AssessmentContext* context, QWidget* parent = nullptr);

    Id touchpoint() const { return m_touchpoint; }
    Id criterion() const { return m_criterion; }
    // A touchpoint of the round's journey; others are ignored.
    void setTouchpoint(Id touchpoint);
    // A criterion the round rates; others are ignored.
    void setCriterion(Id criterion);

    // Only "3 of 5 rated" instead of each rater's name.
    void setCountOnly(bool countOnly);
    // In turn (the default): after a score the next rater who has not rated
    // the cell takes over, and the view steps on once everyone has. Off: it
    // steps on after every score, for one person rating alone.
    void setInTurn(bool inTurn);
    bool isInTurn() const { return m_inTurn; }
    bool isCountOnly() const { return m_countOnly; }

    // Who has rated the touchpoint on the criterion shown, rater by rater.
    struct RaterState {
        Id rater = NoId;
        QString name;
        bool rated = false;
    };
    std::vector<RaterState> raterStates() const;

    // How the raters of the round answered the cell shown. The distribution
    // shows once everyone has answered, or earlier once revealed (R); moving
    // on hides it again. "Discuss" marks a room that disagrees.
    analysis::CellStats cellStats() const;
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }
    bool isDistributionShown() const;
    bool isDiscussShown() const;

    // What the key line says while no one types here (a live session: the
    // room rates on their phones); empty for the default.
    void setNoRaterNote(const QString& note);

    // What the keys do, for a test or a menu: a score 1..5 or
    // Rating::NotApplicable records and steps on; Rating::NotRated clears.
    bool answer(int score);
    void stepCriterion(int delta);
    void stepTouchpoint(int delta);

    // The view in a window of its own, for the projector: F11 switches full
    // screen, Escape leaves full screen and then closes. Deleted on close.
    static FocusView* openWindow(AssessmentContext* context, QWidget* parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void touchpointChanged(js::Id touchpoint);
    void criterionChanged(js::Id criterion);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildWidgets();
    void applyScale();
    QColor mutedColour(double amount) const;
    void fitCriterion();
    void roundChanged();
    void refresh();
    void refreshRaters();
    void refreshTexts();
    void refreshAnswers();
    void refreshDistribution(bool everyoneAnswered);
    void buildDistribution(QWidget* panel);
    void scaleDistribution();
    void repairPosition();
    void move(Id touchpoint, Id criterion);
    bool canRate() const;
    RatingKey key() const;
    const Round* round() const;
    std::vector<Id> touchpoints() const;
    std::vector<Id> criteria() const;
    void ratingsArrived(const QList<RatingKey>& keys);

    AssessmentContext* m_context;
    ProjectDocument* m_document;
    Id m_touchpoint = NoId;
    Id m_criterion = NoId;
    bool m_countOnly = false;
    bool m_inTurn = true;
    bool m_revealed = false;
    QString m_noRaterNote;
    int m_unit = 0;

    QLabel* m_roundName = nullptr;
    QLabel* m_ratingAs = nullptr;
    QComboBox* m_rater = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_locked = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_touchpointName = nullptr;
    QLabel* m_touchpointInfo = nullptr;
    QWidget* m_criterionBlock = nullptr;
    QLabel* m_framework = nullptr;
    QLabel* m_criterionName = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_questions = nullptr;
    QLabel* m_ratedHeading = nullptr;
    QLabel* m_ratedCount = nullptr;
    QLabel* m_ratedNames = nullptr;
    QPushButton* m_countToggle = nullptr;
    QCheckBox* m_inTurnToggle = nullptr;
    QWidget* m_distributionBlock = nullptr;
    QLabel* m_distributionCaption = nullptr;
    QLabel* m_discuss = nullptr;
    ScoreDistribution* m_distribution = nullptr;
    QPushButton* m_reveal = nullptr;
    std::array<ScoreButton*, 5> m_scores{};
    ScoreButton* m_notApplicable = nullptr;
    QPushButton* m_clear = nullptr;
    std::array<QPushButton*, 4> m_steps{};
    QLabel* m_keys = nullptr;
};

} // namespace js
