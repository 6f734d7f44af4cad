#include "ui/selfassessment/SelfAssessmentWizard.h"

#include "core/document/ProjectDocument.h"
#include "ui/selfassessment/FrameworksPage.h"
#include "ui/selfassessment/JourneyPage.h"
#include "ui/selfassessment/ResultPage.h"
#include "ui/selfassessment/SelfAssessmentRounds.h"
#include "ui/selfassessment/SelfAssessmentSettings.h"
#include "ui/selfassessment/SelfAssessmentStyle.h"
#include "ui/selfassessment/StartPage.h"
#include "ui/selfassessment/TouchpointsPage.h"
#include "ui/selfassessment/WalkPage.h"

#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace js {

using namespace selfassessment;

SelfAssessmentWizard::SelfAssessmentWizard(ProjectDocument* document, const QString& projectKey,
                                           QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_projectKey(projectKey)
{
    setObjectName(QStringLiteral("selfAssessmentWizard"));
    const QString project = document->project().name;
    setWindowTitle(project.isEmpty() ? tr("Self-assessment")
                                     : tr("Self-assessment of %1").arg(project));
    setSizeGripEnabled(true);
    setMinimumSize(860, 600);
    // Its buttons stay on screen: never taller than the screen leaves room for.
    QSize size(1120, 760);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
    resize(size.expandedTo(minimumSize()));

    m_title = makeLabel({}, 1.5, true, QStringLiteral("wizardTitle"));
    m_steps = new QLabel;
    m_steps->setObjectName(QStringLiteral("wizardSteps"));
    m_steps->setTextFormat(Qt::RichText);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_steps, 0, Qt::AlignVCenter);
    auto* rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);

    m_startPage = new StartPage;
    m_journeyPage = new JourneyPage(document);
    m_touchpointsPage = new TouchpointsPage;
    m_frameworksPage = new FrameworksPage;
    m_walkPage = new WalkPage(document);
    m_resultPage = new ResultPage(document);
    m_pages = new QStackedWidget;
    for (QWidget* page :
         std::initializer_list<QWidget*>{m_startPage, m_journeyPage, m_touchpointsPage,
                                         m_frameworksPage, m_walkPage, m_resultPage})
        m_pages->addWidget(page);

    m_hint = makeLabel({}, 1.0, false, QStringLiteral("wizardHint"));
    m_back = new QPushButton(tr("Back"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next = new QPushButton(tr("Next"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_close = new QPushButton(tr("Cancel"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* button : {m_back, m_next, m_close}) {
        button->setAutoDefault(false);
        button->setMinimumWidth(110);
    }
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_hint, 1);
    footer->addWidget(m_back);
    footer->addWidget(m_next);
    footer->addSpacing(8);
    footer->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(rule);
    layout->addWidget(m_pages, 1);
    layout->addLayout(footer);

    connect(m_back, &QPushButton::clicked, this, &SelfAssessmentWizard::back);
    connect(m_next, &QPushButton::clicked, this, &SelfAssessmentWizard::next);
    connect(m_close, &QPushButton::clicked, this, &SelfAssessmentWizard::reject);
    connect(m_startPage, &StartPage::continueChosen, this, &SelfAssessmentWizard::continueWalk);
    connect(m_startPage, &StartPage::startNewChosen, this, &SelfAssessmentWizard::startNew);
    connect(m_journeyPage, &JourneyPage::changed, this, [this] { setProblem({}); });
    connect(m_touchpointsPage, &TouchpointsPage::changed, this, [this] { setProblem({}); });
    connect(m_frameworksPage, &FrameworksPage::changed, this, [this] { setProblem({}); });
    connect(m_walkPage, &WalkPage::positionChanged, this, [this] {
        rememberPosition();
        updateChrome();
    });
    connect(m_walkPage, &WalkPage::walkEnded, this, &SelfAssessmentWizard::showResult);
    connect(document, &ProjectDocument::changed, this, &SelfAssessmentWizard::documentChanged);
    connect(document, &ProjectDocument::projectReset, this, &SelfAssessmentWizard::reject);

    m_journeyPage->setRaterName(raterName());

    // A walk left half-way is offered first.
    const Project& model = document->project();
    if (const std::optional<ResumePoint> point = resumePoint(projectKey)) {
        const Round* round = findRound(model, point->round);
        if (round && !round->locked && !round->raters.empty()) {
            const WalkPlan plan = walkPlan(model, round->id);
            const Id rater =
                findRater(model, point->rater) ? point->rater : round->raters.front().id;
            if (!plan.empty()) {
                m_offersResume = true;
                m_startPage->describe(round->date.isValid() ? dayText(round->date) : round->name,
                                      displayName(model, EntityKind::Journey, round->journeyId),
                                      answeredCount(model, round->id, rater, plan), plan.size());
            }
        }
    }
    goTo(m_offersResume ? Step::Start : Step::Journey);
}

SelfAssessmentWizard::~SelfAssessmentWizard() = default;

void SelfAssessmentWizard::next()
{
    setProblem({});
    switch (m_step) {
    case Step::Start:
        break;
    case Step::Journey:
        if (leaveJourney())
            goTo(Step::Touchpoints);
        break;
    case Step::Touchpoints:
        if (leaveTouchpoints())
            goTo(Step::Frameworks);
        break;
    case Step::Frameworks:
        startWalk();
        break;
    case Step::Walk:
        showResult();
        break;
    case Step::Result:
        accept();
        break;
    }
}

void SelfAssessmentWizard::back()
{
    setProblem({});
    switch (m_step) {
    case Step::Start:
        break;
    case Step::Journey:
        if (m_offersResume)
            goTo(Step::Start);
        break;
    case Step::Touchpoints:
        goTo(Step::Journey);
        break;
    case Step::Frameworks:
        goTo(Step::Touchpoints);
        break;
    case Step::Walk:
        if (m_walkPage->canGoBack())
            m_walkPage->back();
        else
            goTo(Step::Frameworks);
        break;
    case Step::Result:
        goTo(Step::Walk);
        rememberPosition();
        break;
    }
}

void SelfAssessmentWizard::showResult()
{
    m_resultPage->load(m_round, m_rater);
    clearResumePoint(m_projectKey);
    goTo(Step::Result);
}

void SelfAssessmentWizard::rememberPosition()
{
    const WalkCell* cell = m_walkPage->currentCell();
    if (m_step != Step::Walk || m_round == NoId || !cell)
        return;
    setResumePoint(m_projectKey, ResumePoint{m_round, m_rater, cell->touchpoint, cell->criterion});
}

void SelfAssessmentWizard::keyPressEvent(QKeyEvent* event)
{
    if (m_step == Step::Walk && m_walkPage->handleKey(event))
        return;
    QDialog::keyPressEvent(event);
}

void SelfAssessmentWizard::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    const double zoom = zoomFor(size());
    if (zoom != m_zoom) {
        m_zoom = zoom;
        applyZoom(this, m_zoom);
    }
}

void SelfAssessmentWizard::done(int result)
{
    rememberPosition();
    QDialog::done(result);
}

void SelfAssessmentWizard::goTo(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    applyZoom(this, m_zoom); // to what the step built
    updateChrome();
    if (step == Step::Walk)
        m_walkPage->setFocus();
}

void SelfAssessmentWizard::setProblem(const QString& text)
{
    m_problem = text;
    updateChrome();
}

void SelfAssessmentWizard::updateChrome()
{
    const Project& project = m_document->project();
    const Round* round = findRound(project, m_round);
    switch (m_step) {
    case Step::Start:
        m_title->setText(tr("Self-assessment"));
        break;
    case Step::Journey:
        m_title->setText(tr("Choose the journey"));
        break;
    case Step::Touchpoints:
        m_title->setText(tr("Check the touchpoints"));
        break;
    case Step::Frameworks:
        m_title->setText(tr("Choose what to assess"));
        break;
    case Step::Walk:
        m_title->setText(round ? round->name : tr("The walk"));
        break;
    case Step::Result:
        m_title->setText(tr("Your result"));
        break;
    }

    // The steps, the current one marked.
    const QStringList names{tr("Journey"), tr("Touchpoints"), tr("Frameworks"), tr("Walk"),
                            tr("Result")};
    const QColor current = palette().color(QPalette::Highlight);
    const QColor other = palette().color(QPalette::PlaceholderText);
    QStringList parts;
    for (int i = 0; i < names.size(); ++i) {
        const bool here = int(m_step) == i + 1;
        parts << QStringLiteral("<span style=\"color: %1; %2\">%3&nbsp;%4</span>")
                     .arg((here ? current : other).name(),
                          here ? QStringLiteral("font-weight: bold;") : QString(),
                          QString::number(i + 1), names[i].toHtmlEscaped());
    }
    m_steps->setText(parts.join(QStringLiteral(" &nbsp;›&nbsp; ")));
    m_steps->setVisible(m_step != Step::Start);

    const bool walking = m_step == Step::Walk;
    m_back->setVisible(m_step != Step::Start && (m_step != Step::Journey || m_offersResume));
    m_back->setText(m_step == Step::Result ? tr("Back to the walk") : tr("Back"));
    m_next->setVisible(m_step != Step::Start && m_step != Step::Result);
    m_next->setText(m_step == Step::Frameworks
                        ? (round ? tr("Continue the walk") : tr("Start the walk"))
                    : walking ? tr("See the result")
                              : tr("Next"));
    m_next->setDefault(m_step != Step::Walk && m_step != Step::Start);
    m_close->setText(round ? tr("Close") : tr("Cancel"));

    QPalette palette = m_hint->palette();
    if (!m_problem.isEmpty()) {
        m_hint->setText(m_problem);
        palette.setColor(QPalette::WindowText, downColor(palette));
    } else {
        m_hint->setText(walking ? tr("Your answers are saved as you go: close at any time and "
                                     "continue later.")
                                : QString());
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    }
    m_hint->setPalette(palette);
}

void SelfAssessmentWizard::documentChanged(const ChangeEvent& event)
{
    if (event.type == ChangeType::Removed &&
        ((event.kind == EntityKind::Round && event.id == m_round) ||
         (event.kind == EntityKind::Journey && event.id == m_journey))) {
        const bool journeyGone = event.kind == EntityKind::Journey;
        m_round = NoId;
        m_rater = NoId;
        if (journeyGone) {
            m_journey = NoId;
            m_touchpointsSource.clear();
            m_journeyPage->refresh();
        }
        if (m_step == Step::Walk || m_step == Step::Result || journeyGone)
            goTo(journeyGone ? Step::Journey : Step::Frameworks);
        return;
    }
    switch (event.kind) {
    case EntityKind::Touchpoint:
    case EntityKind::Stage:
    case EntityKind::Round:
    case EntityKind::Criterion:
        if (m_step == Step::Walk)
            m_walkPage->replan();
        break;
    case EntityKind::Action:
        if (m_step == Step::Result)
            m_resultPage->updateActions();
        break;
    default:
        break;
    }
}

SelfAssessmentWizard* showSelfAssessment(ProjectDocument* document, const QString& projectKey,
                                         QWidget* parent)
{
    if (parent) {
        for (auto* open : parent->findChildren<SelfAssessmentWizard*>(Qt::FindDirectChildrenOnly)) {
            if (open->isVisible()) {
                open->raise();
                open->activateWindow();
                return open;
            }
        }
    }
    auto* wizard = new SelfAssessmentWizard(document, projectKey, parent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

} // namespace js
