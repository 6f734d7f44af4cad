#pragma once

#include "core/model/Project.h"
#include "core/storage/ChangeSet.h"

#include <optional>

namespace js {

// Where a project lives. The .journey file (SQLite) is the one backend today;
// a shared PostgreSQL server with the same schema can implement the same
// interface without changes to the document or the views.
class ProjectStorage {
public:
    virtual ~ProjectStorage() = default;

    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual std::optional<Project> load(QString* error) = 0;
    // Writes what changed, in one transaction: all of it or none of it.
    virtual bool flush(const Project& project, const ChangeSet& changes, QString* error) = 0;
    // Writes a complete, consistent copy elsewhere (Save as).
    virtual bool saveCopyAs(const QString& path, QString* error) = 0;
};

} // namespace js
