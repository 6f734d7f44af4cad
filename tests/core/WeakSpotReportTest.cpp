// The weak-spot report the command line prints: JSON for scripts and a
// table for people.
#include "core/io/WeakSpotReport.h"

#include "AnalysisProject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <gtest/gtest.h>

namespace js {
namespace {

using test::AnalysisProject;
using P = test::AnalysisProject;

class AnalysisReportTest : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(m_locale); }

    AnalysisProject m_p = AnalysisProject::rated();
    std::vector<analysis::WeakSpot> m_spots =
        analysis::weakSpots(m_p.project, analysis::computeRound(m_p.project, P::Round));

private:
    QLocale m_locale;
};

TEST_F(AnalysisReportTest, JsonHasExactlyTheDocumentedKeysAndNumbers)
{
    const QJsonObject report =
        QJsonDocument::fromJson(
            weakSpotsJson(m_p.project, m_p.project.journeys[0], m_p.project.rounds[0], m_spots))
            .object();
    EXPECT_EQ(report.keys(), (QStringList{QStringLiteral("journey"), QStringLiteral("project"),
                                          QStringLiteral("round"), QStringLiteral("weak_spots")}));
    EXPECT_EQ(report[u"project"].toString(), QStringLiteral("Shop CX"));
    EXPECT_EQ(report[u"journey"].toString(), QStringLiteral("Online shop"));
    EXPECT_EQ(report[u"round"].toString(), QStringLiteral("Baseline"));
    const QJsonArray rows = report[u"weak_spots"].toArray();
    ASSERT_EQ(rows.size(), 4);
    const QStringList keys = {
        QStringLiteral("criterion"), QStringLiteral("flags"),      QStringLiteral("framework"),
        QStringLiteral("gap"),       QStringLiteral("importance"), QStringLiteral("mean"),
        QStringLiteral("n"),         QStringLiteral("priority"),   QStringLiteral("sd"),
        QStringLiteral("stage"),     QStringLiteral("target"),     QStringLiteral("touchpoint"),
        QStringLiteral("weight")};
    for (const QJsonValue& row : rows)
        EXPECT_EQ(row.toObject().keys(), keys);

    // Checkout × Relevance: 1, 2 → mean 1.5, sd 0.71; 4 × 1 × (4 − 1.5) = 10.
    const QJsonObject first = rows[0].toObject();
    EXPECT_EQ(first[u"touchpoint"].toString(), QStringLiteral("Checkout"));
    EXPECT_EQ(first[u"stage"].toString(), QStringLiteral("Purchase"));
    EXPECT_EQ(first[u"framework"].toString(), QStringLiteral("TRIXIE"));
    EXPECT_EQ(first[u"criterion"].toString(), QStringLiteral("Relevance"));
    for (const char* key : {"n", "mean", "sd", "target", "gap", "importance", "weight", "priority"})
        EXPECT_TRUE(first[QString::fromLatin1(key)].isDouble()) << key;
    EXPECT_EQ(first[u"n"].toInt(), 2);
    EXPECT_DOUBLE_EQ(first[u"mean"].toDouble(), 1.5);
    EXPECT_DOUBLE_EQ(first[u"sd"].toDouble(), 0.71); // 0.7071 to 2 decimals
    EXPECT_DOUBLE_EQ(first[u"gap"].toDouble(), 2.5);
    EXPECT_EQ(first[u"importance"].toInt(), 4);
    EXPECT_DOUBLE_EQ(first[u"priority"].toDouble(), 10.0);
    EXPECT_EQ(first[u"flags"].toArray(), QJsonArray{QStringLiteral("few-ratings")});
    EXPECT_EQ(rows[1].toObject()[u"flags"].toArray(), QJsonArray{QStringLiteral("discuss")});
}

TEST_F(AnalysisReportTest, TableAlignsItsColumnsWithNumbersOnTheRight)
{
    const QString table = weakSpotsTable(m_p.project, m_spots);
    const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5); // header and 4 rows
    EXPECT_TRUE(lines[0].startsWith(u'#'));
    for (const char* header :
         {"Touchpoint", "Stage", "Criterion", "Mean", "Gap", "Priority", "Flags", "Reason"})
        EXPECT_TRUE(lines[0].contains(QString::fromLatin1(header))) << header;
    // Every column starts where its header does; a number ends where its header ends.
    const qsizetype touchpoint = lines[0].indexOf(QStringLiteral("Touchpoint"));
    const qsizetype priorityEnd = lines[0].indexOf(QStringLiteral("Priority")) + 8;
    const qsizetype reason = lines[0].indexOf(QStringLiteral("Reason"));
    EXPECT_EQ(lines[1].indexOf(QStringLiteral("Checkout")), touchpoint);
    EXPECT_EQ(lines[2].indexOf(QStringLiteral("Instagram ad")), touchpoint);
    EXPECT_EQ(lines[1].mid(priorityEnd - 5, 5), QStringLiteral("10.00"));
    EXPECT_EQ(lines[4].mid(priorityEnd - 5, 5), QStringLiteral(" 5.00"));
    EXPECT_EQ(lines[1].mid(reason),
              QStringLiteral("Relevance 1.5 against a target of 4.0, importance 4"));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("discuss")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral("few ratings")));
    for (const QString& line : lines)
        EXPECT_FALSE(line.endsWith(u' ')) << line.toStdString();
}

TEST_F(AnalysisReportTest, NoSpotsGiveAnEmptyListAndAHeaderOnly)
{
    const QJsonObject report =
        QJsonDocument::fromJson(
            weakSpotsJson(m_p.project, m_p.project.journeys[0], m_p.project.rounds[0], {}))
            .object();
    EXPECT_TRUE(report[u"weak_spots"].isArray());
    EXPECT_TRUE(report[u"weak_spots"].toArray().isEmpty());
    EXPECT_EQ(weakSpotsTable(m_p.project, {}).count(u'\n'), 1);
}

} // namespace
} // namespace js
