#pragma once

class QWidget;

namespace js {

// Help > About: name, version and what the application is for.
void showAboutBox(QWidget* parent);

} // namespace js
