#include "ui/selfassessment/FrameworksPage.h"

#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace js::selfassessment {

namespace {

constexpr int IdRole = Qt::UserRole;

// The first sentence of a description, for a one-line summary.
QString firstSentence(const QString& text)
{
    const qsizetype end = text.indexOf(QStringLiteral(". "));
    return end < 0 ? text : text.left(end + 1);
}

} // namespace

FrameworksPage::FrameworksPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("frameworksPage"));
    auto* intro = makeLabel(tr("Tick what you want to judge each touchpoint on. Fewer criteria "
                               "make a quicker walk; you can assess the others another time."));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("criteriaTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Framework and criterion"), tr("What it asks")});
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 0px; }"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_size = makeLabel({}, 1.0, false, QStringLiteral("walkSize"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_size);

    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        updateSize();
        Q_EMIT changed();
    });
}

void FrameworksPage::load(const Project& project, const std::vector<RoundCriterion>* chosen)
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_criteria.clear();
    for (const Framework& framework : project.frameworks) {
        if (framework.criteria.empty())
            continue;
        auto* top =
            new QTreeWidgetItem(m_tree, {framework.name, firstSentence(framework.description)});
        top->setData(0, IdRole, QVariant::fromValue(framework.id));
        top->setFlags(top->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        top->setFont(0, boldFont());
        top->setToolTip(1, framework.description);
        for (const Criterion& criterion : framework.criteria) {
            bool ticked = criterion.enabled;
            if (chosen) {
                ticked = std::any_of(chosen->begin(), chosen->end(), [&](const RoundCriterion& c) {
                    return c.criterionId == criterion.id;
                });
            }
            auto* item =
                new QTreeWidgetItem(top, {criterion.name, firstSentence(criterion.description)});
            item->setData(0, IdRole, QVariant::fromValue(criterion.id));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, ticked ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(1, criterion.description);
            m_criteria.push_back({criterion.id, criterion.weight, criterion.target});
        }
        top->setExpanded(true);
    }
    fitNameColumn();
    updateSize();
}

QFont FrameworksPage::boldFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

void FrameworksPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        const QSignalBlocker blocker(m_tree);
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            m_tree->topLevelItem(i)->setFont(0, boldFont());
        fitNameColumn();
    }
}

void FrameworksPage::fitNameColumn()
{
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + fontMetrics().averageCharWidth() * 4);
}

void FrameworksPage::setFrameworkChecked(Id frameworkId, bool checked)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        if (top->data(0, IdRole).value<Id>() == frameworkId)
            top->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

std::vector<RoundCriterion> FrameworksPage::chosen() const
{
    std::vector<RoundCriterion> criteria;
    size_t next = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int c = 0; c < top->childCount(); ++c, ++next) {
            if (top->child(c)->checkState(0) == Qt::Checked)
                criteria.push_back(m_criteria[next]);
        }
    }
    return criteria;
}

void FrameworksPage::setTouchpointCount(int count)
{
    m_touchpoints = count;
    updateSize();
}

QString FrameworksPage::problem() const
{
    if (m_criteria.empty())
        return tr("This project has no frameworks with criteria yet. Add one in the framework "
                  "editor first.");
    if (chosen().empty())
        return tr("Tick at least one criterion to go on.");
    return {};
}

void FrameworksPage::updateSize()
{
    const int criteria = int(chosen().size());
    const int questions = criteria * m_touchpoints;
    // About fifteen seconds an answer, once the questions are familiar.
    const int minutes = std::max(1, int(std::ceil(questions * 15.0 / 60.0)));
    if (criteria == 0) {
        m_size->setText(tr("No criteria ticked."));
        return;
    }
    m_size->setText(
        tr("%1 × %2 = %3, about %4. Your answers are saved as you go, so you can "
           "stop and continue later.")
            .arg(criteria == 1 ? tr("1 criterion") : tr("%1 criteria").arg(criteria),
                 m_touchpoints == 1 ? tr("1 touchpoint") : tr("%1 touchpoints").arg(m_touchpoints),
                 questions == 1 ? tr("1 answer") : tr("%1 answers").arg(questions),
                 minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes)));
}

} // namespace js::selfassessment
