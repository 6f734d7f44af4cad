#include "core/io/JsonFormat.h"

#include "core/model/ProjectQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Writing a project as JSON; reading it back is in JsonReader.cpp.

namespace js {

namespace {

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idJson(Id id)
{
    return id == NoId ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

template <typename T, typename F> QJsonArray arrayOf(const std::vector<T>& items, F&& toJson)
{
    QJsonArray array;
    for (const T& item : items)
        array.append(toJson(item));
    return array;
}

QJsonObject touchpointJson(const Touchpoint& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("channel"), channelKey(t.channel)},
            {QStringLiteral("owner"), t.owner},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("importance"), t.importance},
            {QStringLiteral("emotion"), t.emotion}};
}

QJsonObject laneJson(const Lane& l)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("kind"), laneKindKey(l.kind)},
            {QStringLiteral("hidden"), l.hidden}};
}

QJsonObject journeyJson(const Journey& j)
{
    return {{QStringLiteral("id"), j.id},
            {QStringLiteral("name"), j.name},
            {QStringLiteral("description"), j.description},
            {QStringLiteral("persona"), idJson(j.personaId)},
            {QStringLiteral("state"), journeyStateKey(j.state)},
            {QStringLiteral("lanes"), arrayOf(j.lanes, laneJson)},
            {QStringLiteral("stages"), arrayOf(j.stages, [](const Stage& s) {
                 return QJsonObject{
                     {QStringLiteral("id"), s.id},
                     {QStringLiteral("name"), s.name},
                     {QStringLiteral("description"), s.description},
                     {QStringLiteral("touchpoints"), arrayOf(s.touchpoints, touchpointJson)},
                     {QStringLiteral("cards"), arrayOf(s.cards, [](const LaneCard& c) {
                          return QJsonObject{{QStringLiteral("id"), c.id},
                                             {QStringLiteral("lane"), c.laneId},
                                             {QStringLiteral("text"), c.text}};
                      })}};
             })}};
}

QJsonObject frameworkJson(const Framework& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("key"), f.key},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("criteria"), arrayOf(f.criteria, [](const Criterion& c) {
                 return QJsonObject{
                     {QStringLiteral("id"), c.id},
                     {QStringLiteral("key"), c.key},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("description"), c.description},
                     {QStringLiteral("questions"), QJsonArray::fromStringList(c.questions)},
                     {QStringLiteral("weight"), c.weight},
                     {QStringLiteral("target"), c.target},
                     {QStringLiteral("enabled"), c.enabled}};
             })}};
}

QJsonValue scoreJson(int score)
{
    if (score == Rating::NotApplicable)
        return QStringLiteral("n/a");
    if (score == Rating::NotRated)
        return QJsonValue(QJsonValue::Null);
    return score;
}

} // namespace

QByteArray projectToJson(const Project& p)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("journeyscope-project"));
    root.insert(QStringLiteral("version"), JsonFormatVersion);
    root.insert(QStringLiteral("project"),
                QJsonObject{{QStringLiteral("name"), p.name},
                            {QStringLiteral("client"), p.client},
                            {QStringLiteral("description"), p.description}});
    root.insert(QStringLiteral("personas"), arrayOf(p.personas, [](const Persona& x) {
                    QJsonObject o{{QStringLiteral("id"), x.id},
                                  {QStringLiteral("name"), x.name},
                                  {QStringLiteral("role"), x.role},
                                  {QStringLiteral("description"), x.description},
                                  {QStringLiteral("goals"), x.goals},
                                  {QStringLiteral("frustrations"), x.frustrations},
                                  {QStringLiteral("quote"), x.quote}};
                    if (!x.photo.isEmpty())
                        o.insert(QStringLiteral("photo"), QString::fromLatin1(x.photo.toBase64()));
                    return o;
                }));
    root.insert(QStringLiteral("journeys"), arrayOf(p.journeys, journeyJson));
    root.insert(QStringLiteral("frameworks"), arrayOf(p.frameworks, frameworkJson));
    root.insert(QStringLiteral("rounds"), arrayOf(p.rounds, [](const Round& r) {
                    return QJsonObject{
                        {QStringLiteral("id"), r.id},
                        {QStringLiteral("name"), r.name},
                        {QStringLiteral("description"), r.description},
                        {QStringLiteral("date"), dateJson(r.date)},
                        {QStringLiteral("journey"), idJson(r.journeyId)},
                        {QStringLiteral("locked"), r.locked},
                        {QStringLiteral("criteria"),
                         arrayOf(r.criteria,
                                 [](const RoundCriterion& c) {
                                     return QJsonObject{
                                         {QStringLiteral("criterion"), c.criterionId},
                                         {QStringLiteral("weight"), c.weight},
                                         {QStringLiteral("target"), c.target}};
                                 })},
                        {QStringLiteral("raters"), arrayOf(r.raters, [](const Rater& x) {
                             return QJsonObject{{QStringLiteral("id"), x.id},
                                                {QStringLiteral("name"), x.name},
                                                {QStringLiteral("role"), x.role}};
                         })}};
                }));
    QJsonArray ratings;
    for (const auto& [key, rating] : p.ratings) {
        QJsonObject o{{QStringLiteral("round"), key.round},
                      {QStringLiteral("rater"), key.rater},
                      {QStringLiteral("touchpoint"), key.touchpoint},
                      {QStringLiteral("criterion"), key.criterion},
                      {QStringLiteral("score"), scoreJson(rating.score)}};
        if (!rating.note.isEmpty())
            o.insert(QStringLiteral("note"), rating.note);
        ratings.append(o);
    }
    root.insert(QStringLiteral("ratings"), ratings);
    root.insert(QStringLiteral("targets"), arrayOf(p.targets, [](const TargetOverride& t) {
                    return QJsonObject{{QStringLiteral("id"), t.id},
                                       {QStringLiteral("round"), t.roundId},
                                       {QStringLiteral("touchpoint"), t.touchpointId},
                                       {QStringLiteral("criterion"), t.criterionId},
                                       {QStringLiteral("target"), t.target}};
                }));
    root.insert(QStringLiteral("metrics"), arrayOf(p.metrics, [](const Metric& m) {
                    return QJsonObject{{QStringLiteral("id"), m.id},
                                       {QStringLiteral("touchpoint"), idJson(m.touchpointId)},
                                       {QStringLiteral("kind"), metricKindKey(m.kind)},
                                       {QStringLiteral("value"), m.value},
                                       {QStringLiteral("count"), m.count},
                                       {QStringLiteral("scale"), m.scale},
                                       {QStringLiteral("date"), dateJson(m.date)},
                                       {QStringLiteral("note"), m.note}};
                }));
    root.insert(QStringLiteral("actions"), arrayOf(p.actions, [](const Action& a) {
                    return QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("title"), a.title},
                                       {QStringLiteral("description"), a.description},
                                       {QStringLiteral("touchpoint"), idJson(a.touchpointId)},
                                       {QStringLiteral("criterion"), idJson(a.criterionId)},
                                       {QStringLiteral("owner"), a.owner},
                                       {QStringLiteral("due"), dateJson(a.due)},
                                       {QStringLiteral("status"), actionStatusKey(a.status)},
                                       {QStringLiteral("impact"), a.impact},
                                       {QStringLiteral("effort"), a.effort}};
                }));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace js
