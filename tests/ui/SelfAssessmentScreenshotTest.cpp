// Screenshots of the self-assessment at the two window sizes people use
// (1280×720 on a laptop, 1920×1080 on a monitor), for looking at: each page
// of the walk, and the result of a second run with what moved. Saved in the
// temporary folder as self-assessment-<page>-<width>x<height>.png, and in
// a dark palette as …-dark.png.
#include "DarkPalette.h"
#include "SelfAssessmentFixture.h"

#include <QDir>
#include <QPalette>

namespace js::test {
namespace {

struct Shot {
    QSize size;
    bool dark = false;
};

class SelfAssessmentScreenshotTest : public SelfAssessmentFixture,
                                     public ::testing::WithParamInterface<Shot> {
protected:
    void SetUp() override
    {
        SelfAssessmentFixture::SetUp();
        m_palette = QApplication::palette();
        if (GetParam().dark)
            QApplication::setPalette(darkPalette());
    }
    void TearDown() override { QApplication::setPalette(m_palette); }

    void shoot(SelfAssessmentWizard* wizard, const char* page)
    {
        settle();
        const QSize size = GetParam().size;
        const QString path =
            QDir(QDir::tempPath())
                .filePath(QStringLiteral("self-assessment-%1-%2x%3%4.png")
                              .arg(QString::fromLatin1(page))
                              .arg(size.width())
                              .arg(size.height())
                              .arg(GetParam().dark ? QStringLiteral("-dark") : QString()));
        const QPixmap shot = wizard->grab();
        EXPECT_EQ(shot.size(), size);
        EXPECT_TRUE(shot.save(path)) << path.toStdString();
    }

    QPalette m_palette;
};

TEST_P(SelfAssessmentScreenshotTest, EveryPage)
{
    {
        // A first self-assessment, months ago.
        auto wizard = open(GetParam().size);
        toFrameworks(wizard.get());
        startWithTrixie(wizard.get());
        type(wizard.get(), QStringLiteral("233232322"
                                          "322343"));
        wizard->accept();
        document.set(document.project().rounds.back().id, &Round::date,
                     QDate::currentDate().addMonths(-4));
    }
    auto wizard = open(GetParam().size);
    shoot(wizard.get(), "journey");
    wizard->next();
    wizard->touchpointsPage()->addTouchpoint(2, QStringLiteral("Checkout page"));
    shoot(wizard.get(), "touchpoints");
    wizard->next();
    shoot(wizard.get(), "frameworks");
    startWithTrixie(wizard.get());
    type(wizard.get(), QStringLiteral("4534\b")); // back on an answered cell
    shoot(wizard.get(), "walk");
    type(wizard.get(), QStringLiteral("44"
                                      "54345"
                                      "12S12"
                                      "3N221"));
    ASSERT_EQ(wizard->step(), SelfAssessmentWizard::Step::Result);
    wizard->resultPage()->createAction(0);
    shoot(wizard.get(), "result");
    wizard->back();
    wizard->reject();

    auto again = open(GetParam().size);
    shoot(again.get(), "start");
}

INSTANTIATE_TEST_SUITE_P(SelfAssessment, SelfAssessmentScreenshotTest,
                         ::testing::Values(Shot{{1280, 720}}, Shot{{1920, 1080}},
                                           Shot{{1280, 720}, true}),
                         [](const ::testing::TestParamInfo<Shot>& info) {
                             return std::to_string(info.param.size.width()) + "x" +
                                    std::to_string(info.param.size.height()) +
                                    (info.param.dark ? "dark" : "");
                         });

} // namespace
} // namespace js::test
