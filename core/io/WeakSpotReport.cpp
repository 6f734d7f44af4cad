#include "core/io/WeakSpotReport.h"

#include "core/model/ProjectQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

struct WeakSpotReportText {
    Q_DECLARE_TR_FUNCTIONS(js::WeakSpotReport)
};

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QByteArray weakSpotsJson(const Project& project, const Journey& journey, const Round& round,
                         const std::vector<analysis::WeakSpot>& spots)
{
    QJsonArray rows;
    for (const analysis::WeakSpot& spot : spots) {
        rows.append(QJsonObject{
            {QStringLiteral("touchpoint"),
             displayName(project, EntityKind::Touchpoint, spot.touchpoint)},
            {QStringLiteral("stage"), displayName(project, EntityKind::Stage, spot.stage)},
            {QStringLiteral("framework"),
             displayName(project, EntityKind::Framework, spot.framework)},
            {QStringLiteral("criterion"),
             displayName(project, EntityKind::Criterion, spot.criterion)},
            {QStringLiteral("n"), spot.n},
            {QStringLiteral("mean"), rounded(spot.mean)},
            {QStringLiteral("sd"), rounded(spot.sd)},
            {QStringLiteral("target"), rounded(spot.target)},
            {QStringLiteral("gap"), rounded(spot.gap)},
            {QStringLiteral("importance"), spot.importance},
            {QStringLiteral("weight"), rounded(spot.weight)},
            {QStringLiteral("priority"), rounded(spot.priority)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(analysis::flagKeys(spot))},
        });
    }
    const QJsonObject report{{QStringLiteral("project"), project.name},
                             {QStringLiteral("journey"), journey.name},
                             {QStringLiteral("round"), round.name},
                             {QStringLiteral("weak_spots"), rows}};
    return QJsonDocument(report).toJson(QJsonDocument::Indented);
}

namespace {

// A name in a column: one line, shortened when very long.
QString cellText(const QString& name)
{
    constexpr int MaxLength = 32;
    QString line = name.simplified();
    if (line.size() > MaxLength)
        line = line.left(MaxLength - 1).trimmed() + QChar(0x2026);
    return line;
}

struct Column {
    QString header;
    bool number = false;
};

} // namespace

QString weakSpotsTable(const Project& project, const std::vector<analysis::WeakSpot>& spots)
{
    const QLocale locale;
    const auto twoDecimals = [&locale](double value) { return locale.toString(value, 'f', 2); };
    const std::vector<Column> columns = {
        {WeakSpotReportText::tr("#"), true},      {WeakSpotReportText::tr("Touchpoint"), false},
        {WeakSpotReportText::tr("Stage"), false}, {WeakSpotReportText::tr("Criterion"), false},
        {WeakSpotReportText::tr("n"), true},      {WeakSpotReportText::tr("Mean"), true},
        {WeakSpotReportText::tr("SD"), true},     {WeakSpotReportText::tr("Target"), true},
        {WeakSpotReportText::tr("Gap"), true},    {WeakSpotReportText::tr("Importance"), true},
        {WeakSpotReportText::tr("Weight"), true}, {WeakSpotReportText::tr("Priority"), true},
        {WeakSpotReportText::tr("Flags"), false}, {WeakSpotReportText::tr("Reason"), false},
    };
    std::vector<QStringList> rows;
    int rank = 0;
    for (const analysis::WeakSpot& spot : spots) {
        rows.push_back({
            locale.toString(++rank),
            cellText(displayName(project, EntityKind::Touchpoint, spot.touchpoint)),
            cellText(displayName(project, EntityKind::Stage, spot.stage)),
            cellText(displayName(project, EntityKind::Criterion, spot.criterion)),
            locale.toString(spot.n),
            twoDecimals(spot.mean),
            spot.n < 2 ? QString() : twoDecimals(spot.sd), // no spread of one score
            twoDecimals(spot.target),
            twoDecimals(spot.gap),
            locale.toString(spot.importance),
            twoDecimals(spot.weight),
            twoDecimals(spot.priority),
            analysis::flagNames(spot).join(QStringLiteral(", ")),
            spot.reason,
        });
    }
    std::vector<qsizetype> widths;
    for (const Column& column : columns)
        widths.push_back(column.header.size());
    for (const QStringList& row : rows) {
        for (size_t c = 0; c < columns.size(); ++c)
            widths[c] = std::max(widths[c], row[qsizetype(c)].size());
    }
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (size_t c = 0; c < columns.size(); ++c) {
            const QString& cell = cells[qsizetype(c)];
            const bool last = c + 1 == columns.size();
            if (c > 0)
                text += QStringLiteral("  ");
            if (columns[c].number)
                text += cell.rightJustified(widths[c]);
            else
                text += last ? cell : cell.leftJustified(widths[c]);
        }
        return text + u'\n';
    };
    QStringList headers;
    for (const Column& column : columns)
        headers << column.header;
    QString table = line(headers);
    for (const QStringList& row : rows)
        table += line(row);
    return table;
}

} // namespace js
