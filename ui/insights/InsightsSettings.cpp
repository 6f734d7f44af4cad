#include "ui/insights/InsightsSettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace js {

namespace {

QString groupOf(const QString& projectKey)
{
    const QByteArray hash =
        QCryptographicHash::hash(projectKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("insights/projects/") + QString::fromLatin1(hash);
}

// An absent filter is stored as no key; a filter as a list of ids.
void writeIds(QSettings& settings, const QString& key, const std::optional<std::set<Id>>& ids)
{
    if (!ids) {
        settings.remove(key);
        return;
    }
    QVariantList list;
    for (Id id : *ids)
        list << QVariant::fromValue(id);
    settings.setValue(key, list.isEmpty() ? QVariant(QStringLiteral("none")) : QVariant(list));
}

std::optional<std::set<Id>> readIds(const QSettings& settings, const QString& key)
{
    if (!settings.contains(key))
        return std::nullopt;
    std::set<Id> ids;
    const QVariant value = settings.value(key);
    if (value.toString() == QLatin1String("none"))
        return ids;
    for (const QVariant& id : value.toList())
        ids.insert(id.toLongLong());
    return ids;
}

} // namespace

InsightsSettings InsightsSettings::load(const QString& projectKey)
{
    InsightsSettings s;
    if (projectKey.isEmpty())
        return s;
    QSettings settings;
    settings.beginGroup(groupOf(projectKey));
    s.round = settings.value(QStringLiteral("round")).toLongLong();
    s.compareChosen = settings.contains(QStringLiteral("compareTo"));
    s.compareTo = settings.value(QStringLiteral("compareTo")).toLongLong();
    s.frameworks = readIds(settings, QStringLiteral("frameworks"));
    s.raters = readIds(settings, QStringLiteral("raters"));
    s.stages = readIds(settings, QStringLiteral("stages"));
    s.hiddenCharts = settings.value(QStringLiteral("hiddenCharts")).toStringList();
    s.radarByStage = settings.value(QStringLiteral("radarByStage")).toBool();
    s.radarSubject = settings.value(QStringLiteral("radarSubject")).toLongLong();
    s.quadrantSplit = settings.value(QStringLiteral("quadrantSplit")).toInt();
    return s;
}

void InsightsSettings::save(const QString& projectKey) const
{
    if (projectKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(groupOf(projectKey));
    settings.setValue(QStringLiteral("round"), QVariant::fromValue(round));
    if (compareChosen)
        settings.setValue(QStringLiteral("compareTo"), QVariant::fromValue(compareTo));
    else
        settings.remove(QStringLiteral("compareTo"));
    writeIds(settings, QStringLiteral("frameworks"), frameworks);
    writeIds(settings, QStringLiteral("raters"), raters);
    writeIds(settings, QStringLiteral("stages"), stages);
    settings.setValue(QStringLiteral("hiddenCharts"), hiddenCharts);
    settings.setValue(QStringLiteral("radarByStage"), radarByStage);
    settings.setValue(QStringLiteral("radarSubject"), QVariant::fromValue(radarSubject));
    settings.setValue(QStringLiteral("quadrantSplit"), quadrantSplit);
}

} // namespace js
