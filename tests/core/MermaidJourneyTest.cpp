// Mermaid journey text: what the demo journey looks like written out, that
// whatever a user named things it reads back the same, what the reader
// forgives, and that what it refuses is refused on the right line.
#include "core/io/MermaidJourney.h"

#include "ProjectDiff.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "core/model/ProjectValidation.h"

#include <QRegularExpression>

#include <algorithm>
#include <gtest/gtest.h>

namespace js::test {
namespace {

using namespace js::mermaid;

std::string text(const QString& s)
{
    return s.toStdString();
}

TEST(MermaidJourneyTest, EveryScoreSurvivesAnEmotionAndBack)
{
    for (int score = 1; score <= 5; ++score)
        EXPECT_EQ(scoreFromEmotion(emotionFromScore(score)), score) << score;
    const int expected[] = {1, 2, 2, 3, 4, 4, 5};
    for (int emotion = -3; emotion <= 3; ++emotion)
        EXPECT_EQ(scoreFromEmotion(emotion), expected[emotion + 3]) << emotion;
    EXPECT_EQ(emotionFromScore(1), -3);
    EXPECT_EQ(emotionFromScore(3), 0);
    EXPECT_EQ(emotionFromScore(5), 3);
}

TEST(MermaidJourneyTest, TheDemoJourneyIsWrittenAsAJourneyDiagram)
{
    const Project demo = demoProject();
    const Journey& journey = demo.journeys.front();
    const QString diagram = journeyText(demo, journey.id);
    // The persona's comma would split the actor in two: it is written small.
    const QString actor = QStringLiteral("Dana\uFE50 first-time patio buyer");
    const QString start = QStringLiteral("journey\n"
                                         "    title First patio furniture order\n"
                                         "    section Awareness\n"
                                         "      Instagram patio ad: 4: %1\n"
                                         "      Google Shopping listing: 3: %1\n"
                                         "      Neighbor's recommendation: 4: %1\n")
                              .arg(actor);
    EXPECT_TRUE(diagram.startsWith(start)) << text(diagram);
    EXPECT_TRUE(diagram.contains(QStringLiteral("      Home delivery: 1: %1\n").arg(actor)));
    const QStringList lines = diagram.split(u'\n', Qt::SkipEmptyParts);
    qsizetype tasks = 0;
    for (const Stage& stage : journey.stages)
        tasks += qsizetype(stage.touchpoints.size());
    EXPECT_EQ(lines.size(), 2 + qsizetype(journey.stages.size()) + tasks);
    EXPECT_EQ(journeyText(demo, 987654), QString());
}

TEST(MermaidJourneyTest, TheDemoJourneyReadsBackWithItsStagesNamesAndScores)
{
    const Project demo = demoProject();
    const Journey& journey = demo.journeys.front();
    const MermaidImport parsed = parseJourney(journeyText(demo, journey.id));
    ASSERT_TRUE(parsed.ok) << text(parsed.message);
    EXPECT_EQ(parsed.title, journey.name);
    ASSERT_EQ(parsed.sections.size(), journey.stages.size());
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        const Stage& stage = journey.stages[s];
        EXPECT_EQ(parsed.sections[s].name, stage.name);
        ASSERT_EQ(parsed.sections[s].tasks.size(), stage.touchpoints.size());
        for (std::size_t t = 0; t < stage.touchpoints.size(); ++t) {
            const MermaidTask& task = parsed.sections[s].tasks[t];
            EXPECT_EQ(task.name, stage.touchpoints[t].name);
            EXPECT_EQ(task.score, scoreFromEmotion(stage.touchpoints[t].emotion));
            EXPECT_EQ(task.actors, QStringList{QStringLiteral("Dana, first-time patio buyer")});
        }
    }
}

// Entities with only what the text holds; the rest as a new one has it.
Touchpoint touchpoint(Id id, const QString& name, int emotion = 0)
{
    Touchpoint result;
    result.id = id;
    result.name = name;
    result.emotion = emotion;
    return result;
}

Stage stage(Id id, const QString& name)
{
    Stage result;
    result.id = id;
    result.name = name;
    return result;
}

Journey journey(Id id, const QString& name)
{
    Journey result;
    result.id = id;
    result.name = name;
    return result;
}

Project awkwardProject()
{
    Project project;
    Persona persona;
    persona.id = 1;
    persona.name = QStringLiteral("Smith, Jane: CEO #1");
    project.personas.push_back(persona);
    Journey awkward = journey(2, QStringLiteral("Q3: café #1; draft"));
    awkward.personaId = 1;
    Stage first = stage(3, QStringLiteral("Pre: sale #2; ünïcödé"));
    const char* names[] = {"Title search",
                           "Section 8 form",
                           "journey planner",
                           "accTitle",
                           "%%50 off",
                           "x%%y",
                           "Ask: why? #tag; now",
                           "日本語のテスト：済み",
                           "Ελληνικά, μια: δοκιμή",
                           "Emoji 🚚 delivery"};
    Id id = 10;
    int emotion = -3;
    for (const char* name : names) {
        first.touchpoints.push_back(touchpoint(id++, QString::fromUtf8(name), emotion));
        emotion = emotion == 3 ? -3 : emotion + 1;
    }
    awkward.stages.push_back(first);
    project.journeys.push_back(awkward);
    return project;
}

TEST(MermaidJourneyTest, AwkwardNamesAreWrittenSoMermaidParsesThemAndReadBackTheSame)
{
    const Project project = awkwardProject();
    const QString diagram = journeyText(project, 2);
    // What Mermaid's lexer would stumble on is gone from the text.
    EXPECT_FALSE(diagram.contains(u'#')) << text(diagram);
    EXPECT_FALSE(diagram.contains(u';')) << text(diagram);
    EXPECT_FALSE(diagram.contains(QStringLiteral("%%"))) << text(diagram);
    const QStringList lines = diagram.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QString statement = line.trimmed();
        if (statement.startsWith(QStringLiteral("section "))) {
            EXPECT_FALSE(statement.contains(u':')) << text(statement);
        } else if (!statement.startsWith(QStringLiteral("title ")) && statement != u"journey") {
            EXPECT_EQ(statement.count(u':'), 2) << text(statement);
            // No task starts with a keyword that would make it another statement.
            static const QRegularExpression keyword(
                QStringLiteral("^(journey|title|section|acctitle|accdescr)"),
                QRegularExpression::CaseInsensitiveOption);
            EXPECT_FALSE(keyword.match(statement).hasMatch()) << text(statement);
        }
    }

