// `journeyscope survey`, run as a user runs it: the real binary on the four
// survey fixtures, whose figures are worked out by hand in
// tests/core/SurveyMetricsTest.cpp. --into is in SurveyIntoCliTest.cpp.
#include "CliRunner.h"
#include "SurveyRuns.h"
#include "TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace js::test {
namespace {

// The JSON a run printed, with its exit code checked; stdout must be JSON only.
QJsonObject json(const QString& path, const QStringList& more = {})
{
    const Outcome run = journeyscope(survey(path, QStringList{QStringLiteral("--json")} + more));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return document.object();
}

QJsonObject touchpoint(const QJsonObject& report, const QString& name)
{
    for (const QJsonValue& value : report[u"touchpoints"].toArray()) {
        if (value[u"touchpoint"].toString() == name)
            return value.toObject();
    }
    ADD_FAILURE() << "no touchpoint " << name.toStdString();
    return {};
}

TEST(SurveyCliTest, QualtricsFiguresAsJson)
{
    const QJsonObject report = json(fixture("qualtrics.csv"));
    EXPECT_EQ(number(report, "rows"), 11);
    const QJsonArray touchpoints = report[u"touchpoints"].toArray();
    ASSERT_EQ(touchpoints.size(), 3);

    // NPS 10, 9, 7, 3, 8 → +20 (±51.25); CSAT 5, 4, 4, 2, 3 → 60 %, mean 3.6;
    // CES 7, 6, 5, 2 → mean 5, 75 % agree.
    const QJsonObject checkout = touchpoint(report, QStringLiteral("Checkout"));
    EXPECT_EQ(number(checkout, "responses"), 5);
    EXPECT_EQ(number(checkout, "nps"), 20);
    EXPECT_EQ(number(checkout, "nps_n"), 5);
    EXPECT_NEAR(number(checkout, "nps_margin"), 51.25, 0.005);
    EXPECT_EQ(number(checkout, "csat"), 60);
    EXPECT_EQ(number(checkout, "csat_mean"), 3.6);
    EXPECT_EQ(number(checkout, "csat_n"), 5);
    EXPECT_EQ(number(checkout, "ces"), 5);
    EXPECT_EQ(number(checkout, "ces_agree"), 75);
    EXPECT_EQ(number(checkout, "ces_n"), 4);
    EXPECT_EQ(checkout[u"few_answers"], QJsonValue(true));

    // NPS 10, 6, 0, 9 → 0; CSAT 5, 2, 1 → 33.33 %, mean 2.67; CES 6, 3, 1, 7 → 4.25, 50 %.
    const QJsonObject delivery = touchpoint(report, QStringLiteral("Home delivery"));
    EXPECT_EQ(number(delivery, "nps"), 0);
    EXPECT_EQ(number(delivery, "nps_n"), 4);
    EXPECT_EQ(number(delivery, "csat"), 33.33);
    EXPECT_EQ(number(delivery, "csat_mean"), 2.67);
    EXPECT_EQ(number(delivery, "ces"), 4.25);
    EXPECT_EQ(number(delivery, "ces_agree"), 50);

    // The Returns portal's one NPS answer is blank: no score, and a count of 0.
    const QJsonObject returns = touchpoint(report, QStringLiteral("Returns portal"));
    EXPECT_TRUE(returns[u"nps"].isNull());
    EXPECT_EQ(number(returns, "nps_n"), 0);
    EXPECT_EQ(number(returns, "csat"), 0);
    EXPECT_EQ(number(returns, "csat_n"), 1);

    // R_9 answers 11 on the NPS question (line 13, column 6).
    const QJsonArray skipped = report[u"skipped"].toArray();
    ASSERT_EQ(skipped.size(), 1);
    const QJsonObject problem = skipped[0].toObject();
    EXPECT_EQ(number(problem, "line"), 13);
    EXPECT_EQ(number(problem, "column"), 6);
    EXPECT_EQ(problem[u"value"].toString(), QStringLiteral("11"));
    EXPECT_TRUE(problem[u"message"].toString().startsWith(QLatin1String("Line 13, column 6")));

    const QJsonObject columns = report[u"columns"].toObject();
    EXPECT_EQ(number(columns[u"touchpoint"].toObject(), "column"), 5);
    EXPECT_EQ(number(columns[u"nps"].toObject(), "column"), 6);
    EXPECT_EQ(columns[u"nps"][u"detected"], QJsonValue(true));
    EXPECT_EQ(number(columns[u"ces"].toObject(), "points"), 7);
    EXPECT_EQ(report[u"latest"].toString(), QStringLiteral("2026-10-15"));
}

TEST(SurveyCliTest, JsonRunsSayThePicksOnStandardError)
{
    const Outcome run = journeyscope(survey(fixture("qualtrics.csv"), {QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.trimmed().startsWith(u'{'));
    EXPECT_TRUE(run.out.trimmed().endsWith(u'}'));
    EXPECT_TRUE(run.err.contains(QStringLiteral("NPS: column 6 “How likely are you to "
                                                "recommend Fernbro…” (detected)")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Touchpoint: column 5"))) << run.err.toStdString();
}

TEST(SurveyCliTest, SurveyMonkeyLabelsAsJson)
{
    const QJsonObject report = json(fixture("surveymonkey.csv"));
    EXPECT_EQ(report[u"touchpoints"].toArray().size(), 4);
    // NPS 9, 10, 5, 8, 0 → 0 (±57.46); CSAT labels 5, 4, 1, 3, 2 → 40 %, mean 3;
    // CES labels 7, 6, 2, 5, 1 → mean 4.2, 60 % agree.
    const QJsonObject phone = touchpoint(report, QStringLiteral("Customer service phone line"));
    EXPECT_EQ(number(phone, "nps"), 0);
    EXPECT_EQ(number(phone, "nps_margin"), 57.46);
    EXPECT_EQ(number(phone, "csat"), 40);
    EXPECT_EQ(number(phone, "csat_mean"), 3);
    EXPECT_EQ(number(phone, "ces"), 4.2);
    EXPECT_EQ(number(phone, "ces_agree"), 60);
    EXPECT_EQ(number(phone, "ces_n"), 5);
    EXPECT_EQ(number(touchpoint(report, QStringLiteral("Check-out")), "nps"), -100);
    const QJsonObject returns = touchpoint(report, QStringLiteral("Returns portal"));
    EXPECT_EQ(number(returns, "csat"), 100);
    EXPECT_EQ(number(returns, "csat_mean"), 4.5);
    EXPECT_EQ(number(returns, "ces_agree"), 0);

    // "maybe" as a CSAT answer: line 9, column 8.
    const QJsonArray skipped = report[u"skipped"].toArray();
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(number(skipped[0].toObject(), "line"), 9);
    EXPECT_EQ(number(skipped[0].toObject(), "column"), 8);
    EXPECT_EQ(skipped[0][u"value"].toString(), QStringLiteral("maybe"));
}

TEST(SurveyCliTest, EuropeanSemicolonsAndDecimalCommasAsJson)
{
    const QJsonObject report = json(fixture("european.csv"));
    // NPS 10, "9,0", 6 → +33.33; CSAT 5, "4,0", 2, 3 → 50 %, mean 3.5;
    // CES 7, 6, 3 → mean 5.33, 66.67 % agree.
    const QJsonObject checkout = touchpoint(report, QStringLiteral("Checkout"));
    EXPECT_EQ(number(checkout, "nps"), 33.33);
    EXPECT_EQ(number(checkout, "nps_n"), 3);
    EXPECT_EQ(number(checkout, "csat"), 50);
    EXPECT_EQ(number(checkout, "csat_mean"), 3.5);
    EXPECT_EQ(number(checkout, "ces"), 5.33);
    EXPECT_EQ(number(checkout, "ces_agree"), 66.67);
    EXPECT_EQ(number(touchpoint(report, QStringLiteral("Home delivery")), "nps"), -50);
    // "7,5" is no whole number from 0 to 10: line 8 left out.
    const QJsonArray skipped = report[u"skipped"].toArray();
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(number(skipped[0].toObject(), "line"), 8);
    EXPECT_EQ(skipped[0][u"value"].toString(), QStringLiteral("7,5"));
    const QJsonObject format = report[u"format"].toObject();
    EXPECT_EQ(format[u"delimiter"].toString(), QStringLiteral(";"));
    EXPECT_EQ(format[u"encoding"].toString(), QStringLiteral("Windows-1252"));
}

TEST(SurveyCliTest, AFileAboutOneTouchpointNeedsItNamed)
{
    // Google Forms has no touchpoint column: the user says what it rates.
    const Outcome unnamed = journeyscope(survey(fixture("googleforms.csv")));
    EXPECT_EQ(unnamed.exitCode, 2);
    EXPECT_TRUE(unnamed.err.contains(QStringLiteral("--whole-file"))) << unnamed.err.toStdString();
    EXPECT_TRUE(unnamed.out.isEmpty());

    const QJsonObject report = json(fixture("googleforms.csv"), {QStringLiteral("--whole-file"),
                                                                 QStringLiteral("Home delivery")});
    const QJsonArray touchpoints = report[u"touchpoints"].toArray();
    ASSERT_EQ(touchpoints.size(), 1);
    const QJsonObject delivery = touchpoints[0].toObject();
    EXPECT_EQ(delivery[u"touchpoint"].toString(), QStringLiteral("Home delivery"));
    EXPECT_EQ(number(delivery, "responses"), 7);
    // NPS 10, 9, 8, 6, 10, 2 → +16.67 (±55.05); CSAT 5, 5, 4, 3, 4, 1 → 66.67 %,
    // mean 3.67; CES 7, 6, 6, 4, 5, 7, 2 → mean 5.29, 71.43 % agree.
    EXPECT_EQ(number(delivery, "nps"), 16.67);
    EXPECT_EQ(number(delivery, "nps_n"), 6);
    EXPECT_EQ(number(delivery, "nps_margin"), 55.05);
    EXPECT_EQ(number(delivery, "csat"), 66.67);
    EXPECT_EQ(number(delivery, "csat_mean"), 3.67);
    EXPECT_EQ(number(delivery, "ces"), 5.29);
    EXPECT_EQ(number(delivery, "ces_agree"), 71.43);
    EXPECT_EQ(number(delivery, "ces_n"), 7);
    EXPECT_TRUE(report[u"skipped"].toArray().isEmpty());
    EXPECT_EQ(report[u"columns"][u"whole_file"].toString(), QStringLiteral("Home delivery"));

    const Outcome both = journeyscope(survey(
        fixture("googleforms.csv"), {QStringLiteral("--whole-file"), QStringLiteral("Checkout"),
                                     QStringLiteral("--touchpoint"), QStringLiteral("1")}));
    EXPECT_EQ(both.exitCode, 2);
}

TEST(SurveyCliTest, AColumnByNumberOrByHeaderText)
{
    const QJsonObject detected = json(fixture("qualtrics.csv"));
    for (const QString& nps :
         {QStringLiteral("6"), QStringLiteral("Q2"),
          QStringLiteral("how likely are you to recommend Fernbrook to a friend or colleague?")}) {
        const QJsonObject given = json(fixture("qualtrics.csv"), {QStringLiteral("--nps"), nps});
        EXPECT_EQ(given[u"touchpoints"], detected[u"touchpoints"]) << nps.toStdString();
        EXPECT_EQ(given[u"columns"][u"nps"][u"detected"], QJsonValue(false));
    }

    // The CSAT column named as the NPS question: its answers 5, 4,0, 2, 3 are
    // all detractors, and the detected CSAT pick gives way.
    const QJsonObject moved =
        json(fixture("european.csv"), {QStringLiteral("--nps"), QStringLiteral("3")});
    const QJsonObject checkout = touchpoint(moved, QStringLiteral("Checkout"));
    EXPECT_EQ(number(checkout, "nps"), -100);
    EXPECT_EQ(number(checkout, "nps_n"), 4);
    EXPECT_FALSE(checkout.contains(u"csat"));
    EXPECT_FALSE(moved[u"columns"].toObject().contains(u"csat"));
    EXPECT_TRUE(moved[u"skipped"].toArray().isEmpty()); // "7,5" is no longer read

    const Outcome text = journeyscope(survey(
        fixture("european.csv"), {QStringLiteral("--touchpoint"), QStringLiteral("Kontaktpunkt")}));
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Touchpoint: column 1 “Kontaktpunkt” (given)")))
        << text.out.toStdString();
}

TEST(SurveyCliTest, AnUnknownColumnIsAUsageError)
{
    const Outcome named = journeyscope(
        survey(fixture("qualtrics.csv"), {QStringLiteral("--nps"), QStringLiteral("Loyalty")}));
    EXPECT_EQ(named.exitCode, 2);
    EXPECT_TRUE(named.err.contains(QStringLiteral("“Loyalty”"))) << named.err.toStdString();
    EXPECT_TRUE(named.err.contains(QStringLiteral("--nps")));
    EXPECT_TRUE(named.out.isEmpty());
    const Outcome numbered = journeyscope(
        survey(fixture("qualtrics.csv"), {QStringLiteral("--ces"), QStringLiteral("42")}));
    EXPECT_EQ(numbered.exitCode, 2);
    EXPECT_TRUE(numbered.err.contains(QStringLiteral("“42”"))) << numbered.err.toStdString();
}

TEST(SurveyCliTest, BadOptionsAreUsageErrors)
{
    const Outcome encoding = journeyscope(
        survey(fixture("european.csv"), {QStringLiteral("--encoding"), QStringLiteral("ebcdic")}));
    EXPECT_EQ(encoding.exitCode, 2);
    EXPECT_TRUE(encoding.err.contains(QStringLiteral("“ebcdic”")));
    EXPECT_TRUE(encoding.err.contains(QStringLiteral("Windows-1252")))
        << encoding.err.toStdString();

    const QString path = fixture("qualtrics.csv");
    const std::vector<QStringList> wrong = {
        {QStringLiteral("--delimiter"), QStringLiteral(":")},
        {QStringLiteral("--header-rows"), QStringLiteral("9")},
        {QStringLiteral("--header-rows"), QStringLiteral("two")},
        {QStringLiteral("--ces-scale"), QStringLiteral("6")},
        {QStringLiteral("--journey"), QStringLiteral("First patio furniture order")},
        {QStringLiteral("--nps")},
        {QStringLiteral("--csv")},
        {QStringLiteral("-n")},
        {path},
    };
    for (const QStringList& more : wrong) {
        const Outcome run = journeyscope(survey(path, more));
        EXPECT_EQ(run.exitCode, 2) << more.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("usage: journeyscope survey")))
            << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_EQ(journeyscope({QStringLiteral("survey")}).exitCode, 2);
}

TEST(SurveyCliTest, FormatOptionsAreUsed)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("tabs.txt"));
    ASSERT_TRUE(
        writeBytes(path, "Touchpoint\tHow satisfied were you?\nCheckout\t5\nCheckout\t2\n"));
    for (const char* delimiter : {"tab", "\\t"}) {
        const QJsonObject report =
            json(path, {QStringLiteral("--delimiter"), QLatin1String(delimiter)});
        EXPECT_EQ(number(touchpoint(report, QStringLiteral("Checkout")), "csat"), 50) << delimiter;
    }
    // Read with two header rows, the first response is a header.
    const QJsonObject two = json(path, {QStringLiteral("--header-rows"), QStringLiteral("2")});
    EXPECT_EQ(number(two, "rows"), 1);
    // "f\xfcr" in Windows-1252, read as UTF-8 with --encoding, is no "für".
    const QString german = dir.path(QStringLiteral("de.csv"));
    ASSERT_TRUE(writeBytes(german, "Kontaktpunkt;Zufrieden?\nF\xfcr Sie;5\n"));
    EXPECT_EQ(touchpoint(json(german), QStringLiteral("Für Sie"))[u"csat"], QJsonValue(100));
    const QJsonObject utf8 = json(german, {QStringLiteral("--encoding"), QStringLiteral("utf8")});
    EXPECT_EQ(utf8[u"format"][u"encoding"].toString(), QStringLiteral("UTF-8"));
    EXPECT_NE(utf8[u"touchpoints"][0][u"touchpoint"].toString(), QStringLiteral("Für Sie"));
}

TEST(SurveyCliTest, AFileLargerThanAnySurveyExportIsRefusedBeforeItIsRead)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("huge.csv"));
    ASSERT_TRUE(writeBytes(path, "Touchpoint,How satisfied were you?\nCheckout,5\n"));
    // A sparse file: it takes no room on the disk, but reading it would take
    // 300 MB of memory.
    QFile file(path);
    ASSERT_TRUE(file.resize(qint64(300) * 1024 * 1024));
    const Outcome run = journeyscope(survey(path));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("too large for a survey export (300 MB; at most "
                                                "256 MB are read)")))
        << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(SurveyCliTest, AMetricWithoutItsQuestionHasNoKeysAndNoColumn)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("nps.csv"));
    ASSERT_TRUE(writeBytes(path, "Touchpoint,How likely are you to recommend us?\n"
                                 "Checkout,9\nCheckout,10\nCheckout,3\n"));
    const QJsonObject report = json(path);
    const QJsonObject checkout = touchpoint(report, QStringLiteral("Checkout"));
    EXPECT_EQ(number(checkout, "nps"), 33.33);
    EXPECT_EQ(number(checkout, "nps_n"), 3);
    for (const char* key : {"csat", "csat_mean", "csat_n", "ces", "ces_agree", "ces_n"})
        EXPECT_FALSE(checkout.contains(QLatin1String(key))) << key;
    const Outcome text = journeyscope(survey(path));
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("NPS \u00b1margin (n)")));
    EXPECT_FALSE(text.out.contains(QStringLiteral("CSAT % (mean, n)")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("CSAT: none found"))) << text.out.toStdString();
    // --ces-scale for a file without a CES question is a mistake worth saying.
    EXPECT_EQ(
        journeyscope(survey(path, {QStringLiteral("--ces-scale"), QStringLiteral("5")})).exitCode,
        2);
}

