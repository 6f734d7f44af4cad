#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QFrame;
class QLabel;
class QPalette;
class QSize;
class QWidget;

namespace js::selfassessment {

// The look the self-assessment pages share: readable type a step larger
// than the rest of the application, growing with the window, cards, and the
// colours of a move.

// A font `factor` times as large as `base`.
QFont scaledFont(const QFont& base, double factor, bool bold = false);
// Marks a widget's font as `factor` times the base font, bold or not, and
// sets it; applyZoom() keeps it so as the window grows.
void setFontFactor(QWidget* widget, double factor, bool bold = false);
// Marks a width that grows with the window: a fixed one, or a maximum.
void setScaledWidth(QWidget* widget, int width, bool fixed);
// How much larger than the base the type of a window this size is: 1 up
// to about 1280×720, growing to 1.35 at 1920×1080.
double zoomFor(const QSize& size);
// Gives `root` and every widget below it the base font times `zoom` (times
// its own factor where it has one), and every marked width its own.
void applyZoom(QWidget* root, double zoom);

// A label in the application's font scaled by `factor`, word-wrapped.
QLabel* makeLabel(const QString& text, double factor = 1.0, bool bold = false,
                  const QString& objectName = {});
// Greys a label's text as secondary information.
void setMuted(QLabel* label);
// A rounded panel on the base colour; style rules name it by object name.
QFrame* makeCard(const QString& objectName);
// Puts `content` in the middle of a widget, no wider than `maxWidth`.
QWidget* centred(QWidget* content, int maxWidth);

// The anchor of a score on the 1..5 scale: "Very poor" … "Excellent".
QString scoreAnchor(int score);
// A rise in blue, a fall in orange (the heat scale's sides, safe for
// red-green colour blindness), readable on the palette's window colour.
QColor upColor(const QPalette& palette);
QColor downColor(const QPalette& palette);

} // namespace js::selfassessment
