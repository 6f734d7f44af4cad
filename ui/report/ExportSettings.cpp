#include "ui/report/ExportSettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace js {

namespace {

const QString LastFolderKey = QStringLiteral("export/lastFolder");

QString groupOf(const QString& projectKey)
{
    const QByteArray hash =
        QCryptographicHash::hash(projectKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("export/projects/") + QString::fromLatin1(hash);
}

} // namespace

ExportSettings ExportSettings::load(const QString& projectKey)
{
    ExportSettings s;
    if (projectKey.isEmpty())
        return s;
    QSettings settings;
    settings.beginGroup(groupOf(projectKey));
    s.kind = settings.value(QStringLiteral("kind")).toString();
    s.chart = settings.value(QStringLiteral("chart")).toString();
    s.chartSvg = settings.value(QStringLiteral("chartSvg"), s.chartSvg).toBool();
    s.table = settings.value(QStringLiteral("table"), s.table).toInt();
    s.page = settings.value(QStringLiteral("page"), s.page).toInt();
    s.landscape = settings.value(QStringLiteral("landscape"), s.landscape).toBool();
    s.marginMm = settings.value(QStringLiteral("marginMm"), s.marginMm).toDouble();
    s.reportPage = settings.value(QStringLiteral("reportPage"), s.reportPage).toInt();
    s.reportLandscape =
        settings.value(QStringLiteral("reportLandscape"), s.reportLandscape).toBool();
    s.reportMarginMm =
        settings.value(QStringLiteral("reportMarginMm"), s.reportMarginMm).toDouble();
    s.fit = settings.value(QStringLiteral("fit"), s.fit).toInt();
    s.dpi = settings.value(QStringLiteral("dpi"), s.dpi).toInt();
    s.byteOrderMark = settings.value(QStringLiteral("byteOrderMark"), s.byteOrderMark).toBool();
    s.journey = settings.value(QStringLiteral("journey")).toLongLong();
    s.round = settings.value(QStringLiteral("round")).toLongLong();
    s.folder = settings.value(QStringLiteral("folder")).toString();
    return s;
}

void ExportSettings::save(const QString& projectKey) const
{
    if (projectKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(groupOf(projectKey));
    settings.setValue(QStringLiteral("kind"), kind);
    settings.setValue(QStringLiteral("chart"), chart);
    settings.setValue(QStringLiteral("chartSvg"), chartSvg);
    settings.setValue(QStringLiteral("table"), table);
    settings.setValue(QStringLiteral("page"), page);
    settings.setValue(QStringLiteral("landscape"), landscape);
    settings.setValue(QStringLiteral("marginMm"), marginMm);
    settings.setValue(QStringLiteral("reportPage"), reportPage);
    settings.setValue(QStringLiteral("reportLandscape"), reportLandscape);
    settings.setValue(QStringLiteral("reportMarginMm"), reportMarginMm);
    settings.setValue(QStringLiteral("fit"), fit);
    settings.setValue(QStringLiteral("dpi"), dpi);
    settings.setValue(QStringLiteral("byteOrderMark"), byteOrderMark);
    settings.setValue(QStringLiteral("journey"), QVariant::fromValue(journey));
    settings.setValue(QStringLiteral("round"), QVariant::fromValue(round));
    settings.setValue(QStringLiteral("folder"), folder);
    settings.endGroup();
    if (!folder.isEmpty())
        settings.setValue(LastFolderKey, folder);
}

void ExportSettings::copyProjectKey(const QString& from, const QString& to)
{
    if (from.isEmpty() || to.isEmpty() || from == to)
        return;
    // Nothing remembered: nothing to carry over, and no defaults written.
    if (!QSettings().contains(groupOf(from) + QStringLiteral("/kind")))
        return;
    load(from).save(to);
}

QString ExportSettings::lastFolder()
{
    return QSettings().value(LastFolderKey).toString();
}

} // namespace js
