#include "ui/selfassessment/SelfAssessmentSettings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace js::selfassessment {

namespace {

QString groupOf(const QString& projectKey)
{
    const QByteArray hash =
        QCryptographicHash::hash(projectKey.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("selfAssessment/projects/") + QString::fromLatin1(hash);
}

} // namespace

QString raterName()
{
    return QSettings().value(QStringLiteral("selfAssessment/raterName")).toString();
}

void setRaterName(const QString& name)
{
    QSettings().setValue(QStringLiteral("selfAssessment/raterName"), name);
}

std::optional<ResumePoint> resumePoint(const QString& projectKey)
{
    QSettings settings;
    settings.beginGroup(groupOf(projectKey));
    ResumePoint point;
    point.round = settings.value(QStringLiteral("round")).toLongLong();
    point.rater = settings.value(QStringLiteral("rater")).toLongLong();
    point.touchpoint = settings.value(QStringLiteral("touchpoint")).toLongLong();
    point.criterion = settings.value(QStringLiteral("criterion")).toLongLong();
    if (point.round == NoId)
        return std::nullopt;
    return point;
}

void setResumePoint(const QString& projectKey, const ResumePoint& point)
{
    QSettings settings;
    settings.beginGroup(groupOf(projectKey));
    settings.setValue(QStringLiteral("round"), point.round);
    settings.setValue(QStringLiteral("rater"), point.rater);
    settings.setValue(QStringLiteral("touchpoint"), point.touchpoint);
    settings.setValue(QStringLiteral("criterion"), point.criterion);
}

void clearResumePoint(const QString& projectKey)
{
    QSettings().remove(groupOf(projectKey));
}

} // namespace js::selfassessment
