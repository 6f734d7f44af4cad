// Reading survey exports: encodings, delimiters, header rows and quoting are
// detected the way each tool writes them, and every field reads as written.
#include "core/io/SurveyCsv.h"

#include "SurveyFixtures.h"
#include "core/io/TextDecoding.h"

#include <gtest/gtest.h>

namespace js::survey {
namespace {

using test::surveyFixture;

TEST(SurveyCsvTest, QualtricsHasThreeHeaderRowsABomAndCrlf)
{
    const QByteArray bytes = surveyFixture("qualtrics.csv");
    ASSERT_FALSE(bytes.isEmpty());
    const CsvFormat format = detectFormat(bytes);
    EXPECT_EQ(format.encoding, text::Encoding::Utf8);
    EXPECT_EQ(format.delimiter, QLatin1Char(','));
    EXPECT_EQ(format.headerRows, 3);

    const SurveyTable table = readSurvey(bytes, format);
    EXPECT_TRUE(table.problem.isEmpty()) << table.problem.toStdString();
    EXPECT_EQ(table.columnCount, 9);
    ASSERT_EQ(table.rows.size(), 11u);
    // The BOM is not part of the first header.
    EXPECT_EQ(table.headers[0][0], QStringLiteral("StartDate"));
    // Titles are the question texts, not the ids or the import ids.
    EXPECT_EQ(
        table.titles[5],
        QStringLiteral("How likely are you to recommend Fernbrook to a friend or colleague?"));
    EXPECT_EQ(table.titles[6],
              QStringLiteral("Overall, how satisfied were you with this part of your order?"));
    EXPECT_EQ(table.titles[1], QStringLiteral("End Date"));
    // A quoted field keeps its comma, its line break and its doubled quotes.
    EXPECT_EQ(table.cell(0, 8), QStringLiteral("Quick, easy"));
    EXPECT_EQ(table.cell(2, 8), QStringLiteral("Took a while,\nbut fine"));
    EXPECT_EQ(table.cell(3, 8), QStringLiteral("The \"promo code\" field failed"));
    // Lines count the header rows and the line break inside the quotes.
    EXPECT_EQ(table.lines[0], 4);
    EXPECT_EQ(table.lines[2], 6);
    EXPECT_EQ(table.lines[3], 8);
    EXPECT_EQ(table.lines[10], 15);
}

TEST(SurveyCsvTest, SurveyMonkeyHasTwoHeaderRowsWithAnswerOptions)
{
    const QByteArray bytes = surveyFixture("surveymonkey.csv");
    const CsvFormat format = detectFormat(bytes);
    EXPECT_EQ(format.headerRows, 2);
    EXPECT_EQ(format.delimiter, QLatin1Char(','));
    const SurveyTable table = readSurvey(bytes, format);
    EXPECT_TRUE(table.problem.isEmpty());
    ASSERT_EQ(table.rows.size(), 10u);
    EXPECT_EQ(table.titles[7], QStringLiteral("How satisfied were you with the service?"));
    EXPECT_EQ(table.cell(1, 6), QStringLiteral("10 - Extremely likely"));
    EXPECT_EQ(table.lines[0], 3);
}

TEST(SurveyCsvTest, SurveyMonkeyQuestionsWithSeveralColumnsCarryTheirTitle)
{
    const QByteArray bytes = "Respondent ID,Please rate us on,,\r\n"
                             ",Delivery,Price,Response\r\n"
                             "1,4,5,x\r\n";
    const SurveyTable table = readSurvey(bytes, detectFormat(bytes));
    EXPECT_EQ(table.format.headerRows, 2);
    EXPECT_EQ(table.titles[1], QStringLiteral("Please rate us on \u2014 Delivery"));
    EXPECT_EQ(table.titles[2], QStringLiteral("Please rate us on \u2014 Price"));
    EXPECT_EQ(table.titles[3], QStringLiteral("Please rate us on"));
}

TEST(SurveyCsvTest, GoogleFormsHasOneHeaderRow)
{
    const QByteArray bytes = surveyFixture("googleforms.csv");
    const CsvFormat format = detectFormat(bytes);
    EXPECT_EQ(format.headerRows, 1);
    const SurveyTable table = readSurvey(bytes, format);
    ASSERT_EQ(table.rows.size(), 7u);
    EXPECT_EQ(table.titles[0], QStringLiteral("Timestamp"));
    EXPECT_EQ(table.cell(2, 4), QStringLiteral("bob, jr@example.com"));
    EXPECT_EQ(table.cell(4, 1), QString());
}

TEST(SurveyCsvTest, EuropeanSpreadsheetIsWindows1252WithSemicolons)
{
    const QByteArray bytes = surveyFixture("european.csv");
    const CsvFormat format = detectFormat(bytes);
    EXPECT_EQ(format.encoding, text::Encoding::Windows1252);
    EXPECT_EQ(format.delimiter, QLatin1Char(';'));
    EXPECT_EQ(format.headerRows, 1);
    const SurveyTable table = readSurvey(bytes, format);
    ASSERT_EQ(table.rows.size(), 7u);
    EXPECT_EQ(table.columnCount, 5);
    EXPECT_EQ(table.titles[1],
              QStringLiteral("Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?"));
    EXPECT_EQ(table.cell(1, 1), QStringLiteral("9,0"));
    EXPECT_EQ(table.cell(2, 4), QStringLiteral("Lieferung f\u00fcr 49 \u20ac, zu teuer"));
    EXPECT_EQ(table.cell(5, 4), QStringLiteral("Fahrer war unfreundlich; Paket besch\u00e4digt"));
}

TEST(SurveyCsvTest, TheUserCorrectsWhatDetectionGot)
{
    const QByteArray bytes = surveyFixture("european.csv");
    CsvFormat format = detectFormat(bytes);
    // Read as UTF-8 the Windows-1252 letters are not letters.
    format.encoding = text::Encoding::Utf8;
    EXPECT_TRUE(readSurvey(bytes, format).cell(2, 4).contains(QChar(0xFFFD)));
    // Read with commas, the columns fall apart.
    format = detectFormat(bytes);
    format.delimiter = QLatin1Char(',');
    EXPECT_NE(readSurvey(bytes, format).columnCount, 5);
    // No header rows: the question texts become a response.
    format = detectFormat(bytes);
    format.headerRows = 0;
    const SurveyTable table = readSurvey(bytes, format);
    EXPECT_EQ(table.rows.size(), 8u);
    EXPECT_EQ(table.titles[0], QStringLiteral("Column 1"));
}

TEST(SurveyCsvTest, Utf16WithoutAMarkIsRecognised)
{
    const QString text = QStringLiteral("Touchpoint\tNPS\nCheckout\t9\n");
    QByteArray bytes(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const CsvFormat format = detectFormat(bytes);
    EXPECT_EQ(format.encoding, text::Encoding::Utf16LittleEndian);
    EXPECT_EQ(format.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(readSurvey(bytes, format).cell(0, 0), QStringLiteral("Checkout"));
}

TEST(SurveyCsvTest, ExcelSeparatorHintDecidesTheDelimiter)
{
    const QByteArray bytes = "sep=;\r\nTouchpoint;Score\r\nCheckout;9\r\n";
    const CsvFormat format = detectFormat(bytes);
    EXPECT_EQ(format.delimiter, QLatin1Char(';'));
    const SurveyTable table = readSurvey(bytes, format);
    EXPECT_EQ(table.titles[0], QStringLiteral("Touchpoint"));
    EXPECT_EQ(table.lines[0], 3);
}

// Found by the survey_csv fuzzer (tests/fuzz/regressions/survey_csv): a hint
// naming a quote, or an empty one, made the quote or the line break the
// delimiter. The line is skipped and the delimiter detected instead.
TEST(SurveyCsvTest, ASeparatorHintNamingAQuoteOrNothingIsIgnored)
{
    for (const QByteArray& bytes : {QByteArray("sep=\"\nTouchpoint,Score\nCheckout,9\n"),
                                    QByteArray("sep=\r\nTouchpoint;Score\r\nCheckout;9\r\n")}) {
        const CsvFormat format = detectFormat(bytes);
        EXPECT_EQ(format.delimiter, QLatin1Char(bytes.contains(';') ? ';' : ','))
            << bytes.toStdString();
        const SurveyTable table = readSurvey(bytes, format);
        EXPECT_EQ(table.titles.value(0), QStringLiteral("Touchpoint")) << bytes.toStdString();
        EXPECT_EQ(table.cell(0, 1), QStringLiteral("9"));
        EXPECT_EQ(table.lines.front(), 3);
    }
}

TEST(SurveyCsvTest, BrokenFilesSayWhatIsWrong)
{
    CsvFormat format;
    EXPECT_FALSE(readSurvey(QByteArray(), format).problem.isEmpty());
    EXPECT_FALSE(readSurvey("Touchpoint,NPS\r\n", format).problem.isEmpty());
    const SurveyTable open = readSurvey("Touchpoint,NPS\nCheckout,9\n\"Home,3\nLast,1\n", format);
    EXPECT_TRUE(open.problem.contains(QLatin1String("3"))) << open.problem.toStdString();
    EXPECT_EQ(open.rows.size(), 2u); // what was read is kept
}

TEST(SurveyCsvTest, BlankLinesAreSkippedAndShortRowsRead)
{
    CsvFormat format;
    const SurveyTable table = readSurvey("A,B,C\n\n1,2\n\r\n4,5,6,7\n", format);
    ASSERT_EQ(table.rows.size(), 2u);
    EXPECT_EQ(table.cell(0, 2), QString());
    EXPECT_EQ(table.cell(1, 3), QStringLiteral("7"));
    EXPECT_EQ(table.lines[1], 5);
}

TEST(SurveyCsvTest, ColumnsAreFoundByNumberOrHeader)
{
    const QByteArray bytes = surveyFixture("qualtrics.csv");
    const SurveyTable table = readSurvey(bytes, detectFormat(bytes));
    EXPECT_EQ(findColumn(table, QStringLiteral("6")), 5);
    EXPECT_EQ(findColumn(table, QStringLiteral("Q2")), 5);
    EXPECT_EQ(findColumn(table, QStringLiteral("which part of your order is this about?")), 4);
    EXPECT_EQ(findColumn(table, QStringLiteral("10")), -1);
    EXPECT_EQ(findColumn(table, QStringLiteral("0")), -1);
    EXPECT_EQ(findColumn(table, QStringLiteral("Nope")), -1);
}

TEST(SurveyCsvTest, EncodingNamesReadAsUsersTypeThem)
{
    EXPECT_EQ(text::encodingFromName(u"utf8"), text::Encoding::Utf8);
    EXPECT_EQ(text::encodingFromName(u"CP1252"), text::Encoding::Windows1252);
    EXPECT_EQ(text::encodingFromName(u"iso-8859-1"), text::Encoding::Windows1252);
    EXPECT_EQ(text::encodingFromName(u"UTF-16"), text::Encoding::Utf16LittleEndian);
    EXPECT_FALSE(text::encodingFromName(u"klingon").has_value());
    EXPECT_EQ(text::decode("\x80\x93\xe9", text::Encoding::Windows1252),
              QStringLiteral("\u20ac\u201c\u00e9"));
}

} // namespace
} // namespace js::survey
