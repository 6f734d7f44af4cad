// The survey figures of a touchpoint in the inspector, driven through their
// widgets: listed, edited by hand (one undo step each), added and removed, the
// few-answers mark, and in step with the document on undo.
#include "ui/mainwindow/MetricList.h"

#include "WindowTest.h"
#include "core/model/ProjectQueries.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>

namespace js {
namespace {

class MetricListTest : public test::WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        // The demo touchpoint with the most figures.
        std::map<Id, int> counts;
        for (const Metric& metric : project().metrics)
            ++counts[metric.touchpointId];
        ASSERT_FALSE(counts.empty());
        touchpoint = std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) {
                         return a.second < b.second;
                     })->first;
        ASSERT_GE(counts[touchpoint], 2);
        select(touchpoint);
    }

    void select(Id id)
    {
        window->selectionModel()->select({EntityKind::Touchpoint, id});
        settle();
    }

    template <typename W> W* field(const char* name) const
    {
        return window->inspector()->findChild<W*>(QString::fromLatin1(name));
    }

    std::vector<Metric> metricsOf(Id id) const
    {
        std::vector<Metric> metrics;
        for (const Metric& metric : project().metrics) {
            if (metric.touchpointId == id)
                metrics.push_back(metric);
        }
        return metrics;
    }

    QTreeWidget* rows() const { return field<QTreeWidget>("metricRows"); }
    MetricList* list() const { return field<MetricList>("metricList"); }
    QStringList rowTexts() const
    {
        QStringList texts;
        for (int i = 0; i < rows()->topLevelItemCount(); ++i)
            texts << rows()->topLevelItem(i)->text(0);
        return texts;
    }

    void undo()
    {
        action("actionUndo")->trigger();
        settle();
    }

    Id touchpoint = NoId;
};

TEST_F(MetricListTest, ListsTheFiguresOfTheTouchpointSelected)
{
    ASSERT_TRUE(rows() && list());
    EXPECT_EQ(list()->touchpointId(), touchpoint);
    const std::vector<Metric> metrics = metricsOf(touchpoint);
    ASSERT_EQ(rows()->topLevelItemCount(), int(metrics.size()));
    QStringList expected;
    for (const Metric& metric : metrics)
        expected << metricBadgeText(metric);
    QStringList shown = rowTexts();
    expected.sort();
    shown.sort();
    EXPECT_EQ(shown, expected);
    // The figure picked shows in the editors.
    const Metric* current = findMetric(project(), list()->currentMetric());
    ASSERT_TRUE(current);
    EXPECT_DOUBLE_EQ(field<QDoubleSpinBox>("metricValue")->value(), current->value);
    EXPECT_EQ(field<QSpinBox>("metricCount")->value(), current->count);
    EXPECT_EQ(field<QPlainTextEdit>("metricNote")->toPlainText(), current->note);
    EXPECT_EQ(field<QDateEdit>("metricDate")->date(), current->date);

    // Another touchpoint, without figures: an empty list, nothing to edit.
    for (const Stage& stage : project().journeys[0].stages) {
        for (const Touchpoint& other : stage.touchpoints) {
            if (metricsOf(other.id).empty()) {
                select(other.id);
                ASSERT_TRUE(rows());
                EXPECT_EQ(rows()->topLevelItemCount(), 0);
                EXPECT_FALSE(field<QPushButton>("removeMetric")->isEnabled());
                return;
            }
        }
    }
}

TEST_F(MetricListTest, EditingAValueChangesTheDocumentAndUndoRevertsIt)
{
    const Id id = metricsOf(touchpoint).back().id;
    list()->setCurrentMetric(id);
    const double before = findMetric(project(), id)->value;
    auto* value = field<QDoubleSpinBox>("metricValue");
    ASSERT_DOUBLE_EQ(value->value(), before);
    const int steps = document()->undoStack()->count();
    const double changed = before > 50 ? before - 7 : before + 7;
    value->setFocus();
    value->setValue(changed);
    settle();
    EXPECT_DOUBLE_EQ(findMetric(project(), id)->value, changed);
    EXPECT_EQ(document()->undoStack()->count(), steps + 1) << "one undo step";
    const QString text = document()->undoStack()->text(steps);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Change "))) << text.toStdString();
    EXPECT_TRUE(text.contains(quoted(findTouchpoint(project(), touchpoint)->name)))
        << text.toStdString();
    EXPECT_TRUE(rowTexts().contains(metricBadgeText(*findMetric(project(), id))));

    undo();
    EXPECT_DOUBLE_EQ(findMetric(project(), id)->value, before);
    EXPECT_DOUBLE_EQ(value->value(), before) << "the field follows the undo";
    EXPECT_TRUE(rowTexts().contains(metricBadgeText(*findMetric(project(), id))));
}

