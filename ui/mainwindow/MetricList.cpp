#include "ui/mainwindow/MetricList.h"

#include "core/document/ProjectDocument.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace js {

namespace {

constexpr int IdRole = Qt::UserRole;

// A scale as typed: "1-7", "0 – 10".
const QRegularExpression& scalePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,4})\\s*[-–]\\s*(\\d{1,4})\\s*$"));
    return pattern;
}

std::optional<std::pair<int, int>> parseScale(const QString& scale)
{
    const QRegularExpressionMatch match = scalePattern().match(scale);
    if (!match.hasMatch())
        return std::nullopt;
    const int low = match.captured(1).toInt();
    const int high = match.captured(2).toInt();
    if (low >= high)
        return std::nullopt;
    return std::pair{low, high};
}

// The values a figure of this kind can take.
std::pair<double, double> valueRange(const Metric& metric)
{
    switch (metric.kind) {
    case MetricKind::Nps:
        return {-100, 100};
    case MetricKind::Csat:
    case MetricKind::Retention:
        return {0, 100};
    case MetricKind::Ces:
        if (const auto scale = parseScale(metric.scale))
            return {double(scale->first), double(scale->second)};
        return {0, 10};
    case MetricKind::Count:
    case MetricKind::Clv:
        break;
    }
    return {0, 1e12};
}

int decimalsOf(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Ces:
        return 1;
    case MetricKind::Clv:
        return 2;
    case MetricKind::Count:
        return 0;
    default:
        return 1;
    }
}

// A new figure's starting point: the middle of its range, the usual scale.
Metric newMetric(MetricKind kind, Id touchpointId)
{
    Metric metric;
    metric.kind = kind;
    metric.touchpointId = touchpointId;
    metric.date = QDate::currentDate();
    switch (kind) {
    case MetricKind::Ces:
        metric.scale = QStringLiteral("1-7");
        metric.value = 4;
        break;
    case MetricKind::Csat:
        metric.scale = QStringLiteral("1-5");
        break;
    case MetricKind::Nps:
        metric.scale = QStringLiteral("0-10");
        break;
    default:
        break;
    }
    return metric;
}

// The touchpoint's figures: by kind, the latest of each first.
std::vector<const Metric*> metricsOf(const Project& project, Id touchpointId)
{
    std::vector<const Metric*> metrics;
    for (const Metric& metric : project.metrics) {
        if (metric.touchpointId == touchpointId)
            metrics.push_back(&metric);
    }
    std::stable_sort(metrics.begin(), metrics.end(), [](const Metric* a, const Metric* b) {
        if (a->kind != b->kind)
            return int(a->kind) < int(b->kind);
        return a->date > b->date;
    });
    return metrics;
}

} // namespace

