#include "core/io/SurveyImport.h"

#include "core/analysis/NameMatching.h"
#include "core/document/ProjectDocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace js::survey {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(js::survey::SurveyImport)
};

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString fewAnswersNote(int answers)
{
    return fewAnswers(answers)
               ? QLatin1Char('\n') + Text::tr("Rests on few answers (%n).", nullptr, answers)
               : QString();
}

Metric npsMetric(const NpsFigure& nps)
{
    Metric metric;
    metric.kind = MetricKind::Nps;
    metric.value = nps.score;
    metric.count = nps.answers;
    metric.scale = QStringLiteral("0-10");
    metric.note = Text::tr("\u00b1%1 at 95% confidence; promoters %2, passives %3, detractors %4")
                      .arg(number(nps.margin, 0))
                      .arg(nps.promoters)
                      .arg(nps.passives)
                      .arg(nps.detractors) +
                  fewAnswersNote(nps.answers);
    return metric;
}

Metric csatMetric(const CsatFigure& csat)
{
    Metric metric;
    metric.kind = MetricKind::Csat;
    metric.value = csat.percent;
    metric.count = csat.answers;
    metric.scale = QStringLiteral("1-5");
    metric.note = Text::tr("Mean %1 of 5; satisfied (4 or 5): %2 of %3")
                      .arg(number(csat.mean, 2))
                      .arg(csat.satisfied)
                      .arg(csat.answers) +
                  fewAnswersNote(csat.answers);
    return metric;
}

Metric cesMetric(const CesFigure& ces)
{
    Metric metric;
    metric.kind = MetricKind::Ces;
    metric.value = ces.mean;
    metric.count = ces.answers;
    metric.scale = ces.points == 5 ? QStringLiteral("1-5") : QStringLiteral("1-7");
    metric.note = (ces.points == 5 ? Text::tr("%1% agree it was easy (4 or 5 of 5)")
                                   : Text::tr("%1% agree it was easy (5 to 7 of 7)"))
                      .arg(number(ces.agreePercent, 0)) +
                  fewAnswersNote(ces.answers);
    return metric;
}

bool isSurveyKind(MetricKind kind)
{
    return kind == MetricKind::Nps || kind == MetricKind::Csat || kind == MetricKind::Ces;
}

} // namespace

std::vector<Metric> surveyMetrics(const SurveyFigures& figures,
                                  const std::map<QString, Id>& touchpointOfName,
                                  const QString& source, const QDate& date)
{
    // Names the user matched to one touchpoint count as one.
    std::map<Id, TouchpointFigures> byTouchpoint;
    std::vector<Id> order;
    for (const TouchpointFigures& touchpoint : figures.touchpoints) {
        const auto found = touchpointOfName.find(normalizedName(touchpoint.name));
        if (found == touchpointOfName.end() || found->second == NoId)
            continue;
        const auto [it, added] = byTouchpoint.try_emplace(found->second, touchpoint);
        if (added)
            order.push_back(found->second);
        else
            it->second = combined(it->second, touchpoint);
    }

    const QDate day = figures.latest.isValid() ? figures.latest : date;
    std::vector<Metric> metrics;
    for (const Id id : order) {
        const TouchpointFigures& touchpoint = byTouchpoint.at(id);
        std::vector<Metric> own;
        if (touchpoint.nps.answers > 0)
            own.push_back(npsMetric(touchpoint.nps));
        if (touchpoint.csat.answers > 0)
            own.push_back(csatMetric(touchpoint.csat));
        if (touchpoint.ces.answers > 0)
            own.push_back(cesMetric(touchpoint.ces));
        for (Metric& metric : own) {
            metric.touchpointId = id;
            metric.date = day;
            metric.note = source + QLatin1Char('\n') + metric.note;
            metrics.push_back(std::move(metric));
        }
    }
    return metrics;
}

QString surveySource(const QString& fileName, const SurveyTable& table)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(table.columnCount));
    for (const QStringList& row : table.headers) {
        for (const QString& cell : row) {
            hash.addData(QByteArrayView("\x1f"));
            hash.addData(cell.trimmed().toUtf8());
        }
        hash.addData(QByteArrayView("\x1e"));
    }
    return fileName + QStringLiteral(" #") + QString::fromLatin1(hash.result().toHex().left(6));
}

bool isFromSource(const Metric& metric, const QString& source)
{
    return !source.isEmpty() && metric.note.section(QLatin1Char('\n'), 0, 0) == source;
}

ImportOutcome importSurveyMetrics(ProjectDocument& document, std::vector<Metric> metrics,
                                  const QString& source)
{
    ImportOutcome outcome;
    if (metrics.empty())
        return outcome;
    std::vector<Id> earlier;
    for (const Metric& metric : document.project().metrics) {
        if (isSurveyKind(metric.kind) && isFromSource(metric, source))
            earlier.push_back(metric.id);
    }
    const QString fileName = source.section(QStringLiteral(" #"), 0, 0);
    ProjectDocument::Batch batch(&document, Text::tr("Import survey %1").arg(quoted(fileName)));
    for (const Id id : earlier)
        outcome.replaced += document.removeMetric(id);
    for (Metric& metric : metrics)
        outcome.added += document.addMetric(std::move(metric)) != NoId;
    return outcome;
}

} // namespace js::survey
