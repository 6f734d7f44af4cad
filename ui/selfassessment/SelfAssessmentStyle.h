#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QFrame;
class QLabel;
class QPalette;
class QWidget;

namespace js::selfassessment {

// The look the self-assessment pages share: readable type a step larger
// than the rest of the application, cards, and the colours of a move.

// A font `factor` times as large as `base`.
QFont scaledFont(const QFont& base, double factor, bool bold = false);
// A label in the application's font scaled by `factor`, word-wrapped.
QLabel* makeLabel(const QString& text, double factor = 1.0, bool bold = false,
                  const QString& objectName = {});
// Greys a label's text as secondary information.
void setMuted(QLabel* label);
// A rounded panel on the base colour; style rules name it by object name.
QFrame* makeCard(const QString& objectName);
// Puts `content` in the middle of a widget, no wider than `maxWidth`.
QWidget* centred(QWidget* content, int maxWidth);

// Scores as people read them: "3.4", and a change "+0.5", "−0.3", "±0.0".
QString scoreText(double score);
QString changeText(double change);
// The anchor of a score on the 1..5 scale: "Very poor" … "Excellent".
QString scoreAnchor(int score);
// A rise in blue, a fall in orange (the heat scale's sides, safe for
// red-green colour blindness), readable on the palette's window colour.
QColor upColor(const QPalette& palette);
QColor downColor(const QPalette& palette);

} // namespace js::selfassessment
