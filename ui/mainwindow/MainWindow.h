#pragma once

#include "ui/mainwindow/Selection.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;

namespace js {

class ActionList;
class AssessTab;
class FocusView;
class JoinScreen;
class LiveController;
class AssessmentContext;
class Inspector;
class InsightsTab;
class MapCanvas;
class Navigator;
class SelectionModel;
class SurveyImportDialog;
class ProjectDocument;
class ProjectSession;
struct Framework;

// One window per open project: the navigator on the left, the Map and
// Actions tabs in the centre, the inspector on the right. The project is
// written to its file as it changes; there is nothing to save by hand.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<ProjectSession> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectSession* session() const { return m_session.get(); }
    ProjectDocument* document() const;
    Navigator* navigator() const { return m_navigator; }
    Inspector* inspector() const { return m_inspector; }
    SelectionModel* selectionModel() const { return m_selection; }
    MapCanvas* map() const { return m_map; }
    AssessTab* assess() const { return m_assess; }
    AssessmentContext* assessment() const { return m_assessment; }
    InsightsTab* insights() const { return m_insights; }
    bool isPresenting() const { return m_presenting; }
    void setPresenting(bool presenting);
    QTabWidget* tabs() const { return m_tabs; }
    QString notice() const;
    // The live rating session (Assess > Start live session) and its windows.
    LiveController* liveController() const { return m_live; }
    JoinScreen* joinScreen() const;
    FocusView* focusView() const;
    void startLiveSession();
    void stopLiveSession();
    void showJoinScreen();

    // A message above the tabs, until dismissed or replaced ("" hides it).
    void showNotice(const QString& text);

    // File menu commands, public for the tests.
    void open();
    void save();
    bool saveAs();
    void importJson();
    // Adds the journey of a Mermaid user-journey diagram to this project.
    void importMermaid();
    void exportJson();
    // File > Import survey responses: asks for the file, then opens the
    // import dialog on it.
    void importSurvey();
    // The survey import dialog on a file, for the journey on show,
    // window-modal; nullptr (after saying why) when the file is no survey
    // export at all.
    SurveyImportDialog* openSurveyImport(const QString& path);
    // File > Export…: the export dialog, window-modal (a test finds it as
    // the window's child).
    void showExportDialog();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createDocks();
    void createViewMenu();
    void createAssessMenu();
    void openFocusView();
    void createLiveSession(QMenu* menu);
    void updateLive();
    void followFocusView();
    void pushLivePosition();
    void keepPhonesVotesHidden();
    void createMapActions(QMenu* edit);
    void fillRecentMenu();
    void selectionChanged();
    void showMap();
    void duplicateJourney();
    void addJourney();
    void addPersona();
    void addFramework(Framework framework);
    void addCriterion();
    void addRound();
    void addRater();
    // Selects what was just added and puts the cursor in its name.
    void showAdded(EntityKind kind, Id id);
    void removeSelected();
    void updateTitle();
    void updateActions();
    Id currentJourney() const;

    std::unique_ptr<ProjectSession> m_session;
    Navigator* m_navigator = nullptr;
    Inspector* m_inspector = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_notice = nullptr;
    MapCanvas* m_map = nullptr;
    AssessTab* m_assess = nullptr;
    InsightsTab* m_insights = nullptr;
    AssessmentContext* m_assessment = nullptr;
    SelectionModel* m_selection = nullptr;
    bool m_presenting = false;
    bool m_syncingSelection = false;
    QByteArray m_stateBeforePresenting;
    Qt::WindowStates m_windowStateBeforePresenting;
    QAction* m_addLane = nullptr;
    QAction* m_addCard = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_cut = nullptr;
    QAction* m_paste = nullptr;
    QAction* m_duplicateJourney = nullptr;
    ActionList* m_actions = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_addActions;
    QAction* m_addStage = nullptr;
    QAction* m_addTouchpoint = nullptr;
    QAction* m_addCriterion = nullptr;
    QAction* m_addRater = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_newRound = nullptr;
    QAction* m_roundSettings = nullptr;
    QAction* m_focusView = nullptr;
    QAction* m_selfAssessment = nullptr;
    QPointer<FocusView> m_focus;
    LiveController* m_live = nullptr;
    QAction* m_liveAction = nullptr;
    QPushButton* m_liveStatus = nullptr;
    QPointer<JoinScreen> m_join;
    QAction* m_lockRound = nullptr;
    QAction* m_importMermaid = nullptr;
    QAction* m_importSurvey = nullptr;
    QAction* m_export = nullptr;
    // The key the export dialog's choices are remembered under, until Save as.
    QString m_exportKey;
};

} // namespace js
