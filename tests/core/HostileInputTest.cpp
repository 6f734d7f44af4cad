// Readers of files from outside (JSON, survey CSV, Mermaid) on input built to
// exhaust them: nesting, lengths and counts far beyond anything a real file
// holds. Each is refused with a message or read, quickly and within memory
// proportional to the input; none crashes. (The fuzzers in tests/fuzz try
// the same on random input; these are the cases named in the hardening issue.)
#include "core/io/JsonFormat.h"
#include "core/io/MermaidJourney.h"
#include "core/io/SurveyCsv.h"

#include <gtest/gtest.h>

namespace js {
namespace {

constexpr qsizetype HundredMegabytes = 100 * 1024 * 1024;

TEST(HostileInputTest, DeeplyNestedJsonIsRefusedNamingWhere)
{
    QString error;
    const QByteArray nested = QByteArray(200000, '[') + QByteArray(200000, ']');
    EXPECT_FALSE(projectFromJson(nested, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 1"))) << error.toStdString();

    // Nesting inside a project's own keys, past Qt's parser limit too.
    const QByteArray inside =
        "{\"format\":\"journeyscope-project\",\"version\":2,\"project\":" + QByteArray(5000, '{') +
        QByteArray(5000, '}') + "}";
    EXPECT_FALSE(projectFromJson(inside, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(HostileInputTest, JsonWithAHugeArrayOfWrongThingsIsRefused)
{
    QByteArray json = "{\"format\":\"journeyscope-project\",\"version\":2,\"ratings\":[";
    for (int i = 0; i < 200000; ++i)
        json += "[],";
    json += "[]]}";
    QString error;
    EXPECT_FALSE(projectFromJson(json, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(HostileInputTest, ACsvLineOfOneHundredMegabytesIsRefusedAsNoSurvey)
{
    QByteArray bytes = "Name,Comment\nAnn,";
    bytes += QByteArray(HundredMegabytes, 'x');
    bytes += "\nBob,short\n";
    const survey::CsvFormat format = survey::detectFormat(bytes);
    EXPECT_EQ(format.delimiter, QLatin1Char(','));
    const survey::SurveyTable table = survey::readSurvey(bytes, format);
    EXPECT_TRUE(table.problem.contains(QStringLiteral("Line 2"))) << table.problem.toStdString();
    EXPECT_TRUE(table.problem.contains(QStringLiteral("longer than")))
        << table.problem.toStdString();
    // Reading stopped at that line: nothing of it, nor after it, is kept.
    EXPECT_TRUE(table.rows.empty());
}

TEST(HostileInputTest, AnUnclosedQuoteOfOneHundredMegabytesIsRefused)
{
    QByteArray bytes = "Name;Comment\nAnn;\"";
    bytes += QByteArray(HundredMegabytes, 'y');
    const survey::SurveyTable table = survey::readSurvey(bytes, survey::detectFormat(bytes));
    EXPECT_TRUE(table.problem.contains(QStringLiteral("Line 2"))) << table.problem.toStdString();
    EXPECT_TRUE(table.rows.empty());
}

TEST(HostileInputTest, TextOfOneHundredMegabytesAfterAClosingQuoteIsRefused)
{
    // Kept as written after the quote, up to the delimiter: the same limit.
    QByteArray bytes = "Name,Comment\nAnn,\"quoted\"";
    bytes += QByteArray(HundredMegabytes, 'w');
    bytes += "\nBob,short\n";
    const survey::CsvFormat format{QLatin1Char(','), text::Encoding::Utf8, 1};
    const survey::SurveyTable table = survey::readSurvey(bytes, format);
    EXPECT_TRUE(table.problem.contains(QStringLiteral("Line 2"))) << table.problem.toStdString();
    EXPECT_TRUE(table.problem.contains(QStringLiteral("longer than")))
        << table.problem.toStdString();
    EXPECT_TRUE(table.rows.empty());
}

TEST(HostileInputTest, ALineOfMillionsOfFieldsIsRefusedAtTheColumnLimit)
{
    // 50 million one-letter fields would be gigabytes as a table.
    const QByteArray bytes = QByteArray("a,").repeated(HundredMegabytes / 2);
    const survey::CsvFormat format{QLatin1Char(','), text::Encoding::Utf8, 0};
    const survey::SurveyTable table = survey::readSurvey(bytes, format);
    EXPECT_TRUE(table.problem.contains(QStringLiteral("Line 1"))) << table.problem.toStdString();
    EXPECT_TRUE(table.problem.contains(QStringLiteral("fields"))) << table.problem.toStdString();
    EXPECT_TRUE(table.rows.empty());
}

TEST(HostileInputTest, MillionsOfTinyResponsesStopAtTheLimitOfOneImport)
{
    // One-letter lines: each would be a response, and a table of millions of
    // them many times the size of the file.
    const qsizetype lines = survey::MaxResponses + 1000;
    const QByteArray bytes = "Score\n" + QByteArray("1\n").repeated(lines);
    const survey::SurveyTable table = survey::readSurvey(bytes, survey::detectFormat(bytes));
    EXPECT_TRUE(table.problem.contains(QStringLiteral("responses"))) << table.problem.toStdString();
    EXPECT_EQ(qsizetype(table.rows.size()), survey::MaxResponses);
    // What was read stays a table, with its column and title.
    EXPECT_EQ(table.columnCount, 1);
    EXPECT_EQ(table.titles, QStringList{QStringLiteral("Score")});
}

TEST(HostileInputTest, ASurveyWithinTheLimitsStillReads)
{
    // A long answer (a pasted essay) and a wide export are no problem.
    QByteArray bytes = "Name,Essay\nAnn,\"" + QByteArray(500000, 'z') + "\"\n";
    const survey::SurveyTable table = survey::readSurvey(bytes, survey::detectFormat(bytes));
    EXPECT_TRUE(table.problem.isEmpty()) << table.problem.toStdString();
    ASSERT_EQ(table.rows.size(), 1u);
    EXPECT_EQ(table.cell(0, 1).size(), 500000);
}

TEST(HostileInputTest, AMermaidLineOfOneHundredMegabytesIsReadOrRefusedWithoutCrashing)
{
    const QString text = QStringLiteral("journey\n  section A\n    ") +
                         QString(HundredMegabytes / 4, QLatin1Char('t')) +
                         QStringLiteral(": 3: Me\n");
    const mermaid::MermaidImport parsed = mermaid::parseJourney(text);
    if (parsed.ok) {
        ASSERT_EQ(parsed.sections.size(), 1u);
        ASSERT_EQ(parsed.sections.front().tasks.size(), 1u);
        EXPECT_EQ(parsed.sections.front().tasks.front().score, 3);
    } else {
        EXPECT_TRUE(parsed.message.startsWith(QStringLiteral("line 3")))
            << parsed.message.toStdString();
    }
}

TEST(HostileInputTest, AMermaidScoreWithHundredsOfDigitsIsRefused)
{
    const QString text = QStringLiteral("journey\n  section A\n    Task: ") +
                         QString(400, QLatin1Char('9')) + QStringLiteral(": Me\n");
    const mermaid::MermaidImport parsed = mermaid::parseJourney(text);
    EXPECT_FALSE(parsed.ok);
    EXPECT_EQ(parsed.line, 3);
}

} // namespace
} // namespace js
