#include "ui/selfassessment/TouchpointsPage.h"

#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace js::selfassessment {

namespace {

QListWidgetItem* newItem(const QString& name, Id id)
{
    auto* item = new QListWidgetItem(name);
    item->setData(Qt::UserRole, QVariant::fromValue(id));
    item->setData(Qt::UserRole + 1, name);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (id == NoId)
        item->setToolTip(TouchpointsPage::tr("New: added when you go on"));
    return item;
}

} // namespace

TouchpointsPage::TouchpointsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("touchpointsPage"));
    auto* intro = makeLabel(
        tr("These are the moments where your customer meets your business, stage by stage. You "
           "will rate each of them. Add any that are missing and give each a name your team "
           "would recognize: double-click a name to change it."));
    auto* columns = new QWidget;
    m_columnsLayout = new QHBoxLayout(columns);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(12);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("touchpointColumns"));
    scroll->setWidget(columns);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
}

void TouchpointsPage::clearColumns()
{
    // Out of the tree at once, deleted later: load() may run while one of
    // the column's widgets is handling an event.
    while (QLayoutItem* item = m_columnsLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
    m_columns.clear();
}

void TouchpointsPage::load(const Journey& journey)
{
    clearColumns();
    for (size_t s = 0; s < journey.stages.size(); ++s) {
        const Stage& stage = journey.stages[s];
        auto* card = makeCard(QStringLiteral("stageColumn"));
        card->setMinimumWidth(190);
        auto* title = makeLabel(stage.name, 1.1, true);
        auto* about = makeLabel(stage.description);
        setMuted(about);
        Column column;
        column.stageId = stage.id;
        column.list = new QListWidget;
        column.list->setObjectName(QStringLiteral("stageList%1").arg(s));
        column.list->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::SelectedClicked);
        column.list->setFrameShape(QFrame::NoFrame);
        column.list->setSpacing(2);
        for (const Touchpoint& touchpoint : stage.touchpoints)
            column.list->addItem(newItem(touchpoint.name, touchpoint.id));
        column.add = new QLineEdit;
        column.add->setObjectName(QStringLiteral("stageAdd%1").arg(s));
        column.add->setPlaceholderText(tr("Add a touchpoint…"));
        column.add->setClearButtonEnabled(true);
        auto* addButton = new QToolButton;
        addButton->setText(QStringLiteral("+"));
        addButton->setToolTip(tr("Add the touchpoint (Enter)"));
        addButton->setObjectName(QStringLiteral("stageAddButton%1").arg(s));
        auto* addRow = new QHBoxLayout;
        addRow->addWidget(column.add, 1);
        addRow->addWidget(addButton);

        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(10, 10, 10, 10);
        layout->addWidget(title);
        layout->addWidget(about);
        layout->addWidget(column.list, 1);
        layout->addLayout(addRow);
        m_columnsLayout->addWidget(card, 1);

        const int index = int(s);
        auto add = [this, index] {
            QLineEdit* edit = m_columns[size_t(index)].add;
            addTouchpoint(index, edit->text());
            edit->clear();
        };
        column.add->installEventFilter(this);
        connect(column.add, &QLineEdit::returnPressed, this, add);
        connect(addButton, &QToolButton::clicked, this, add);
        QListWidget* list = column.list;
        connect(list, &QListWidget::itemChanged, this, [this, list](QListWidgetItem* item) {
            if (item->text().trimmed().isEmpty()) {
                // A new touchpoint emptied goes; one of the journey keeps its name.
                if (item->data(Qt::UserRole).value<Id>() == NoId) {
                    delete list->takeItem(list->row(item));
                } else {
                    item->setText(item->data(Qt::UserRole + 1).toString());
                    return;
                }
            }
            Q_EMIT changed();
        });
        m_columns.push_back(column);
    }
    Q_EMIT changed();
}

void TouchpointsPage::addTouchpoint(int stageIndex, const QString& name)
{
    if (stageIndex < 0 || stageIndex >= int(m_columns.size()) || name.trimmed().isEmpty())
        return;
    QListWidget* list = m_columns[size_t(stageIndex)].list;
    list->addItem(newItem(name.trimmed(), NoId));
    markNew(list->item(list->count() - 1));
    list->scrollToBottom();
    Q_EMIT changed();
}

void TouchpointsPage::markNew(QListWidgetItem* item) const
{
    // In italics: not in the journey yet.
    QFont italic = font();
    italic.setItalic(true);
    item->setFont(italic);
}

void TouchpointsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    for (const Column& column : m_columns) {
        for (int row = 0; row < column.list->count(); ++row) {
            QListWidgetItem* item = column.list->item(row);
            if (item->data(Qt::UserRole).value<Id>() == NoId)
                markNew(item);
        }
    }
}

bool TouchpointsPage::eventFilter(QObject* watched, QEvent* event)
{
    // Return in an add field adds the touchpoint and goes no further: not
    // to the wizard's default button.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (auto* edit = qobject_cast<QLineEdit*>(watched)) {
                Q_EMIT edit->returnPressed();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::vector<TouchpointsPage::DraftStage> TouchpointsPage::draft() const
{
    std::vector<DraftStage> stages;
    for (const Column& column : m_columns) {
        DraftStage stage;
        stage.id = column.stageId;
        for (int row = 0; row < column.list->count(); ++row) {
            const QListWidgetItem* item = column.list->item(row);
            stage.touchpoints.push_back(
                DraftTouchpoint{item->data(Qt::UserRole).value<Id>(), item->text().trimmed()});
        }
        stages.push_back(std::move(stage));
    }
    return stages;
}

int TouchpointsPage::touchpointCount() const
{
    int count = 0;
    for (const Column& column : m_columns)
        count += column.list->count();
    return count;
}

} // namespace js::selfassessment
