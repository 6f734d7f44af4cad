#include "core/storage/OpenResult.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace js {

namespace {

struct OpenResultText {
    Q_DECLARE_TR_FUNCTIONS(js::OpenResult)
};

} // namespace

QString openMessage(OpenProblem problem, const QString& path, const QString& rawDetail)
{
    // A message is one sentence: database errors can run over several lines.
    QString detail = rawDetail.simplified();
    if (detail.size() > 160)
        detail = detail.left(157) + QStringLiteral("...");
    const QString name = QDir::toNativeSeparators(
        QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName());
    switch (problem) {
    case OpenProblem::None:
        return {};
    case OpenProblem::NotFound:
        return OpenResultText::tr(
                   "“%1” does not exist: check the name, or whether the drive it was on is "
                   "connected.")
            .arg(name);
    case OpenProblem::Unreadable:
        return OpenResultText::tr(
                   "“%1” cannot be read: you do not have permission to open it; ask its owner, or "
                   "copy it to a folder of yours.")
            .arg(name);
    case OpenProblem::IsDirectory:
        return OpenResultText::tr(
                   "“%1” is a folder, not a project file: choose a .journey file inside it.")
            .arg(name);
    case OpenProblem::Empty:
        return OpenResultText::tr(
                   "“%1” is empty: it holds no project, so there is nothing to open; use a backup "
                   "copy if you have one.")
            .arg(name);
    case OpenProblem::NotSqlite:
        return OpenResultText::tr(
                   "“%1” is not a Journeyscope project: choose a .journey file, or bring in a "
                   "JSON export with File > Import JSON.")
            .arg(name);
    case OpenProblem::Foreign:
        return OpenResultText::tr(
                   "“%1” is a database from another application, not a Journeyscope project: open "
                   "it with the application that made it, or choose a .journey file.")
            .arg(name);
    case OpenProblem::Damaged:
        return OpenResultText::tr(
                   "“%1” is damaged and cannot be read (%2): open a backup copy, such as a .bak "
                   "file next to it.")
            .arg(name, detail.isEmpty() ? OpenResultText::tr("the database is corrupt") : detail);
    case OpenProblem::TooNew:
        return OpenResultText::tr(
                   "“%1” was made by a newer Journeyscope (file version %2): install the newer "
                   "version to open it.")
            .arg(name, detail);
    case OpenProblem::NewerMinor:
        return OpenResultText::tr(
                   "“%1” was made by a newer Journeyscope: it is open read-only so that nothing in "
                   "it is lost; update Journeyscope to edit it.")
            .arg(name);
    case OpenProblem::Locked:
        return OpenResultText::tr(
                   "“%1” is open in another Journeyscope window or on another computer: it is open "
                   "read-only here; close it there to edit it.")
            .arg(name);
    case OpenProblem::ReadOnlyFile:
        return OpenResultText::tr(
                   "“%1” cannot be written to: it is open read-only; use File > Save as to keep "
                   "your changes elsewhere.")
            .arg(name);
    case OpenProblem::Unsafe:
        return OpenResultText::tr(
                   "“%1” contains triggers, views or table links that Journeyscope did not "
                   "create, so it was not opened: open a backup copy, or have whoever changed it "
                   "remove them with the sqlite3 tool.")
            .arg(name);
    case OpenProblem::WriteAheadLog:
        return OpenResultText::tr(
                   "“%1” was switched to write-ahead logging by another tool, which Journeyscope "
                   "files never use: switch it back with sqlite3 (PRAGMA journal_mode = DELETE) "
                   "and open it again.")
            .arg(name);
    case OpenProblem::NeedsRecovery:
        return OpenResultText::tr(
                   "“%1” holds an unfinished change left by a program that stopped suddenly: open "
                   "it for editing in Journeyscope, where the file can be written, to repair it.")
            .arg(name);
    case OpenProblem::OlderReadOnly:
        return OpenResultText::tr(
                   "“%1” was made by an older Journeyscope and needs updating, which cannot happen "
                   "while it is read-only or open elsewhere: copy it to a folder of yours and open "
                   "the copy.")
            .arg(name);
    case OpenProblem::Busy:
        return OpenResultText::tr(
                   "“%1” is locked by another program that is reading or changing it: close that "
                   "program, then open the file again.")
            .arg(name);
    case OpenProblem::CannotMigrate:
        return OpenResultText::tr(
                   "“%1” was made by an older Journeyscope (file version %2) that this version "
                   "cannot update: open it in an earlier version, export it as JSON and import "
                   "that here.")
            .arg(name, detail);
    case OpenProblem::CannotWrite:
        return OpenResultText::
            tr("“%1” could not be written (%2): check that the disk has space and the folder is "
               "writable.")
                .arg(name, detail);
    }
    return {};
}

} // namespace js
