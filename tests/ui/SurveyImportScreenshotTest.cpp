// Pictures of the survey import for the README and for looking at: the
// format page with its preview and the result page, on the Qualtrics
// fixture against the demo project. Written to the folder in
// JOURNEYSCOPE_SCREENSHOTS (scripts/screenshots.sh passes docs/screenshots)
// as survey-import-preview.png and survey-import-result.png, else to the
// temporary folder; and there at the two window sizes people use as
// survey-import-<page>-<width>x<height>.png.
#include "SurveyImportFixture.h"
#include "ui/surveys/SurveyFormatPage.h"

#include <QDir>
#include <QPixmap>
#include <QTableView>

namespace js {
namespace {

using Step = SurveyImportDialog::Step;

class SurveyImportScreenshotTest : public test::SurveyImportFixture {
protected:
    static constexpr QSize Size{1120, 640};
    static QString folder()
    {
        const QString given = qEnvironmentVariable("JOURNEYSCOPE_SCREENSHOTS");
        return given.isEmpty() ? QDir::tempPath() : given;
    }
    // The README's pictures go to folder(), the others to the temporary folder.
    void shoot(SurveyImportDialog* dialog, const QString& name, bool readme = false)
    {
        settle();
        const QPixmap shot = dialog->grab();
        // No page asks for more room than the dialog was given.
        EXPECT_EQ(shot.size(), Size) << name.toStdString();
        const QString path =
            QDir(readme ? folder() : QDir::tempPath()).filePath(name + QStringLiteral(".png"));
        EXPECT_TRUE(shot.save(path)) << path.toStdString();
    }
};

TEST_F(SurveyImportScreenshotTest, PreviewAndResult)
{
    SurveyImportDialog* dialog = openFixture("qualtrics.csv");
    ASSERT_TRUE(dialog);
    // On a projector's 1280×720 the dialog fits with the window around it.
    EXPECT_LE(dialog->width(), 1280);
    EXPECT_LE(dialog->height(), 700);
    dialog->resize(Size);
    shoot(dialog, QStringLiteral("survey-import-preview"), true);
    pressNext(dialog);
    shoot(dialog, QStringLiteral("survey-import-columns"));
    pressNext(dialog);
    shoot(dialog, QStringLiteral("survey-import-problems"));
    pressNext(dialog);
    shoot(dialog, QStringLiteral("survey-import-matching"));
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Result);
    shoot(dialog, QStringLiteral("survey-import-result"), true);
    dialog->reject();
}

TEST_F(SurveyImportScreenshotTest, SmallestAndLargestSizes)
{
    for (const QSize size : {QSize(1280, 720) * 0.94, QSize(1920, 1080) * 0.6}) {
        SurveyImportDialog* dialog = openFixture("surveymonkey.csv");
        ASSERT_TRUE(dialog);
        dialog->resize(size);
        const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
        const QString base = QDir(QDir::tempPath()).filePath(QStringLiteral("survey-import-"));
        settle();
        EXPECT_EQ(dialog->size(), size);
        EXPECT_TRUE(dialog->grab().save(base + QStringLiteral("preview") + suffix +
                                        QStringLiteral(".png")));
        while (dialog->step() != Step::Result && dialog->nextButton()->isEnabled())
            dialog->next();
        settle();
        EXPECT_EQ(dialog->size(), size);
        EXPECT_TRUE(
            dialog->grab().save(base + QStringLiteral("result") + suffix + QStringLiteral(".png")));
        dialog->reject();
        settle();
        collect();
    }
}

} // namespace
} // namespace js
