#pragma once

#include "core/analysis/SurveyColumns.h"
#include "core/model/Id.h"

#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;

namespace js {

// The journey's touchpoints a survey can be about: id and name, map order.
using TouchpointList = std::vector<std::pair<Id, QString>>;

// The second step of a survey import: which column names the touchpoint (or
// that the whole file is about one), and which hold the NPS, CSAT and CES
// questions. Prefilled with the suggestions, marked as such.
class SurveyColumnsPage : public QWidget {
    Q_OBJECT

public:
    explicit SurveyColumnsPage(QWidget* parent = nullptr);

    // A new table: the columns to choose from, and the suggestion chosen.
    void setTable(const survey::SurveyTable& table, const TouchpointList& touchpoints,
                  const survey::ColumnChoice& suggested);
    survey::ColumnChoice choice() const;
    // Whether the choice can be imported; else why not, in problem().
    bool isComplete() const;
    QString problem() const;

    QComboBox* touchpointBox() const { return m_touchpoint; }
    QComboBox* wholeFileBox() const { return m_wholeFile; }
    QComboBox* npsBox() const { return m_nps; }
    QComboBox* csatBox() const { return m_csat; }
    QComboBox* cesBox() const { return m_ces; }
    QComboBox* cesPointsBox() const { return m_cesPoints; }
    // Whether a box shows the suggested column ("Suggested" beside it).
    bool isMarkedSuggested(const QComboBox* box) const;

signals:
    void choiceChanged();

private:
    struct Row {
        QComboBox* box = nullptr;
        QLabel* mark = nullptr;   // "Suggested"
        QLabel* sample = nullptr; // a few answers of the column
        int suggested = -1;
    };
    Row& rowOf(const QComboBox* box);
    const Row& rowOf(const QComboBox* box) const;
    QComboBox* addRow(QFormLayout* form, const QString& label, const QString& objectName,
                      const QString& none);
    void fillColumns(QComboBox* box, const QString& none);
    void update();

    const survey::SurveyTable* m_table = nullptr;
    QComboBox* m_touchpoint = nullptr;
    QComboBox* m_wholeFile = nullptr;
    QLabel* m_wholeFileLabel = nullptr;
    QComboBox* m_nps = nullptr;
    QComboBox* m_csat = nullptr;
    QComboBox* m_ces = nullptr;
    QComboBox* m_cesPoints = nullptr;
    QComboBox* m_date = nullptr;
    QLabel* m_problem = nullptr;
    std::vector<Row> m_rows;
    int m_suggestedCesPoints = survey::CesPoints;
    bool m_setting = false;
};

} // namespace js
