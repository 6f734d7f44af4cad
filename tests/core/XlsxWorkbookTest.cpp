// The Excel workbook, written with libxlsxwriter and read back with openpyxl
// (tests/core/read_xlsx.py), a reader that shares no code with the writer:
// sheets, headers, numbers that are numbers, dates that are dates, names
// intact, a frozen and filtered header row.
#include "core/io/XlsxWorkbook.h"

#include "AnalysisProject.h"
#include "TempDir.h"
#include "core/analysis/RoundResults.h"
#include "core/analysis/WeakSpots.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace js::xlsx {
namespace {

using P = test::AnalysisProject;

const QString Journey = QStringLiteral("Café – Zoë, \"online\"");
const QString Ad = QStringLiteral("Instagram ad,\n\"Stories\"");
const QString Rita = QStringLiteral("Zoë Ünal");
const QString Note = QStringLiteral("Seen twice, \"maybe\"\nthen ignored");

// The rated analysis project with awkward names: commas, quotes, a line
// break and letters beyond ASCII; a note, an action and a metric.
test::AnalysisProject awkwardProject()
{
    test::AnalysisProject p = test::AnalysisProject::rated();
    p.project.name = QStringLiteral("Shop CX – Zoë's café");
    p.project.journeys[0].name = Journey;
    p.project.journeys[0].stages[0].touchpoints[0].name = Ad;
    p.project.rounds[0].raters[0].name = Rita;
    p.project.ratings[RatingKey{P::Round, P::Omar, P::Search, P::Trust}].note = Note;

    Action action;
    action.id = 900;
    action.title = QStringLiteral("Rewrite the checkout, step by step");
    action.touchpointId = P::Checkout;
    action.criterionId = P::Relevance;
    action.owner = QStringLiteral("Web team");
    action.due = QDate(2026, 12, 24);
    action.status = ActionStatus::InProgress;
    action.impact = 4;
    p.project.actions.push_back(action);

    Metric metric;
    metric.id = 901;
    metric.touchpointId = P::Checkout;
    metric.kind = MetricKind::Ces;
    metric.value = 5.25;
    metric.count = 48;
    metric.scale = QStringLiteral("1-7");
    metric.date = QDate(2026, 2, 14);
    p.project.metrics.push_back(metric);
    return p;
}

// Runs the reader on a workbook and parses what it prints. openpyxl is a
// declared dependency (scripts/setup.sh), so its absence fails the test.
::testing::AssertionResult readBack(const QString& path, QJsonObject* workbook)
{
    QProcess python;
    python.start(QStringLiteral(JS_PYTHON), {QStringLiteral(JS_READ_XLSX_SCRIPT), path});
    if (!python.waitForStarted(10000))
        return ::testing::AssertionFailure() << JS_PYTHON " could not be started";
    if (!python.waitForFinished(60000))
        return ::testing::AssertionFailure() << "read_xlsx.py did not finish";
    const QString errors = QString::fromUtf8(python.readAllStandardError());
    if (python.exitStatus() == QProcess::NormalExit && python.exitCode() == 3)
        return ::testing::AssertionFailure()
               << "openpyxl is missing: install python3-openpyxl (scripts/setup.sh). "
               << errors.toStdString();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return ::testing::AssertionFailure() << "read_xlsx.py failed: " << errors.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &error);
    if (!document.isObject())
        return ::testing::AssertionFailure()
               << "read_xlsx.py printed no JSON object: " << error.errorString().toStdString();
    *workbook = document.object();
    return ::testing::AssertionSuccess();
}

class XlsxWorkbookTest : public ::testing::Test {
protected:
    // Writes the workbook of `roundId` and reads it back into m_book.
    void write(Id roundId = NoId)
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.path(QStringLiteral("Zoë's workbook.xlsx"));
        const WorkbookResult result = writeWorkbook(m_p.project, roundId, path);
        ASSERT_TRUE(result.ok) << result.message.toStdString();
        EXPECT_TRUE(result.message.isEmpty());
        ASSERT_TRUE(readBack(path, &m_book));
    }

    QJsonObject sheet(const QString& name) const
    {
        for (const QJsonValue& sheet : m_book[u"sheets"].toArray()) {
            if (sheet[u"name"].toString() == name)
                return sheet.toObject();
        }
        ADD_FAILURE() << "no sheet " << name.toStdString();
        return {};
    }
    QJsonArray rows(const QString& name) const { return sheet(name)[u"rows"].toArray(); }

    static QStringList strings(std::initializer_list<const char*> list)
    {
        QStringList result;
        for (const char* text : list)
            result << QString::fromUtf8(text);
        return result;
    }
    static QStringList texts(const QJsonArray& row)
    {
        QStringList list;
        for (const QJsonValue& value : row)
            list << value.toString();
        return list;
    }

    test::TempDir m_dir;
    test::AnalysisProject m_p = awkwardProject();
    QJsonObject m_book;
};

