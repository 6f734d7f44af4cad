#pragma once

#include <QIcon>
#include <QString>

class QLabel;
class QWidget;

// The few looks the survey import's pages share.
namespace js::surveystyle {

// Secondary text: explanations, hints.
void makeQuiet(QLabel* label);
// A problem that stops the import, in a tinted box.
void makeProblem(QLabel* label);
// A step's title.
void makeHeading(QLabel* label);
// The mark of a figure resting on few answers, or a match to check.
QIcon cautionIcon(const QWidget* widget);
// A count with its noun, singular for one: counted(n, tr("1 answer"), tr("%1 answers")).
QString counted(qsizetype count, const QString& one, const QString& many);

} // namespace js::surveystyle
