#include "app/SurveyOutput.h"

#include "core/analysis/SurveyAnswers.h"
#include "core/io/TextDecoding.h"
#include "core/model/Metric.h"
#include "core/model/ProjectQueries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace js::survey {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(js::SurveyVerb)
};

// Marks a figure that rests on fewer than FewAnswers answers.
const QChar FewMark = QLatin1Char('*');

// A number for JSON: two decimals are plenty for figures of a survey.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString pickLine(const SurveyTable& table, const QString& what, int column, bool given,
                 const QString& flag, const QString& detail = {})
{
    if (column < 0)
        return Text::tr("%1: none found (name its column with %2)").arg(what, flag);
    const QString how = given ? Text::tr("given") : Text::tr("detected");
    return Text::tr("%1: column %2 %3 (%4)")
        .arg(what, QString::number(column + 1), quoted(table.titles.value(column)),
             detail.isEmpty() ? how : Text::tr("%1; %2").arg(how, detail));
}

QString cesScaleText(int points)
{
    return Text::tr("answers 1 to %1").arg(points);
}

QString withMark(const QString& text, int answers)
{
    return fewAnswers(answers) ? text + FewMark : text;
}

QString npsCell(const NpsFigure& nps)
{
    if (nps.answers == 0)
        return QStringLiteral("\u2013");
    return withMark(Text::tr("%1 \u00b1%2 (%3)")
                        .arg(metricValueText(MetricKind::Nps, nps.score),
                             QLocale().toString(qlonglong(std::lround(nps.margin))),
                             QLocale().toString(nps.answers)),
                    nps.answers);
}

QString csatCell(const CsatFigure& csat)
{
    if (csat.answers == 0)
        return QStringLiteral("\u2013");
    return withMark(Text::tr("%1 (%2, %3)")
                        .arg(metricValueText(MetricKind::Csat, csat.percent),
                             QLocale().toString(csat.mean, 'f', 1),
                             QLocale().toString(csat.answers)),
                    csat.answers);
}

QString cesCell(const CesFigure& ces)
{
    if (ces.answers == 0)
        return QStringLiteral("\u2013");
    return withMark(Text::tr("%1 (%2, %3)")
                        .arg(metricValueText(MetricKind::Ces, ces.mean),
                             metricValueText(MetricKind::Csat, ces.agreePercent),
                             QLocale().toString(ces.answers)),
                    ces.answers);
}

QJsonObject columnJson(const SurveyTable& table, int column, bool given)
{
    return {{QStringLiteral("column"), column + 1},
            {QStringLiteral("title"), table.titles.value(column)},
            {QStringLiteral("detected"), !given}};
}

QString delimiterName(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(delimiter);
}

} // namespace

QStringList pickLines(const SurveyTable& table, const ColumnPicks& picks)
{
    const ColumnChoice& c = picks.columns;
    QStringList lines;
    if (c.touchpoint < 0 && !c.wholeFile.isEmpty())
        lines << Text::tr("Touchpoint: every response is about %1 (--whole-file)")
                     .arg(quoted(c.wholeFile));
    else
        lines << pickLine(table, Text::tr("Touchpoint"), c.touchpoint, picks.touchpointGiven,
                          QStringLiteral("--touchpoint"));
    lines << pickLine(table, questionName(Question::Nps), c.nps, picks.npsGiven,
                      QStringLiteral("--nps"));
    lines << pickLine(table, questionName(Question::Csat), c.csat, picks.csatGiven,
                      QStringLiteral("--csat"));
    lines << pickLine(
        table, questionName(Question::Ces), c.ces, picks.cesGiven, QStringLiteral("--ces"),
        picks.cesPointsGiven ? Text::tr("%1 (--ces-scale)").arg(cesScaleText(c.cesPoints))
                             : cesScaleText(c.cesPoints));
    if (c.date >= 0)
        lines << Text::tr("Date: column %1 %2 (detected)")
                     .arg(QString::number(c.date + 1), quoted(table.titles.value(c.date)));
    return lines;
}

