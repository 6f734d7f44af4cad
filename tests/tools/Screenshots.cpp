// Takes the screenshots of the README and docs/screenshots/ from the real
// window on the demo project: light and dark palettes, 1920x1080 and
// 1280x720, the map normal and in presentation mode. Run by
// scripts/screenshots.sh; needs no display (the window grabs itself).
#include "DarkPalette.h"
#include "SurveyFixtures.h"
#include "core/analysis/NameMatching.h"
#include "core/content/DemoProject.h"
#include "core/i18n/Language.h"
#include "core/io/SurveyImport.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectSession.h"
#include "live/LiveSession.h"
#include "ui/assess/AssessGridModel.h"
#include "ui/assess/AssessGridView.h"
#include "ui/assess/AssessTab.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/FocusView.h"
#include "ui/insights/ChartExport.h"
#include "ui/insights/ChartView.h"
#include "ui/insights/InsightChart.h"
#include "ui/insights/InsightsDashboard.h"
#include "ui/insights/InsightsTab.h"
#include "ui/live/JoinScreen.h"
#include "ui/live/LiveController.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"
#include "ui/selfassessment/FrameworksPage.h"
#include "ui/selfassessment/SelfAssessmentWizard.h"
#include "ui/selfassessment/WalkPage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <functional>
#include <type_traits>

namespace {

void settle()
{
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QTest::qWait(20);
    }
}

using Prepare = std::function<void(js::MainWindow*)>;

// Only the shots whose name starts with this (the second argument) are taken.
QString g_only;
// "de-" for the shots in German (JOURNEYSCOPE_LANGUAGE=de), empty in English.
QString g_prefix;

bool shoot(const QString& folder, const QString& name, const QSize& size, bool dark,
           bool presenting, const QString& workDir, bool curve = false, Prepare prepare = {})
{
    if (!name.startsWith(g_only))
        return true;
    QApplication::setPalette(dark ? js::test::darkPalette()
                                  : QApplication::style()->standardPalette());
    // Each shot starts as a first start: no panel sizes of the shot before.
    QSettings().remove(QStringLiteral("window"));
    const QString path = QDir(workDir).filePath(name + QStringLiteral(".journey"));
    QString error;
    auto session = js::ProjectSession::create(path, js::demoProject(), &error);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    auto* window = new js::MainWindow(std::move(session));
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->setWindowState(Qt::WindowNoState);
    window->resize(size);
    window->show();
    settle();
    // A touchpoint selected, as in use: the inspector shows it.
    const js::Journey& journey = window->document()->project().journeys.front();
    window->selectionModel()->select(
        {js::EntityKind::Touchpoint, journey.stages[2].touchpoints[2].id});
    settle();
    if (presenting) {
        window->setPresenting(true);
        // The offscreen screen is small; a projector is not: as on one.
        window->setWindowState(Qt::WindowNoState);
        window->resize(size);
        settle();
        window->map()->view()->fitStages(3);
        QTest::keyClick(window->map()->view(), Qt::Key_Right);
        QTest::keyClick(window->map()->view(), Qt::Key_Right);
        settle();
    }
    if (curve) {
        // Down to the emotion curve and the pain points, headers frozen above.
        js::MapView* view = window->map()->view();
        const js::MapLayout& layout = window->map()->scene()->layout();
        for (const js::LaneBox& lane : layout.lanes) {
            if (lane.kind == js::LaneKind::Emotion)
                view->centerOn(view->mapToScene(view->viewport()->rect().center()).x(),
                               lane.row.center().y());
        }
        settle();
    }
    QWidget* subject = window;
    if (prepare) {
        prepare(window);
        settle();
        // A shot of a window of its own (the focus view, else the live
        // session's join screen) grabs that one.
        auto own = [&](auto* type) {
            using Widget = std::remove_pointer_t<decltype(type)>;
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (top != window && top->isVisible() && top->findChild<Widget*>()) {
                    top->resize(size);
                    settle();
                    return top;
                }
            }
            return static_cast<QWidget*>(nullptr);
        };
        if (QWidget* focus = own(static_cast<js::FocusView*>(nullptr)))
            subject = focus;
        else if (QWidget* join = own(static_cast<js::JoinScreen*>(nullptr)))
            subject = join;
    }
    const QImage image = subject->grab().toImage();
    const QString out = QDir(folder).filePath(g_prefix + name + QStringLiteral(".png"));
    const bool saved = image.save(out);
    std::printf("%s %dx%d\n", qPrintable(out), image.width(), image.height());
    window->close();
    delete window;
    return saved;
}

