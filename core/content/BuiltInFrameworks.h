#pragma once

#include "core/model/Framework.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace js {

// Whether the bundled frameworks come in the language of the program (for new
// projects and the framework library) or as written (the demo project).
enum class FrameworkLanguage { Program, English };

// TRIXIE and the 5 Cs, read from the bundled resources (ids not assigned). Keys,
// weights and targets never change with the language.
std::vector<Framework> builtInFrameworks(FrameworkLanguage language = FrameworkLanguage::Program);

// Every name, description and guiding question of the bundled frameworks as
// written, marked for lupdate (generated: BuiltInFrameworkTexts.cpp).
QStringList builtInFrameworkTexts();

// Reads a framework in the resource format (key, name, description, criteria
// with key, name, description, questions, weight, target, enabled).
Framework frameworkFromJson(const QJsonObject& object);

// Reads a bundled JSON resource; an empty object if it is missing or broken
// (which a test guards against).
QJsonObject readJsonResource(const QString& path);

} // namespace js
