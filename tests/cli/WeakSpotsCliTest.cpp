// `journeyscope weakspots`, run as a user runs it: the real binary on a file
// with known ratings (AnalysisProject::rated(), whose figures are worked out
// in tests/core/WeakSpotsTest.cpp).
//
// The tests that read weak spots from the file need the round's criteria to
// survive the file (ProjectWriter/ProjectReader storing Round::criteria);
// they say so when they do not.
#include "AnalysisProject.h"
#include "CliRunner.h"
#include "TempDir.h"
#include "core/storage/OpenResult.h"
#include "core/storage/ProjectFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace js::test {
namespace {

using P = AnalysisProject;

QStringList weakspots(const QString& path, const QStringList& more = {})
{
    return QStringList{QStringLiteral("weakspots"), path} + more;
}

// The rated project and, beside its journey, a second one without rounds;
// a second round of the first journey rates nothing yet.
Project cliProject()
{
    Project project = AnalysisProject::rated().project;
    Journey returns;
    returns.id = 2;
    returns.name = QStringLiteral("Returns");
    returns.stages.push_back(Stage{3, QStringLiteral("Return"), {}, {}, {}});
    project.journeys.push_back(returns);
    Round early = project.rounds[0];
    early.id = 500;
    early.name = QStringLiteral("Pilot");
    early.date = QDate(2025, 11, 1);
    early.raters = {{501, QStringLiteral("Rita"), {}}};
    project.rounds.insert(project.rounds.begin(), early);
    return project;
}

class WeakSpotsCliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.path(QStringLiteral("shop.journey"));
        QString error;
        ASSERT_TRUE(ProjectFile::create(m_path, cliProject(), &error)) << error.toStdString();
    }

    // Whether the file gives the round's criteria back; the weak spots need them.
    void expectRoundCriteriaStored()
    {
        OpenResult result;
        auto file = ProjectFile::open(m_path, &result, ProjectFile::Access::ReadOnly);
        ASSERT_TRUE(file);
        QString error;
        const std::optional<Project> project = file->load(&error);
        ASSERT_TRUE(project);
        ASSERT_FALSE(project->rounds.back().criteria.empty())
            << "Round::criteria do not survive the file yet: this test passes once the "
               "reader and writer store them";
    }

    QJsonObject json(const QStringList& more = {})
    {
        const Outcome run =
            journeyscope(weakspots(m_path, QStringList{QStringLiteral("--json")} + more));
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
        return document.object();
    }

    TempDir m_dir;
    QString m_path;
};

TEST_F(WeakSpotsCliTest, JsonRowsHaveTheDocumentedKeysAndNumbers)
{
    ASSERT_NO_FATAL_FAILURE(expectRoundCriteriaStored());
    const QJsonObject report = json();
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
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        EXPECT_EQ(row.keys(), keys);
        for (const char* key :
             {"n", "mean", "sd", "target", "gap", "importance", "weight", "priority"})
            EXPECT_TRUE(row[QString::fromLatin1(key)].isDouble()) << key;
        for (const char* key : {"touchpoint", "stage", "framework", "criterion"})
            EXPECT_TRUE(row[QString::fromLatin1(key)].isString()) << key;
        EXPECT_TRUE(row[u"flags"].isArray());
    }
    // Ad × Trust, by hand: scores 1, 3, 5 → mean 3, sd 2; gap 4 − 3 = 1;
    // priority = importance 5 × weight 2 × gap 1 = 10, after Checkout ×
    // Relevance (4 × 1 × 2.5 = 10, the larger gap).
    const QJsonObject ad = rows[1].toObject();
    EXPECT_EQ(ad[u"touchpoint"].toString(), QStringLiteral("Instagram ad"));
    EXPECT_EQ(ad[u"stage"].toString(), QStringLiteral("Awareness"));
    EXPECT_EQ(ad[u"framework"].toString(), QStringLiteral("TRIXIE"));
    EXPECT_EQ(ad[u"criterion"].toString(), QStringLiteral("Trust"));
    EXPECT_EQ(ad[u"n"].toInt(), 3);
    EXPECT_DOUBLE_EQ(ad[u"mean"].toDouble(), 3.0);
    EXPECT_DOUBLE_EQ(ad[u"sd"].toDouble(), 2.0);
    EXPECT_DOUBLE_EQ(ad[u"target"].toDouble(), 4.0);
    EXPECT_DOUBLE_EQ(ad[u"gap"].toDouble(), 1.0);
    EXPECT_EQ(ad[u"importance"].toInt(), 5);
    EXPECT_DOUBLE_EQ(ad[u"weight"].toDouble(), 2.0);
    EXPECT_DOUBLE_EQ(ad[u"priority"].toDouble(), 10.0);
    EXPECT_EQ(ad[u"flags"].toArray(), QJsonArray{QStringLiteral("discuss")});
    // Checkout × Relevance: 1, 2 → sd 0.7071, to 2 decimals 0.71; few ratings.
    const QJsonObject checkout = rows[0].toObject();
    EXPECT_DOUBLE_EQ(checkout[u"sd"].toDouble(), 0.71);
    EXPECT_DOUBLE_EQ(checkout[u"priority"].toDouble(), 10.0);
    EXPECT_EQ(checkout[u"flags"].toArray(), QJsonArray{QStringLiteral("few-ratings")});
}