MetricList::MetricList(ProjectDocument* document, Id touchpointId, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_touchpointId(touchpointId)
{
    setObjectName(QStringLiteral("metricList"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 8, 0, 0);

    auto* heading = new QLabel(tr("Survey figures"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    outer->addWidget(heading);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("metricRows"));
    m_list->setHeaderLabels({tr("Figure"), tr("Answers"), tr("Date")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    outer->addWidget(m_list);
    m_empty = new QLabel(tr("No survey figures yet: add the NPS, CSAT or customer effort "
                            "measured at this touchpoint."));
    m_empty->setObjectName(QStringLiteral("metricEmpty"));
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    auto* buttons = new QHBoxLayout;
    m_add = new QToolButton;
    m_add->setObjectName(QStringLiteral("addMetric"));
    m_add->setText(tr("Add metric"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* kinds = new QMenu(m_add);
    for (int i = 0; i < MetricKindCount; ++i) {
        const MetricKind kind = MetricKind(i);
        QAction* action = kinds->addAction(metricKindName(kind));
        action->setObjectName(QStringLiteral("addMetric_") + metricKindKey(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addMetric(kind); });
    }
    m_add->setMenu(kinds);
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeMetric"));
    m_remove->setToolTip(tr("Remove the figure picked in the list"));
    connect(m_remove, &QPushButton::clicked, this, [this] { removeCurrent(); });
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    outer->addLayout(buttons);

    m_editor = new QWidget;
    m_editor->setObjectName(QStringLiteral("metricEditor"));
    auto* form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_few = new QLabel;
    m_few->setObjectName(QStringLiteral("metricFewAnswers"));
    m_few->setWordWrap(true);
    form->addRow(m_few);

    // Spin boxes commit on Enter, on leaving the field and on each step of
    // the arrows, not on every digit typed: each commit is one undo step.
    m_value = new QDoubleSpinBox;
    m_value->setObjectName(QStringLiteral("metricValue"));
    m_value->setKeyboardTracking(false);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (const Metric* metric = current()) {
            edit(&Metric::value, value,
                 editText(QT_TR_NOOP("Change %1 of %2 to %3"), *metric)
                     .arg(metricValueText(metric->kind, value)));
        }
    });
    form->addRow(tr("Value"), m_value);

    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("metricCount"));
    m_count->setRange(0, std::numeric_limits<int>::max());
    m_count->setKeyboardTracking(false);
    m_count->setToolTip(tr("How many answers the figure rests on; 0 when not known"));
    connect(m_count, &QSpinBox::valueChanged, this, [this](int count) {
        if (const Metric* metric = current())
            edit(&Metric::count, count,
                 editText(QT_TR_NOOP("Change the answers of %1 of %2"), *metric));
    });
    form->addRow(tr("Answers"), m_count);

    m_scale = new QLineEdit;
    m_scale->setObjectName(QStringLiteral("metricScale"));
    m_scale->setPlaceholderText(tr("e.g. 1-7"));
    m_scale->setToolTip(tr("The answer scale, lowest to highest, such as 1-7; empty if none"));
    m_scale->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\s*\\d{0,4}\\s*[-–]?\\s*\\d{0,4}\\s*$")), m_scale));
    connect(m_scale, &QLineEdit::editingFinished, this, [this] {
        const Metric* metric = current();
        if (!metric)
            return;
        const QString text = m_scale->text().trimmed();
        if (!text.isEmpty() && !parseScale(text)) {
            m_scale->setText(metric->scale); // refused: not a scale
            return;
        }
        QString scale = text;
        if (const auto parsed = parseScale(text))
            scale = QStringLiteral("%1-%2").arg(parsed->first).arg(parsed->second);
        edit(&Metric::scale, scale, editText(QT_TR_NOOP("Change the scale of %1 of %2"), *metric));
    });
    form->addRow(tr("Scale"), m_scale);

    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("metricDate"));
    m_date->setCalendarPopup(true);
    m_date->setKeyboardTracking(false);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (const Metric* metric = current(); metric && date.isValid())
            edit(&Metric::date, date, editText(QT_TR_NOOP("Change the date of %1 of %2"), *metric));
    });
    form->addRow(tr("Date"), m_date);

    // A note may hold several lines (an import writes its source, then the
    // details): it is stored when the editor loses the focus.
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("metricNote"));
    m_note->setPlaceholderText(tr("Where the figure comes from"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_note->installEventFilter(this);
    form->addRow(tr("Note"), m_note);
    outer->addWidget(m_editor);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showCurrent(); });
    connect(m_document, &ProjectDocument::changed, this, &MetricList::documentChanged);
    reload();
}

QString MetricList::kindInSentence(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Nps:
        return tr("NPS");
    case MetricKind::Csat:
        return tr("CSAT");
    case MetricKind::Ces:
        return tr("customer effort");
    case MetricKind::Count:
        return tr("count");
    case MetricKind::Retention:
        return tr("retention rate");
    case MetricKind::Clv:
        return tr("customer lifetime value");
    }
    return {};
}

QString MetricList::editText(const char* what, const Metric& metric) const
{
    return tr(what).arg(
        kindInSentence(metric.kind),
        quoted(displayName(m_document->project(), EntityKind::Touchpoint, m_touchpointId)));
}

Id MetricList::currentMetric() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, IdRole).value<Id>() : NoId;
}

void MetricList::setCurrentMetric(Id metricId)
{
    m_list->setCurrentItem(rowOf(metricId));
}

const Metric* MetricList::current() const
{
    const Metric* metric = findMetric(m_document->project(), currentMetric());
    return metric && metric->touchpointId == m_touchpointId ? metric : nullptr;
}

QTreeWidgetItem* MetricList::rowOf(Id metricId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, IdRole).value<Id>() == metricId)
            return item;
    }
    return nullptr;
}

Id MetricList::addMetric(MetricKind kind)
{
    Id id = NoId;
    {
        ProjectDocument::Batch batch(
            m_document, tr("Add %1 to %2")
                            .arg(kindInSentence(kind),
                                 quoted(displayName(m_document->project(), EntityKind::Touchpoint,
                                                    m_touchpointId))));
        id = m_document->addMetric(newMetric(kind, m_touchpointId));
    }
    if (id != NoId) {
        reload();
        setCurrentMetric(id);
        m_value->setFocus();
        m_value->selectAll();
    }
    return id;
}

bool MetricList::removeCurrent()
{
    const Metric* metric = current();
    if (!metric)
        return false;
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    bool removed = false;
    {
        ProjectDocument::Batch batch(m_document, editText(QT_TR_NOOP("Delete %1 of %2"), *metric));
        removed = m_document->removeMetric(metric->id);
    }
    reload();
    // The next figure in the list is picked, so several go one after another.
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(
            m_list->topLevelItem(std::min(row, m_list->topLevelItemCount() - 1)));
    return removed;
}

