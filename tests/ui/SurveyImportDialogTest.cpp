// File > Import survey responses with the real window on the demo project:
// the fixtures of tests/fixtures/survey driven through every step of the
// dialog, their figures checked against the hand-worked ones of
// tests/core/SurveyMetricsTest.cpp.
#include "ProjectDiff.h"
#include "SurveyImportFixture.h"
#include "ui/surveys/SurveyColumnsPage.h"
#include "ui/surveys/SurveyFormatPage.h"
#include "ui/surveys/SurveyMatchingPage.h"
#include "ui/surveys/SurveyPreviewModel.h"
#include "ui/surveys/SurveyProblemsPage.h"
#include "ui/surveys/SurveyResultPage.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

namespace js {
namespace {

using Step = SurveyImportDialog::Step;

class SurveyImportDialogTest : public test::SurveyImportFixture {};

TEST_F(SurveyImportDialogTest, QualtricsEndToEndAddsTheFiguresAsOneUndoStep)
{
    const Project before = project();
    const int steps = document()->undoStack()->count();
    SurveyImportDialog* dialog = openFixture("qualtrics.csv");
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);

    // Format: detected, and the preview shows the responses under their questions.
    SurveyFormatPage* format = dialog->formatPage();
    EXPECT_EQ(dialog->step(), Step::Format);
    EXPECT_EQ(format->delimiterBox()->currentData().toString(), QStringLiteral(","));
    EXPECT_EQ(format->encodingBox()->currentText(), QStringLiteral("UTF-8"));
    EXPECT_EQ(format->headerRowsBox()->value(), 3);
    EXPECT_TRUE(format->problemText().isEmpty());
    SurveyPreviewModel* preview = format->previewModel();
    QAbstractItemModelTester tester(preview, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(preview->rowCount(), 11);
    EXPECT_EQ(preview->columnCount(), 9);
    EXPECT_TRUE(preview->headerData(5, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("How likely are you to recommend")));
    EXPECT_EQ(preview->index(0, 4).data().toString(), QStringLiteral("Checkout"));
    EXPECT_EQ(preview->headerData(0, Qt::Vertical).toInt(), 4); // the file's line
    EXPECT_TRUE(format->summaryText().contains(QStringLiteral("11 responses")))
        << format->summaryText().toStdString();

    // A wrong delimiter: every record is one field; the preview follows at once.
    choose(format->delimiterBox(), QStringLiteral(";"));
    EXPECT_EQ(preview->columnCount(), 1);
    EXPECT_TRUE(preview->index(0, 0).data().toString().startsWith(
        QLatin1String("2026-10-01 09:00:00,2026-10-01 09:04:10")));
    choose(format->delimiterBox(), QStringLiteral(","));
    EXPECT_EQ(preview->columnCount(), 9);
    // One header row too few: the import ids read as a response.
    format->headerRowsBox()->setValue(2);
    EXPECT_EQ(preview->rowCount(), 12);
    format->headerRowsBox()->setValue(3);
    EXPECT_EQ(preview->rowCount(), 11);

    // Columns: suggested, and marked so.
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Columns);
    SurveyColumnsPage* columns = dialog->columnsPage();
    EXPECT_EQ(columns->touchpointBox()->currentData().toInt(), 4);
    EXPECT_EQ(columns->npsBox()->currentData().toInt(), 5);
    EXPECT_EQ(columns->csatBox()->currentData().toInt(), 6);
    EXPECT_EQ(columns->cesBox()->currentData().toInt(), 7);
    EXPECT_EQ(columns->cesPointsBox()->currentData().toInt(), 7);
    EXPECT_TRUE(columns->isMarkedSuggested(columns->npsBox()));
    EXPECT_TRUE(columns->isMarkedSuggested(columns->touchpointBox()));
    // No question at all is no import.
    for (QComboBox* box : {columns->npsBox(), columns->csatBox(), columns->cesBox()})
        choose(box, -1);
    EXPECT_FALSE(columns->isMarkedSuggested(columns->npsBox()));
    EXPECT_FALSE(dialog->nextButton()->isEnabled());
    EXPECT_FALSE(columns->problem().isEmpty());
    choose(columns->npsBox(), 5);
    choose(columns->csatBox(), 6);
    choose(columns->cesBox(), 7);
    EXPECT_TRUE(columns->isMarkedSuggested(columns->cesBox()));