TEST_F(XlsxWorkbookTest, EverySheetHasABoldFrozenFilteredHeaderRow)
{
    write();
    QStringList names;
    for (const QJsonValue& sheet : m_book[u"sheets"].toArray())
        names << sheet[u"name"].toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Ratings"), QStringLiteral("Scores"),
                                  QStringLiteral("Weak spots"), QStringLiteral("Actions"),
                                  QStringLiteral("Metrics")}));
    const char* lastColumns[] = {"I", "M", "Q", "I", "I"};
    int i = 0;
    for (const QJsonValue& value : m_book[u"sheets"].toArray()) {
        const QJsonObject sheet = value.toObject();
        SCOPED_TRACE(sheet[u"name"].toString().toStdString());
        const qsizetype count = sheet[u"rows"].toArray().size();
        EXPECT_EQ(sheet[u"freeze"].toString(), QStringLiteral("A2"));
        EXPECT_EQ(sheet[u"filter"].toString(),
                  QStringLiteral("A1:%1%2").arg(QLatin1String(lastColumns[i++])).arg(count));
        EXPECT_TRUE(sheet[u"header_bold"].toBool());
        EXPECT_FALSE(sheet[u"header_fill"].toString().isEmpty());
        for (const QJsonValue& width : sheet[u"widths"].toObject()) {
            EXPECT_GE(width.toDouble(), 8.0);
            EXPECT_LE(width.toDouble(), 61.0); // 60 characters, and Excel's padding
        }
    }
    EXPECT_EQ(texts(rows(QStringLiteral("Ratings"))[0].toArray()),
              (strings({"Journey", "Stage", "Touchpoint", "Framework", "Criterion", "Round",
                        "Rater", "Score", "Note"})));
    EXPECT_EQ(texts(rows(QStringLiteral("Scores"))[0].toArray()),
              (strings({"Journey", "Round", "Stage", "Touchpoint", "Framework", "Criterion", "Mean",
                        "n", "SD", "Min", "Max", "Target", "Gap"})));
    EXPECT_EQ(texts(rows(QStringLiteral("Weak spots"))[0].toArray()),
              (strings({"Rank", "Journey", "Round", "Stage", "Touchpoint", "Framework", "Criterion",
                        "n", "Mean", "SD", "Target", "Gap", "Importance", "Weight", "Priority",
                        "Flags", "Reason"})));
    EXPECT_EQ(texts(rows(QStringLiteral("Actions"))[0].toArray()),
              (strings({"Title", "Touchpoint", "Criterion", "Owner", "Due", "Status", "Impact",
                        "Effort", "Description"})));
    EXPECT_EQ(texts(rows(QStringLiteral("Metrics"))[0].toArray()),
              (strings({"Journey", "Stage", "Touchpoint", "Kind", "Value", "Count", "Scale", "Date",
                        "Note"})));
    EXPECT_EQ(m_book[u"title"].toString(), m_p.project.name);
    EXPECT_EQ(m_book[u"custom"][u"Application"].toString(), QStringLiteral("Journeyscope"));
}

TEST_F(XlsxWorkbookTest, RatingsAreNumbersWithTheirNamesIntact)
{
    write();
    const QJsonArray ratings = rows(QStringLiteral("Ratings"));
    // The header, 21 scores and N/As, and the note alone of the fixture.
    ASSERT_EQ(ratings.size(), 1 + 21);
    const QJsonArray first = ratings[1].toArray();
    EXPECT_EQ(first[0].toString(), Journey);
    EXPECT_EQ(first[2].toString(), Ad);
    EXPECT_EQ(first[4].toString(), QStringLiteral("Trust"));
    EXPECT_EQ(first[6].toString(), Rita);
    ASSERT_TRUE(first[7].isDouble()) << "a score is a number, not text";
    const int given = m_p.project.ratings.at(RatingKey{P::Round, P::Rita, P::Ad, P::Trust}).score;
    EXPECT_EQ(first[7].toDouble(), double(given));
    EXPECT_TRUE(first[8].isNull());
    EXPECT_EQ(sheet(QStringLiteral("Ratings"))[u"formats"][7].toString(), QStringLiteral("0"));

    int numbers = 0;
    int notApplicable = 0;
    bool note = false;
    for (qsizetype r = 1; r < ratings.size(); ++r) {
        const QJsonArray row = ratings[r].toArray();
        numbers += row[7].isDouble();
        notApplicable += row[7].toString() == QLatin1String("N/A");
        if (row[8].toString() == Note) {
            note = true;
            EXPECT_EQ(row[2].toString(), QStringLiteral("Search result"));
            EXPECT_EQ(row[7].toDouble(), 2.0);
        }
    }
    EXPECT_EQ(numbers, 17);
    EXPECT_EQ(notApplicable, 4);
    EXPECT_TRUE(note);
}