TEST(SurveyCliTest, TheCesScaleIsDetectedFromItsLabelsOrGiven)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("returns.csv"));
    ASSERT_TRUE(writeBytes(path, "Touchpoint,It was easy to return my order\n"
                                 "Returns portal,Agree\nReturns portal,Strongly agree\n"
                                 "Returns portal,Disagree\nReturns portal,Neither agree nor "
                                 "disagree\n"));
    // On five points: 4, 5, 2, 3 → mean 3.5, 2 of 4 agree.
    const QJsonObject five = json(path);
    EXPECT_EQ(number(five[u"columns"][u"ces"].toObject(), "points"), 5);
    EXPECT_EQ(number(touchpoint(five, QStringLiteral("Returns portal")), "ces"), 3.5);
    EXPECT_EQ(number(touchpoint(five, QStringLiteral("Returns portal")), "ces_agree"), 50);
    // Told seven: 6, 7, 2, 4 → mean 4.75.
    const QJsonObject seven = json(path, {QStringLiteral("--ces-scale"), QStringLiteral("7")});
    EXPECT_EQ(number(seven[u"columns"][u"ces"].toObject(), "points"), 7);
    EXPECT_EQ(number(touchpoint(seven, QStringLiteral("Returns portal")), "ces"), 4.75);
}

