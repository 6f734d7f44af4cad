#include "core/io/MermaidJourney.h"

#include "core/content/BuiltInFrameworks.h"
#include "core/content/JourneyTemplates.h"
#include "core/document/ProjectDocument.h"
#include "core/io/MermaidEscapes.h"
#include "core/model/ProjectQueries.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace js::mermaid {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(js::mermaid::MermaidJourney)
};

// What one kind of name may not hold as it is (see MermaidEscapes.h).
enum class Place { Title, Section, Task, Actor };

bool mustEscape(QChar c, Place place)
{
    switch (c.unicode()) {
    case u'#':
    case u';':
        return true;
    case u':':
        return place != Place::Title;
    case u',':
        return place == Place::Actor;
    default:
        return false;
    }
}

QString written(const QString& name, Place place)
{
    QString text;
    text.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        // One line per statement: a line break inside a name would end it.
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == u'\v' || c == u'\f' ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
            text += u' ';
            continue;
        }
        // "%%" anywhere is harmless only where the statement starts with a
        // keyword; for simplicity every doubled '%' is written small.
        const bool doubledPercent = c == u'%' && ((i > 0 && name[i - 1] == u'%') ||
                                                  (i + 1 < name.size() && name[i + 1] == u'%'));
        if (!mustEscape(c, place) && !doubledPercent) {
            text += c;
            continue;
        }
        for (const detail::Escape& escape : detail::escapes) {
            if (escape.plain == c.unicode())
                text += QChar(escape.written);
        }
    }
    text = text.trimmed();
    static const QRegularExpression keyword(
        QStringLiteral("^(journey|title|section|acc(title|descr))"),
        QRegularExpression::CaseInsensitiveOption);
    if (place == Place::Task && keyword.match(text).hasMatch())
        text.prepend(QChar(detail::keywordGuard));
    return text;
}

QString actorOf(const Project& project, const Journey& journey)
{
    const Persona* persona = findPersona(project, journey.personaId);
    const QString name = persona ? written(persona->name, Place::Actor) : QString();
    return name.isEmpty() ? Texts::tr("Customer") : name;
}

QString stageName(const MermaidSection& section, std::size_t index)
{
    return section.name.isEmpty() ? Texts::tr("Stage %1").arg(index + 1) : section.name;
}

} // namespace

int scoreFromEmotion(int emotion)
{
    static constexpr int scores[] = {1, 2, 2, 3, 4, 4, 5};
    const int clamped = std::clamp(emotion, Touchpoint::MinEmotion, Touchpoint::MaxEmotion);
    return scores[clamped - Touchpoint::MinEmotion];
}

int emotionFromScore(int score)
{
    static constexpr int emotions[] = {-3, -2, 0, 2, 3};
    return emotions[std::clamp(score, 1, 5) - 1];
}

QString journeyText(const Project& project, Id journeyId)
{
    const Journey* journey = findJourney(project, journeyId);
    if (!journey)
        return {};
    const QString actor = actorOf(project, *journey);
    QString text = QStringLiteral("journey\n");
    // "title" with nothing after it would be read as a task: leave it out.
    if (const QString title = written(journey->name, Place::Title); !title.isEmpty())
        text += QStringLiteral("    title %1\n").arg(title);
    for (const Stage& stage : journey->stages) {
        QString section = written(stage.name, Place::Section);
        if (section.isEmpty())
            section = Texts::tr("Untitled stage");
        text += QStringLiteral("    section %1\n").arg(section);
        for (const Touchpoint& touchpoint : stage.touchpoints) {
            QString task = written(touchpoint.name, Place::Task);
            if (task.isEmpty())
                task = Texts::tr("Untitled touchpoint");
            // One pass: a name holding "%2" must not take the score.
            text += QStringLiteral("      %1: %2: %3\n")
                        .arg(task, QString::number(scoreFromEmotion(touchpoint.emotion)), actor);
        }
    }
    return text;
}

ImportedJourney journeyFromImport(const MermaidImport& parsed, const QString& fallbackName)
{
    ImportedJourney result;
    // The lanes a new journey has, so the map shows the touchpoints and the
    // emotion curve and has rows ready for the rest.
    result.journey.lanes = journeyFromTemplate(JourneyTemplate::Lifecycle).lanes;
    result.journey.name = parsed.title.isEmpty() ? fallbackName : parsed.title;
    for (std::size_t i = 0; i < parsed.sections.size(); ++i) {
        const MermaidSection& section = parsed.sections[i];
        Stage stage;
        stage.name = stageName(section, i);
        for (const MermaidTask& task : section.tasks) {
            Touchpoint touchpoint;
            touchpoint.name = task.name;
            touchpoint.emotion = emotionFromScore(task.score);
            stage.touchpoints.push_back(std::move(touchpoint));
            if (!result.persona && !task.actors.isEmpty()) {
                result.persona = Persona{};
                result.persona->name = task.actors.first();
            }
        }
        result.journey.stages.push_back(std::move(stage));
    }
    return result;
}

Id addImportedJourney(ProjectDocument& document, const MermaidImport& parsed,
                      const QString& fallbackName)
{
    if (!parsed.ok)
        return NoId;
    ImportedJourney imported = journeyFromImport(parsed, fallbackName);
    ProjectDocument::Batch batch(&document,
                                 Texts::tr("Import journey %1").arg(quoted(imported.journey.name)));
    if (imported.persona) {
        const std::vector<Persona>& personas = document.project().personas;
        const auto same = std::find_if(personas.begin(), personas.end(), [&](const Persona& p) {
            return p.name == imported.persona->name;
        });
        imported.journey.personaId =
            same != personas.end() ? same->id : document.addPersona(*imported.persona);
    }
    return document.addJourney(std::move(imported.journey));
}

Project projectFromImport(const MermaidImport& parsed, const QString& fallbackName)
{
    ProjectDocument document;
    if (addImportedJourney(document, parsed, fallbackName) == NoId)
        return {};
    document.set(NoId, &Project::name, document.project().journeys.front().name);
    for (Framework& framework : builtInFrameworks())
        document.addFramework(std::move(framework));
    return document.project();
}

} // namespace js::mermaid