// The Assess tab on the follow-up workshop: all raters together, or one
// rater typing, the cursor on a cell that the room disagreed on.
Prepare assess(bool aggregate)
{
    return [aggregate](js::MainWindow* window) {
        window->tabs()->setCurrentWidget(window->assess());
        js::AssessmentContext* context = window->assessment();
        const js::Project& project = window->document()->project();
        context->setRound(project.rounds.back().id);
        const js::Round& round = project.rounds.back();
        context->setRater(aggregate ? js::NoId : round.raters.front().id);
        js::AssessGridView* grid = window->assess()->grid();
        grid->setFocus();
        grid->setCurrentIndex(grid->grid()->index(aggregate ? 3 : 8, aggregate ? 2 : 4));
    };
}

// The focus view on the projector, the follow-up workshop's first rater.
// The Insights tab on the follow-up workshop, compared with the baseline;
// with `chartFolder`, every chart is also saved on its own, as the context
// menu saves it, at a size for a slide.
Prepare insights(const QString& chartFolder = {}, const QString& scrollTo = {})
{
    return [chartFolder, scrollTo](js::MainWindow* window) {
        window->tabs()->setCurrentWidget(window->insights());
        const js::Project& project = window->document()->project();
        window->assessment()->setRound(project.rounds.back().id);
        settle();
        window->insights()->refreshNow();
        if (!scrollTo.isEmpty()) {
            // Down to a card, as a user scrolls the dashboard.
            QWidget* card = window->insights()->dashboard()->findChild<QWidget*>(scrollTo);
            auto* scroll = window->insights()->findChild<QScrollArea*>();
            if (card && scroll)
                scroll->verticalScrollBar()->setValue(
                    card->mapTo(window->insights()->dashboard(), QPoint()).y() - 12);
            settle();
        }
        if (chartFolder.isEmpty())
            return;
        for (js::ChartView* view : window->insights()->dashboard()->charts()) {
            const QSize size = view->chart()->key() == QLatin1String("heatmap")
                                   ? view->chart()->preferredSize(view->look()).toSize()
                                   : QSize(880, 560);
            const QString out =
                QDir(chartFolder)
                    .filePath(g_prefix + QStringLiteral("chart-%1.png").arg(view->chart()->key()));
            // As the context menu saves it: without the window's selection.
            const js::Id selected = view->chart()->selectedTouchpoint();
            view->chart()->setSelectedTouchpoint(js::NoId);
            js::chartImage(*view->chart(), size, view->look()).save(out);
            view->chart()->setSelectedTouchpoint(selected);
            std::printf("%s %dx%d\n", qPrintable(out), size.width(), size.height());
        }
    };
}

