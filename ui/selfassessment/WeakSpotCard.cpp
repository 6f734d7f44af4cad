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
    // A round badge that grows with the type.
    auto* badge = makeLabel(QString::number(rank), 1.2, true);
    badge->setAlignment(Qt::AlignCenter);
    badge->setWordWrap(false);
    badge->setStyleSheet(
        QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text); "
                       "min-width: 1.6em; max-width: 1.6em; min-height: 1.6em; max-height: 1.6em; "
                       "border-radius: 0.8em; }"));
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

    m_created = makeLabel(tr("✓ Action created"), 1.0, true, QStringLiteral("spotCreated"));
    m_created->setWordWrap(false);
    QPalette createdPalette = m_created->palette();
    createdPalette.setColor(QPalette::WindowText, upColor(createdPalette));
    m_created->setPalette(createdPalette);
    m_created->hide();

    // The badge on the left; the heading and the button on top, the body
    // under them.
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(where);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(6);
    layout->addWidget(rankBadge(rank), 0, 0, 4, 1, Qt::AlignTop);
    layout->addLayout(heading, 0, 1);
    layout->addWidget(m_create, 0, 2, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_created, 0, 2, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(reason, 1, 1, 1, 2);
    layout->addWidget(advice, 2, 1, 1, 2);
    layout->addWidget(warning, 3, 1, 1, 2);
    layout->setColumnStretch(1, 1);
}

Action WeakSpotCard::action() const
{
    return actionForWeakSpot(m_spot, m_advice);
}

void WeakSpotCard::setCreated(bool created)
{
    m_create->setVisible(!created);
    m_created->setVisible(created);
}

bool WeakSpotCard::isCreated() const
{
    return m_created->isVisibleTo(this);
}

} // namespace js::selfassessment
