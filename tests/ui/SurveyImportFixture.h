#pragma once

#include "SurveyFixtures.h"
#include "WindowTest.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/surveys/SurveyImportDialog.h"

#include <QComboBox>
#include <QPushButton>

namespace js::test {

// The demo project's window with its first journey shown, and the survey
// import dialog opened on a fixture through File > Import survey responses.
class SurveyImportFixture : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        journey = &project().journeys.front();
        window->selectionModel()->select({EntityKind::Journey, journey->id});
        settle();
    }

    SurveyImportDialog* openDialog(const QString& path)
    {
        QAction* import = action("actionImportSurvey");
        EXPECT_TRUE(import && import->isEnabled());
        if (!import)
            return nullptr;
        dialogs::testing::queueAnswer(path);
        import->trigger();
        settle();
        for (SurveyImportDialog* dialog : window->findChildren<SurveyImportDialog*>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }
    SurveyImportDialog* openFixture(const char* name)
    {
        return openDialog(surveyFixturePath(name));
    }

    Id touchpointNamed(const QString& name) const
    {
        for (const Stage& stage : project().journeys.front().stages)
            for (const Touchpoint& touchpoint : stage.touchpoints)
                if (touchpoint.name == name)
                    return touchpoint.id;
        return NoId;
    }
    const Metric* metricOf(const QString& touchpoint, MetricKind kind) const
    {
        const Id id = touchpointNamed(touchpoint);
        for (const Metric& metric : project().metrics)
            if (metric.touchpointId == id && metric.kind == kind &&
                metric.note.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String(".csv #")))
                return &metric;
        return nullptr;
    }
    static void choose(QComboBox* box, const QVariant& data)
    {
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << box->objectName().toStdString();
        box->setCurrentIndex(index);
    }
    // Presses Next as a user does.
    static void pressNext(SurveyImportDialog* dialog)
    {
        ASSERT_TRUE(dialog->nextButton()->isVisible());
        ASSERT_TRUE(dialog->nextButton()->isEnabled())
            << dialog->nextButton()->toolTip().toStdString();
        dialog->nextButton()->click();
    }
    static void collect() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }

    const Journey* journey = nullptr;
};

} // namespace js::test
