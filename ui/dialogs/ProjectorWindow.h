#pragma once

#include <QColor>
#include <QString>

class QDialog;
class QPalette;
class QWidget;

namespace js {

// A window of its own for the projector around one view (the focus view, the
// live session's join screen): F11 switches full screen, Escape leaves full
// screen and then closes. Shown at 1280×720; deleted on close.
QDialog* openProjectorWindow(QWidget* view, const QString& title, const QString& objectName,
                             QWidget* parent);

// Type for a projector, scaled to the view's size: a font of `factor` units
// of `unit` pixels (never under 9 px), bold or not.
void setUnitFont(QWidget* widget, int unit, double factor, bool bold = false);

// The palette's text faded towards its background by `amount` (0 the text,
// 1 the background): muted type that stays legible at small amounts.
QColor fadedText(const QPalette& palette, double amount);

// Gives a label, check box or button text of this colour.
void setTextColour(QWidget* widget, const QColor& colour);

} // namespace js