    const MermaidImport parsed = parseJourney(diagram);
    ASSERT_TRUE(parsed.ok) << text(parsed.message);
    const Journey& journey = project.journeys.front();
    EXPECT_EQ(parsed.title, journey.name);
    ASSERT_EQ(parsed.sections.size(), 1u);
    EXPECT_EQ(parsed.sections[0].name, journey.stages[0].name);
    const std::vector<Touchpoint>& touchpoints = journey.stages[0].touchpoints;
    ASSERT_EQ(parsed.sections[0].tasks.size(), touchpoints.size());
    for (std::size_t t = 0; t < touchpoints.size(); ++t) {
        const MermaidTask& task = parsed.sections[0].tasks[t];
        EXPECT_EQ(task.name, touchpoints[t].name);
        EXPECT_EQ(task.score, scoreFromEmotion(touchpoints[t].emotion));
        EXPECT_EQ(task.actors, QStringList{QStringLiteral("Smith, Jane: CEO #1")});
    }
}

TEST(MermaidJourneyTest, LineBreaksAndEmptyNamesStillGiveOneStatementALine)
{
    Project project;
    Journey unnamed = journey(5, QString());
    unnamed.stages.push_back(stage(6, QString()));
    unnamed.stages[0].touchpoints.push_back(touchpoint(7, QStringLiteral("Two\nlines\r\nhere")));
    unnamed.stages[0].touchpoints.push_back(touchpoint(8, QStringLiteral("   ")));
    project.journeys.push_back(unnamed);
    const QString diagram = journeyText(project, 5);
    EXPECT_EQ(diagram, QStringLiteral("journey\n"
                                      "    section Untitled stage\n"
                                      "      Two lines  here: 3: Customer\n"
                                      "      Untitled touchpoint: 3: Customer\n"));
    EXPECT_TRUE(parseJourney(diagram).ok);
}

