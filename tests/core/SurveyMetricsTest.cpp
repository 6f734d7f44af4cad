// NPS, CSAT and CES per touchpoint from the four fixture exports; every
// expected figure is worked out by hand in the comments beside it.
#include "core/analysis/SurveyMetrics.h"

#include "SurveyFixtures.h"
#include "core/analysis/SurveyColumns.h"

#include <gtest/gtest.h>

namespace js::survey {
namespace {

using test::surveyFixture;

SurveyTable read(const char* name)
{
    const QByteArray bytes = surveyFixture(name);
    return readSurvey(bytes, detectFormat(bytes));
}

const TouchpointFigures* named(const SurveyFigures& figures, const char* name)
{
    for (const TouchpointFigures& touchpoint : figures.touchpoints) {
        if (touchpoint.name == QLatin1String(name))
            return &touchpoint;
    }
    return nullptr;
}

TEST(SurveyAnswersTest, AnswersReadAsNumbersOrLabels)
{
    EXPECT_EQ(readAnswer(Question::Nps, u"9").value, 9);
    EXPECT_EQ(readAnswer(Question::Nps, u" 10 - Extremely likely").value, 10);
    EXPECT_EQ(readAnswer(Question::Nps, u"0 - Not at all likely").value, 0);
    EXPECT_EQ(readAnswer(Question::Nps, u"9,0").value, 9);
    EXPECT_EQ(readAnswer(Question::Nps, u"").state, Answer::State::Blank);
    EXPECT_EQ(readAnswer(Question::Nps, u"  ").state, Answer::State::Blank);
    EXPECT_EQ(readAnswer(Question::Nps, u"11").state, Answer::State::Invalid);
    EXPECT_EQ(readAnswer(Question::Nps, u"8.5").state, Answer::State::Invalid);
    EXPECT_EQ(readAnswer(Question::Nps, u"-1").state, Answer::State::Invalid);
    EXPECT_EQ(readAnswer(Question::Csat, u"Very satisfied").value, 5);
    EXPECT_EQ(readAnswer(Question::Csat, u"somewhat  DISSATISFIED").value, 2);
    EXPECT_EQ(readAnswer(Question::Csat, u"Neither satisfied nor dissatisfied").value, 3);
    EXPECT_EQ(readAnswer(Question::Csat, u"maybe").state, Answer::State::Invalid);
    EXPECT_EQ(readAnswer(Question::Csat, u"0").state, Answer::State::Invalid);
    EXPECT_EQ(readAnswer(Question::Ces, u"Somewhat agree").value, 5);
    EXPECT_EQ(readAnswer(Question::Ces, u"Agree", 7).value, 6);
    EXPECT_EQ(readAnswer(Question::Ces, u"Agree", 5).value, 4);
    EXPECT_EQ(readAnswer(Question::Ces, u"Somewhat agree", 5).state, Answer::State::Invalid);
    EXPECT_EQ(readAnswer(Question::Ces, u"7", 5).state, Answer::State::Invalid);
    EXPECT_EQ(readAnswer(Question::Ces, u"7").value, 7);
}

TEST(SurveyAnswersTest, ResponseDatesReadInEachToolsFormat)
{
    EXPECT_EQ(readResponseDate(u"2026-10-15 08:02:00"), QDate(2026, 10, 15));
    EXPECT_EQ(readResponseDate(u"10/04/2026 09:05:00 AM"), QDate(2026, 10, 4));
    EXPECT_EQ(readResponseDate(u"10/4/2026 18:30:00"), QDate(2026, 10, 4));
    EXPECT_EQ(readResponseDate(u"25/4/2026"), QDate(2026, 4, 25)); // no 25th month
    EXPECT_EQ(readResponseDate(u"2026/03/05 10:15:22 AM GMT+1"), QDate(2026, 3, 5));
    EXPECT_EQ(readResponseDate(u"05.03.2026 10:15"), QDate(2026, 3, 5));
    EXPECT_FALSE(readResponseDate(u"soon").isValid());
}

TEST(SurveyMetricsTest, ColumnsAreSuggestedFromTheQuestions)
{
    const SurveyTable qualtrics = read("qualtrics.csv");
    const ColumnChoice q = suggestColumns(qualtrics, {QStringLiteral("Checkout")});
    EXPECT_EQ(q.touchpoint, 4);
    EXPECT_EQ(q.nps, 5);
    EXPECT_EQ(q.csat, 6);
    EXPECT_EQ(q.ces, 7);
    EXPECT_EQ(q.cesPoints, 7);
    EXPECT_EQ(q.date, 1); // EndDate before StartDate

    const ColumnChoice monkey = suggestColumns(read("surveymonkey.csv"));
    EXPECT_EQ(monkey.nps, 6);
    EXPECT_EQ(monkey.csat, 7);
    EXPECT_EQ(monkey.ces, 8);
    EXPECT_EQ(monkey.cesPoints, 7); // "Somewhat agree" is on seven points only
    EXPECT_EQ(monkey.date, 3);
    EXPECT_EQ(monkey.touchpoint, 5); // a few names, repeated

    const ColumnChoice google =
        suggestColumns(read("googleforms.csv"), {QStringLiteral("Checkout")});
    EXPECT_EQ(google.touchpoint, -1);
    EXPECT_EQ(google.nps, 1);
    EXPECT_EQ(google.csat, 2);
    EXPECT_EQ(google.ces, 3);
    EXPECT_EQ(google.date, 0);

    const ColumnChoice european = suggestColumns(read("european.csv"));
    EXPECT_EQ(european.touchpoint, 0); // "Kontaktpunkt"
    EXPECT_EQ(european.nps, 1);
    EXPECT_EQ(european.csat, 2);
    EXPECT_EQ(european.ces, 3);
}

TEST(SurveyMetricsTest, QuestionWordsAloneDoNotPickAColumnOfOtherAnswers)
{
    // "satisfied" in the header, but the answers are free text.
    const QByteArray bytes = "Touchpoint,Why were you satisfied?,How satisfied were you?\n"
                             "Checkout,Fast delivery,5\nCheckout,Nice staff,4\n";
    const ColumnChoice choice = suggestColumns(readSurvey(bytes, detectFormat(bytes)));
    EXPECT_EQ(choice.csat, 2);
    EXPECT_EQ(choice.touchpoint, 0);
}

TEST(SurveyMetricsTest, QualtricsFigures)
{
    const SurveyTable table = read("qualtrics.csv");
    const SurveyFigures figures = computeFigures(table, suggestColumns(table));
    EXPECT_EQ(figures.responses, 11);
    // R_9 answers 11 on the NPS question (line 13, column 6): left out whole.
    ASSERT_EQ(figures.problems.size(), 1u);
    EXPECT_EQ(figures.problems[0].line, 13);
    EXPECT_EQ(figures.problems[0].column, 5);
    EXPECT_EQ(figures.problems[0].value, QStringLiteral("11"));
    EXPECT_TRUE(figures.problems[0].message.startsWith(QLatin1String("Line 13, column 6")))
        << figures.problems[0].message.toStdString();
    EXPECT_EQ(figures.skippedLines, std::vector<int>{13});
    EXPECT_EQ(figures.latest, QDate(2026, 10, 15));
    // "checkout" and "Checkout" are one; so are "Home  delivery" and "Home delivery".
    ASSERT_EQ(figures.touchpoints.size(), 3u);

    const TouchpointFigures* checkout = named(figures, "Checkout");
    ASSERT_TRUE(checkout);
    EXPECT_EQ(checkout->responses, 5);
    // NPS 10, 9, 7, 3, 8: 2 promoters, 2 passives, 1 detractor -> (2 - 1) / 5 = +20.
    EXPECT_EQ(checkout->nps.answers, 5);
    EXPECT_EQ(checkout->nps.promoters, 2);
    EXPECT_EQ(checkout->nps.passives, 2);
    EXPECT_EQ(checkout->nps.detractors, 1);
    EXPECT_DOUBLE_EQ(checkout->nps.score, 20.0);
    // Adjusted Wald: n' = 8, p = 2.75 / 8, d = 1.75 / 8:
    // 1.96 * sqrt((.5625 - .015625) / 8) * 100 = 51.25.
    EXPECT_NEAR(checkout->nps.margin, 51.25, 0.01);
    // CSAT 5, 4, 4, 2, 3: 3 of 5 satisfied = 60 %, mean 18 / 5 = 3.6.
    EXPECT_EQ(checkout->csat.answers, 5);
    EXPECT_DOUBLE_EQ(checkout->csat.percent, 60.0);
    EXPECT_DOUBLE_EQ(checkout->csat.mean, 3.6);
    // CES 7, 6, 5, 2 (one blank): mean 5.0, 3 of 4 at 5..7 = 75 %.
    EXPECT_EQ(checkout->ces.answers, 4);
    EXPECT_DOUBLE_EQ(checkout->ces.mean, 5.0);
    EXPECT_DOUBLE_EQ(checkout->ces.agreePercent, 75.0);

    const TouchpointFigures* delivery = named(figures, "Home delivery");
    ASSERT_TRUE(delivery);
    // NPS 10, 6, 0, 9 (11 left out): 2 promoters, 2 detractors -> 0.
    EXPECT_EQ(delivery->nps.answers, 4);
    EXPECT_DOUBLE_EQ(delivery->nps.score, 0.0);
    // CSAT 5, 2, 1 (one blank): 1 of 3 = 33.3 %, mean 8 / 3.
    EXPECT_EQ(delivery->csat.answers, 3);
    EXPECT_NEAR(delivery->csat.percent, 33.333, 0.001);
    EXPECT_NEAR(delivery->csat.mean, 2.667, 0.001);
    // CES 6, 3, 1, 7: mean 4.25, 2 of 4 = 50 %.
    EXPECT_DOUBLE_EQ(delivery->ces.mean, 4.25);
    EXPECT_DOUBLE_EQ(delivery->ces.agreePercent, 50.0);

    const TouchpointFigures* returns = named(figures, "Returns portal");
    ASSERT_TRUE(returns);
    EXPECT_EQ(returns->nps.answers, 0); // blank
    EXPECT_EQ(returns->csat.answers, 1);
    EXPECT_DOUBLE_EQ(returns->csat.percent, 0.0);
    EXPECT_TRUE(fewAnswers(returns->csat.answers));
}

TEST(SurveyMetricsTest, SurveyMonkeyLabelFigures)
{
    const SurveyTable table = read("surveymonkey.csv");
    const SurveyFigures figures = computeFigures(table, suggestColumns(table));
    // "maybe" as a CSAT answer: line 9, column 8.
    ASSERT_EQ(figures.problems.size(), 1u);
    EXPECT_EQ(figures.problems[0].line, 9);
    EXPECT_EQ(figures.problems[0].column, 7);
    EXPECT_EQ(figures.problems[0].value, QStringLiteral("maybe"));
    ASSERT_EQ(figures.touchpoints.size(), 4u);

    const TouchpointFigures* phone = named(figures, "Customer service phone line");
    ASSERT_TRUE(phone);
    // NPS 9, 10, 5, 8, 0: 2 promoters, 1 passive, 2 detractors -> 0.
    EXPECT_EQ(phone->nps.answers, 5);
    EXPECT_DOUBLE_EQ(phone->nps.score, 0.0);
    // n' = 8, p = d = 2.75 / 8: 1.96 * sqrt(.6875 / 8) * 100 = 57.46.
    EXPECT_NEAR(phone->nps.margin, 57.46, 0.01);
    // CSAT very 5, somewhat 4, very dis 1, neither 3, somewhat dis 2: 2 of 5 = 40 %, mean 3.
    EXPECT_DOUBLE_EQ(phone->csat.percent, 40.0);
    EXPECT_DOUBLE_EQ(phone->csat.mean, 3.0);
    // CES strongly agree 7, agree 6, disagree 2, somewhat agree 5, strongly disagree 1:
    // mean 21 / 5 = 4.2; 3 of 5 at 5..7 = 60 %.
    EXPECT_DOUBLE_EQ(phone->ces.mean, 4.2);
    EXPECT_DOUBLE_EQ(phone->ces.agreePercent, 60.0);
    EXPECT_EQ(phone->ces.points, 7);

    const TouchpointFigures* returns = named(figures, "Returns portal");
    ASSERT_TRUE(returns);
    // One NPS answer (7, a passive): 0; CSAT 5, 4: 100 %, mean 4.5;
    // CES somewhat disagree 3, neither 4: mean 3.5, none agree.
    EXPECT_EQ(returns->nps.answers, 1);
    EXPECT_EQ(returns->nps.passives, 1);
    EXPECT_DOUBLE_EQ(returns->csat.percent, 100.0);
    EXPECT_DOUBLE_EQ(returns->csat.mean, 4.5);
    EXPECT_DOUBLE_EQ(returns->ces.mean, 3.5);
    EXPECT_DOUBLE_EQ(returns->ces.agreePercent, 0.0);

    // A single detractor: -100.
    EXPECT_DOUBLE_EQ(named(figures, "Check-out")->nps.score, -100.0);
}

TEST(SurveyMetricsTest, FivePointAgreeLabels)
{
    const QByteArray bytes = "Touchpoint,It was easy to return my order\n"
                             "Returns portal,Agree\nReturns portal,Strongly agree\n"
                             "Returns portal,Disagree\nReturns portal,Neither agree nor disagree\n";
    const SurveyTable table = readSurvey(bytes, detectFormat(bytes));
    const ColumnChoice columns = suggestColumns(table);
    EXPECT_EQ(columns.ces, 1);
    EXPECT_EQ(columns.cesPoints, 5);
    const SurveyFigures figures = computeFigures(table, columns);
    ASSERT_EQ(figures.touchpoints.size(), 1u);
    // 4, 5, 2, 3: mean 3.5; 2 of 4 at 4..5 = 50 %.
    EXPECT_DOUBLE_EQ(figures.touchpoints[0].ces.mean, 3.5);
    EXPECT_DOUBLE_EQ(figures.touchpoints[0].ces.agreePercent, 50.0);
    EXPECT_EQ(figures.touchpoints[0].ces.points, 5);
}

TEST(SurveyMetricsTest, GoogleFormsForOneTouchpoint)
{
    const SurveyTable table = read("googleforms.csv");
    ColumnChoice columns = suggestColumns(table);
    columns.wholeFile = QStringLiteral("Home delivery");
    const SurveyFigures figures = computeFigures(table, columns);
    EXPECT_TRUE(figures.problems.empty());
    ASSERT_EQ(figures.touchpoints.size(), 1u);
    const TouchpointFigures& delivery = figures.touchpoints[0];
    EXPECT_EQ(delivery.responses, 7);
    // NPS 10, 9, 8, 6, 10, 2 (one blank): 3 promoters, 1 passive, 2 detractors
    // -> (3 - 2) / 6 = +16.67; margin with n' = 9, p = 3.75 / 9, d = 2.75 / 9:
    // 1.96 * sqrt((6.5/9 - (1/9)^2) / 9) * 100 = 55.05.
    EXPECT_EQ(delivery.nps.answers, 6);
    EXPECT_NEAR(delivery.nps.score, 16.667, 0.001);
    EXPECT_NEAR(delivery.nps.margin, 55.05, 0.01);
    // CSAT 5, 5, 4, 3, 4, 1: 4 of 6 = 66.7 %, mean 22 / 6 = 3.667.
    EXPECT_EQ(delivery.csat.answers, 6);
    EXPECT_NEAR(delivery.csat.percent, 66.667, 0.001);
    EXPECT_NEAR(delivery.csat.mean, 3.667, 0.001);
    // CES 7, 6, 6, 4, 5, 7, 2: mean 37 / 7 = 5.286; 5 of 7 = 71.4 %.
    EXPECT_EQ(delivery.ces.answers, 7);
    EXPECT_NEAR(delivery.ces.mean, 5.286, 0.001);
    EXPECT_NEAR(delivery.ces.agreePercent, 71.429, 0.001);
    EXPECT_EQ(figures.latest, QDate(2026, 10, 4));
}

TEST(SurveyMetricsTest, EuropeanDecimalCommasAndAFraction)
{
    const SurveyTable table = read("european.csv");
    const SurveyFigures figures = computeFigures(table, suggestColumns(table));
    // "7,5" is no whole number from 0 to 10: line 8 left out.
    ASSERT_EQ(figures.problems.size(), 1u);
    EXPECT_EQ(figures.problems[0].line, 8);
    EXPECT_EQ(figures.problems[0].value, QStringLiteral("7,5"));
    const TouchpointFigures* checkout = named(figures, "Checkout");
    ASSERT_TRUE(checkout);
    // NPS 10, "9,0", 6: 2 promoters, 1 detractor -> +33.3.
    EXPECT_EQ(checkout->nps.answers, 3);
    EXPECT_NEAR(checkout->nps.score, 33.333, 0.001);
    // CSAT 5, "4,0", 2, 3: 2 of 4 = 50 %, mean 3.5.
    EXPECT_DOUBLE_EQ(checkout->csat.percent, 50.0);
    EXPECT_DOUBLE_EQ(checkout->csat.mean, 3.5);
    // CES 7, 6, 3: mean 16 / 3, 2 of 3 agree.
    EXPECT_NEAR(checkout->ces.mean, 5.333, 0.001);
    EXPECT_NEAR(checkout->ces.agreePercent, 66.667, 0.001);
    const TouchpointFigures* delivery = named(figures, "Home delivery");
    ASSERT_TRUE(delivery);
    // NPS 8, 4: a passive and a detractor -> -50.
    EXPECT_DOUBLE_EQ(delivery->nps.score, -50.0);
    EXPECT_EQ(delivery->responses, 2);
}

TEST(SurveyMetricsTest, AResponseWithoutTouchpointIsReported)
{
    const QByteArray bytes = "Touchpoint,NPS\nCheckout,9\n,10\n";
    const SurveyTable table = readSurvey(bytes, detectFormat(bytes));
    ColumnChoice columns;
    columns.touchpoint = 0;
    columns.nps = 1;
    const SurveyFigures figures = computeFigures(table, columns);
    ASSERT_EQ(figures.problems.size(), 1u);
    EXPECT_EQ(figures.problems[0].line, 3);
    ASSERT_EQ(figures.touchpoints.size(), 1u);
    EXPECT_DOUBLE_EQ(figures.touchpoints[0].nps.score, 100.0);
}

TEST(SurveyMetricsTest, CombinedFiguresAreThoseOfAllAnswers)
{
    const SurveyTable table = read("surveymonkey.csv");
    ColumnChoice columns = suggestColumns(table);
    columns.touchpoint = 5;
    const SurveyFigures figures = computeFigures(table, columns);
    // "Gift cards" (10, 5, 7) with "Check-out" (6, 4, 6).
    const TouchpointFigures both =
        combined(*named(figures, "Gift cards"), *named(figures, "Check-out"));
    EXPECT_EQ(both.responses, 2);
    EXPECT_EQ(both.nps.answers, 2);
    EXPECT_DOUBLE_EQ(both.nps.score, 0.0);     // one promoter, one detractor
    EXPECT_NEAR(both.nps.margin, 73.34, 0.01); // n' = 5, p = d = .35: 1.96 * sqrt(.7 / 5) * 100
    EXPECT_DOUBLE_EQ(both.csat.percent, 100.0);
    EXPECT_DOUBLE_EQ(both.csat.mean, 4.5);
    EXPECT_DOUBLE_EQ(both.ces.mean, 6.5);
}

} // namespace
} // namespace js::survey
