#pragma once

#include "TempDir.h"

#include <QFile>
#include <QString>

#include <gtest/gtest.h>

namespace js::test {

// The first committed file (schema 1000), copied where a test may change it.
inline QString firstVersionCopy(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("Old client.journey"));
    EXPECT_TRUE(
        QFile::copy(QStringLiteral(JOURNEYSCOPE_FIXTURES "/schema-1000/demo.journey"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace js::test
