#include "app/Verbs.h"

#include "app/VerbSupport.h"
#include "core/content/DemoProject.h"
#include "core/io/JsonFormat.h"
#include "core/io/MermaidJourney.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace js {

namespace {

struct VerbsText {
    Q_DECLARE_TR_FUNCTIONS(js::Verbs)
};

// Splits "--name value" options from positional arguments.
struct Arguments {
    QStringList positional;
    QHash<QString, QString> options;
    QString error;
};

Arguments split(const QStringList& arguments, const QStringList& known)
{
    Arguments result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (!argument.startsWith(u"--")) {
            result.positional << argument;
            continue;
        }
        const QString name = argument.mid(2);
        if (!known.contains(name) || i + 1 >= arguments.size()) {
            result.error = known.contains(name) ? VerbsText::tr("%1 needs a value").arg(argument)
                                                : VerbsText::tr("unknown option %1").arg(argument);
            return result;
        }
        result.options.insert(name, arguments[++i]);
    }
    return result;
}

QString summary(const Project& project)
{
    return VerbsText::tr("%1: %2").arg(project.name.isEmpty() ? VerbsText::tr("(unnamed project)")
                                                              : project.name,
                                       describeCounts(countProject(project)));
}

// Takes "--force" out of the arguments; true when it was there.
bool takeForce(QStringList& arguments)
{
    return arguments.removeAll(QStringLiteral("--force")) > 0;
}

// A new project never silently replaces a file: that could be somebody's work.
bool refuseToReplace(const QString& target, bool force, QTextStream& err)
{
    if (force || !QFileInfo::exists(target))
        return false;
    err << VerbsText::tr(
               "journeyscope: “%1” already exists; choose another name, or add --force to "
               "replace it")
               .arg(QDir::toNativeSeparators(target))
        << '\n';
    return true;
}

OpenProblem inputProblem(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return OpenProblem::NotFound;
    return info.isDir() ? OpenProblem::IsDirectory : OpenProblem::Unreadable;
}

} // namespace

int runDemoVerb(const QStringList& given, QTextStream& out, QTextStream& err)
{
    QStringList arguments = given;
    const bool force = takeForce(arguments);
    if (arguments.size() != 1 || arguments[0].startsWith(u"--")) {
        err << VerbsText::tr("usage: journeyscope demo OUT.journey [--force]") << '\n';
        return 2;
    }
    if (refuseToReplace(arguments[0], force, err))
        return 1;
    QString error;
    const Project demo = demoProject();
    if (!ProjectFile::create(arguments[0], demo, &error)) {
        err << openMessage(OpenProblem::CannotWrite, arguments[0], error) << '\n';
        return 1;
    }
    out << summary(demo) << '\n';
    return 0;
}

int runCheckVerb(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.size() != 1) {
        err << VerbsText::tr("usage: journeyscope check FILE") << '\n';
        return 2;
    }
    const QString& path = arguments[0];
    OpenResult result;
    std::unique_ptr<ProjectFile> file =
        ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly);
    if (!file) {
        err << result.message << '\n';
        return 1;
    }
    const QString integrity = file->integrityCheck();
    if (integrity != u"ok") {
        err << openMessage(OpenProblem::Damaged, path,
                           VerbsText::tr("its internal structure is corrupt"))
            << '\n';
        return 1;
    }
    QString error;
    const std::optional<Project> project = file->load(&error);
    if (!project) {
        err << openMessage(OpenProblem::Damaged, path, error) << '\n';
        return 1;
    }
    out << summary(*project) << '\n';
    return 0;
}

namespace {

// A Mermaid journey diagram rather than a JSON project: by its name, or by
// its first word when the name says nothing.
bool isMermaid(const QString& path, const QByteArray& content)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"mmd" || suffix == u"mermaid")
        return true;
    return QString::fromUtf8(content)
        .trimmed()
        .remove(QChar(0xFEFF))
        .startsWith(u"journey", Qt::CaseInsensitive);
}

} // namespace

int runImportVerb(const QStringList& given, QTextStream& out, QTextStream& err)
{
    QStringList arguments = given;
    const bool force = takeForce(arguments);
    const Arguments args = split(arguments, {QStringLiteral("out")});
    if (!args.error.isEmpty() || args.positional.size() != 1 ||
        !args.options.contains(QStringLiteral("out"))) {
        if (!args.error.isEmpty())
            err << "journeyscope: " << args.error << '\n';
        err << VerbsText::tr(
                   "usage: journeyscope import IN.json|IN.mmd --out NEW.journey [--force]")
            << '\n';
        return 2;
    }
    const QString source = args.positional[0];
    const QString target = args.options.value(QStringLiteral("out"));
    if (sameFile(source, target)) {
        err << VerbsText::tr(
                   "journeyscope: the new project would replace the file it is made from; "
                   "choose another name for it")
            << '\n';
        return 2;
    }
    if (refuseToReplace(target, force, err))
        return 1;
    QFile input(source);
    if (QFileInfo(source).isDir() || !input.open(QIODevice::ReadOnly)) {
        err << openMessage(inputProblem(source), source) << '\n';
        return 1;
    }
    const QByteArray content = input.readAll();
    QString error;
    std::optional<Project> project;
    if (isMermaid(source, content)) {
        const mermaid::MermaidImport parsed = mermaid::parseJourney(QString::fromUtf8(content));
        if (parsed.ok)
            project = mermaid::projectFromImport(parsed, QFileInfo(source).completeBaseName());
        else
            error = parsed.message;
    } else {
        project = projectFromJson(content, &error);
    }
    if (!project) {
        err << VerbsText::tr("%1: %2").arg(source, error) << '\n';
        return 1;
    }
    if (!ProjectFile::create(target, *project, &error)) {
        err << openMessage(OpenProblem::CannotWrite, target, error) << '\n';
        return 1;
    }
    out << summary(*project) << '\n';
    return 0;
}

} // namespace js
