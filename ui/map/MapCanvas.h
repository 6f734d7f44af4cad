#pragma once

#include "ui/mainwindow/Selection.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;

namespace js {

class AssessmentContext;
class MapScene;
class MapView;
class ProjectDocument;
class SelectionModel;
struct MapClipboard;

// The Map tab: a bar with the journey, zoom and the add buttons above the
// canvas. Adds stages, lanes, touchpoints and cards where the selection is
// and puts the cursor in them; copies, cuts and pastes touchpoints and cards.
class MapCanvas : public QWidget {
    Q_OBJECT

public:
    MapCanvas(ProjectDocument* document, SelectionModel* selection, QWidget* parent = nullptr);
    ~MapCanvas() override;

    MapView* view() const { return m_view; }
    MapScene* scene() const { return m_scene; }
    Id journeyId() const;
    void showJourney(Id journeyId);

    void setEditable(bool editable);
    // Shows the scores of the context's round: heat-coloured cards and the
    // lane of scores; they follow the ratings as they are typed.
    void setAssessment(AssessmentContext* context);
    void setPresenting(bool presenting);

    // Each adds after the selection (or at the end) and starts typing.
    void addStage();
    void addLane();
    void addTouchpoint();
    void addCard();
    bool canAddTouchpoint() const;
    bool canAddCard() const;

    // Moves the current touchpoint or card up or down in its stage or to the
    // stage beside it, a stage left or right, a lane up or down: the
    // keyboard's way to drag. `dx`, `dy` are -1, 0 or +1.
    bool nudge(int dx, int dy);

    // The selected touchpoints and cards.
    bool hasCopyable() const;
    void copy();
    void cut();
    // Pastes after the selection: touchpoints into its stage, cards into its
    // lane (or the lane of their name). Returns how many items were pasted.
    int paste();

Q_SIGNALS:
    void presentationExitRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fillJourneyChoice();
    void fillLanesMenu(QMenu* menu);
    void updateZoomLabel();
    // The stage the selection is in (and the index after it), or the first.
    Id targetStage(int* touchpointIndex) const;
    // The text lane and stage a new card goes to, and the index after the
    // selected card.
    bool targetCardCell(Id* stage, Id* lane, int* index) const;
    int pasteInto(const MapClipboard& clip);

    ProjectDocument* m_document;
    SelectionModel* m_selection;
    MapScene* m_scene;
    MapView* m_view;
    QWidget* m_bar;
    QComboBox* m_journeyChoice;
    QLabel* m_zoomLabel;
    bool canEdit() const { return m_editable && !m_presenting; }
    bool showsTouchpoints() const;

    bool m_editable = true;
    bool m_presenting = false;
    struct {
        double zoom = 1.0;
        int x = 0;
        int y = 0;
    } m_viewBefore;
    bool m_shown = false;
};

} // namespace js