    // Problems: R_9's NPS answer of 11, with its line and column.
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Problems);
    const QStringList problems = dialog->problemsPage()->messages();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].startsWith(QLatin1String("Line 13, column 6")))
        << problems[0].toStdString();
    EXPECT_TRUE(dialog->nextButton()->text().contains(QStringLiteral("Skip")));

    // Matching: every name the file uses, with its responses.
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Matching);
    SurveyMatchingPage* matching = dialog->matchingPage();
    ASSERT_EQ(matching->nameCount(), 3);
    const int checkout = matching->row(QStringLiteral("Checkout"));
    ASSERT_GE(checkout, 0);
    EXPECT_EQ(matching->match(checkout), SurveyMatchingPage::Match::Exact);
    EXPECT_EQ(matching->table()->item(checkout, 1)->text(), QStringLiteral("5"));
    EXPECT_EQ(matching->touchpointBox(checkout)->currentText(), QStringLiteral("Checkout"));
    // "Home  delivery" is "Home delivery": one name of 4 used responses (R_9 skipped).
    const int delivery = matching->row(QStringLiteral("Home delivery"));
    ASSERT_GE(delivery, 0);
    EXPECT_EQ(matching->table()->item(delivery, 1)->text(), QStringLiteral("4"));

    // Result: per touchpoint, with the answers each rests on, marked as few.
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Result);
    SurveyResultPage* result = dialog->resultPage();
    EXPECT_EQ(result->table()->rowCount(), 3);
    const QString nps = result->cellText(QStringLiteral("Checkout"), SurveyResultPage::NpsColumn);
    EXPECT_TRUE(nps.startsWith(QStringLiteral("+20 ± 51"))) << nps.toStdString();
    EXPECT_TRUE(nps.contains(QStringLiteral("5 answers"))) << nps.toStdString();
    const QString csat = result->cellText(QStringLiteral("Checkout"), SurveyResultPage::CsatColumn);
    EXPECT_TRUE(csat.startsWith(QStringLiteral("60% (mean 3.6 of 5)"))) << csat.toStdString();
    const QString ces = result->cellText(QStringLiteral("Checkout"), SurveyResultPage::CesColumn);
    EXPECT_TRUE(ces.startsWith(QStringLiteral("5.0 of 7 (75% agree)"))) << ces.toStdString();
    EXPECT_TRUE(ces.contains(QStringLiteral("4 answers"))) << ces.toStdString();
    EXPECT_FALSE(result->table()->item(0, SurveyResultPage::NpsColumn)->icon().isNull());
    EXPECT_EQ(result->cellText(QStringLiteral("Returns portal"), SurveyResultPage::NpsColumn),
              QStringLiteral("—"));
    EXPECT_FALSE(result->replacesText().contains(QStringLiteral("replaces")));
    EXPECT_TRUE(result->summaryText().contains(QStringLiteral("1 response with answers off")))
        << result->summaryText().toStdString();
    // It says where the figures go, and why some are marked.
    EXPECT_TRUE(result->summaryText().contains(
        QStringLiteral("of \u201cFirst patio furniture order\u201d")))
        << result->summaryText().toStdString();
    EXPECT_TRUE(result->showsFewAnswersNote());
    EXPECT_EQ(test::firstDifference(project(), before), ""); // nothing yet

    ASSERT_TRUE(dialog->importButton()->isVisible());
    dialog->importButton()->click();
    settle();
    collect();
    EXPECT_TRUE(window->findChildren<SurveyImportDialog*>().isEmpty());

    // Checkout NPS, CSAT and CES; Home delivery three; Returns portal CSAT and CES.
    ASSERT_EQ(project().metrics.size(), before.metrics.size() + 8);
    const Metric* checkoutNps = metricOf(QStringLiteral("Checkout"), MetricKind::Nps);
    ASSERT_TRUE(checkoutNps);
    EXPECT_DOUBLE_EQ(checkoutNps->value, 20.0);
    EXPECT_EQ(checkoutNps->count, 5);
    EXPECT_TRUE(checkoutNps->note.startsWith(QLatin1String("qualtrics.csv #")));
    const Metric* checkoutCsat = metricOf(QStringLiteral("Checkout"), MetricKind::Csat);
    ASSERT_TRUE(checkoutCsat);
    EXPECT_DOUBLE_EQ(checkoutCsat->value, 60.0);
    const Metric* deliveryCes = metricOf(QStringLiteral("Home delivery"), MetricKind::Ces);
    ASSERT_TRUE(deliveryCes);
    EXPECT_DOUBLE_EQ(deliveryCes->value, 4.25);
    EXPECT_EQ(metricOf(QStringLiteral("Returns portal"), MetricKind::Nps), nullptr);

    // One undo step takes all of it out.
    EXPECT_EQ(document()->undoStack()->count(), steps + 1);
    action("actionUndo")->trigger();
    settle();
    EXPECT_EQ(test::firstDifference(project(), before), "");
}

