#pragma once

#include "core/document/ChangeEvent.h"

#include <QDialog>

class QKeyEvent;
class QResizeEvent;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace js {

class ProjectDocument;

namespace selfassessment {
class FrameworksPage;
class JourneyPage;
class ResultPage;
class StartPage;
class TouchpointsPage;
class WalkPage;
} // namespace selfassessment

// The self-assessment: a guided walk for a manager on their own. Choose the
// journey (or build one from a template) and its touchpoints, tick the
// frameworks, answer one question at a time, and see the score, what moved
// since the last self-assessment, and the three weakest spots with suggested
// actions.
//
// The round is created when the walk starts and every answer goes to the
// document as it is given; where the walk stands is remembered per project
// (under `projectKey`, e.g. the file's path), so closing half-way and opening
// again offers to continue.
//
// Tests drive it without exec(): show() it, work the pages' widgets by
// object name, and call next(), back() and accept().
class SelfAssessmentWizard : public QDialog {
    Q_OBJECT

public:
    enum class Step { Start, Journey, Touchpoints, Frameworks, Walk, Result };

    SelfAssessmentWizard(ProjectDocument* document, const QString& projectKey,
                         QWidget* parent = nullptr);
    ~SelfAssessmentWizard() override;

    Step step() const { return m_step; }
    Id journeyId() const { return m_journey; }
    Id roundId() const { return m_round; }
    Id raterId() const { return m_rater; }
    // Why the last next() did not go on; empty when it did.
    QString problem() const { return m_problem; }

    selfassessment::StartPage* startPage() const { return m_startPage; }
    selfassessment::JourneyPage* journeyPage() const { return m_journeyPage; }
    selfassessment::TouchpointsPage* touchpointsPage() const { return m_touchpointsPage; }
    selfassessment::FrameworksPage* frameworksPage() const { return m_frameworksPage; }
    selfassessment::WalkPage* walkPage() const { return m_walkPage; }
    selfassessment::ResultPage* resultPage() const { return m_resultPage; }

public Q_SLOTS:
    void next();
    void back();
    // The choices of the start page.
    void continueWalk();
    void startNew();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void done(int result) override;

private:
    void goTo(Step step);
    bool leaveJourney();
    bool leaveTouchpoints();
    bool startWalk();
    bool updateRound();
    void showResult();
    void rememberPosition();
    void setProblem(const QString& text);
    void updateChrome();
    void documentChanged(const ChangeEvent& event);

    ProjectDocument* m_document;
    QString m_projectKey;
    Step m_step = Step::Journey;
    bool m_offersResume = false;
    Id m_journey = NoId;
    Id m_round = NoId;
    Id m_rater = NoId;
    QString m_touchpointsSource; // what the touchpoints page shows
    bool m_frameworksLoaded = false;
    QString m_problem;
    double m_zoom = 1.0; // the type grows with the window

    QLabel* m_title;
    QLabel* m_steps;
    QStackedWidget* m_pages;
    selfassessment::StartPage* m_startPage;
    selfassessment::JourneyPage* m_journeyPage;
    selfassessment::TouchpointsPage* m_touchpointsPage;
    selfassessment::FrameworksPage* m_frameworksPage;
    selfassessment::WalkPage* m_walkPage;
    selfassessment::ResultPage* m_resultPage;
    QLabel* m_hint;
    QPushButton* m_back;
    QPushButton* m_next;
    QPushButton* m_close;
};

// Opens the self-assessment of the document's project as a window over
// `parent` (raising it if one is open already). `projectKey` names the
// project for remembering where a walk stopped: the file's path will do.
SelfAssessmentWizard* showSelfAssessment(ProjectDocument* document, const QString& projectKey,
                                         QWidget* parent);

} // namespace js