TEST(SurveyCliTest, TheTableShowsFiguresMarksAndSkippedLines)
{
    const Outcome run = journeyscope(survey(fixture("qualtrics.csv")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n');
    EXPECT_TRUE(lines.contains(
        QStringLiteral("NPS: column 6 “How likely are you to recommend Fernbro…” (detected)")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("(detected; answers 1 to 7)")));
    QString checkout;
    for (const QString& line : lines) {
        if (line.startsWith(u"Checkout"))
            checkout = line;
    }
    EXPECT_TRUE(checkout.contains(QStringLiteral("+20 \u00b151 (5)*"))) << checkout.toStdString();
    EXPECT_TRUE(checkout.contains(QStringLiteral("60% (3.6, 5)*"))) << checkout.toStdString();
    EXPECT_TRUE(checkout.contains(QStringLiteral("5.0 (75%, 4)*"))) << checkout.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("* rests on fewer than 30 answers")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Skipped 1 response")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("  Line 13, column 6"))) << run.out.toStdString();
    // The columns line up: every figure starts where its heading does.
    const QString heading = lines.value(lines.indexOf(QString()) + 1);
    EXPECT_EQ(checkout.indexOf(QStringLiteral("60%")), heading.indexOf(QStringLiteral("CSAT")))
        << heading.toStdString() << '\n'
        << checkout.toStdString();
}

TEST(SurveyCliTest, AFileThatIsNoSurveyFailsWithItsProblem)
{
    TempDir dir;
    const QString empty = dir.path(QStringLiteral("empty.csv"));
    ASSERT_TRUE(writeBytes(empty, ""));
    const QString quote = dir.path(QStringLiteral("quote.csv"));
    ASSERT_TRUE(writeBytes(quote, "Touchpoint,NPS\nCheckout,9\n\"Checkout,10\nCheckout,8\n"));
    const QString binary = dir.path(QStringLiteral("workbook.csv"));
    ASSERT_TRUE(writeBytes(binary, QByteArray("PK\x03\x04\x14\0\0\0\x08\0Touchpoint,NPS\n", 25)));
    for (const QString& path : {empty, quote, binary}) {
        const Outcome run = journeyscope(survey(path));
        EXPECT_EQ(run.exitCode, 1) << path.toStdString();
        EXPECT_TRUE(run.err.contains(path)) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_TRUE(journeyscope(survey(quote)).err.contains(QStringLiteral("Line 3")));
    EXPECT_TRUE(journeyscope(survey(binary)).err.contains(QStringLiteral("not a CSV file")));
    const Outcome missing = journeyscope(survey(dir.path(QStringLiteral("gone.csv"))));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
}

TEST(SurveyCliTest, HelpNamesTheVerb)
{
    const Outcome help = journeyscope({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("survey SURVEY.csv"))) << help.out.toStdString();
}

} // namespace
} // namespace js::test
