#pragma once

#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/storage/ProjectFile.h"

#include <QString>

#include <gtest/gtest.h>

namespace js::test {

// A test of the storage layer: a folder of its own, and the demo project
// written there as a file of the current version.
class DemoFileTest : public ::testing::Test {
protected:
    QString demoFile(const QString& name)
    {
        const QString path = dir.path(name);
        QString error;
        EXPECT_TRUE(ProjectFile::create(path, demoProject(), &error)) << error.toStdString();
        return path;
    }

    TempDir dir;
};

} // namespace js::test