Prepare focus()
{
    return [](js::MainWindow* window) {
        const js::Project& project = window->document()->project();
        window->assessment()->setRound(project.rounds.back().id);
        window->assessment()->setRater(project.rounds.back().raters[1].id);
        const js::Journey& journey = project.journeys.front();
        window->selectionModel()->select(
            {js::EntityKind::Touchpoint, journey.stages[2].touchpoints[0].id});
        settle();
        window->findChild<QAction*>(QStringLiteral("actionFocusView"))->trigger();
    };
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A live session on the follow-up workshop with the room joined: its four
// raters by name, and two more. The server listens on 127.0.0.1 only; the
// join screen shows an address as on a workshop's Wi-Fi.
Prepare liveJoin()
{
    return [](js::MainWindow* window) {
        js::LiveController::setDisplayAddress(
            QStringLiteral("192.168.1.23"), js::LiveController::tr("Wi-Fi (wlp2s0): 192.168.1.23"));
        const js::Project& project = window->document()->project();
        window->assessment()->setRound(project.rounds.back().id);
        window->startLiveSession();
        QStringList names;
        for (const js::Rater& rater : project.rounds.back().raters)
            names << rater.name;
        // A workshop of sixteen: the round's four raters and twelve more.
        for (const char* name :
             {"Sam Osei", "Marta Kowalczyk", "Li Wei", "Aoife Byrne", "Jonas Lindqvist",
              "Fatima Haddad", "Daniel Okafor", "Ines Carvalho", "Ravi Menon",
              "Charlotte Fitzgerald-Worthington", "Yuki Tanaka", "Zoë Müller"})
            names << QString::fromUtf8(name);
        for (const QString& name : names)
            window->liveController()->session()->join(
                json(QJsonObject{{QStringLiteral("name"), name}}));
    };
}

// The focus view driving the phones on a cell the room disagrees on, every
// vote in: the distribution and the Discuss mark.
Prepare liveFocus()
{
    return [](js::MainWindow* window) {
        liveJoin()(window);
        settle();
        js::live::LiveSession* session = window->liveController()->session();
        window->joinScreen()->findChild<QPushButton*>(QStringLiteral("joinStartRating"))->click();
        settle();
        js::FocusView* focus = window->focusView();
        const js::Project& project = window->document()->project();
        const js::Round& round = project.rounds.back();
        // The first cell that the four raters of the demo disagree on.
        const auto findDisagreement = [&] {
            for (js::Id touchpoint :
                 js::touchpointIds(*js::findJourney(project, round.journeyId))) {
                for (const js::RoundCriterion& criterion : round.criteria) {
                    focus->setTouchpoint(touchpoint);
                    focus->setCriterion(criterion.criterionId);
                    const js::analysis::CellStats stats = focus->cellStats();
                    if (stats.discuss && stats.given() == 4)
                        return true;
                }
            }
            return false;
        };
        if (!findDisagreement())
            std::fprintf(stderr, "No cell of the demo's follow-up workshop is disputed\n");
        // The two who joined late vote on it from their phones.
        int score = 4; // two more views: the room stays split
        for (const js::live::LiveSession::Participant& p : session->participants()) {
            const js::Rating* given = window->document()->rating(
                js::RatingKey{round.id, p.rater, focus->touchpoint(), focus->criterion()});
            if (given && given->score != js::Rating::NotRated)
                continue;
            session->rate(
                json(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(p.key)},
                                 {QStringLiteral("touchpoint"), double(focus->touchpoint())},
                                 {QStringLiteral("criterion"), double(focus->criterion())},
                                 {QStringLiteral("score"), std::min(score++, 5)}}));
        }
        // The join screen stays behind; the projector shows the focus view.
        window->joinScreen()->window()->hide();
    };
}

// The map scrolled down to its lane of scores.
Prepare scores()
{
    return [](js::MainWindow* window) {
        const js::Project& project = window->document()->project();
        window->assessment()->setRound(project.rounds.back().id);
        settle();
        js::MapView* view = window->map()->view();
        const js::MapLayout& layout = window->map()->scene()->layout();
        for (const js::LaneBox& lane : layout.lanes) {
            if (lane.kind == js::LaneKind::Heat)
                view->centerOn(view->mapToScene(view->viewport()->rect().center()).x(),
                               lane.row.center().y() - 120);
        }
    };
}