TEST_F(XlsxWorkbookTest, ScoresAreCoresFiguresForEveryCell)
{
    write();
    const analysis::RoundResults results = analysis::computeRound(m_p.project, P::Round);
    const QJsonArray scores = rows(QStringLiteral("Scores"));
    ASSERT_EQ(scores.size(), 1 + 4 * 3); // every touchpoint × criterion, rated or not
    const std::map<QString, Id> touchpoints = {{Ad, P::Ad},
                                               {QStringLiteral("Search result"), P::Search},
                                               {QStringLiteral("Checkout"), P::Checkout},
                                               {QStringLiteral("Receipt email"), P::Receipt}};
    const std::map<QString, Id> criteria = {{QStringLiteral("Trust"), P::Trust},
                                            {QStringLiteral("Relevance"), P::Relevance},
                                            {QStringLiteral("Clarity"), P::Clarity}};
    for (qsizetype r = 1; r < scores.size(); ++r) {
        const QJsonArray row = scores[r].toArray();
        SCOPED_TRACE(
            QStringLiteral("%1 × %2").arg(row[3].toString(), row[5].toString()).toStdString());
        EXPECT_EQ(row[0].toString(), Journey);
        EXPECT_EQ(row[1].toString(), QStringLiteral("Baseline"));
        const analysis::CellStats* cell =
            results.cell(touchpoints.at(row[3].toString()), criteria.at(row[5].toString()));
        ASSERT_NE(cell, nullptr);
        ASSERT_TRUE(row[7].isDouble());
        EXPECT_EQ(row[7].toInt(), cell->n);
        if (cell->hasMean()) {
            ASSERT_TRUE(row[6].isDouble());
            EXPECT_DOUBLE_EQ(row[6].toDouble(), cell->mean);
            EXPECT_EQ(row[9].toDouble(), cell->min);
            EXPECT_EQ(row[10].toDouble(), cell->max);
        } else {
            EXPECT_TRUE(row[6].isNull()); // no mean without a score
            EXPECT_TRUE(row[12].isNull());
        }
        if (cell->n >= 2)
            EXPECT_DOUBLE_EQ(row[8].toDouble(), cell->sd);
        else
            EXPECT_TRUE(row[8].isNull()); // no spread of one score
        EXPECT_TRUE(row[11].isDouble());
    }
    // Checkout × Relevance: 1 and 2 against a target of 4.
    const QJsonArray checkout = scores[8].toArray();
    EXPECT_EQ(checkout[3].toString(), QStringLiteral("Checkout"));
    EXPECT_EQ(checkout[5].toString(), QStringLiteral("Relevance"));
    EXPECT_DOUBLE_EQ(checkout[6].toDouble(), 1.5);
    EXPECT_DOUBLE_EQ(checkout[12].toDouble(), 2.5);
    const QJsonArray formats = sheet(QStringLiteral("Scores"))[u"formats"].toArray();
    EXPECT_EQ(formats[6].toString(), QStringLiteral("0.00"));
    EXPECT_EQ(formats[7].toString(), QStringLiteral("0"));
}

TEST_F(XlsxWorkbookTest, WeakSpotsAreRankedAsCoreRanksThem)
{
    write();
    const auto spots =
        analysis::weakSpots(m_p.project, analysis::computeRound(m_p.project, P::Round));
    const QJsonArray weak = rows(QStringLiteral("Weak spots"));
    ASSERT_EQ(weak.size(), qsizetype(1 + spots.size()));
    const QJsonArray top = weak[1].toArray();
    EXPECT_EQ(top[0].toDouble(), 1.0);
    EXPECT_EQ(top[2].toString(), QStringLiteral("Baseline"));
    EXPECT_EQ(top[4].toString(), QStringLiteral("Checkout"));
    EXPECT_EQ(top[6].toString(), QStringLiteral("Relevance"));
    EXPECT_DOUBLE_EQ(top[8].toDouble(), 1.5);
    EXPECT_DOUBLE_EQ(top[14].toDouble(), spots.front().priority);
    EXPECT_EQ(top[16].toString(), spots.front().reason);
}

