// File > Export…: the dialog on the demo project, driven through its widgets
// with the file dialogs answered by the test.
#include "ui/report/ExportDialog.h"

#include "WindowTest.h"
#include "core/model/ProjectQueries.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/report/ExportPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace js {
namespace {

class ExportDialogTest : public test::WindowTest {
protected:
    ExportDialog* openDialog()
    {
        action("actionExport")->trigger();
        ExportDialog* dialog = shownDialog();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        }
        return dialog;
    }
    ExportDialog* shownDialog() const
    {
        for (ExportDialog* dialog : window->findChildren<ExportDialog*>()) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }
    // Runs the deletions a closed dialog asked for.
    static void collect() { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); }
    template <typename W> static W* field(ExportDialog* dialog, const char* name)
    {
        auto* widget = dialog->findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    static void choose(ExportDialog* dialog, const char* name, const QVariant& data)
    {
        auto* box = field<QComboBox>(dialog, name);
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << name;
        box->setCurrentIndex(index);
    }
    static void chooseKind(ExportDialog* dialog, ExportDialog::Kind kind)
    {
        field<QComboBox>(dialog, "exportKind")->setCurrentIndex(int(kind));
    }
    // Waits for the preview's timer as a user would.
    static void waitForPreview(ExportDialog* dialog)
    {
        EXPECT_TRUE(QTest::qWaitFor([dialog] { return !dialog->isPreviewPending(); }, 3000));
    }
    static int inkedPixels(const QImage& image)
    {
        const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
        int count = 0;
        for (int y = 0; y < rgb.height(); y += 2) {
            const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            for (int x = 0; x < rgb.width(); x += 2)
                count += qGray(line[x]) < 200 ? 1 : 0;
        }
        return count;
    }
    static int pdfPages(const QString& path)
    {
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {path});
        if (!pdfinfo.waitForFinished(20000) || pdfinfo.exitCode() != 0)
            return -1;
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                .match(QString::fromUtf8(pdfinfo.readAllStandardOutput()));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }
    // The files of the test's folder besides the project.
    QStringList leftovers() const
    {
        QStringList names = QDir(QFileInfo(path).absolutePath())
                                .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeIf([](const QString& name) { return name.startsWith(u"Fernbrook.journey"); });
        return names;
    }
};

TEST_F(ExportDialogTest, FileMenuOpensItWithCtrlE)
{
    QAction* exportAction = action("actionExport");
    ASSERT_NE(exportAction, nullptr);
    EXPECT_EQ(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    EXPECT_TRUE(exportAction->isEnabled());
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    // Export JSON… stays.
    EXPECT_NE(action("actionExportJson"), nullptr);
}

TEST_F(ExportDialogTest, PosterPreviewShowsTheFirstPageAndItsCount)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->kind(), ExportDialog::Kind::Poster);
    settle();
    const ExportPreview* preview = dialog->preview();
    EXPECT_TRUE(preview->problem().isEmpty()) << preview->problem().toStdString();
    ASSERT_FALSE(preview->image().isNull());
    EXPECT_GT(inkedPixels(preview->image()), 500);
    EXPECT_GE(preview->pageCount(), 1);
    EXPECT_TRUE(preview->caption().contains(QStringLiteral("page")))
        << preview->caption().toStdString();
    EXPECT_TRUE(dialog->exportButton()->isEnabled());
}

TEST_F(ExportDialogTest, OnePageOnA4ExplainsTheSmallTextAndRefusesToExport)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, "exportPage", int(QPageSize::A4));
    choose(dialog, "exportFit", int(PosterFit::OnePage));
    // The preview follows after a pause, not at once.
    EXPECT_TRUE(dialog->isPreviewPending());
    waitForPreview(dialog);
    const QString problem = dialog->preview()->problem();
    EXPECT_TRUE(problem.contains(QStringLiteral("6 pt"))) << problem.toStdString();
    EXPECT_FALSE(dialog->exportButton()->isEnabled());
    EXPECT_EQ(dialog->exportButton()->toolTip(), problem);

    choose(dialog, "exportFit", int(PosterFit::Tile));
    waitForPreview(dialog);
    EXPECT_TRUE(dialog->preview()->problem().isEmpty());
    EXPECT_TRUE(dialog->exportButton()->isEnabled());
    EXPECT_GT(dialog->preview()->pageCount(), 1);
    EXPECT_TRUE(dialog->preview()->caption().contains(QStringLiteral("×")))
        << dialog->preview()->caption().toStdString();
}

TEST_F(ExportDialogTest, ExportedPosterHasThePagesThePreviewCounted)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, "exportPage", int(QPageSize::A4));
    choose(dialog, "exportFit", int(PosterFit::Tile));
    waitForPreview(dialog);
    const int pages = dialog->preview()->pageCount();
    ASSERT_GT(pages, 1);
    const QString target = dir.path(QStringLiteral("Poster.pdf"));
    dialogs::testing::queueAnswer(target);
    dialog->exportButton()->click();
    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty());
    ASSERT_TRUE(QFile::exists(target));
    EXPECT_EQ(pdfPages(target), pages);
    collect();
    EXPECT_EQ(window->findChild<ExportDialog*>(), nullptr) << "the dialog closes";
    EXPECT_EQ(window->statusBar()->currentMessage(), QStringLiteral("Exported to Poster.pdf"));
}

TEST_F(ExportDialogTest, TheFileNameSaysWhatTheFileIs)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    waitForPreview(dialog);
    // A PDF named like a picture gets the extension of what it is.
    dialogs::testing::queueAnswer(dir.path(QStringLiteral("poster.png")));
    dialog->exportButton()->click();
    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty());
    EXPECT_FALSE(QFile::exists(dir.path(QStringLiteral("poster.png"))));
    ASSERT_TRUE(QFile::exists(dir.path(QStringLiteral("poster.pdf"))));
    EXPECT_GT(pdfPages(dir.path(QStringLiteral("poster.pdf"))), 0);
}