TEST_F(SurveyImportDialogTest, ImportingTheSameFileAgainReplacesItsFigures)
{
    for (int run = 0; run < 2; ++run) {
        SurveyImportDialog* dialog = openFixture("qualtrics.csv");
        ASSERT_TRUE(dialog);
        for (int step = 0; step < 4 && dialog->step() != Step::Result; ++step)
            pressNext(dialog);
        ASSERT_EQ(dialog->step(), Step::Result);
        const QString replaces = dialog->resultPage()->replacesText();
        if (run == 0)
            EXPECT_FALSE(replaces.contains(QStringLiteral("replaces"))) << replaces.toStdString();
        else
            EXPECT_TRUE(replaces.contains(
                QStringLiteral("replaces 8 figures from an earlier import of this file")))
                << replaces.toStdString();
        dialog->importButton()->click();
        EXPECT_EQ(dialog->outcome().added, 8);
        EXPECT_EQ(dialog->outcome().replaced, run == 0 ? 0 : 8);
        settle();
        collect();
    }
    int fromFile = 0;
    for (const Metric& metric : project().metrics)
        fromFile += metric.note.startsWith(QLatin1String("qualtrics.csv #")) ? 1 : 0;
    EXPECT_EQ(fromFile, 8);
}

TEST_F(SurveyImportDialogTest, CancelChangesNothing)
{
    const Project before = project();
    const int steps = document()->undoStack()->count();
    SurveyImportDialog* dialog = openFixture("qualtrics.csv");
    ASSERT_TRUE(dialog);
    for (int step = 0; step < 4 && dialog->step() != Step::Result; ++step)
        pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Result);
    dialog->findChild<QPushButton*>(QStringLiteral("surveyCancel"))->click();
    settle();
    collect();
    EXPECT_TRUE(window->findChildren<SurveyImportDialog*>().isEmpty());
    EXPECT_EQ(document()->undoStack()->count(), steps);
    EXPECT_EQ(test::firstDifference(project(), before), "");
}

TEST_F(SurveyImportDialogTest, EuropeanWindows1252PreviewsItsUmlautsAndSemicolons)
{
    SurveyImportDialog* dialog = openFixture("european.csv");
    ASSERT_TRUE(dialog);
    SurveyFormatPage* format = dialog->formatPage();
    EXPECT_EQ(format->encodingBox()->currentText(), QStringLiteral("Windows-1252"));
    EXPECT_EQ(format->delimiterBox()->currentData().toString(), QStringLiteral(";"));
    SurveyPreviewModel* preview = format->previewModel();
    EXPECT_EQ(preview->columnCount(), 5);
    EXPECT_EQ(preview->index(2, 4).data().toString(),
              QStringLiteral("Lieferung für 49 €, zu teuer"));
    EXPECT_EQ(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Kontaktpunkt"));
    // Read as UTF-8 the accents break; back in Windows-1252 they are right again.
    choose(format->encodingBox(), static_cast<int>(text::Encoding::Utf8));
    EXPECT_TRUE(preview->index(2, 4).data().toString().contains(QChar::ReplacementCharacter));
    choose(format->encodingBox(), static_cast<int>(text::Encoding::Windows1252));
    EXPECT_EQ(preview->index(2, 4).data().toString(),
              QStringLiteral("Lieferung für 49 €, zu teuer"));

    pressNext(dialog);
    EXPECT_EQ(dialog->columnsPage()->touchpointBox()->currentData().toInt(), 0);
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Problems); // "7,5"
    EXPECT_TRUE(dialog->problemsPage()->messages().value(0).contains(QStringLiteral("7,5")));
    pressNext(dialog);
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Result);
    const QString nps =
        dialog->resultPage()->cellText(QStringLiteral("Checkout"), SurveyResultPage::NpsColumn);
    EXPECT_TRUE(nps.startsWith(QStringLiteral("+33"))) << nps.toStdString();
}

