#pragma once

#include <QString>

class QWidget;

namespace js {

// Help > About: name, version, what the application is for, and where it
// comes from.
QString aboutText();
void showAboutBox(QWidget* parent);

} // namespace js
