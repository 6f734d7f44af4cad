// Screenshots of the self-assessment at the two window sizes people use
// (1280×720 on a laptop, 1920×1080 on a monitor), for looking at: each page
// of the walk, and the result of a second run with what moved. Saved in the
// temporary folder as self-assessment-<page>-<width>x<height>.png.
#include "SelfAssessmentFixture.h"

#include <QDir>

namespace js::test {
namespace {

class SelfAssessmentScreenshotTest : public SelfAssessmentFixture,
                                     public ::testing::WithParamInterface<QSize> {
protected:
    void shoot(SelfAssessmentWizard* wizard, const char* page)
    {
        settle();
        const QSize size = GetParam();
        const QString path = QDir(QDir::tempPath())
                                 .filePath(QStringLiteral("self-assessment-%1-%2x%3.png")
                                               .arg(QString::fromLatin1(page))
                                               .arg(size.width())
                                               .arg(size.height()));
        const QPixmap shot = wizard->grab();
        EXPECT_EQ(shot.size(), size);
        EXPECT_TRUE(shot.save(path)) << path.toStdString();
    }
};

TEST_P(SelfAssessmentScreenshotTest, EveryPage)
{
    {
        // A first self-assessment, months ago.
        auto wizard = open(GetParam());
        toFrameworks(wizard.get());
        startWithTrixie(wizard.get());
        type(wizard.get(), QStringLiteral("233232322"
                                          "322343"));
        wizard->accept();
        document.set(document.project().rounds.back().id, &Round::date,
                     QDate::currentDate().addMonths(-4));
    }
    auto wizard = open(GetParam());
    shoot(wizard.get(), "journey");
    wizard->next();
    wizard->touchpointsPage()->addTouchpoint(2, QStringLiteral("Checkout page"));
    shoot(wizard.get(), "touchpoints");
    wizard->next();
    shoot(wizard.get(), "frameworks");
    startWithTrixie(wizard.get());
    type(wizard.get(), QStringLiteral("4534"));
    shoot(wizard.get(), "walk");
    type(wizard.get(), QStringLiteral("4"
                                      "54345"
                                      "12S12"
                                      "3N221"));
    ASSERT_EQ(wizard->step(), SelfAssessmentWizard::Step::Result);
    wizard->resultPage()->createAction(0);
    shoot(wizard.get(), "result");
    wizard->back();
    wizard->reject();

    auto again = open(GetParam());
    shoot(again.get(), "start");
}

INSTANTIATE_TEST_SUITE_P(SelfAssessment, SelfAssessmentScreenshotTest,
                         ::testing::Values(QSize(1280, 720), QSize(1920, 1080)),
                         [](const ::testing::TestParamInfo<QSize>& info) {
                             return std::to_string(info.param.width()) + "x" +
                                    std::to_string(info.param.height());
                         });

} // namespace
} // namespace js::test
