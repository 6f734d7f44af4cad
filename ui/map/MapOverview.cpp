#include "ui/map/MapOverview.h"

#include "core/document/ProjectDocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace js {

namespace {

// A soft red-to-green tint for an emotion from -3 to +3.
QColor emotionColor(double emotion)
{
    const double t = (emotion + 3.0) / 6.0;
    const QColor negative(0xf4, 0xc7, 0xc3);
    const QColor neutral(0xf5, 0xf0, 0xd8);
    const QColor positive(0xc8, 0xe6, 0xc9);
    auto mix = [](const QColor& a, const QColor& b, double f) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                                float(a.greenF() + (b.greenF() - a.greenF()) * f),
                                float(a.blueF() + (b.blueF() - a.blueF()) * f));
    };
    return t < 0.5 ? mix(negative, neutral, t * 2.0) : mix(neutral, positive, (t - 0.5) * 2.0);
}

QString signedNumber(int value)
{
    return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

} // namespace

MapOverview::MapOverview(ProjectDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_journeyChoice(new QComboBox)
    , m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("mapOverview"));
    m_journeyChoice->setObjectName(QStringLiteral("mapJourneyChoice"));
    m_journeyChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setObjectName(QStringLiteral("mapTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(130);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&Journey:"));
    label->setBuddy(m_journeyChoice);
    bar->addWidget(label);
    bar->addWidget(m_journeyChoice);
    bar->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_journeyChoice, &QComboBox::activated, this,
            [this](int index) { showJourney(m_journeyChoice->itemData(index).value<Id>()); });
    for (auto signal : {&ProjectDocument::entityAdded, &ProjectDocument::entityRemoved,
                        &ProjectDocument::entityChanged, &ProjectDocument::entityMoved}) {
        connect(m_document, signal, this, &MapOverview::rebuildLater);
    }
    connect(m_document, &ProjectDocument::projectReset, this, [this] {
        m_journeyId = NoId;
        rebuild();
    });
    rebuild();
}

void MapOverview::showJourney(Id journeyId)
{
    if (journeyId == m_journeyId || !findJourney(m_document->project(), journeyId))
        return;
    m_journeyId = journeyId;
    rebuild();
}

void MapOverview::rebuildLater()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &MapOverview::rebuild);
}

void MapOverview::fillJourneyChoice()
{
    const QSignalBlocker blocker(m_journeyChoice);
    m_journeyChoice->clear();
    for (const Journey& journey : m_document->project().journeys) {
        m_journeyChoice->addItem(
            tr("%1 (%2)").arg(journey.name, journeyStateName(journey.state).toLower()),
            QVariant::fromValue(journey.id));
    }
    m_journeyChoice->setCurrentIndex(m_journeyChoice->findData(QVariant::fromValue(m_journeyId)));
}

void MapOverview::rebuild()
{
    m_rebuildPending = false;
    const Project& project = m_document->project();
    if (!findJourney(project, m_journeyId))
        m_journeyId = project.journeys.empty() ? NoId : project.journeys.front().id;
    fillJourneyChoice();
    m_table->clear();
    const Journey* journey = findJourney(project, m_journeyId);
    if (!journey) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        return;
    }
    m_table->setColumnCount(int(journey->stages.size()));
    m_table->setRowCount(int(journey->lanes.size()));
    QStringList stageNames;
    for (const Stage& stage : journey->stages)
        stageNames << stage.name;
    m_table->setHorizontalHeaderLabels(stageNames);
    QStringList laneNames;
    for (const Lane& lane : journey->lanes)
        laneNames << lane.name;
    m_table->setVerticalHeaderLabels(laneNames);

    for (int column = 0; column < int(journey->stages.size()); ++column) {
        const Stage& stage = journey->stages[size_t(column)];
        for (int row = 0; row < int(journey->lanes.size()); ++row) {
            const Lane& lane = journey->lanes[size_t(row)];
            QStringList lines;
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            switch (lane.kind) {
            case LaneKind::Text:
                for (const LaneCard& card : stage.cards) {
                    if (card.laneId == lane.id)
                        lines << QStringLiteral("• ") + card.text;
                }
                break;
            case LaneKind::Touchpoints:
                for (const Touchpoint& t : stage.touchpoints)
                    lines << tr("%1  [%2]").arg(t.name, channelName(t.channel));
                break;
            case LaneKind::Emotion: {
                double sum = 0;
                for (const Touchpoint& t : stage.touchpoints) {
                    lines << tr("%1  %2").arg(signedNumber(t.emotion), t.name);
                    sum += t.emotion;
                }
                if (!stage.touchpoints.empty())
                    item->setBackground(emotionColor(sum / double(stage.touchpoints.size())));
                break;
            }
            }
            item->setText(lines.join(u'\n'));
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace js