TEST_F(SurveyImportDialogTest, GoogleFormsForOneTouchpointOfTheWholeFile)
{
    SurveyImportDialog* dialog = openFixture("googleforms.csv");
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->formatPage()->headerRowsBox()->value(), 1);
    pressNext(dialog);
    SurveyColumnsPage* columns = dialog->columnsPage();
    // No column names a touchpoint: the whole file is about one, to pick.
    EXPECT_EQ(columns->touchpointBox()->currentData().toInt(), -1);
    EXPECT_TRUE(columns->wholeFileBox()->isVisible());
    EXPECT_FALSE(dialog->nextButton()->isEnabled());
    columns->wholeFileBox()->setCurrentIndex(
        columns->wholeFileBox()->findText(QStringLiteral("Home delivery")));
    EXPECT_EQ(columns->choice().wholeFile, QStringLiteral("Home delivery"));
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Matching); // no problems
    ASSERT_EQ(dialog->matchingPage()->nameCount(), 1);
    EXPECT_EQ(dialog->matchingPage()->match(0), SurveyMatchingPage::Match::Exact);
    EXPECT_EQ(dialog->matchingPage()->table()->item(0, 1)->text(), QStringLiteral("7"));
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Result);
    const QString nps = dialog->resultPage()->cellText(QStringLiteral("Home delivery"),
                                                       SurveyResultPage::NpsColumn);
    EXPECT_TRUE(nps.startsWith(QStringLiteral("+17 ± 55"))) << nps.toStdString();
    dialog->importButton()->click();
    settle();
    const Metric* deliveryNps = metricOf(QStringLiteral("Home delivery"), MetricKind::Nps);
    ASSERT_TRUE(deliveryNps);
    EXPECT_NEAR(deliveryNps->value, 16.667, 0.001);
    EXPECT_EQ(deliveryNps->count, 6);
    const Metric* deliveryCes = metricOf(QStringLiteral("Home delivery"), MetricKind::Ces);
    ASSERT_TRUE(deliveryCes);
    EXPECT_NEAR(deliveryCes->value, 5.286, 0.001);
}

TEST_F(SurveyImportDialogTest, UnmatchedAndCloseNamesAreListedNotDropped)
{
    SurveyImportDialog* dialog = openFixture("surveymonkey.csv");
    ASSERT_TRUE(dialog);
    pressNext(dialog);
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Problems); // "maybe"
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Matching);
    SurveyMatchingPage* matching = dialog->matchingPage();
    ASSERT_EQ(matching->nameCount(), 4);
    const int gift = matching->row(QStringLiteral("Gift cards"));
    ASSERT_GE(gift, 0);
    EXPECT_EQ(matching->match(gift), SurveyMatchingPage::Match::NotImported);
    EXPECT_EQ(matching->matchText(gift), QStringLiteral("Not in the journey — not imported"));
    EXPECT_EQ(matching->touchpointBox(gift)->currentData().value<qint64>(), NoId);
    const int close = matching->row(QStringLiteral("Check-out"));
    ASSERT_GE(close, 0);
    EXPECT_EQ(matching->match(close), SurveyMatchingPage::Match::Close);
    EXPECT_EQ(matching->matchText(close), QStringLiteral("Close match — check"));
    EXPECT_EQ(matching->touchpointBox(close)->currentText(), QStringLiteral("Checkout"));

    pressNext(dialog);
    EXPECT_TRUE(
        dialog->resultPage()->summaryText().contains(QStringLiteral("Not imported: Gift cards")))
        << dialog->resultPage()->summaryText().toStdString();
    // By hand, the unmatched name goes to a touchpoint after all.
    dialog->back();
    choose(matching->touchpointBox(gift),
           QVariant::fromValue<qint64>(touchpointNamed(QStringLiteral("Fernbrook app"))));
    EXPECT_EQ(matching->match(gift), SurveyMatchingPage::Match::ByHand);
    EXPECT_EQ(matching->touchpointOfName().count(normalizedName(u"Gift cards")), 1u);
    pressNext(dialog);
    EXPECT_FALSE(dialog->resultPage()->summaryText().contains(QStringLiteral("Not imported")));
    EXPECT_FALSE(dialog->resultPage()
                     ->cellText(QStringLiteral("Fernbrook app"), SurveyResultPage::NpsColumn)
                     .isEmpty());
    dialog->reject();
}

