#include "ui/selfassessment/CriterionStrip.h"

#include "core/model/ProjectQueries.h"
#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace js::selfassessment {

namespace {

QString answerText(const Project& project, const RatingKey& key)
{
    const auto it = project.ratings.find(key);
    const int score = it == project.ratings.end() ? Rating::NotRated : it->second.score;
    if (score >= MinScore)
        return QString::number(score);
    if (score == Rating::NotApplicable)
        return CriterionStrip::tr("N/A");
    return QStringLiteral("–");
}

} // namespace

CriterionStrip::CriterionStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("criterionStrip"));
    m_label = makeLabel(tr("At this touchpoint:"));
    m_label->setWordWrap(false);
    setMuted(m_label);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(4);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(m_buttons);
    layout->addStretch(1);
}

void CriterionStrip::showCell(const Project& project, const WalkPlan& plan, int index, Id roundId,
                              Id raterId)
{
    if (index < 0 || index >= plan.size()) {
        hide();
        return;
    }
    show();
    const WalkCell& current = plan.cells[size_t(index)];
    const int first = index - current.criterionIndex;
    int count = 0;
    while (first + count < plan.size() &&
           plan.cells[size_t(first + count)].touchpoint == current.touchpoint)
        ++count;
    if (current.touchpoint != m_touchpoint || first != m_first || count != int(m_cells.size())) {
        // A button per criterion of the new touchpoint.
        m_touchpoint = current.touchpoint;
        m_first = first;
        for (QToolButton* button : m_cells)
            delete button;
        m_cells.clear();
        for (int i = first; i < first + count; ++i) {
            auto* button = new QToolButton;
            button->setObjectName(QStringLiteral("jump%1").arg(i - first));
            button->setCheckable(true);
            button->setAutoRaise(true);
            button->setFocusPolicy(Qt::NoFocus);
            connect(button, &QToolButton::clicked, this, [this, i] { Q_EMIT jumpRequested(i); });
            m_buttons->addWidget(button);
            m_cells.push_back(button);
        }
    }
    for (size_t c = 0; c < m_cells.size(); ++c) {
        const WalkCell& cell = plan.cells[size_t(first) + c];
        const QString name = displayName(project, EntityKind::Criterion, cell.criterion);
        const QString answer =
            answerText(project, RatingKey{roundId, raterId, cell.touchpoint, cell.criterion});
        m_cells[c]->setText(tr("%1 %2").arg(name, answer));
        m_cells[c]->setToolTip(tr("Go to %1").arg(name));
        m_cells[c]->setChecked(int(first + c) == index);
    }
}

} // namespace js::selfassessment