// A manager's self-assessment of the demo's current journey on TRIXIE: the
// walk part-way, then the result with the three weakest spots.
bool shootSelfAssessment(const QString& folder, const QSize& size, const QString& workDir)
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    const QString path = QDir(workDir).filePath(QStringLiteral("self-assessment.journey"));
    QString error;
    auto session = js::ProjectSession::create(path, js::demoProject(), &error);
    if (!session)
        return false;
    js::SelfAssessmentWizard wizard(session->document(), path);
    wizard.resize(size);
    wizard.show();
    settle();
    if (auto* name = wizard.findChild<QLineEdit*>(QStringLiteral("raterName")))
        name->setText(QStringLiteral("Dana Whitaker"));
    wizard.next(); // the journey: the demo's current state
    wizard.next(); // its touchpoints as they are
    wizard.frameworksPage()->setFrameworkChecked(session->document()->project().frameworks[1].id,
                                                 false);
    wizard.next();
    settle();
    // Answers as a manager gives them: mostly fair, weak at delivery.
    const QString answers = QStringLiteral("3425343143534");
    bool ok = true;
    auto save = [&](const QString& name) {
        settle();
        const QString out = QDir(folder).filePath(g_prefix + name + QStringLiteral(".png"));
        ok &= wizard.grab().save(out);
        std::printf("%s %dx%d\n", qPrintable(out), size.width(), size.height());
    };
    for (int i = 0; i < 400 && wizard.step() == js::SelfAssessmentWizard::Step::Walk; ++i) {
        if (i == 7)
            save(QStringLiteral("self-assessment-walk-%1x%2").arg(size.width()).arg(size.height()));
        QTest::keyClick(wizard.walkPage(), answers.at(i % answers.size()).toLatin1());
        QApplication::processEvents();
    }
    if (wizard.step() != js::SelfAssessmentWizard::Step::Result)
        wizard.next();
    save(QStringLiteral("self-assessment-result-%1x%2").arg(size.width()).arg(size.height()));
    wizard.close();
    return ok && wizard.step() == js::SelfAssessmentWizard::Step::Result;
}

