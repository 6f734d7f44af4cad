#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace js {

namespace survey {
struct SurveyFigures;
}

// A step of a survey import shown only when some answers are off their
// question's scale: each one with its line and column. Going on leaves
// those responses out; cancelling the import changes nothing.
class SurveyProblemsPage : public QWidget {
    Q_OBJECT

public:
    // At most this many are listed; the rest are counted.
    static constexpr int MaxListed = 500;

    explicit SurveyProblemsPage(QWidget* parent = nullptr);

    void setFigures(const survey::SurveyFigures& figures);
    QStringList messages() const;
    QString summaryText() const;

private:
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace js
