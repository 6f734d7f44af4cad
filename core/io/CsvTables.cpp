#include "core/io/CsvTables.h"

#include "core/model/ProjectQueries.h"

#include <unordered_map>

namespace js::csv {

namespace {

// A figure as it was entered: 42, 3.75, 1250000 (never in exponent notation),
// to two decimals at most.
QString plainNumber(double value, const Format& format)
{
    QString text = format.number(value, 2);
    const QString point = format.locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

// The framework of each criterion, by criterion id.
std::unordered_map<Id, const Framework*> frameworksOfCriteria(const Project& project)
{
    std::unordered_map<Id, const Framework*> owners;
    for (const Framework& framework : project.frameworks) {
        for (const Criterion& criterion : framework.criteria)
            owners.emplace(criterion.id, &framework);
    }
    return owners;
}

} // namespace

Format Format::forLocale(const QLocale& locale)
{
    Format format;
    format.locale = locale;
    format.locale.setNumberOptions(QLocale::OmitGroupSeparator);
    format.delimiter = locale.decimalPoint() == u"," ? u';' : u',';
    return format;
}

QString Format::number(double value, int decimals) const
{
    return locale.toString(value, 'f', decimals);
}

QString Format::date(QDate day) const
{
    if (!day.isValid())
        return {};
    if (locale.language() == QLocale::C)
        return day.toString(Qt::ISODate);
    // The locale's short form with the whole year: "02.12.2026", "12/2/2026".
    QString pattern = locale.dateFormat(QLocale::ShortFormat);
    if (!pattern.contains(u"yyyy"))
        pattern.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return locale.toString(day, pattern);
}

QString field(const QString& raw, QChar delimiter)
{
    // A spreadsheet runs a cell that starts like a formula: a touchpoint
    // named "=HYPERLINK(…)" in a client's file must stay text. A quote mark
    // in front keeps it text and shows as nothing in Excel; numbers keep
    // their sign.
    QString value = raw;
    if (!value.isEmpty()) {
        const QChar first = value.front();
        bool number = false;
        value.toDouble(&number);
        if (!number)
            QLocale().toDouble(value, &number);
        if (!number && (first == u'=' || first == u'+' || first == u'-' || first == u'@' ||
                        first == u'\t' || first == u'\r'))
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(delimiter) || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r') ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray document(const Table& table, bool byteOrderMark, QChar delimiter)
{
    QString text;
    const auto row = [&text, delimiter](const QStringList& fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += delimiter;
            text += field(fields[i], delimiter);
        }
        text += QStringLiteral("\r\n");
    };
    row(table.header);
    for (const QStringList& fields : table.rows)
        row(fields);
    QByteArray bytes = byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

Table ratings(const Project& project)
{
    Table table;
    table.header = {
        QStringLiteral("journey"),   QStringLiteral("stage"),     QStringLiteral("touchpoint"),
        QStringLiteral("framework"), QStringLiteral("criterion"), QStringLiteral("round"),
        QStringLiteral("rater"),     QStringLiteral("score"),     QStringLiteral("note")};
    const auto owners = frameworksOfCriteria(project);
    for (const Round& round : project.rounds) {
        const Journey* journey = findJourney(project, round.journeyId);
        if (!journey)
            continue;
        for (const Rater& rater : round.raters) {
            for (const Stage& stage : journey->stages) {
                for (const Touchpoint& touchpoint : stage.touchpoints) {
                    for (const RoundCriterion& rated : round.criteria) {
                        const auto it = project.ratings.find(
                            RatingKey{round.id, rater.id, touchpoint.id, rated.criterionId});
                        if (it == project.ratings.end() || it->second.isEmpty())
                            continue;
                        const Criterion* criterion = findCriterion(project, rated.criterionId);
                        const auto owner = owners.find(rated.criterionId);
                        const int score = it->second.score;
                        table.rows.push_back(
                            {journey->name, stage.name, touchpoint.name,
                             owner == owners.end() ? QString() : owner->second->name,
                             criterion ? criterion->name : QString(), round.name, rater.name,
                             score == Rating::NotApplicable ? QStringLiteral("N/A")
                             : score >= 1                   ? QString::number(score)
                                                            : QString(),
                             it->second.note});
                    }
                }
            }
        }
    }
    return table;
}

Table weakSpots(const Project& project, const std::vector<analysis::WeakSpot>& spots,
                const Format& format)
{
    const auto number = [&format](double value) { return format.number(value, 2); };
    Table table;
    table.header = {
        QStringLiteral("rank"),       QStringLiteral("journey"),   QStringLiteral("stage"),
        QStringLiteral("touchpoint"), QStringLiteral("framework"), QStringLiteral("criterion"),
        QStringLiteral("n"),          QStringLiteral("mean"),      QStringLiteral("sd"),
        QStringLiteral("target"),     QStringLiteral("gap"),       QStringLiteral("importance"),
        QStringLiteral("weight"),     QStringLiteral("priority"),  QStringLiteral("flags"),
        QStringLiteral("reason")};
    int rank = 0;
    for (const analysis::WeakSpot& spot : spots) {
        const Journey* journey = journeyOfStage(project, spot.stage);
        const Stage* stage = findStage(project, spot.stage);
        const Touchpoint* touchpoint = findTouchpoint(project, spot.touchpoint);
        const Framework* framework = findFramework(project, spot.framework);
        const Criterion* criterion = findCriterion(project, spot.criterion);
        table.rows.push_back(
            {QString::number(++rank), journey ? journey->name : QString(),
             stage ? stage->name : QString(), touchpoint ? touchpoint->name : QString(),
             framework ? framework->name : QString(), criterion ? criterion->name : QString(),
             QString::number(spot.n), number(spot.mean), number(spot.sd), number(spot.target),
             number(spot.gap), QString::number(spot.importance), number(spot.weight),
             number(spot.priority), analysis::flagKeys(spot).join(QLatin1Char(' ')), spot.reason});
    }
    return table;
}

Table actions(const Project& project, const Format& format)
{
    Table table;
    table.header = {
        QStringLiteral("title"),  QStringLiteral("touchpoint"), QStringLiteral("criterion"),
        QStringLiteral("owner"),  QStringLiteral("due"),        QStringLiteral("status"),
        QStringLiteral("impact"), QStringLiteral("effort"),     QStringLiteral("description")};
    for (const Action& action : project.actions) {
        const Touchpoint* touchpoint = findTouchpoint(project, action.touchpointId);
        const Criterion* criterion = findCriterion(project, action.criterionId);
        table.rows.push_back({action.title, touchpoint ? touchpoint->name : QString(),
                              criterion ? criterion->name : QString(), action.owner,
                              format.date(action.due), actionStatusKey(action.status),
                              QString::number(action.impact), QString::number(action.effort),
                              action.description});
    }
    return table;
}

Table metrics(const Project& project, const Format& format)
{
    Table table;
    table.header = {
        QStringLiteral("journey"), QStringLiteral("stage"), QStringLiteral("touchpoint"),
        QStringLiteral("kind"),    QStringLiteral("value"), QStringLiteral("count"),
        QStringLiteral("scale"),   QStringLiteral("date"),  QStringLiteral("note")};
    for (const Metric& metric : project.metrics) {
        const Journey* journey = journeyOfTouchpoint(project, metric.touchpointId);
        const Stage* stage =
            findStage(project, ownerOf(project, EntityKind::Touchpoint, metric.touchpointId));
        const Touchpoint* touchpoint = findTouchpoint(project, metric.touchpointId);
        table.rows.push_back({journey ? journey->name : QString(), stage ? stage->name : QString(),
                              touchpoint ? touchpoint->name : QString(), metricKindKey(metric.kind),
                              plainNumber(metric.value, format), QString::number(metric.count),
                              metric.scale, format.date(metric.date), metric.note});
    }
    return table;
}

} // namespace js::csv