TEST_F(XlsxWorkbookTest, ActionDueDatesAndMetricDatesAreDates)
{
    write();
    const QJsonArray action = rows(QStringLiteral("Actions"))[1].toArray();
    EXPECT_EQ(action[0].toString(), QStringLiteral("Rewrite the checkout, step by step"));
    EXPECT_EQ(action[1].toString(), QStringLiteral("Checkout"));
    EXPECT_EQ(action[4][u"date"].toString(), QStringLiteral("2026-12-24"));
    EXPECT_EQ(action[5].toString(), actionStatusName(ActionStatus::InProgress));
    EXPECT_EQ(action[6].toDouble(), 4.0);

    const QJsonArray metric = rows(QStringLiteral("Metrics"))[1].toArray();
    EXPECT_EQ(metric[0].toString(), Journey);
    EXPECT_EQ(metric[1].toString(), QStringLiteral("Purchase"));
    EXPECT_EQ(metric[3].toString(), metricKindName(MetricKind::Ces));
    EXPECT_DOUBLE_EQ(metric[4].toDouble(), 5.25);
    EXPECT_EQ(metric[5].toDouble(), 48.0);
    EXPECT_EQ(metric[6].toString(), QStringLiteral("1-7"));
    EXPECT_EQ(metric[7][u"date"].toString(), QStringLiteral("2026-02-14"));
}

TEST_F(XlsxWorkbookTest, OneRoundOrEachJourneysLatest)
{
    Round followUp = m_p.project.rounds[0];
    followUp.id = 400;
    followUp.name = QStringLiteral("Follow-up");
    followUp.date = QDate(2026, 9, 1);
    m_p.project.rounds.push_back(followUp);
    m_p.project.ratings[RatingKey{400, P::Rita, P::Ad, P::Trust}] = Rating{2, {}};

    write(P::Round);
    EXPECT_EQ(rows(QStringLiteral("Ratings")).size(), 1 + 21);
    EXPECT_EQ(rows(QStringLiteral("Weak spots"))[1].toArray()[2].toString(),
              QStringLiteral("Baseline"));

    write();
    EXPECT_EQ(rows(QStringLiteral("Ratings")).size(), 1 + 21 + 1);
    EXPECT_EQ(rows(QStringLiteral("Scores")).size(), 1 + 2 * 12);
    const QJsonArray weak = rows(QStringLiteral("Weak spots"));
    ASSERT_EQ(weak.size(), 2); // the Ad's Trust, 2 against 4
    EXPECT_EQ(weak[1].toArray()[2].toString(), QStringLiteral("Follow-up"));
}

TEST_F(XlsxWorkbookTest, AFolderThatDoesNotExistFailsAndLeavesNoFile)
{
    ASSERT_TRUE(m_dir.isValid());
    const QString path = m_dir.path(QStringLiteral("missing/folder/book.xlsx"));
    const WorkbookResult result = writeWorkbook(m_p.project, NoId, path);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("does not exist")))
        << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("book.xlsx")));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_F(XlsxWorkbookTest, AFileThatCannotBeCreatedFailsAndLeavesWhatIsThere)
{
    ASSERT_TRUE(m_dir.isValid());
    // A folder where the file should be: libxlsxwriter cannot open it.
    const QString path = m_dir.path(QStringLiteral("taken.xlsx"));
    ASSERT_TRUE(QDir().mkpath(path));
    const WorkbookResult result = writeWorkbook(m_p.project, NoId, path);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.message.contains(QStringLiteral("taken.xlsx")))
        << result.message.toStdString();
    EXPECT_TRUE(QFileInfo(path).isDir());
}

TEST_F(XlsxWorkbookTest, AnUnknownRoundFailsAndWritesNothing)
{
    ASSERT_TRUE(m_dir.isValid());
    const QString path = m_dir.path(QStringLiteral("book.xlsx"));
    const WorkbookResult result = writeWorkbook(m_p.project, 12345, path);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.message.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path));
}

} // namespace
} // namespace js::xlsx
