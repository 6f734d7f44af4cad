#include "core/storage/ProjectReader.h"

#include "core/model/ProjectQueries.h"
#include "core/model/ProjectValidation.h"
#include "core/storage/NativeRatings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace js {

namespace {

struct ProjectReaderText {
    Q_DECLARE_TR_FUNCTIONS(js::ProjectReader)
};

class Reader {
public:
    explicit Reader(QSqlDatabase database)
        : m_database(std::move(database))
    {}

    std::optional<Project> read(QString* error);

private:
    bool query(const QString& sql);
    bool fail(const QString& why);
    template <typename E>
    bool key(const QVariant& value, std::optional<E> (*parse)(QStringView), E& out,
             const char* what);

    bool readMeta();
    bool readPersonas();
    bool readJourneys();
    bool readFrameworks();
    bool readRounds();
    bool readRatings();
    bool readTargets();
    bool readMetrics();
    bool readActions();

    QSqlDatabase m_database;
    QSqlQuery m_query;
    Project m_project;
    QString m_error;
};

// Dates are ISO text, or empty for none; nullopt for anything else.
std::optional<QDate> dateOf(const QVariant& value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// Guiding questions are a JSON list of strings; nullopt for anything else.
std::optional<QStringList> questionsOf(const QVariant& value)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QStringList questions;
    for (const QJsonValue& question : document.array()) {
        if (!question.isString())
            return std::nullopt;
        questions << question.toString();
    }
    return questions;
}

Id referenceOf(const QVariant& value)
{
    return value.isNull() ? NoId : value.toLongLong();
}

bool Reader::query(const QString& sql)
{
    m_query = QSqlQuery(m_database);
    m_query.setForwardOnly(true);
    if (m_query.exec(sql))
        return true;
    return fail(m_query.lastError().text());
}

bool Reader::fail(const QString& why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

template <typename E>
bool Reader::key(const QVariant& value, std::optional<E> (*parse)(QStringView), E& out,
                 const char* what)
{
    const QString text = value.toString();
    const std::optional<E> parsed = parse(text);
    if (!parsed)
        return fail(ProjectReaderText::tr(what).arg(text));
    out = *parsed;
    return true;
}

bool Reader::readMeta()
{
    if (!query(QStringLiteral("SELECT key, value FROM meta")))
        return false;
    while (m_query.next()) {
        const QString key = m_query.value(0).toString();
        const QString value = m_query.value(1).toString();
        if (key == u"name")
            m_project.name = value;
        else if (key == u"client")
            m_project.client = value;
        else if (key == u"description")
            m_project.description = value;
    }
    return true;
}

bool Reader::readPersonas()
{
    if (!query(QStringLiteral("SELECT id, name, role, description, goals, frustrations, quote, "
                              "photo FROM persona ORDER BY position, id")))
        return false;
    while (m_query.next()) {
        Persona p;
        p.id = m_query.value(0).toLongLong();
        p.name = m_query.value(1).toString();
        p.role = m_query.value(2).toString();
        p.description = m_query.value(3).toString();
        p.goals = m_query.value(4).toString();
        p.frustrations = m_query.value(5).toString();
        p.quote = m_query.value(6).toString();
        p.photo = m_query.value(7).toByteArray();
        m_project.personas.push_back(std::move(p));
    }
    return true;
}

bool Reader::readJourneys()
{
    if (!query(QStringLiteral("SELECT id, name, description, persona_id, state FROM journey "
                              "ORDER BY position, id")))
        return false;
    QHash<Id, size_t> journeys;
    while (m_query.next()) {
        Journey j;
        j.id = m_query.value(0).toLongLong();
        j.name = m_query.value(1).toString();
        j.description = m_query.value(2).toString();
        j.personaId = referenceOf(m_query.value(3));
        if (!key(m_query.value(4), &journeyStateFromKey, j.state,
                 QT_TRANSLATE_NOOP("js::ProjectReader", "unknown journey state “%1”")))
            return false;
        journeys.insert(j.id, m_project.journeys.size());
        m_project.journeys.push_back(std::move(j));
    }
    auto journeyOf = [&](const QVariant& id) -> Journey* {
        auto it = journeys.find(id.toLongLong());
        return it == journeys.end() ? nullptr : &m_project.journeys[*it];
    };

    if (!query(QStringLiteral("SELECT id, journey_id, name, kind, hidden FROM lane "
                              "ORDER BY journey_id, position, id")))
        return false;
    while (m_query.next()) {
        Journey* journey = journeyOf(m_query.value(1));
        if (!journey)
            return fail(ProjectReaderText::tr("a lane belongs to no journey"));
        Lane lane;
        lane.id = m_query.value(0).toLongLong();
        lane.name = m_query.value(2).toString();
        if (!key(m_query.value(3), &laneKindFromKey, lane.kind,
                 QT_TRANSLATE_NOOP("js::ProjectReader", "unknown lane kind “%1”")))
            return false;
        lane.hidden = m_query.value(4).toInt() != 0;
        journey->lanes.push_back(std::move(lane));
    }

    if (!query(QStringLiteral("SELECT id, journey_id, name, description FROM stage "
                              "ORDER BY journey_id, position, id")))
        return false;
    QHash<Id, std::pair<size_t, size_t>> stages;
    while (m_query.next()) {
        Journey* journey = journeyOf(m_query.value(1));
        if (!journey)
            return fail(ProjectReaderText::tr("a stage belongs to no journey"));
        Stage stage;
        stage.id = m_query.value(0).toLongLong();
        stage.name = m_query.value(2).toString();
        stage.description = m_query.value(3).toString();
        stages.insert(stage.id,
                      {size_t(journey - m_project.journeys.data()), journey->stages.size()});
        journey->stages.push_back(std::move(stage));
    }
    auto stageOf = [&](const QVariant& id) -> Stage* {
        auto it = stages.find(id.toLongLong());
        return it == stages.end() ? nullptr : &m_project.journeys[it->first].stages[it->second];
    };

    if (!query(
            QStringLiteral("SELECT id, stage_id, name, channel, owner, description, "
                           "importance, emotion FROM touchpoint ORDER BY stage_id, position, id")))
        return false;
    while (m_query.next()) {
        Stage* stage = stageOf(m_query.value(1));
        if (!stage)
            return fail(ProjectReaderText::tr("a touchpoint belongs to no stage"));
        Touchpoint t;
        t.id = m_query.value(0).toLongLong();
        t.name = m_query.value(2).toString();
        if (!key(m_query.value(3), &channelFromKey, t.channel,
                 QT_TRANSLATE_NOOP("js::ProjectReader", "unknown channel “%1”")))
            return false;
        t.owner = m_query.value(4).toString();
        t.description = m_query.value(5).toString();
        t.importance = m_query.value(6).toInt();
        t.emotion = m_query.value(7).toInt();
        if (t.importance < Touchpoint::MinImportance || t.importance > Touchpoint::MaxImportance ||
            t.emotion < Touchpoint::MinEmotion || t.emotion > Touchpoint::MaxEmotion)
            return fail(
                ProjectReaderText::tr("a touchpoint's importance or emotion is out of range"));
        stage->touchpoints.push_back(std::move(t));
    }

    if (!query(QStringLiteral("SELECT id, stage_id, lane_id, text FROM card "
                              "ORDER BY stage_id, position, id")))
        return false;
    while (m_query.next()) {
        Stage* stage = stageOf(m_query.value(1));
        if (!stage)
            return fail(ProjectReaderText::tr("a card belongs to no stage"));
        stage->cards.push_back(LaneCard{m_query.value(0).toLongLong(),
                                        m_query.value(2).toLongLong(),
                                        m_query.value(3).toString()});
    }
    return true;
}

bool Reader::readFrameworks()
{
    if (!query(QStringLiteral("SELECT id, key, name, description FROM framework "
                              "ORDER BY position, id")))
        return false;
    QHash<Id, size_t> frameworks;
    while (m_query.next()) {
        Framework f;
        f.id = m_query.value(0).toLongLong();
        f.key = m_query.value(1).toString();
        f.name = m_query.value(2).toString();
        f.description = m_query.value(3).toString();
        frameworks.insert(f.id, m_project.frameworks.size());
        m_project.frameworks.push_back(std::move(f));
    }
    if (!query(
            QStringLiteral("SELECT id, framework_id, key, name, description, questions, weight, "
                           "target, enabled FROM criterion ORDER BY framework_id, position, id")))
        return false;
    while (m_query.next()) {
        auto it = frameworks.find(m_query.value(1).toLongLong());
        if (it == frameworks.end())
            return fail(ProjectReaderText::tr("a criterion belongs to no framework"));
        Criterion c;
        c.id = m_query.value(0).toLongLong();
        c.key = m_query.value(2).toString();
        c.name = m_query.value(3).toString();
        c.description = m_query.value(4).toString();
        const std::optional<QStringList> questions = questionsOf(m_query.value(5));
        if (!questions)
            return fail(QStringLiteral("the guiding questions of criterion “%1” are not a list of "
                                       "text")
                            .arg(c.name));
        c.questions = *questions;
        c.weight = m_query.value(6).toDouble();
        c.target = m_query.value(7).toDouble();
        c.enabled = m_query.value(8).toInt() != 0;
        m_project.frameworks[*it].criteria.push_back(std::move(c));
    }
    return true;
}

bool Reader::readRounds()
{
    if (!query(QStringLiteral("SELECT id, name, description, date, journey_id, locked FROM round "
                              "ORDER BY position, id")))
        return false;
    QHash<Id, size_t> rounds;
    while (m_query.next()) {
        Round r;
        r.id = m_query.value(0).toLongLong();
        r.name = m_query.value(1).toString();
        r.description = m_query.value(2).toString();
        const std::optional<QDate> date = dateOf(m_query.value(3));
        if (!date)
            return fail(
                ProjectReaderText::tr("round “%1” has a date that is not a date").arg(r.name));
        r.date = *date;
        r.journeyId = referenceOf(m_query.value(4));
        r.locked = m_query.value(5).toInt() != 0;
        rounds.insert(r.id, m_project.rounds.size());
        m_project.rounds.push_back(std::move(r));
    }
    if (!query(QStringLiteral("SELECT round_id, criterion_id, weight, target FROM round_criterion "
                              "ORDER BY round_id, position, criterion_id")))
        return false;
    while (m_query.next()) {
        auto it = rounds.find(m_query.value(0).toLongLong());
        if (it == rounds.end())
            return fail(ProjectReaderText::tr("a criterion of a round belongs to no round"));
        m_project.rounds[*it].criteria.push_back(RoundCriterion{m_query.value(1).toLongLong(),
                                                                m_query.value(2).toDouble(),
                                                                m_query.value(3).toDouble()});
    }
    if (!query(QStringLiteral("SELECT id, round_id, name, role FROM rater "
                              "ORDER BY round_id, position, id")))
        return false;
    while (m_query.next()) {
        auto it = rounds.find(m_query.value(1).toLongLong());
        if (it == rounds.end())
            return fail(ProjectReaderText::tr("a rater belongs to no round"));
        m_project.rounds[*it].raters.push_back(Rater{m_query.value(0).toLongLong(),
                                                     m_query.value(2).toString(),
                                                     m_query.value(3).toString()});
    }
    return true;
}

bool Reader::readRatings()
{
    // The one table of many rows: read without Qt's driver when it can be.
    if (readRatingsNatively(m_database, &m_project.ratings))
        return true;
    if (!query(
            QStringLiteral("SELECT round_id, rater_id, touchpoint_id, criterion_id, score, note "
                           "FROM rating ORDER BY round_id, rater_id, touchpoint_id, criterion_id")))
        return false;
    auto& ratings = m_project.ratings;
    while (m_query.next()) {
        const RatingKey key{m_query.value(0).toLongLong(), m_query.value(1).toLongLong(),
                            m_query.value(2).toLongLong(), m_query.value(3).toLongLong()};
        Rating rating{m_query.value(4).toInt(), m_query.value(5).toString()};
        if (!isValidScore(rating.score))
            return fail(ProjectReaderText::tr("a score is out of range"));
        ratings.emplace_hint(ratings.end(), key, std::move(rating));
    }
    return true;
}

bool Reader::readTargets()
{
    if (!query(QStringLiteral("SELECT id, round_id, touchpoint_id, criterion_id, target "
                              "FROM target ORDER BY position, id")))
        return false;
    while (m_query.next()) {
        m_project.targets.push_back(
            TargetOverride{m_query.value(0).toLongLong(), m_query.value(1).toLongLong(),
                           m_query.value(2).toLongLong(), m_query.value(3).toLongLong(),
                           m_query.value(4).toDouble()});
    }
    return true;
}

bool Reader::readMetrics()
{
    if (!query(QStringLiteral("SELECT id, touchpoint_id, kind, value, count, scale, date, note "
                              "FROM metric ORDER BY position, id")))
        return false;
    while (m_query.next()) {
        Metric m;
        m.id = m_query.value(0).toLongLong();
        m.touchpointId = referenceOf(m_query.value(1));
        if (!key(m_query.value(2), &metricKindFromKey, m.kind,
                 QT_TRANSLATE_NOOP("js::ProjectReader", "unknown metric kind “%1”")))
            return false;
        m.value = m_query.value(3).toDouble();
        m.count = m_query.value(4).toInt();
        m.scale = m_query.value(5).toString();
        const std::optional<QDate> date = dateOf(m_query.value(6));
        if (!date)
            return fail(ProjectReaderText::tr("a metric has a date that is not a date"));
        m.date = *date;
        m.note = m_query.value(7).toString();
        m_project.metrics.push_back(std::move(m));
    }
    return true;
}

bool Reader::readActions()
{
    if (!query(QStringLiteral("SELECT id, title, description, touchpoint_id, criterion_id, owner, "
                              "due, status, impact, effort FROM action ORDER BY position, id")))
        return false;
    while (m_query.next()) {
        Action a;
        a.id = m_query.value(0).toLongLong();
        a.title = m_query.value(1).toString();
        a.description = m_query.value(2).toString();
        a.touchpointId = referenceOf(m_query.value(3));
        a.criterionId = referenceOf(m_query.value(4));
        a.owner = m_query.value(5).toString();
        const std::optional<QDate> due = dateOf(m_query.value(6));
        if (!due)
            return fail(ProjectReaderText::tr("action “%1” has a due date that is not a date")
                            .arg(a.title));
        a.due = *due;
        if (!key(m_query.value(7), &actionStatusFromKey, a.status,
                 QT_TRANSLATE_NOOP("js::ProjectReader", "unknown action status “%1”")))
            return false;
        a.impact = m_query.value(8).toInt();
        a.effort = m_query.value(9).toInt();
        m_project.actions.push_back(std::move(a));
    }
    return true;
}

std::optional<Project> Reader::read(QString* error)
{
    const bool ok = readMeta() && readPersonas() && readJourneys() && readFrameworks() &&
                    readRounds() && readRatings() && readTargets() && readMetrics() &&
                    readActions();
    m_query = QSqlQuery();
    if (!ok) {
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    return std::move(m_project);
}

} // namespace

std::optional<Project> readProject(QSqlDatabase database, QString* error)
{
    return Reader(std::move(database)).read(error);
}

std::optional<Project> loadProject(QSqlDatabase database, QString* error)
{
    std::optional<Project> project = readProject(std::move(database), error);
    if (project) {
        if (const QString problem = validateProject(*project); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    return project;
}

} // namespace js
