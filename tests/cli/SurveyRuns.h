#pragma once

#include "SurveyFixtures.h"

#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <gtest/gtest.h>

// What the tests of `journeyscope survey` share (SurveyCliTest.cpp,
// SurveyIntoCliTest.cpp).
namespace js::test {

inline QString fixture(const char* name)
{
    return surveyFixturePath(name);
}

inline QStringList survey(const QString& path, const QStringList& more = {})
{
    return QStringList{QStringLiteral("survey"), path} + more;
}

// A number as the JSON gives it; NaN when it is no number, so a comparison fails.
inline double number(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object[QString::fromLatin1(key)];
    EXPECT_TRUE(value.isDouble()) << key << " is not a number";
    return value.isDouble() ? value.toDouble() : std::nan("");
}

} // namespace js::test