// The Qualtrics fixture imported into the demo, as File > Import survey
// responses leaves it: the checkout selected, its figures in the inspector,
// the map on the purchase stage where the badges are.
Prepare surveyFigures(const QString& scrollTo = {})
{
    return [scrollTo](js::MainWindow* window) {
        using namespace js::survey;
        const QByteArray bytes = js::test::surveyFixture("qualtrics.csv");
        const SurveyTable table = readSurvey(bytes, detectFormat(bytes));
        const js::Journey& journey = window->document()->project().journeys.front();
        QStringList names;
        for (const js::Stage& stage : journey.stages) {
            for (const js::Touchpoint& touchpoint : stage.touchpoints)
                names.append(touchpoint.name);
        }
        const SurveyFigures figures = computeFigures(table, suggestColumns(table, names));
        QStringList fileNames;
        for (const TouchpointFigures& touchpoint : figures.touchpoints)
            fileNames.append(touchpoint.name);
        std::map<QString, js::Id> matched;
        for (const js::NameMatch& match : js::matchTouchpoints(journey, fileNames))
            matched[js::normalizedName(match.name)] = match.touchpoint;
        const QString source = surveySource(QStringLiteral("qualtrics.csv"), table);
        importSurveyMetrics(*window->document(),
                            surveyMetrics(figures, matched, source, QDate(2026, 12, 1)), source);
        settle();
        if (!scrollTo.isEmpty()) {
            insights({}, scrollTo)(window);
            return;
        }
        window->selectionModel()->select(
            {js::EntityKind::Touchpoint, journey.stages[2].touchpoints[0].id});
        settle();
        js::MapView* view = window->map()->view();
        const js::MapLayout& layout = window->map()->scene()->layout();
        for (const js::LaneBox& lane : layout.lanes) {
            if (lane.kind == js::LaneKind::Touchpoints)
                view->centerOn(layout.stages[2].column.center().x(), lane.row.center().y());
        }
    };
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/data")));
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setApplicationName(QStringLiteral("JourneyscopeScreenshots"));
    const QString language = js::language::install(
        app, js::language::effectiveLocale(qEnvironmentVariable("JOURNEYSCOPE_LANGUAGE")));
    if (language != u"en")
        g_prefix = language + QLatin1Char('-');
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(folder);
    if (argc > 2)
        g_only = QString::fromLocal8Bit(argv[2]);
    bool ok = true;
    ok &= shoot(folder, QStringLiteral("insights-light-1920x1080"), {1920, 1080}, false, false,
                home.path(), false, insights(folder));
    ok &= shoot(folder, QStringLiteral("insights-dark-1920x1080"), {1920, 1080}, true, false,
                home.path(), false, insights());
    ok &= shoot(folder, QStringLiteral("insights-light-1280x720"), {1280, 720}, false, false,
                home.path(), false, insights());
    ok &= shoot(folder, QStringLiteral("insights-weakspots-1920x1080"), {1920, 1080}, false, false,
                home.path(), false, insights({}, QStringLiteral("weakspots-card")));
    ok &= shoot(folder, QStringLiteral("insights-radar-dark-1920x1080"), {1920, 1080}, true, false,
                home.path(), false, insights({}, QStringLiteral("radar-card")));
    ok &= shoot(folder, QStringLiteral("insights-profile-1280x720"), {1280, 720}, false, false,
                home.path(), false, insights({}, QStringLiteral("profile-card")));
    ok &= shoot(folder, QStringLiteral("map-light-1920x1080"), {1920, 1080}, false, false,
                home.path());
    ok &=
        shoot(folder, QStringLiteral("map-dark-1920x1080"), {1920, 1080}, true, false, home.path());
    ok &= shoot(folder, QStringLiteral("map-curve-light-1920x1080"), {1920, 1080}, false, false,
                home.path(), true);
    ok &=
        shoot(folder, QStringLiteral("map-light-1280x720"), {1280, 720}, false, false, home.path());
    ok &= shoot(folder, QStringLiteral("map-presentation-1280x720"), {1280, 720}, false, true,
                home.path());
    ok &= shoot(folder, QStringLiteral("map-presentation-dark-1920x1080"), {1920, 1080}, true, true,
                home.path());
    ok &= shoot(folder, QStringLiteral("assess-light-1920x1080"), {1920, 1080}, false, false,
                home.path(), false, assess(true));
    ok &= shoot(folder, QStringLiteral("assess-dark-1920x1080"), {1920, 1080}, true, false,
                home.path(), false, assess(true));
    ok &= shoot(folder, QStringLiteral("assess-rater-1280x720"), {1280, 720}, false, false,
                home.path(), false, assess(false));
    ok &= shoot(folder, QStringLiteral("focus-view-1280x720"), {1280, 720}, false, false,
                home.path(), false, focus());
    ok &= shoot(folder, QStringLiteral("map-scores-light-1920x1080"), {1920, 1080}, false, false,
                home.path(), false, scores());
    ok &= shoot(folder, QStringLiteral("map-survey-figures-1920x1080"), {1920, 1080}, false, false,
                home.path(), false, surveyFigures());
    ok &= shoot(folder, QStringLiteral("map-survey-figures-1280x720"), {1280, 720}, false, false,
                home.path(), false, surveyFigures());
    ok &= shoot(folder, QStringLiteral("insights-customers-1920x1080"), {1920, 1080}, false, false,
                home.path(), false, surveyFigures(QStringLiteral("roomvscustomers-card")));
    ok &= shoot(folder, QStringLiteral("live-join-1920x1080"), {1920, 1080}, false, false,
                home.path(), false, liveJoin());
    ok &= shoot(folder, QStringLiteral("live-join-1280x720"), {1280, 720}, false, false,
                home.path(), false, liveJoin());
    ok &= shoot(folder, QStringLiteral("live-focus-1920x1080"), {1920, 1080}, false, false,
                home.path(), false, liveFocus());
    ok &= shoot(folder, QStringLiteral("live-focus-1280x720"), {1280, 720}, false, false,
                home.path(), false, liveFocus());
    if (QStringLiteral("self-assessment").startsWith(g_only))
        ok &= shootSelfAssessment(folder, {1280, 720}, home.path());
    return ok ? 0 : 1;
}