TEST_F(MetricListTest, AnswersNoteAndDateAreEditedOneUndoStepEach)
{
    const Id id = list()->currentMetric();
    const Metric before = *findMetric(project(), id);
    const int steps = document()->undoStack()->count();
    field<QSpinBox>("metricCount")->setValue(before.count + 5);
    auto* note = field<QPlainTextEdit>("metricNote");
    note->setPlainText(QStringLiteral("Typed by hand\non two lines"));
    QFocusEvent focusOut(QEvent::FocusOut);
    QApplication::sendEvent(note, &focusOut);
    field<QDateEdit>("metricDate")->setDate(before.date.addDays(-3));
    settle();
    const Metric after = *findMetric(project(), id);
    EXPECT_EQ(after.count, before.count + 5);
    EXPECT_EQ(after.note, QStringLiteral("Typed by hand\non two lines"));
    EXPECT_EQ(after.date, before.date.addDays(-3));
    EXPECT_EQ(document()->undoStack()->count(), steps + 3);
    undo();
    undo();
    undo();
    EXPECT_EQ(*findMetric(project(), id), before);
}

TEST_F(MetricListTest, AScaleThatIsNoScaleIsRefused)
{
    const Id id = list()->currentMetric();
    const QString before = findMetric(project(), id)->scale;
    auto* scale = field<QLineEdit>("metricScale");
    scale->setText(QStringLiteral("7-1"));
    Q_EMIT scale->editingFinished();
    settle();
    EXPECT_EQ(findMetric(project(), id)->scale, before);
    EXPECT_EQ(scale->text(), before) << "the field shows the model again";
    scale->setText(QStringLiteral("1 - 5"));
    Q_EMIT scale->editingFinished();
    settle();
    EXPECT_EQ(findMetric(project(), id)->scale, QStringLiteral("1-5"));
}

TEST_F(MetricListTest, AddAndRemoveAFigureAndUndoBoth)
{
    const size_t before = metricsOf(touchpoint).size();
    QAction* addNps = window->inspector()->findChild<QAction*>(QStringLiteral("addMetric_nps"));
    ASSERT_TRUE(addNps);
    addNps->trigger();
    settle();
    std::vector<Metric> metrics = metricsOf(touchpoint);
    ASSERT_EQ(metrics.size(), before + 1);
    const Id added = list()->currentMetric();
    const Metric* metric = findMetric(project(), added);
    ASSERT_TRUE(metric);
    EXPECT_EQ(metric->kind, MetricKind::Nps);
    EXPECT_EQ(rows()->topLevelItemCount(), int(before + 1));
    EXPECT_TRUE(document()->undoStack()->undoText().startsWith(QStringLiteral("Add NPS to ")));

    undo();
    EXPECT_EQ(metricsOf(touchpoint).size(), before);
    EXPECT_EQ(rows()->topLevelItemCount(), int(before)) << "the list follows the undo";

    const Id removed = list()->currentMetric();
    ASSERT_NE(removed, NoId);
    QTest::mouseClick(field<QPushButton>("removeMetric"), Qt::LeftButton);
    settle();
    EXPECT_FALSE(findMetric(project(), removed));
    EXPECT_EQ(rows()->topLevelItemCount(), int(before - 1));
    EXPECT_TRUE(document()->undoStack()->undoText().startsWith(QStringLiteral("Delete ")));
    undo();
    EXPECT_TRUE(findMetric(project(), removed));
    EXPECT_EQ(rows()->topLevelItemCount(), int(before));
}

TEST_F(MetricListTest, AFigureOnFewAnswersIsMarked)
{
    const Id id = list()->currentMetric();
    auto* few = field<QLabel>("metricFewAnswers");
    ASSERT_TRUE(few);
    EXPECT_FALSE(few->isVisible());
    EXPECT_TRUE(rows()->currentItem()->icon(0).isNull());
    // Elsewhere (not through the list): the list follows.
    ASSERT_TRUE(document()->set(id, &Metric::count, 12));
    settle();
    EXPECT_TRUE(few->isVisible());
    EXPECT_TRUE(few->text().contains(QStringLiteral("12")));
    EXPECT_FALSE(rows()->currentItem()->icon(0).isNull());
    EXPECT_TRUE(rows()->currentItem()->toolTip(0).contains(QStringLiteral("12 answers")));
    undo();
    EXPECT_FALSE(few->isVisible());
}

} // namespace
} // namespace js