QString figuresTable(const SurveyFigures& figures, const ColumnChoice& columns)
{
    QStringList heading = {Text::tr("Touchpoint"), Text::tr("Responses")};
    if (columns.nps >= 0)
        heading << Text::tr("NPS \u00b1margin (n)");
    if (columns.csat >= 0)
        heading << Text::tr("CSAT % (mean, n)");
    if (columns.ces >= 0)
        heading << Text::tr("CES mean (% agree, n)");
    std::vector<QStringList> rows = {heading};
    bool marked = false;
    for (const TouchpointFigures& touchpoint : figures.touchpoints) {
        QStringList row = {touchpoint.name, QLocale().toString(touchpoint.responses)};
        if (columns.nps >= 0)
            row << npsCell(touchpoint.nps);
        if (columns.csat >= 0)
            row << csatCell(touchpoint.csat);
        if (columns.ces >= 0)
            row << cesCell(touchpoint.ces);
        for (const QString& cell : row)
            marked = marked || cell.endsWith(FewMark);
        rows.push_back(row);
    }

    std::vector<qsizetype> widths(heading.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], row[c].size());
    }
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c) {
            // The count of responses is a number: right-aligned.
            const bool last = c + 1 == row.size();
            cells << (c == 1 ? row[c].rightJustified(widths[size_t(c)])
                      : last ? row[c]
                             : row[c].leftJustified(widths[size_t(c)]));
        }
        text += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    if (figures.touchpoints.empty())
        text += Text::tr("No response names a touchpoint.") + QLatin1Char('\n');
    if (marked)
        text += Text::tr("%1 rests on fewer than %2 answers").arg(FewMark).arg(FewAnswers) +
                QLatin1Char('\n');
    if (!figures.problems.empty()) {
        const int skipped = static_cast<int>(figures.skippedLines.size());
        text += QLatin1Char('\n') +
                (skipped == 1 ? Text::tr("Skipped 1 response, left out of every figure:")
                              : Text::tr("Skipped %n responses, left out of every figure:", nullptr,
                                         skipped)) +
                QLatin1Char('\n');
        for (const AnswerProblem& problem : figures.problems)
            text += QStringLiteral("  ") + problem.message + QLatin1Char('\n');
    }
    return text;
}

QJsonObject figuresJson(const SurveyTable& table, const SurveyFigures& figures,
                        const ColumnPicks& picks)
{
    const ColumnChoice& c = picks.columns;
    QJsonArray skipped;
    for (const AnswerProblem& problem : figures.problems)
        skipped.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                   {QStringLiteral("column"), problem.column >= 0
                                                                  ? QJsonValue(problem.column + 1)
                                                                  : QJsonValue(QJsonValue::Null)},
                                   {QStringLiteral("value"), problem.value},
                                   {QStringLiteral("message"), problem.message}});

    const auto figure = [](int answers, double value) {
        return answers > 0 ? QJsonValue(rounded(value)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray touchpoints;
    for (const TouchpointFigures& touchpoint : figures.touchpoints) {
        QJsonObject row{{QStringLiteral("touchpoint"), touchpoint.name},
                        {QStringLiteral("responses"), touchpoint.responses}};
        bool few = false;
        const auto note = [&few](int answers) {
            few = few || (answers > 0 && fewAnswers(answers));
        };
        if (c.nps >= 0) {
            row.insert(QStringLiteral("nps"), figure(touchpoint.nps.answers, touchpoint.nps.score));
            row.insert(QStringLiteral("nps_margin"),
                       figure(touchpoint.nps.answers, touchpoint.nps.margin));
            row.insert(QStringLiteral("nps_n"), touchpoint.nps.answers);
            note(touchpoint.nps.answers);
        }
        if (c.csat >= 0) {
            row.insert(QStringLiteral("csat"),
                       figure(touchpoint.csat.answers, touchpoint.csat.percent));
            row.insert(QStringLiteral("csat_mean"),
                       figure(touchpoint.csat.answers, touchpoint.csat.mean));
            row.insert(QStringLiteral("csat_n"), touchpoint.csat.answers);
            note(touchpoint.csat.answers);
        }
        if (c.ces >= 0) {
            row.insert(QStringLiteral("ces"), figure(touchpoint.ces.answers, touchpoint.ces.mean));
            row.insert(QStringLiteral("ces_agree"),
                       figure(touchpoint.ces.answers, touchpoint.ces.agreePercent));
            row.insert(QStringLiteral("ces_n"), touchpoint.ces.answers);
            note(touchpoint.ces.answers);
        }
        row.insert(QStringLiteral("few_answers"), few);
        touchpoints.append(row);
    }

    QJsonObject columns;
    if (c.touchpoint >= 0)
        columns.insert(QStringLiteral("touchpoint"),
                       columnJson(table, c.touchpoint, picks.touchpointGiven));
    else if (!c.wholeFile.isEmpty())
        columns.insert(QStringLiteral("whole_file"), c.wholeFile);
    if (c.nps >= 0)
        columns.insert(QStringLiteral("nps"), columnJson(table, c.nps, picks.npsGiven));
    if (c.csat >= 0)
        columns.insert(QStringLiteral("csat"), columnJson(table, c.csat, picks.csatGiven));
    if (c.ces >= 0) {
        QJsonObject ces = columnJson(table, c.ces, picks.cesGiven);
        ces.insert(QStringLiteral("points"), c.cesPoints);
        columns.insert(QStringLiteral("ces"), ces);
    }
    if (c.date >= 0)
        columns.insert(QStringLiteral("date"), columnJson(table, c.date, false));

    QJsonObject result{
        {QStringLiteral("rows"), figures.responses},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("touchpoints"), touchpoints},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("format"),
         QJsonObject{{QStringLiteral("delimiter"), delimiterName(table.format.delimiter)},
                     {QStringLiteral("encoding"), text::encodingName(table.format.encoding)},
                     {QStringLiteral("header_rows"), table.format.headerRows}}}};
    if (figures.latest.isValid())
        result.insert(QStringLiteral("latest"), figures.latest.toString(Qt::ISODate));
    return result;
}

} // namespace js::survey
