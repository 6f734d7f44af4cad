#pragma once

#include "core/analysis/SurveyMetrics.h"
#include "ui/surveys/SurveyColumnsPage.h"

#include <QWidget>

#include <map>

class QLabel;
class QTableWidget;

namespace js {

// The last step of a survey import: per touchpoint the NPS with its margin,
// the CSAT share and mean, the CES mean and share that agree, each with its
// answers and marked when they are few; what the import adds and replaces.
class SurveyResultPage : public QWidget {
    Q_OBJECT

public:
    explicit SurveyResultPage(QWidget* parent = nullptr);

    // The figures of the touchpoints the names are matched to (names matched
    // to one touchpoint combined), `metrics` figures to add, `replaced` of an
    // earlier import of the same file, for the touchpoints of the journey named.
    void setResult(const survey::SurveyFigures& figures, const std::map<QString, Id>& matching,
                   const TouchpointList& touchpoints, int metrics, int replaced,
                   const QString& journeyName);
    // Whether the note on figures resting on few answers is shown.
    bool showsFewAnswersNote() const;

    QTableWidget* table() const { return m_table; }
    // The text of a touchpoint's cell ("NPS", "CSAT", "CES"), for the tests.
    QString cellText(const QString& touchpoint, int column) const;
    QString summaryText() const;
    QString replacesText() const;

    enum Column { TouchpointColumn, ResponsesColumn, NpsColumn, CsatColumn, CesColumn };

private:
    QLabel* m_summary = nullptr;
    QLabel* m_replaces = nullptr;
    QLabel* m_legend = nullptr;
    QWidget* m_legendRow = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace js