TEST_F(WeakSpotsCliTest, TopLimitsTheRows)
{
    ASSERT_NO_FATAL_FAILURE(expectRoundCriteriaStored());
    const QJsonArray rows =
        json({QStringLiteral("--top"), QStringLiteral("2")})[u"weak_spots"].toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject()[u"touchpoint"].toString(), QStringLiteral("Checkout"));
    EXPECT_EQ(rows[1].toObject()[u"touchpoint"].toString(), QStringLiteral("Instagram ad"));
    const Outcome plain =
        journeyscope(weakspots(m_path, {QStringLiteral("--top"), QStringLiteral("1")}));
    EXPECT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    EXPECT_TRUE(plain.out.contains(QStringLiteral("The top 1 of 4 weak spots in round")))
        << plain.out.toStdString();
    EXPECT_EQ(plain.out.count(u'\n'), 4); // heading, blank line, header, one row
}

TEST_F(WeakSpotsCliTest, ThePlainTableIsAlignedAndGivesTheReasons)
{
    ASSERT_NO_FATAL_FAILURE(expectRoundCriteriaStored());
    const Outcome run = journeyscope(weakspots(m_path));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 6) << run.out.toStdString(); // heading, header, 4 rows
    EXPECT_TRUE(lines[0].contains(QStringLiteral("“Baseline” (2026-03-01)")));
    EXPECT_TRUE(lines[0].contains(QStringLiteral("4 weak spots")));
    const QString& header = lines[1];
    const qsizetype touchpoint = header.indexOf(QStringLiteral("Touchpoint"));
    const qsizetype priorityEnd = header.indexOf(QStringLiteral("Priority")) + 8;
    const qsizetype reason = header.indexOf(QStringLiteral("Reason"));
    ASSERT_GT(touchpoint, 0);
    ASSERT_GT(reason, priorityEnd);
    const QStringList names = {QStringLiteral("Checkout"), QStringLiteral("Instagram ad"),
                               QStringLiteral("Search result"), QStringLiteral("Instagram ad")};
    const QStringList priorities = {QStringLiteral("10.00"), QStringLiteral("10.00"),
                                    QStringLiteral(" 8.00"), QStringLiteral(" 5.00")};
    for (int i = 0; i < 4; ++i) {
        const QString& row = lines[2 + i];
        EXPECT_EQ(row.indexOf(names[i]), touchpoint) << row.toStdString();
        EXPECT_EQ(row.mid(priorityEnd - 5, 5), priorities[i]) << row.toStdString();
    }
    EXPECT_EQ(lines[3].mid(reason),
              QStringLiteral("Trust 3.0 against a target of 4.0, importance 5"));
    EXPECT_TRUE(lines[3].contains(QStringLiteral("discuss")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("few ratings")));
}

TEST_F(WeakSpotsCliTest, TheDefaultIsTheFirstJourneysLatestRound)
{
    // Pilot (2025-11-01) comes first in the list; Baseline (2026-03-01) is later.
    EXPECT_EQ(json()[u"round"].toString(), QStringLiteral("Baseline"));
    // Two rounds on the latest date: the later one in the list.
    Project project = cliProject();
    Round sameDay = project.rounds[0];
    sameDay.id = 600;
    sameDay.name = QStringLiteral("Same day");
    sameDay.date = QDate(2026, 3, 1);
    sameDay.raters = {{601, QStringLiteral("Omar"), {}}};
    project.rounds.push_back(sameDay);
    QString error;
    ASSERT_TRUE(ProjectFile::create(m_path, project, &error)) << error.toStdString();
    EXPECT_EQ(json()[u"round"].toString(), QStringLiteral("Same day"));
    const Outcome plain = journeyscope(weakspots(m_path));
    EXPECT_TRUE(plain.out.contains(QStringLiteral("“Same day” (2026-03-01)")))
        << plain.out.toStdString();
    // A round picked by name, with or without its journey.
    EXPECT_EQ(json({QStringLiteral("--round"), QStringLiteral("Pilot")})[u"round"].toString(),
              QStringLiteral("Pilot"));
    EXPECT_EQ(json({QStringLiteral("--journey"), QStringLiteral("Online shop"),
                    QStringLiteral("--round"), QStringLiteral("Baseline")})[u"round"]
                  .toString(),
              QStringLiteral("Baseline"));
}

