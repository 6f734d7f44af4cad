#pragma once

#include "core/analysis/SurveyMetrics.h"
#include "core/model/Metric.h"

#include <QDate>
#include <QString>

#include <map>
#include <vector>

namespace js {
class ProjectDocument;
}

// Survey figures into the project as metrics of its touchpoints.
namespace js::survey {

// The metrics of the figures for the touchpoints they are matched to (by the
// figures' name as normalizedName gives it): an NPS, CSAT and CES metric per
// touchpoint, each with its answers, when it has any. The value is NPS
// -100..100, CSAT in percent, CES the mean; the scale "0-10", "1-5", "1-7";
// the date the latest response's (else `date`); the note starts with the
// source file's name on its own line, then the figure's details (the mean,
// the margin of error, few answers). Figures of unmatched names are left out.
std::vector<Metric> surveyMetrics(const SurveyFigures& figures,
                                  const std::map<QString, Id>& touchpointOfName,
                                  const QString& source, const QDate& date);

// The source a survey's metrics are noted with: the file's name and a short
// mark of its questions, "responses.csv #3f2a9c". Another export of the same
// survey (more responses, the same questions) is the same source; another
// survey that happens to be saved under the same name is not.
QString surveySource(const QString& fileName, const SurveyTable& table);

// Whether a metric came from this source file (the first line of its note).
bool isFromSource(const Metric& metric, const QString& source);

struct ImportOutcome {
    int added = 0;
    int replaced = 0; // metrics of the same source taken out first
};

// Stores the metrics in one undo step ("Import survey “responses.csv”"),
// replacing the NPS, CSAT and CES metrics an earlier import of the same
// source left. Nothing changes when there are no metrics.
ImportOutcome importSurveyMetrics(ProjectDocument& document, std::vector<Metric> metrics,
                                  const QString& source);

} // namespace js::survey
