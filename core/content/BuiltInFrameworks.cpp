#include "core/content/BuiltInFrameworks.h"

#include <QCoreApplication>
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

namespace {

QString translated(const QString& text)
{
    return QCoreApplication::translate("js::BuiltInFrameworks", text.toUtf8().constData());
}

void translate(Framework& framework)
{
    framework.name = translated(framework.name);
    framework.description = translated(framework.description);
    for (Criterion& criterion : framework.criteria) {
        criterion.name = translated(criterion.name);
        criterion.description = translated(criterion.description);
        for (QString& question : criterion.questions)
            question = translated(question);
    }
}

} // namespace

std::vector<Framework> builtInFrameworks(FrameworkLanguage language)
{
    std::vector<Framework> frameworks;
    for (const char16_t* path : {u":/frameworks/trixie.json", u":/frameworks/five-cs.json"}) {
        Framework framework = frameworkFromJson(readJsonResource(QString::fromUtf16(path)));
        if (language == FrameworkLanguage::Program)
            translate(framework);
        frameworks.push_back(std::move(framework));
    }
    return frameworks;
}

} // namespace js
