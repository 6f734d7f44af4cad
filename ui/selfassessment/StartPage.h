#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace js::selfassessment {

// Shown when a self-assessment of the project was left half-way: continue
// it where it stopped, or start a new one.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    // What the walk left half-way was: its day, its journey and how far it got.
    void describe(const QString& date, const QString& journey, int answered, int total);

Q_SIGNALS:
    void continueChosen();
    void startNewChosen();

private:
    QPushButton* m_continue;
    QLabel* m_progress;
};

} // namespace js::selfassessment
