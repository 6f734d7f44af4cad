#include "ui/selfassessment/WeakSpotCard.h"

#include "core/model/ProjectQueries.h"
#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace js::selfassessment {

namespace {

QLabel* rankBadge(int rank)
{
    auto* badge = makeLabel(QString::number(rank), 1.2, true);
    badge->setAlignment(Qt::AlignCenter);
    badge->setFixedSize(34, 34);
    badge->setWordWrap(false);
    badge->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: "
                                        "palette(highlighted-text); border-radius: 17px; }"));
    return badge;
}

} // namespace

WeakSpotCard::WeakSpotCard(const Project& project, const analysis::WeakSpot& spot, int rank,
                           QWidget* parent)
    : QFrame(parent)
    , m_spot(spot)
{
    const QString name = QStringLiteral("spot%1").arg(rank);
    setObjectName(name);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 8px; }")
                      .arg(name));
    const Criterion* criterion = findCriterion(project, spot.criterion);
    m_advice = improvementAdvice(criterion ? QStringView(criterion->key) : QStringView());

    const QString touchpoint = displayName(project, EntityKind::Touchpoint, spot.touchpoint);
    const QString criterionName = criterion ? criterion->name : tr("(removed criterion)");
    auto* title = makeLabel(tr("%1 · %2").arg(touchpoint, criterionName), 1.2, true,
                            QStringLiteral("spotTitle"));
    const QString stage = displayName(project, EntityKind::Stage, spot.stage);
    const QString framework = displayName(project, EntityKind::Framework, spot.framework);
    auto* where = makeLabel(framework.isEmpty() ? stage : tr("%1 · %2").arg(stage, framework));
    setMuted(where);
    auto* reason = makeLabel(spot.reason, 1.0, false, QStringLiteral("spotReason"));

    QString suggestions;
    for (const SuggestedAction& suggestion : m_advice.actions)
        suggestions +=
            QStringLiteral("<li style=\"margin-bottom: 4px;\"><b>%1.</b> %2 <i>(%3)</i></li>")
                .arg(suggestion.title.toHtmlEscaped(), suggestion.description.toHtmlEscaped(),
                     improvementStrategyName(suggestion.strategy).toHtmlEscaped());
    auto* advice =
        makeLabel(QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">%1</ul>")
                      .arg(suggestions),
                  1.0, false, QStringLiteral("spotSuggestions"));
    advice->setTextFormat(Qt::RichText);
    auto* warning = makeLabel(m_advice.warning, 1.0, false, QStringLiteral("spotWarning"));
    setMuted(warning);

    m_create = new QPushButton(tr("Create action"));
    m_create->setObjectName(QStringLiteral("createAction%1").arg(rank));
    m_create->setToolTip(tr("Plan “%1” for this touchpoint").arg(action().title));
    connect(m_create, &QPushButton::clicked, this, &WeakSpotCard::createRequested);

    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(where);
    auto* top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(rankBadge(rank), 0, Qt::AlignTop);
    top->addLayout(heading, 1);
    top->addWidget(m_create, 0, Qt::AlignTop);

    auto* body = new QGridLayout;
    body->setColumnMinimumWidth(0, 34);
    body->setHorizontalSpacing(12);
    body->setVerticalSpacing(4);
    body->addWidget(reason, 0, 1);
    body->addWidget(advice, 1, 1);
    body->addWidget(warning, 2, 1);
    body->setColumnStretch(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(body);
}

Action WeakSpotCard::action() const
{
    return actionForWeakSpot(m_spot, m_advice);
}

void WeakSpotCard::setCreated(bool created)
{
    m_create->setEnabled(!created);
    m_create->setText(created ? tr("Action created ✓") : tr("Create action"));
}

} // namespace js::selfassessment
