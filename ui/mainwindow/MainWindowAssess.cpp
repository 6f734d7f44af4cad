// The Assess menu: rounds, the lock, the focus view, the frameworks.

#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"
#include "ui/assess/AssessGridView.h"
#include "ui/assess/AssessTab.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/FocusView.h"
#include "ui/assess/RoundDialog.h"
#include "ui/frameworks/FrameworkEditor.h"
#include "ui/insights/InsightsTab.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/selfassessment/SelfAssessmentWizard.h"

#include <QMenuBar>
#include <QTabWidget>

namespace js {

void MainWindow::createAssessMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Assess"));
    menu->setObjectName(QStringLiteral("menuAssess"));
    auto add = [this, menu](const QString& text, const char* name, const QKeySequence& keys,
                            auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setProperty("commandName", action->text().remove(u'&').remove(u'…'));
        return action;
    };
    add(tr("&Rate touchpoints"), "actionShowAssess", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
        [this] { m_tabs->setCurrentWidget(m_assess); });
    add(tr("See the &insights"), "actionShowInsights",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
        [this] { m_tabs->setCurrentWidget(m_insights); });
    // On the Assess tab the keys go to the grid at once.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_assess)
            m_assess->focusGrid();
    });
    m_newRound = add(tr("&New round…"), "actionNewRound",
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { addRound(); });
    m_roundSettings = add(tr("Round &settings…"), "actionRoundSettings", {}, [this] {
        if (m_assessment->round() != NoId)
            RoundDialog::editRound(document(), m_assessment->round(), this);
    });
    m_lockRound = add(tr("&Lock round"), "actionLockRound", {}, [this](bool locked) {
        document()->set(m_assessment->round(), &Round::locked, locked);
    });
    m_lockRound->setCheckable(true);
    menu->addSeparator();
    m_focusView = add(tr("Rate &one touchpoint at a time"), "actionFocusView",
                      QKeySequence(Qt::Key_F8), [this] { openFocusView(); });
    createLiveSession(menu);
    m_selfAssessment = add(tr("Self-&assessment…"), "actionSelfAssessment", {},
                           [this] { showSelfAssessment(document(), m_session->path(), this); });
    menu->addSeparator();
    add(tr("&Frameworks…"), "actionFrameworks", {}, [this] {
        const Selection current = m_selection->current();
        const bool framework =
            current.kind == EntityKind::Framework || current.kind == EntityKind::Criterion;
        showFrameworkEditor(document(), this, framework ? current.id : NoId);
    });

    auto update = [this] {
        const Round* round = m_assessment->currentRound();
        m_lockRound->setEnabled(round && !m_session->isReadOnly());
        m_roundSettings->setEnabled(round && !m_session->isReadOnly());
        m_focusView->setEnabled(round && !m_session->isReadOnly());
        m_newRound->setEnabled(!m_session->isReadOnly());
        m_selfAssessment->setEnabled(!m_session->isReadOnly());
        m_lockRound->setChecked(round && round->locked);
        m_lockRound->setText(round ? tr("&Lock round %1").arg(quoted(round->name))
                                   : tr("&Lock round"));
        updateLive();
    };
    connect(m_assessment, &AssessmentContext::roundChanged, this, update);
    connect(document(), &ProjectDocument::changed, this, [update](const ChangeEvent& event) {
        if (event.kind == EntityKind::Round)
            update();
    });
    update();
    connect(m_assess, &AssessTab::roundSettingsRequested, m_roundSettings, &QAction::trigger);
    connect(m_assess, &AssessTab::focusViewRequested, m_focusView, &QAction::trigger);
    connect(m_assess, &AssessTab::selfAssessmentRequested, m_selfAssessment, &QAction::trigger);
}

void MainWindow::openFocusView()
{
    if (m_focus) {
        m_focus->window()->raise();
        m_focus->window()->activateWindow();
        return;
    }
    m_focus = FocusView::openWindow(m_assessment, this);
    // It opens on the grid's cell, else on the touchpoint selected, and takes
    // the keys at once.
    const Selection current = m_selection->current();
    if (m_assess->grid()->currentTouchpoint() != NoId) {
        m_focus->setTouchpoint(m_assess->grid()->currentTouchpoint());
        m_focus->setCriterion(m_assess->grid()->currentCriterion());
    } else if (current.kind == EntityKind::Touchpoint) {
        m_focus->setTouchpoint(current.id);
    }
    m_focus->window()->activateWindow();
    m_focus->setFocus();
    connect(m_focus, &FocusView::criterionChanged, this,
            [this](Id criterion) { m_assess->grid()->showCell(m_focus->touchpoint(), criterion); });
    // The focus view and the window's selection follow each other.
    connect(m_focus, &FocusView::touchpointChanged, this, [this](Id touchpoint) {
        if (!(m_selection->current() == Selection{EntityKind::Touchpoint, touchpoint}))
            m_selection->select({EntityKind::Touchpoint, touchpoint});
    });
    connect(m_selection, &SelectionModel::changed, m_focus, [this] {
        const Selection current = m_selection->current();
        if (current.kind == EntityKind::Touchpoint)
            m_focus->setTouchpoint(current.id);
    });
    followFocusView();
}

} // namespace js
