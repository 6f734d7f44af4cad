#pragma once

#include "core/analysis/NameMatching.h"
#include "ui/surveys/SurveyColumnsPage.h"

#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace js {

namespace survey {
struct SurveyFigures;
}

// The third step of a survey import: each touchpoint name the file uses,
// with its number of responses, matched to a touchpoint of the journey.
// Exact matches are chosen; close ones chosen and marked to check; the rest
// are not imported unless the user picks a touchpoint. Nothing is dropped
// without being listed.
class SurveyMatchingPage : public QWidget {
    Q_OBJECT

public:
    enum class Match { Exact, Close, ByHand, NotImported };

    explicit SurveyMatchingPage(QWidget* parent = nullptr);

    void setNames(const survey::SurveyFigures& figures, const std::vector<NameMatch>& matches,
                  const TouchpointList& touchpoints);
    // normalizedName(name) -> the touchpoint chosen, for surveyMetrics.
    std::map<QString, Id> touchpointOfName() const;

    int nameCount() const;
    QString name(int row) const;
    Match match(int row) const;
    QString matchText(int row) const;
    QComboBox* touchpointBox(int row) const;
    int row(const QString& name) const;
    QTableWidget* table() const { return m_table; }

signals:
    void matchingChanged();

private:
    struct Entry {
        QString name;
        Id exact = NoId;
        Id close = NoId;
        int responses = 0;
    };
    void updateRow(int row);

    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    std::vector<Entry> m_entries;
};

} // namespace js