TEST(MermaidJourneyTest, CommentsCrlfIndentationAndAccessibilityLinesAreTolerated)
{
    const QString diagram = QStringLiteral("\uFEFF---\r\n"
                                           "title: From the front matter\r\n"
                                           "---\r\n"
                                           "%%{init: {'theme': 'forest'}}%%\r\n"
                                           "\r\n"
                                           "  %% a comment before the diagram\r\n"
                                           "JOURNEY\r\n"
                                           "\taccTitle: My day, for screen readers\r\n"
                                           "  accDescr: What I do; and when\r\n"
                                           "  accDescr {\r\n"
                                           "    Several lines\r\n"
                                           "    of description }\r\n"
                                           "Wake up: 2   # before any section\r\n"
                                           "\r\n"
                                           "        section Go to work  # the morning\r\n"
                                           "  %% tea first\r\n"
                                           "      Make tea  :5:Me,   Cat , \r\n"
                                           "Go upstairs: 3\r\n"
                                           "    section Go home\r\n");
    const MermaidImport parsed = parseJourney(diagram);
    ASSERT_TRUE(parsed.ok) << text(parsed.message);
    EXPECT_EQ(parsed.title, QStringLiteral("From the front matter"));
    ASSERT_EQ(parsed.sections.size(), 3u);
    EXPECT_EQ(parsed.sections[0].name, QString());
    EXPECT_EQ(parsed.sections[0].tasks,
              (std::vector<MermaidTask>{{QStringLiteral("Wake up"), 2, {}}}));
    EXPECT_EQ(parsed.sections[1].name, QStringLiteral("Go to work"));
    EXPECT_EQ(parsed.sections[1].tasks,
              (std::vector<MermaidTask>{
                  {QStringLiteral("Make tea"), 5, {QStringLiteral("Me"), QStringLiteral("Cat")}},
                  {QStringLiteral("Go upstairs"), 3, {}}}));
    EXPECT_EQ(parsed.sections[2].name, QStringLiteral("Go home"));
    EXPECT_TRUE(parsed.sections[2].tasks.empty());

    // A title in the diagram wins over the front matter's; none at all is fine.
    EXPECT_EQ(parseJourney(QStringLiteral("journey\n title  Mine \nsection A\n a: 1: X\n")).title,
              QStringLiteral("Mine"));
    const MermaidImport untitled = parseJourney(QStringLiteral("journey\nsection A\n  a: 1\n"));
    EXPECT_TRUE(untitled.ok);
    EXPECT_EQ(untitled.title, QString());
}

struct Refusal {
    const char* text;
    int line;
    const char* says;
};

TEST(MermaidJourneyTest, WhatCannotBeReadIsRefusedOnItsLine)
{
    const Refusal refusals[] = {
        {"graph TD\n  A --> B\n", 1, "not a Mermaid journey diagram"},
        {"%% comment\n\nsequenceDiagram\n", 3, "“sequenceDiagram”"},
        {"journey\n  section A\n    Make tea\n", 3, "“Make tea” has no score"},
        {"journey\n  section A\n    Make tea:\n", 3, "“Make tea” has no score"},
        {"journey\n  section A\n    Make tea: : Me\n", 3, "has no score"},
        {"journey\r\n\r\n  section A\r\n    a: 1\r\n    Make tea: 6: Me\r\n", 5,
         "whole number from 1 to 5"},
        {"journey\n  section A\n    Make tea: 0: Me\n", 3, "is “0”"},
        {"journey\n  section A\n    Make tea: 2.5: Me\n", 3, "is “2.5”"},
        {"journey\n  section A\n    Make tea: five: Me\n", 3, "is “five”"},
        {"journey\n  section A\n    : 3: Me\n", 3, "needs a name"},
        {"journey\n  section A\n    Tea; coffee: 3: Me\n", 3, "“;”"},
        {"journey\n  accDescr {\n  never closed\n", 2, "never closed"},
        {"---\ntitle: x\n", 1, "front matter"},
    };
    for (const Refusal& refusal : refusals) {
        const MermaidImport parsed = parseJourney(QString::fromUtf8(refusal.text));
        EXPECT_FALSE(parsed.ok) << refusal.text;
        EXPECT_EQ(parsed.line, refusal.line) << refusal.text;
        EXPECT_TRUE(parsed.message.startsWith(QStringLiteral("line %1: ").arg(refusal.line)))
            << text(parsed.message);
        EXPECT_TRUE(parsed.message.contains(QString::fromUtf8(refusal.says)))
            << text(parsed.message);
        EXPECT_TRUE(parsed.sections.empty());
    }
    for (const char* empty : {"", "\n  \n%% only a comment\n", "journey\n  title Nothing\n"}) {
        const MermaidImport parsed = parseJourney(QString::fromUtf8(empty));
        EXPECT_FALSE(parsed.ok) << empty;
        EXPECT_EQ(parsed.line, 0) << empty;
        EXPECT_FALSE(parsed.message.isEmpty());
    }
}

