#include "ReloadProject.h"

#include "core/storage/ProjectFile.h"

#include <gtest/gtest.h>

namespace js::test {

Project reloadProject(const QString& path)
{
    OpenResult result;
    auto file = ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly);
    EXPECT_TRUE(file) << result.message.toStdString();
    if (!file)
        return {};
    QString error;
    std::optional<Project> project = file->load(&error);
    EXPECT_TRUE(project) << error.toStdString();
    return project.value_or(Project{});
}

} // namespace js::test