bool MetricList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_note && event->type() == QEvent::FocusOut) {
        if (const Metric* metric = current())
            edit(&Metric::note, m_note->toPlainText(),
                 editText(QT_TR_NOOP("Edit the note of %1 of %2"), *metric));
    }
    return QWidget::eventFilter(watched, event);
}

template <typename T> void MetricList::edit(T Metric::*member, const T& value, const QString& text)
{
    const Metric* metric = current();
    if (!metric || metric->*member == value)
        return;
    const Id id = metric->id;
    bool accepted = false;
    {
        ProjectDocument::Batch batch(m_document, text);
        accepted = m_document->set(id, member, value);
    }
    if (!accepted)
        showCurrent(); // refused: the fields show the model again
}

void MetricList::documentChanged(const ChangeEvent& event)
{
    if (event.kind != EntityKind::Metric)
        return;
    const Metric* metric = findMetric(m_document->project(), event.id);
    QTreeWidgetItem* row = rowOf(event.id);
    const bool mine = metric && metric->touchpointId == m_touchpointId;
    if (event.type == ChangeType::Changed && row && mine) {
        // One figure's field: its row and, if it is picked, the editors.
        fillRow(row, *metric);
        if (row == m_list->currentItem())
            showCurrent();
        return;
    }
    if (row || mine)
        reload();
}

void MetricList::fillRow(QTreeWidgetItem* item, const Metric& metric) const
{
    const QLocale locale;
    item->setData(0, IdRole, QVariant::fromValue(metric.id));
    item->setText(0, metricBadgeText(metric));
    item->setText(1, metric.count > 0 ? locale.toString(metric.count) : tr("—"));
    item->setText(2, metric.date.isValid() ? locale.toString(metric.date, QLocale::ShortFormat)
                                           : QString());
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    const bool few = restsOnFewAnswers(metric);
    item->setIcon(0, few ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    QString tip = metricBadgeText(metric);
    if (few)
        tip += QStringLiteral("\n") + tr("Rests on only %n answers", nullptr, metric.count);
    if (!metric.note.isEmpty())
        tip += QStringLiteral("\n") + metric.note;
    for (int column = 0; column < 3; ++column)
        item->setToolTip(column, tip);
    QFont font = m_list->font();
    font.setItalic(few);
    for (int column = 0; column < 3; ++column)
        item->setFont(column, font);
}

void MetricList::reload()
{
    const Id picked = currentMetric();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Metric* metric : metricsOf(m_document->project(), m_touchpointId)) {
        auto* item = new QTreeWidgetItem(m_list);
        fillRow(item, *metric);
    }
    // As tall as its rows, up to eight; more scroll.
    const int shown = std::clamp(m_list->topLevelItemCount(), 1, 8);
    const int row = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + shown * row +
                           2 * m_list->frameWidth() + 2);
    m_list->setCurrentItem(rowOf(picked));
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showCurrent();
}

void MetricList::showCurrent()
{
    const Metric* metric = current();
    m_editor->setEnabled(metric != nullptr);
    m_remove->setEnabled(metric != nullptr);
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_editor->setVisible(metric != nullptr);
    if (!metric)
        return;
    const QSignalBlocker value(m_value);
    const QSignalBlocker count(m_count);
    const QSignalBlocker date(m_date);
    const auto [low, high] = valueRange(*metric);
    m_value->setDecimals(decimalsOf(metric->kind));
    m_value->setRange(std::min(low, metric->value), std::max(high, metric->value));
    m_value->setSingleStep(metric->kind == MetricKind::Ces ? 0.1 : 1);
    m_value->setSuffix(metric->kind == MetricKind::Csat || metric->kind == MetricKind::Retention
                           ? QStringLiteral(" %")
                           : QString());
    if (m_value->value() != metric->value)
        m_value->setValue(metric->value);
    if (m_count->value() != metric->count)
        m_count->setValue(metric->count);
    if (m_scale->text() != metric->scale)
        m_scale->setText(metric->scale);
    if (m_date->date() != metric->date)
        m_date->setDate(metric->date.isValid() ? metric->date : QDate::currentDate());
    if (m_note->toPlainText() != metric->note)
        m_note->setPlainText(metric->note);
    const bool few = restsOnFewAnswers(*metric);
    m_few->setVisible(few);
    if (few)
        m_few->setText(tr("Rests on only %n answers: read it with care. From %1 answers on, a "
                          "figure is firm enough to compare.",
                          nullptr, metric->count)
                           .arg(FewAnswers));
}

} // namespace js
