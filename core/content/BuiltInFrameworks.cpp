#include "core/content/BuiltInFrameworks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace js {

QJsonObject readJsonResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Framework frameworkFromJson(const QJsonObject& object)
{
    Framework framework;
    framework.key = object.value(u"key").toString();
    framework.name = object.value(u"name").toString();
    framework.description = object.value(u"description").toString();
    const QJsonArray criteria = object.value(u"criteria").toArray();
    for (const QJsonValue& value : criteria) {
        const QJsonObject item = value.toObject();
        Criterion criterion;
        criterion.key = item.value(u"key").toString();
        criterion.name = item.value(u"name").toString();
        criterion.description = item.value(u"description").toString();
        for (const QJsonValue& question : item.value(u"questions").toArray())
            criterion.questions.append(question.toString());
        criterion.weight = item.value(u"weight").toDouble(1.0);
        criterion.target = item.value(u"target").toDouble(DefaultTarget);
        criterion.enabled = item.value(u"enabled").toBool(true);
        framework.criteria.push_back(std::move(criterion));
    }
    return framework;
}

std::vector<Framework> builtInFrameworks()
{
    std::vector<Framework> frameworks;
    for (const char16_t* path : {u":/frameworks/trixie.json", u":/frameworks/five-cs.json"})
        frameworks.push_back(frameworkFromJson(readJsonResource(QString::fromUtf16(path))));
    return frameworks;
}

} // namespace js
