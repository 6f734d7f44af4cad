// Reading a project from its JSON form, with the path of anything wrong in
// the message; writing is in JsonFormat.cpp.
#include "core/io/JsonFormat.h"
#include "core/io/JsonVersion1.h"
#include "core/model/ProjectQueries.h"
#include "core/model/ProjectValidation.h"
#include "core/model/ValueRanges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace js {

namespace {

struct JsonFormatText {
    Q_DECLARE_TR_FUNCTIONS(js::JsonFormat)
};

// Reads a parsed document into a project, with the path of what it reads for
// messages ("journeys[0].stages[2].touchpoints[1].channel").
class JsonReader {
public:
    std::optional<Project> read(const QJsonObject& root, QString* error);

private:
    bool fail(const QString& where, const QString& why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(where, why);
        return false;
    }
    QJsonArray array(const QJsonObject& object, const char16_t* name, const QString& where);
    QJsonObject element(const QJsonArray& array, qsizetype index, const QString& where);
    QString text(const QJsonObject& object, const char16_t* name, const QString& where);
    bool integer(const QJsonObject& object, const char16_t* name, const QString& where, qint64* out,
                 bool optional = false);
    bool integer(const QJsonObject& object, const char16_t* name, const QString& where, int* out,
                 int min, int max);
    bool flag(const QJsonObject& object, const char16_t* name, const QString& where, bool* out);
    bool number(const QJsonObject& object, const char16_t* name, const QString& where, double* out);
    bool date(const QJsonObject& object, const char16_t* name, const QString& where, QDate* out);
    template <typename E>
    bool key(const QJsonObject& object, const char16_t* name, const QString& where,
             std::optional<E> (*parse)(QStringView), E* out);

    QString m_error;
};

// "journeys[0].stages[2]" and "name" make "journeys[0].stages[2].name".
QString field(const QString& where, const char16_t* name)
{
    const QString member = QString::fromUtf16(name);
    return where.isEmpty() ? member : where + u'.' + member;
}

QJsonArray JsonReader::array(const QJsonObject& object, const char16_t* name, const QString& where)
{
    const QJsonValue value = object.value(QStringView(name));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        fail(field(where, name), JsonFormatText::tr("expected a list"));
        return {};
    }
    return value.toArray();
}

QJsonObject JsonReader::element(const QJsonArray& array, qsizetype index, const QString& where)
{
    if (!array[index].isObject())
        fail(where, JsonFormatText::tr("expected an object in braces"));
    return array[index].toObject();
}

QString JsonReader::text(const QJsonObject& object, const char16_t* name, const QString& where)
{
    const QJsonValue value = object.value(QStringView(name));
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        fail(field(where, name), JsonFormatText::tr("expected text in quotes"));
    return value.toString();
}

bool JsonReader::integer(const QJsonObject& object, const char16_t* name, const QString& where,
                         qint64* out, bool optional)
{
    const QJsonValue value = object.value(QStringView(name));
    if (optional && (value.isNull() || value.isUndefined())) {
        *out = NoId;
        return true;
    }
    // Whole numbers beyond 2^53 do not survive a trip through a double.
    const double d = value.toDouble(qQNaN());
    if (!value.isDouble() || !(std::abs(d) <= double(MaxId)) || d != std::trunc(d))
        return fail(field(where, name), JsonFormatText::tr("expected a whole number"));
    *out = qint64(d);
    return true;
}

bool JsonReader::integer(const QJsonObject& object, const char16_t* name, const QString& where,
                         int* out, int min, int max)
{
    qint64 value = 0;
    if (!integer(object, name, where, &value))
        return false;
    if (value < min || value > max)
        return fail(field(where, name),
                    JsonFormatText::tr("expected a whole number from %1 to %2").arg(min).arg(max));
    *out = int(value);
    return true;
}

bool JsonReader::flag(const QJsonObject& object, const char16_t* name, const QString& where,
                      bool* out)
{
    const QJsonValue value = object.value(QStringView(name));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool())
        return fail(field(where, name), JsonFormatText::tr("expected true or false"));
    *out = value.toBool();
    return true;
}

bool JsonReader::number(const QJsonObject& object, const char16_t* name, const QString& where,
                        double* out)
{
    const QJsonValue value = object.value(QStringView(name));
    if (!value.isDouble())
        return fail(field(where, name), JsonFormatText::tr("expected a number"));
    *out = value.toDouble();
    return true;
}

