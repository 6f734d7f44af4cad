#pragma once

#include "DemoFileTest.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/storage/Migrations.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/open/Connection.h"
#include "core/storage/open/MigrateOnOpen.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <QtEndian>

#include <gtest/gtest.h>
#include <memory>

namespace js::test {

// What the tests of the open steps share (OpenStepsTest.cpp for probe to
// validate, MigrateLoadStepsTest.cpp for migrate and load).
class OpenStepsTest : public DemoFileTest {
protected:
    // Runs SQL on a file behind Journeyscope's back.
    void tamper(const QString& path, const QStringList& statements)
    {
        Connection connection;
        ASSERT_TRUE(connection.open(path, false).ok());
        QSqlQuery query(connection.database());
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
    }

    // Writes a big-endian 32-bit value into the file's header.
    void patchHeader(const QString& path, int offset, quint32 value)
    {
        QByteArray bytes = readBytes(path);
        ASSERT_GE(bytes.size(), 100);
        qToBigEndian(value, bytes.data() + offset);
        ASSERT_TRUE(writeBytes(path, bytes));
    }

    // A value of the file as SQLite reads it.
    QVariant scalar(const QString& path, const QString& sql)
    {
        Connection connection;
        EXPECT_TRUE(connection.open(path, true).ok());
        QSqlQuery query(connection.database());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
        return query.value(0);
    }

    // Opens `path` (for writing unless `readOnly`) and runs the migrate step
    // on it, as ProjectFile::open does for a file of schema `version`.
    StepResult migrate(Connection& connection, const QString& path, int version, bool readOnly,
                       const SchemaHistory& history = SchemaHistory::shipped())
    {
        EXPECT_TRUE(connection.open(path, readOnly).ok());
        return migrateOnOpen(connection, path, version, readOnly, history, &scratch);
    }

    std::unique_ptr<QTemporaryDir> scratch;
};

} // namespace js::test