TEST_F(ExportDialogTest, ReopeningRestoresTheChoices)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, "exportPage", int(QPageSize::A2));
    choose(dialog, "exportOrientation", false);
    choose(dialog, "exportFit", int(PosterFit::Tile));
    field<QDoubleSpinBox>(dialog, "exportMargins")->setValue(17);
    chooseKind(dialog, ExportDialog::Kind::Table);
    choose(dialog, "exportTable", int(exporting::Table::Actions));
    field<QCheckBox>(dialog, "exportByteOrderMark")->setChecked(true);
    dialog->reject();
    collect();
    ASSERT_EQ(window->findChild<ExportDialog*>(), nullptr);

    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->kind(), ExportDialog::Kind::Table);
    const exporting::ExportRequest request = dialog->request();
    EXPECT_EQ(request.table, exporting::Table::Actions);
    EXPECT_TRUE(request.byteOrderMark);
    chooseKind(dialog, ExportDialog::Kind::Poster);
    const exporting::ExportRequest poster = dialog->request();
    EXPECT_EQ(poster.page, QPageSize::A2);
    EXPECT_FALSE(poster.landscape);
    EXPECT_EQ(poster.fit, PosterFit::Tile);
    EXPECT_EQ(poster.marginMm, 17.0);
}

TEST_F(ExportDialogTest, SaveAsCarriesTheChoicesToTheCopy)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    chooseKind(dialog, ExportDialog::Kind::Mermaid);
    dialog->reject();
    collect();
    dialogs::testing::queueAnswer(dir.path(QStringLiteral("Copy.journey")));
    ASSERT_TRUE(window->saveAs());
    dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->kind(), ExportDialog::Kind::Mermaid);
}

TEST_F(ExportDialogTest, StartsWithTheWindowsJourneyAndItsLatestRound)
{
    ASSERT_GE(project().journeys.size(), 2u);
    const Journey& second = project().journeys[1];
    window->selectionModel()->select({EntityKind::Journey, second.id});
    settle();
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    const exporting::ExportRequest request = dialog->request();
    EXPECT_EQ(request.journeyId, second.id);
    const Round* latest = latestRound(project(), second.id);
    EXPECT_EQ(request.roundId, latest ? latest->id : NoId);
    EXPECT_TRUE(dialog->preview()->problem().isEmpty());
}

TEST_F(ExportDialogTest, CsvWithByteOrderMarkStartsWithIt)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    chooseKind(dialog, ExportDialog::Kind::Table);
    EXPECT_TRUE(field<QCheckBox>(dialog, "exportByteOrderMark")->isVisibleTo(dialog));
    EXPECT_FALSE(field<QComboBox>(dialog, "exportPage")->isVisibleTo(dialog));
    field<QCheckBox>(dialog, "exportByteOrderMark")->setChecked(true);
    waitForPreview(dialog);
    EXPECT_TRUE(dialog->preview()->text().startsWith(QStringLiteral("journey,")))
        << dialog->preview()->text().left(80).toStdString();
    const QString target = dir.path(QStringLiteral("Ratings.csv"));
    dialogs::testing::queueAnswer(target);
    dialog->exportButton()->click();
    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty());
    EXPECT_TRUE(test::readBytes(target).startsWith("\xEF\xBB\xBF"));
}

TEST_F(ExportDialogTest, CancelledExportLeavesNothingAndStaysOpen)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    choose(dialog, "exportPage", int(QPageSize::A4));
    choose(dialog, "exportFit", int(PosterFit::Tile));
    waitForPreview(dialog);
    dialog->setCancelAfterPagesForTesting(1);
    const QString target = dir.path(QStringLiteral("Cancelled.pdf"));
    dialogs::testing::queueAnswer(target);
    dialog->exportButton()->click();
    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty());
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(u' ').toStdString();
    collect();
    EXPECT_EQ(shownDialog(), dialog);
}

TEST_F(ExportDialogTest, TheReportPreviewsItsCoverOnItsOwnUprightA4Paper)
{
    ExportDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    chooseKind(dialog, ExportDialog::Kind::Report);
    waitForPreview(dialog);
    const ExportPreview* preview = dialog->preview();
    EXPECT_TRUE(field<QWidget>(dialog, "exportConsultant")->isVisibleTo(dialog));
    EXPECT_FALSE(field<QComboBox>(dialog, "exportFit")->isVisibleTo(dialog));
    EXPECT_TRUE(preview->problem().isEmpty()) << preview->problem().toStdString();
    EXPECT_GT(preview->pageCount(), 10);
    EXPECT_TRUE(dialog->exportButton()->isEnabled());
    EXPECT_EQ(dialog->request().page, QPageSize::A4);
    EXPECT_FALSE(dialog->request().landscape);
    EXPECT_DOUBLE_EQ(dialog->request().marginMm, exporting::ReportMarginMm);

    // The poster keeps its own paper, and each keeps what it was given.
    choose(dialog, "exportPage", int(QPageSize::Letter));
    chooseKind(dialog, ExportDialog::Kind::Poster);
    EXPECT_EQ(dialog->request().page, QPageSize::A3);
    EXPECT_TRUE(dialog->request().landscape);
    chooseKind(dialog, ExportDialog::Kind::Table);
    chooseKind(dialog, ExportDialog::Kind::Report);
    EXPECT_EQ(dialog->request().page, QPageSize::Letter);
}

} // namespace
} // namespace js
