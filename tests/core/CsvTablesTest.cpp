// CSV tables for spreadsheets: RFC 4180 quoting, UTF-8 with an optional
// byte-order mark, the ratings in long format, weak spots and actions.
#include "core/io/CsvTables.h"

#include "AnalysisProject.h"
#include "core/analysis/RoundResults.h"

#include <gtest/gtest.h>

namespace js::csv {
namespace {

using P = test::AnalysisProject;

TEST(CsvTest, QuotesOnlyWhatNeedsQuoting)
{
    EXPECT_EQ(field(QStringLiteral("Checkout")), QStringLiteral("Checkout"));
    EXPECT_EQ(field(QStringLiteral("Ads, social")), QStringLiteral("\"Ads, social\""));
    EXPECT_EQ(field(QStringLiteral("the \"best\" page")),
              QStringLiteral("\"the \"\"best\"\" page\""));
    EXPECT_EQ(field(QStringLiteral("line one\nline two")),
              QStringLiteral("\"line one\nline two\""));
    EXPECT_EQ(field(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
    EXPECT_EQ(field(QString()), QString());
}

TEST(CsvTest, TextThatASpreadsheetWouldRunStaysText)
{
    EXPECT_EQ(field(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    EXPECT_EQ(field(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    EXPECT_EQ(field(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
    EXPECT_EQ(field(QStringLiteral("-cmd")), QStringLiteral("'-cmd"));
    EXPECT_EQ(field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    // Numbers keep their sign, and other text is left alone.
    EXPECT_EQ(field(QStringLiteral("-1.5")), QStringLiteral("-1.5"));
    EXPECT_EQ(field(QStringLiteral("+2")), QStringLiteral("+2"));
    EXPECT_EQ(field(QStringLiteral("a=b")), QStringLiteral("a=b"));
}

TEST(CsvTest, WritesUtf8RowsEndingInCrLfWithAnOptionalByteOrderMark)
{
    Table table;
    table.header = {QStringLiteral("name"), QStringLiteral("note")};
    table.rows = {{QStringLiteral("Café Größe"), QStringLiteral("“quoted”, with a comma")}};
    const QByteArray plain = document(table);
    EXPECT_EQ(plain, QByteArray("name,note\r\n") +
                         QStringLiteral("Café Größe,\"“quoted”, with a comma\"\r\n").toUtf8());
    const QByteArray marked = document(table, true);
    EXPECT_TRUE(marked.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(marked.mid(3), plain);
}

TEST(CsvTest, RatingsInLongFormatOneRowPerRatersRating)
{
    test::AnalysisProject p = test::AnalysisProject::rated();
    p.project.ratings[RatingKey{P::Round, P::Rita, P::Receipt, P::Trust}] =
        Rating{Rating::NotRated, QStringLiteral("Nobody, I think, reads it")};
    const Table table = ratings(p.project);
    ASSERT_EQ(table.header.size(), 9);
    EXPECT_EQ(table.header.front(), QStringLiteral("journey"));
    // The fixture's ratings: the Ad 3 + 3 + 3, Search 3 + 1, Checkout 3 + 2 + 3
    // (scores and N/A), and the note alone.
    EXPECT_EQ(table.rows.size(), 21 + 1);
    // Rita first, the Ad first, Trust first: her 1.
    EXPECT_EQ(table.rows.front(),
              (QStringList{QStringLiteral("Online shop"), QStringLiteral("Awareness"),
                           QStringLiteral("Instagram ad"), QStringLiteral("TRIXIE"),
                           QStringLiteral("Trust"), QStringLiteral("Baseline"),
                           QStringLiteral("Rita"), QStringLiteral("1"), QString()}));
    int notApplicable = 0;
    bool note = false;
    for (const QStringList& row : table.rows) {
        notApplicable += row[7] == QLatin1String("N/A");
        if (row[8] == QLatin1String("Nobody, I think, reads it")) {
            note = true;
            EXPECT_EQ(row[7], QString());
            EXPECT_EQ(row[2], QStringLiteral("Receipt email"));
        }
    }
    EXPECT_EQ(notApplicable, 4); // the Ad's Clarity by Lea, Checkout's by all three
    EXPECT_TRUE(note);
    // The note's comma is quoted in the file.
    EXPECT_TRUE(document(table).contains("\"Nobody, I think, reads it\""));
}

TEST(CsvTest, WeakSpotsKeepTheirRankAndFigures)
{
    const test::AnalysisProject p = test::AnalysisProject::rated();
    const auto spots = analysis::weakSpots(p.project, analysis::computeRound(p.project, P::Round));
    const Table table = weakSpots(p.project, spots);
    ASSERT_EQ(table.rows.size(), qsizetype(spots.size()));
    ASSERT_FALSE(table.rows.isEmpty());
    const QStringList& top = table.rows.front();
    EXPECT_EQ(top[0], QStringLiteral("1"));
    EXPECT_EQ(top[3], QStringLiteral("Checkout")); // Relevance 1.5 against 4, importance 4
    EXPECT_EQ(top[5], QStringLiteral("Relevance"));
    EXPECT_EQ(top[7], QStringLiteral("1.50"));
    EXPECT_EQ(top[13], QStringLiteral("10.00"));
}

TEST(CsvTest, ActionsWithTheirTouchpointAndIsoDates)
{
    test::AnalysisProject p;
    Action action;
    action.id = 900;
    action.title = QStringLiteral("Rewrite the checkout, step by step");
    action.touchpointId = P::Checkout;
    action.criterionId = P::Relevance;
    action.owner = QStringLiteral("Web team");
    action.due = QDate(2026, 12, 24);
    action.status = ActionStatus::InProgress;
    p.project.actions.push_back(action);
    const Table table = actions(p.project);
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows.front()[1], QStringLiteral("Checkout"));
    EXPECT_EQ(table.rows.front()[4], QStringLiteral("2026-12-24"));
    EXPECT_EQ(table.rows.front()[5], QStringLiteral("in-progress"));
    EXPECT_TRUE(document(table).contains("\"Rewrite the checkout, step by step\""));
}

TEST(CsvTest, MetricsWithTheirTouchpointKeysAndPlainNumbers)
{
    test::AnalysisProject p;
    Metric ces;
    ces.id = 901;
    ces.touchpointId = P::Checkout;
    ces.kind = MetricKind::Ces;
    ces.value = 5.25;
    ces.count = 48;
    ces.scale = QStringLiteral("1-7");
    ces.date = QDate(2026, 2, 14);
    ces.note = QStringLiteral("Survey, February");
    Metric nps;
    nps.id = 902;
    nps.touchpointId = P::Ad;
    nps.kind = MetricKind::Nps;
    nps.value = -12.0;
    nps.count = 1250000;
    p.project.metrics = {ces, nps};
    const Table table = metrics(p.project);
    EXPECT_EQ(table.header, (QStringList{QStringLiteral("journey"), QStringLiteral("stage"),
                                         QStringLiteral("touchpoint"), QStringLiteral("kind"),
                                         QStringLiteral("value"), QStringLiteral("count"),
                                         QStringLiteral("scale"), QStringLiteral("date"),
                                         QStringLiteral("note")}));
    ASSERT_EQ(table.rows.size(), 2);
    EXPECT_EQ(table.rows[0],
              (QStringList{QStringLiteral("Online shop"), QStringLiteral("Purchase"),
                           QStringLiteral("Checkout"), QStringLiteral("ces"),
                           QStringLiteral("5.25"), QStringLiteral("48"), QStringLiteral("1-7"),
                           QStringLiteral("2026-02-14"), QStringLiteral("Survey, February")}));
    // A whole figure without decimals, a large count without an exponent,
    // no date for a metric without one.
    EXPECT_EQ(table.rows[1][1], QStringLiteral("Awareness"));
    EXPECT_EQ(table.rows[1][3], QStringLiteral("nps"));
    EXPECT_EQ(table.rows[1][4], QStringLiteral("-12"));
    EXPECT_EQ(table.rows[1][5], QStringLiteral("1250000"));
    EXPECT_EQ(table.rows[1][7], QString());
    EXPECT_TRUE(document(table).contains("\"Survey, February\""));
}

TEST(CsvTest, GermanSpreadsheetsGetDecimalCommasSemicolonsAndGermanDates)
{
    const Format german = Format::forLocale(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(german.delimiter, u';');
    EXPECT_EQ(german.number(1250000.5, 2), QStringLiteral("1250000,50")); // no grouping
    EXPECT_EQ(german.date(QDate(2026, 12, 24)), QStringLiteral("24.12.2026"));
    EXPECT_EQ(Format::forLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)).delimiter, u',');

    test::AnalysisProject rated = test::AnalysisProject::rated();
    const Table table = weakSpots(
        rated.project,
        analysis::weakSpots(rated.project, analysis::computeRound(rated.project, P::Round)),
        german);
    ASSERT_FALSE(table.rows.isEmpty());
    EXPECT_EQ(table.rows.front()[7], QStringLiteral("1,50"));
    EXPECT_EQ(table.rows.front()[13], QStringLiteral("10,00"));

    Metric ces;
    ces.id = 901;
    ces.touchpointId = P::Checkout;
    ces.kind = MetricKind::Ces;
    ces.value = 5.25;
    ces.date = QDate(2026, 2, 14);
    ces.note = QStringLiteral("Survey; February");
    rated.project.metrics = {ces};
    const Table figures = metrics(rated.project, german);
    ASSERT_EQ(figures.rows.size(), 1);
    EXPECT_EQ(figures.rows[0][4], QStringLiteral("5,25"));
    EXPECT_EQ(figures.rows[0][7], QStringLiteral("14.02.2026"));
    // A semicolon in a field is quoted; a comma no longer needs to be.
    const QByteArray bytes = document(figures, false, german.delimiter);
    EXPECT_TRUE(bytes.startsWith("journey;stage;touchpoint;kind;value;"));
    EXPECT_TRUE(bytes.contains(";5,25;")) << bytes.constData();
    EXPECT_TRUE(bytes.contains("\"Survey; February\"")) << bytes.constData();
}

} // namespace
} // namespace js::csv