bool JsonReader::date(const QJsonObject& object, const char16_t* name, const QString& where,
                      QDate* out)
{
    const QJsonValue value = object.value(QStringView(name));
    if (value.isNull() || value.isUndefined()) {
        *out = QDate();
        return true;
    }
    *out = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !out->isValid())
        return fail(field(where, name), JsonFormatText::tr("expected a date like 2026-06-16"));
    return true;
}

template <typename E>
bool JsonReader::key(const QJsonObject& object, const char16_t* name, const QString& where,
                     std::optional<E> (*parse)(QStringView), E* out)
{
    const QString value = object.value(QStringView(name)).toString();
    const std::optional<E> parsed = parse(value);
    if (!parsed)
        return fail(field(where, name),
                    value.isEmpty() ? JsonFormatText::tr("expected one of the documented keys")
                                    : JsonFormatText::tr("unknown value “%1”").arg(value));
    *out = *parsed;
    return true;
}

std::optional<Project> JsonReader::read(const QJsonObject& root, QString* error)
{
    Project p;
    auto done = [&]() -> std::optional<Project> {
        if (m_error.isEmpty())
            m_error = validateProject(p);
        if (!m_error.isEmpty()) {
            *error = m_error;
            return std::nullopt;
        }
        return p;
    };
    if (root.value(u"format").toString() != u"journeyscope-project") {
        fail(QStringLiteral("format"), JsonFormatText::tr("this is not a Journeyscope project"));
        return done();
    }
    qint64 version = 0;
    if (integer(root, u"version", QString(), &version) && version > JsonFormatVersion)
        fail(QStringLiteral("version"),
             JsonFormatText::tr("made by a newer Journeyscope (format %1)").arg(version));
    else if (version < 1)
        fail(QStringLiteral("version"),
             JsonFormatText::tr("expected a format version of 1 or more"));
    const QJsonValue projectValue = root.value(u"project");
    if (!projectValue.isUndefined() && !projectValue.isObject())
        fail(QStringLiteral("project"),
             JsonFormatText::tr("expected an object with the project's name"));
    const QJsonObject project = projectValue.toObject();
    p.name = text(project, u"name", QStringLiteral("project"));
    p.client = text(project, u"client", QStringLiteral("project"));
    p.description = text(project, u"description", QStringLiteral("project"));

    const QJsonArray personas = array(root, u"personas", QString());
    for (qsizetype i = 0; i < personas.size(); ++i) {
        const QString at = QStringLiteral("personas[%1]").arg(i);
        const QJsonObject o = element(personas, i, at);
        Persona persona;
        integer(o, u"id", at, &persona.id);
        persona.name = text(o, u"name", at);
        persona.role = text(o, u"role", at);
        persona.description = text(o, u"description", at);
        persona.goals = text(o, u"goals", at);
        persona.frustrations = text(o, u"frustrations", at);
        persona.quote = text(o, u"quote", at);
        const QByteArray::FromBase64Result photo = QByteArray::fromBase64Encoding(
            text(o, u"photo", at).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!photo)
            fail(field(at, u"photo"), JsonFormatText::tr("expected an image in base64"));
        persona.photo = *photo;
        p.personas.push_back(std::move(persona));
    }

    const QJsonArray journeys = array(root, u"journeys", QString());
    for (qsizetype i = 0; i < journeys.size(); ++i) {
        const QString at = QStringLiteral("journeys[%1]").arg(i);
        const QJsonObject o = element(journeys, i, at);
        Journey journey;
        integer(o, u"id", at, &journey.id);
        journey.name = text(o, u"name", at);
        journey.description = text(o, u"description", at);
        integer(o, u"persona", at, &journey.personaId, true);
        key(o, u"state", at, &journeyStateFromKey, &journey.state);
        const QJsonArray lanes = array(o, u"lanes", at);
        for (qsizetype l = 0; l < lanes.size(); ++l) {
            const QString lat = at + QStringLiteral(".lanes[%1]").arg(l);
            const QJsonObject lo = element(lanes, l, lat);
            Lane lane;
            integer(lo, u"id", lat, &lane.id);
            lane.name = text(lo, u"name", lat);
            key(lo, u"kind", lat, &laneKindFromKey, &lane.kind);
            // Optional: JSON from before schema 1001 has no hidden lanes.
            flag(lo, u"hidden", lat, &lane.hidden);
            journey.lanes.push_back(std::move(lane));
        }
        const QJsonArray stages = array(o, u"stages", at);
        for (qsizetype s = 0; s < stages.size(); ++s) {
            const QString sat = at + QStringLiteral(".stages[%1]").arg(s);
            const QJsonObject so = element(stages, s, sat);
            Stage stage;
            integer(so, u"id", sat, &stage.id);
            stage.name = text(so, u"name", sat);
            stage.description = text(so, u"description", sat);
            const QJsonArray touchpoints = array(so, u"touchpoints", sat);
            for (qsizetype t = 0; t < touchpoints.size(); ++t) {
                const QString tat = sat + QStringLiteral(".touchpoints[%1]").arg(t);
                const QJsonObject to = element(touchpoints, t, tat);
                Touchpoint tp;
                integer(to, u"id", tat, &tp.id);
                tp.name = text(to, u"name", tat);
                key(to, u"channel", tat, &channelFromKey, &tp.channel);
                tp.owner = text(to, u"owner", tat);
                tp.description = text(to, u"description", tat);
                integer(to, u"importance", tat, &tp.importance, Touchpoint::MinImportance,
                        Touchpoint::MaxImportance);
                integer(to, u"emotion", tat, &tp.emotion, Touchpoint::MinEmotion,
                        Touchpoint::MaxEmotion);
                stage.touchpoints.push_back(std::move(tp));
            }
            const QJsonArray cards = array(so, u"cards", sat);
            for (qsizetype c = 0; c < cards.size(); ++c) {
                const QString cat = sat + QStringLiteral(".cards[%1]").arg(c);
                const QJsonObject co = element(cards, c, cat);
                LaneCard card;
                integer(co, u"id", cat, &card.id);
                integer(co, u"lane", cat, &card.laneId);
                card.text = text(co, u"text", cat);
                stage.cards.push_back(std::move(card));
            }
            journey.stages.push_back(std::move(stage));
        }
        p.journeys.push_back(std::move(journey));
    }

    const QJsonArray frameworks = array(root, u"frameworks", QString());
    for (qsizetype i = 0; i < frameworks.size(); ++i) {
        const QString at = QStringLiteral("frameworks[%1]").arg(i);
        const QJsonObject o = element(frameworks, i, at);
        Framework framework;
        integer(o, u"id", at, &framework.id);
        framework.key = text(o, u"key", at);
        framework.name = text(o, u"name", at);
        framework.description = text(o, u"description", at);
        const QJsonArray criteria = array(o, u"criteria", at);
        for (qsizetype c = 0; c < criteria.size(); ++c) {
            const QString cat = at + QStringLiteral(".criteria[%1]").arg(c);
            const QJsonObject co = element(criteria, c, cat);
            Criterion criterion;
            integer(co, u"id", cat, &criterion.id);
            criterion.key = text(co, u"key", cat);
            criterion.name = text(co, u"name", cat);
            criterion.description = text(co, u"description", cat);
            for (const QJsonValue& q : array(co, u"questions", cat)) {
                if (!q.isString())
                    fail(field(cat, u"questions"),
                         JsonFormatText::tr("expected a list of questions in quotes"));
                criterion.questions << q.toString();
            }
            number(co, u"weight", cat, &criterion.weight);
            number(co, u"target", cat, &criterion.target);
            flag(co, u"enabled", cat, &criterion.enabled);
            framework.criteria.push_back(std::move(criterion));
        }
        p.frameworks.push_back(std::move(framework));
    }

    const QJsonArray rounds = array(root, u"rounds", QString());
    for (qsizetype i = 0; i < rounds.size(); ++i) {
        const QString at = QStringLiteral("rounds[%1]").arg(i);
        const QJsonObject o = element(rounds, i, at);
        Round round;
        integer(o, u"id", at, &round.id);
        round.name = text(o, u"name", at);
        round.description = text(o, u"description", at);
        date(o, u"date", at, &round.date);
        // Format 1 allowed a round on no journey and named no criteria.
        integer(o, u"journey", at, &round.journeyId, version < 2);
        flag(o, u"locked", at, &round.locked);
        const QJsonArray criteria = array(o, u"criteria", at);
        if (version >= 2 && !o.contains(u"criteria"))
            fail(field(at, u"criteria"),
                 JsonFormatText::tr("expected the list of criteria the round rates"));
        for (qsizetype c = 0; c < criteria.size(); ++c) {
            const QString cat = at + QStringLiteral(".criteria[%1]").arg(c);
            const QJsonObject co = element(criteria, c, cat);
            RoundCriterion criterion;
            integer(co, u"criterion", cat, &criterion.criterionId);
            number(co, u"weight", cat, &criterion.weight);
            number(co, u"target", cat, &criterion.target);
            round.criteria.push_back(criterion);
        }
        const QJsonArray raters = array(o, u"raters", at);
        for (qsizetype r = 0; r < raters.size(); ++r) {
            const QString rat = at + QStringLiteral(".raters[%1]").arg(r);
            const QJsonObject ro = element(raters, r, rat);
            Rater rater;
            integer(ro, u"id", rat, &rater.id);
            rater.name = text(ro, u"name", rat);
            rater.role = text(ro, u"role", rat);
            round.raters.push_back(std::move(rater));
        }
        p.rounds.push_back(std::move(round));
    }

    const QJsonArray ratings = array(root, u"ratings", QString());
    for (qsizetype i = 0; i < ratings.size() && m_error.isEmpty(); ++i) {
        const QString at = QStringLiteral("ratings[%1]").arg(i);
        const QJsonObject o = element(ratings, i, at);
        RatingKey k;
        integer(o, u"round", at, &k.round);
        integer(o, u"rater", at, &k.rater);
        integer(o, u"touchpoint", at, &k.touchpoint);
        integer(o, u"criterion", at, &k.criterion);
        Rating rating;
        const QJsonValue score = o.value(u"score");
        if (score.isString() && score.toString() == u"n/a") {
            rating.score = Rating::NotApplicable;
        } else if (!score.isNull() && !score.isUndefined()) {
            qint64 value = 0;
            if (integer(o, u"score", at, &value) && (value < MinScore || value > MaxScore))
                fail(at + QStringLiteral(".score"),
                     JsonFormatText::tr("expected 1 to 5, \"n/a\" or null"));
            rating.score = int(value);
        }
        rating.note = text(o, u"note", at);
        if (rating.score == Rating::NotRated && rating.note.isEmpty())
            fail(at, JsonFormatText::tr(
                         "a rating with neither a score nor a note holds nothing; remove it"));
        if (!p.ratings.emplace(k, std::move(rating)).second)
            fail(at, JsonFormatText::tr("the same rating appears twice"));
    }

    if (version < 2 && m_error.isEmpty())
        completeVersion1Rounds(p);

    const QJsonArray targets = array(root, u"targets", QString());
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString at = QStringLiteral("targets[%1]").arg(i);
        const QJsonObject o = element(targets, i, at);
        TargetOverride t;
        integer(o, u"id", at, &t.id);
        integer(o, u"round", at, &t.roundId);
        integer(o, u"touchpoint", at, &t.touchpointId);
        integer(o, u"criterion", at, &t.criterionId);
        number(o, u"target", at, &t.target);
        p.targets.push_back(t);
    }

    const QJsonArray metrics = array(root, u"metrics", QString());
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QString at = QStringLiteral("metrics[%1]").arg(i);
        const QJsonObject o = element(metrics, i, at);
        Metric m;
        integer(o, u"id", at, &m.id);
        integer(o, u"touchpoint", at, &m.touchpointId, true);
        key(o, u"kind", at, &metricKindFromKey, &m.kind);
        number(o, u"value", at, &m.value);
        integer(o, u"count", at, &m.count, 0, std::numeric_limits<int>::max());
        m.scale = text(o, u"scale", at);
        date(o, u"date", at, &m.date);
        m.note = text(o, u"note", at);
        p.metrics.push_back(std::move(m));
    }

    const QJsonArray actions = array(root, u"actions", QString());
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString at = QStringLiteral("actions[%1]").arg(i);
        const QJsonObject o = element(actions, i, at);
        Action a;
        integer(o, u"id", at, &a.id);
        a.title = text(o, u"title", at);
        a.description = text(o, u"description", at);
        integer(o, u"touchpoint", at, &a.touchpointId, true);
        integer(o, u"criterion", at, &a.criterionId, true);
        a.owner = text(o, u"owner", at);
        date(o, u"due", at, &a.due);
        key(o, u"status", at, &actionStatusFromKey, &a.status);
        integer(o, u"impact", at, &a.impact, ranges::impact.min, ranges::impact.max);
        integer(o, u"effort", at, &a.effort, ranges::effort.min, ranges::effort.max);
        p.actions.push_back(std::move(a));
    }
    return done();
}

} // namespace

std::optional<Project> projectFromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        *error = JsonFormatText::tr("line %1, column %2: %3")
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = JsonFormatText::tr("line 1, column 1: expected a JSON object");
        return std::nullopt;
    }
    return JsonReader().read(document.object(), error);
}

} // namespace js
