#pragma once

#include "core/model/Framework.h"

#include <QJsonObject>

#include <vector>

namespace js {

// TRIXIE and the 5 Cs, read from the bundled resources (ids not assigned).
std::vector<Framework> builtInFrameworks();

// Reads a framework in the resource format (key, name, description, criteria
// with key, name, description, questions, weight, target, enabled).
Framework frameworkFromJson(const QJsonObject& object);

// Reads a bundled JSON resource; an empty object if it is missing or broken
// (which a test guards against).
QJsonObject readJsonResource(const QString& path);

} // namespace js