TEST_F(WeakSpotsCliTest, ARoundWithNothingToShowSaysSoInOneLine)
{
    const Outcome run =
        journeyscope(weakspots(m_path, {QStringLiteral("--round"), QStringLiteral("Pilot")}));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count(u'\n'), 1) << run.out.toStdString();
    EXPECT_TRUE(
        run.out.startsWith(QStringLiteral("Round “Pilot” (2025-11-01) of journey “Online shop”")))
        << run.out.toStdString();
}

TEST_F(WeakSpotsCliTest, UnknownNamesListTheOnesThatExist)
{
    const Outcome journey =
        journeyscope(weakspots(m_path, {QStringLiteral("--journey"), QStringLiteral("Loyalty")}));
    EXPECT_EQ(journey.exitCode, 1);
    EXPECT_TRUE(journey.err.contains(QStringLiteral("“Loyalty”"))) << journey.err.toStdString();
    EXPECT_TRUE(journey.err.contains(QStringLiteral("“Online shop”, “Returns”")))
        << journey.err.toStdString();
    EXPECT_TRUE(journey.out.isEmpty());

    const Outcome round =
        journeyscope(weakspots(m_path, {QStringLiteral("--journey"), QStringLiteral("Online shop"),
                                        QStringLiteral("--round"), QStringLiteral("Final")}));
    EXPECT_EQ(round.exitCode, 1);
    EXPECT_TRUE(round.err.contains(QStringLiteral("“Final”"))) << round.err.toStdString();
    EXPECT_TRUE(round.err.contains(QStringLiteral("“Pilot”, “Baseline”")))
        << round.err.toStdString();
}

TEST_F(WeakSpotsCliTest, AJourneyWithoutRoundsSaysSo)
{
    const Outcome run =
        journeyscope(weakspots(m_path, {QStringLiteral("--journey"), QStringLiteral("Returns")}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("“Returns” has no assessment rounds")))
        << run.err.toStdString();
}

TEST_F(WeakSpotsCliTest, TopMustBeAPositiveWholeNumber)
{
    for (const char* top : {"0", "-3", "ten", "2.5", ""}) {
        const Outcome run =
            journeyscope(weakspots(m_path, {QStringLiteral("--top"), QString::fromLatin1(top)}));
        EXPECT_EQ(run.exitCode, 2) << top;
        EXPECT_TRUE(run.err.contains(QStringLiteral("usage: journeyscope weakspots"))) << top;
    }
    EXPECT_EQ(journeyscope(weakspots(m_path, {QStringLiteral("--top")})).exitCode, 2);
    EXPECT_EQ(journeyscope(weakspots(m_path, {QStringLiteral("--bogus")})).exitCode, 2);
    EXPECT_EQ(journeyscope({QStringLiteral("weakspots")}).exitCode, 2);
    EXPECT_EQ(journeyscope(weakspots(m_path, {m_path})).exitCode, 2);
}

TEST_F(WeakSpotsCliTest, ViewingLeavesTheFileAsItWas)
{
    QFile::setPermissions(m_path, QFile::ReadOwner);
    const QByteArray before = readBytes(m_path);
    EXPECT_EQ(journeyscope(weakspots(m_path)).exitCode, 0);
    EXPECT_EQ(journeyscope(weakspots(m_path, {QStringLiteral("--json")})).exitCode, 0);
    EXPECT_EQ(readBytes(m_path), before);
    EXPECT_FALSE(QFile::exists(m_path + QStringLiteral(".lock")));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_F(WeakSpotsCliTest, ABadFileSaysWhatTheWindowWouldSay)
{
    const QString notes = m_dir.path(QStringLiteral("notes.journey"));
    ASSERT_TRUE(writeBytes(notes, "not a project"));
    const Outcome run = journeyscope(weakspots(notes));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.trimmed(), openMessage(OpenProblem::NotSqlite, notes));
}

TEST_F(WeakSpotsCliTest, HelpNamesTheVerb)
{
    const Outcome help = journeyscope({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("weakspots FILE"))) << help.out.toStdString();
}

} // namespace
} // namespace js::test