TEST_F(SurveyImportDialogTest, AFileThatIsNoCsvIsExplainedAndChangesNothing)
{
    const Project before = project();
    const QString picture = dir.path(QStringLiteral("photo.csv"));
    static const char header[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";
    QByteArray png(header, sizeof header - 1);
    for (int i = 0; i < 200; ++i)
        png.append(static_cast<char>((i * 37) % 256));
    ASSERT_TRUE(test::writeBytes(picture, png));
    EXPECT_EQ(openDialog(picture), nullptr);
    QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("is not a CSV file")))
        << messages[0].toStdString();

    const QString empty = dir.path(QStringLiteral("empty.csv"));
    ASSERT_TRUE(test::writeBytes(empty, "\n \r\n"));
    EXPECT_EQ(openDialog(empty), nullptr);
    messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("empty"))) << messages[0].toStdString();

    EXPECT_EQ(openDialog(dir.path(QStringLiteral("missing.csv"))), nullptr);
    EXPECT_EQ(dialogs::testing::takeMessages().size(), 1);
    EXPECT_EQ(test::firstDifference(project(), before), "");
}

TEST_F(SurveyImportDialogTest, AFileProblemIsShownAndBlocksGoingOn)
{
    const QString broken = dir.path(QStringLiteral("broken.csv"));
    ASSERT_TRUE(test::writeBytes(broken, "Touchpoint,NPS\nCheckout,9\nCheckout,\"10\n"));
    SurveyImportDialog* dialog = openDialog(broken);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->formatPage()->problemText().contains(QStringLiteral("Line 3")))
        << dialog->formatPage()->problemText().toStdString();
    EXPECT_FALSE(dialog->nextButton()->isEnabled());
    dialog->next();
    EXPECT_EQ(dialog->step(), Step::Format);
    // Only header rows: no responses, said so.
    dialog->formatPage()->headerRowsBox()->setValue(3);
    EXPECT_FALSE(dialog->formatPage()->problemText().isEmpty());
    EXPECT_FALSE(dialog->nextButton()->isEnabled());
    dialog->reject();
}

TEST_F(SurveyImportDialogTest, ALargeFileIsReadOnceAndPreviewsItsFirstRows)
{
    const QString large = dir.path(QStringLiteral("large.csv"));
    QByteArray bytes = "Touchpoint,How likely are you to recommend us?,How satisfied were you?\n";
    bytes.reserve(2'500'000);
    for (int i = 0; i < 100'000; ++i)
        bytes += (i % 2 ? "Checkout," : "Home delivery,") + QByteArray::number(i % 11) + ',' +
                 QByteArray::number(1 + i % 5) + '\n';
    ASSERT_TRUE(test::writeBytes(large, bytes));
    SurveyImportDialog* dialog = openDialog(large);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->table().rows.size(), 100'000u);
    EXPECT_EQ(dialog->formatPage()->previewModel()->rowCount(), SurveyPreviewModel::MaxRows);
    EXPECT_TRUE(dialog->formatPage()->summaryText().contains(QStringLiteral("first 50")))
        << dialog->formatPage()->summaryText().toStdString();
    pressNext(dialog);
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Matching);
    EXPECT_EQ(dialog->matchingPage()->table()->item(0, 1)->text(), QLocale().toString(50'000));
    pressNext(dialog);
    ASSERT_EQ(dialog->step(), Step::Result);
    // 50,000 answers each: nothing rests on few answers, so no note says so.
    EXPECT_FALSE(dialog->resultPage()->showsFewAnswersNote());
    dialog->reject();
}

} // namespace
} // namespace js