TEST(MermaidJourneyTest, AnImportBecomesAJourneyLikeANewOne)
{
    const MermaidImport parsed = parseJourney(QStringLiteral(
        "journey\n  title Café visit\n  section Arrive\n    Find a table: 2: Ana, Ben\n"
        "    Order: 4\n  section Leave\n    Pay: 5: Ben\n"));
    ASSERT_TRUE(parsed.ok) << text(parsed.message);
    const ImportedJourney imported = journeyFromImport(parsed, QStringLiteral("visit"));
    const Journey& journey = imported.journey;
    EXPECT_EQ(journey.name, QStringLiteral("Café visit"));
    ASSERT_EQ(journey.stages.size(), 2u);
    EXPECT_EQ(journey.stages[0].name, QStringLiteral("Arrive"));
    ASSERT_EQ(journey.stages[0].touchpoints.size(), 2u);
    EXPECT_EQ(journey.stages[0].touchpoints[0].name, QStringLiteral("Find a table"));
    EXPECT_EQ(journey.stages[0].touchpoints[0].emotion, -2);
    EXPECT_EQ(journey.stages[0].touchpoints[1].emotion, 2);
    EXPECT_EQ(journey.stages[1].touchpoints[0].emotion, 3);
    const auto hasLane = [&](LaneKind kind) {
        return std::any_of(journey.lanes.begin(), journey.lanes.end(),
                           [kind](const Lane& lane) { return lane.kind == kind; });
    };
    EXPECT_TRUE(hasLane(LaneKind::Touchpoints));
    EXPECT_TRUE(hasLane(LaneKind::Emotion));
    ASSERT_TRUE(imported.persona);
    EXPECT_EQ(imported.persona->name, QStringLiteral("Ana"));

    // No title: the fallback names it; no actors: no persona; no section: a numbered stage.
    const ImportedJourney bare =
        journeyFromImport(parseJourney(QStringLiteral("journey\n a: 3\n")), QStringLiteral("f"));
    EXPECT_EQ(bare.journey.name, QStringLiteral("f"));
    EXPECT_FALSE(bare.persona);
    ASSERT_EQ(bare.journey.stages.size(), 1u);
    EXPECT_EQ(bare.journey.stages[0].name, QStringLiteral("Stage 1"));
}

TEST(MermaidJourneyTest, AddingAnImportIsOneUndoStepAndReusesAPersonaOfTheSameName)
{
    ProjectDocument document(demoProject());
    const Project before = document.project();
    const Journey& demoJourney = before.journeys.front();
    const MermaidImport parsed = parseJourney(journeyText(before, demoJourney.id));
    ASSERT_TRUE(parsed.ok);
    const Id id = addImportedJourney(document, parsed, QStringLiteral("unused"));
    ASSERT_NE(id, NoId);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.project().journeys.size(), before.journeys.size() + 1);
    // The persona the diagram names is the demo's own: not a second one.
    EXPECT_EQ(document.project().personas.size(), before.personas.size());
    const Journey* journey = findJourney(document.project(), id);
    ASSERT_TRUE(journey);
    EXPECT_EQ(journey->personaId, demoJourney.personaId);
    EXPECT_EQ(validateProject(document.project()), QString());
    document.undoStack()->undo();
    EXPECT_EQ(firstDifference(document.project(), before), "");

    // A new actor is a new persona, and it goes with the same undo step.
    const MermaidImport other = parseJourney(QStringLiteral("journey\n section A\n a: 1: Zoë\n"));
    ASSERT_NE(addImportedJourney(document, other, QStringLiteral("x")), NoId);
    EXPECT_EQ(document.project().personas.size(), before.personas.size() + 1);
    EXPECT_EQ(document.project().personas.back().name, QStringLiteral("Zoë"));
    document.undoStack()->undo();
    EXPECT_EQ(firstDifference(document.project(), before), "");
    EXPECT_EQ(addImportedJourney(document, parseJourney(QString()), QStringLiteral("x")), NoId);
}

TEST(MermaidJourneyTest, AProjectFromAnImportIsSoundAndHasTheFrameworks)
{
    const MermaidImport parsed =
        parseJourney(QStringLiteral("journey\n title Day\n section A\n a: 1: Me\n"));
    const Project project = projectFromImport(parsed, QStringLiteral("x"));
    EXPECT_EQ(validateProject(project), QString());
    EXPECT_EQ(project.name, QStringLiteral("Day"));
    ASSERT_EQ(project.journeys.size(), 1u);
    EXPECT_EQ(project.personas.size(), 1u);
    EXPECT_GE(project.frameworks.size(), 2u);
    EXPECT_NE(project.journeys[0].id, NoId);
}

} // namespace
} // namespace js::test
