// The focus view's distribution of the room's answers, and its Discuss mark.
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/FocusView.h"
#include "ui/assess/ScoreDistribution.h"
#include "ui/dialogs/ProjectorWindow.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace js {
using namespace Qt::Literals::StringLiterals;

void FocusView::buildDistribution(QWidget* panel)
{
    m_distributionBlock = new QWidget(panel);
    m_distributionBlock->setObjectName(u"focusDistributionBlock"_s);
    m_distributionCaption = new QLabel;
    m_distributionCaption->setObjectName(u"focusDistributionCaption"_s);
    m_distributionCaption->setWordWrap(true);
    m_distributionCaption->setTextFormat(Qt::PlainText);
    m_discuss = new QLabel(tr("Discuss: the room disagrees"));
    m_discuss->setObjectName(u"focusDiscuss"_s);
    m_discuss->setToolTip(tr("At least three scores, a standard deviation of 1 or more"));
    m_discuss->setTextFormat(Qt::PlainText);
    m_distribution = new ScoreDistribution;
    auto* column = new QVBoxLayout(m_distributionBlock);
    column->setContentsMargins(0, 8, 0, 0);
    column->addWidget(m_distributionCaption);
    column->addWidget(m_distribution, 1);
    column->addWidget(m_discuss, 0, Qt::AlignLeft);
    m_distributionBlock->hide();

    m_reveal = new QPushButton;
    m_reveal->setObjectName(u"focusReveal"_s);
    m_reveal->setFocusPolicy(Qt::NoFocus);
    m_reveal->setFlat(true);
    m_reveal->setCursor(Qt::PointingHandCursor);
    connect(m_reveal, &QPushButton::clicked, this, [this] { setRevealed(!m_revealed); });
}

void FocusView::scaleDistribution()
{
    setUnitFont(m_distributionCaption, m_unit, 1.05, false);
    setUnitFont(m_discuss, m_unit, 1.1, true);
    setUnitFont(m_reveal, m_unit, 0.95, false);
    m_distribution->setUnit(m_unit);
    m_distribution->setMinimumHeight(m_unit * 5);
    m_distribution->setMaximumHeight(m_unit * 13);
    // Amber, as the locked notice: a mark to stop at, not an error.
    m_discuss->setStyleSheet(u"QLabel { background: #fff4ce; color: #3b2f00; border: 2px solid "
                             "#d9a400; border-radius: %1px; padding: %2px %3px; }"_s.arg(m_unit / 3)
                                 .arg(m_unit / 4)
                                 .arg(m_unit / 2));
    QPalette p = m_distributionCaption->palette();
    p.setColor(QPalette::WindowText, mutedColour(0.32));
    m_distributionCaption->setPalette(p);
}

analysis::CellStats FocusView::cellStats() const
{
    const Round* r = round();
    if (!r || m_touchpoint == NoId || m_criterion == NoId)
        return {};
    analysis::ScoreTally tally;
    for (const Rater& rater : r->raters) {
        if (const Rating* rating =
                m_document->rating(RatingKey{r->id, rater.id, m_touchpoint, m_criterion}))
            tally.add(rating->score);
    }
    return analysis::cellStats(tally, int(r->raters.size()));
}

void FocusView::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    refreshRaters(); // the names' flow and the distribution
}

void FocusView::setNoRaterNote(const QString& note)
{
    m_noRaterNote = note;
    refreshAnswers();
}

bool FocusView::isDistributionShown() const
{
    return m_distributionBlock && !m_distributionBlock->isHidden();
}

bool FocusView::isDiscussShown() const
{
    return isDistributionShown() && !m_discuss->isHidden();
}

void FocusView::refreshDistribution(bool everyoneAnswered)
{
    if (!m_distributionBlock)
        return;
    const Round* r = round();
    const RoundCriterion* rated = r ? findRoundCriterion(*r, m_criterion) : nullptr;
    const bool shown = rated && m_touchpoint != NoId && (everyoneAnswered || m_revealed);
    m_reveal->setText(m_revealed ? tr("Hide the scores (R)") : tr("Reveal the scores (R)"));
    m_reveal->setVisible(rated && !everyoneAnswered);
    m_distributionBlock->setVisible(shown);
    if (!shown)
        return;
    const analysis::CellStats stats = cellStats();
    const double target =
        targetFor(m_document->project(), m_context->round(), *rated, m_touchpoint);
    m_distribution->setStats(stats, target);
    QString caption;
    if (stats.hasMean())
        caption =
            (stats.n == 1 ? tr("Mean %1 · 1 score") : tr("Mean %1 · %n scores", nullptr, stats.n))
                .arg(QLocale().toString(stats.mean, 'f', 1));
    else
        caption = tr("No scores yet");
    if (stats.notApplicable > 0)
        caption = tr("%1 · %n N/A", nullptr, stats.notApplicable).arg(caption);
    m_distributionCaption->setText(caption);
    m_discuss->setVisible(stats.discuss);
}

} // namespace js
