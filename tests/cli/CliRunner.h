#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace js::test {

// What a command printed and how it ended.
struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program as a user's shell would, without a display, in the C
// locale so that numbers and dates read the same on every machine, unless
// the extra environment ("NAME=value") asks for a language.
inline Outcome run(const QString& program, const QStringList& arguments,
                   const QStringList& extraEnvironment = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.remove(QStringLiteral("JOURNEYSCOPE_LANGUAGE"));
    for (const QString& entry : extraEnvironment)
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {
            -1, {}, QStringLiteral("%1 did not finish: %2").arg(program, process.errorString())};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The journeyscope binary under test.
inline Outcome journeyscope(const QStringList& arguments, const QStringList& extraEnvironment = {})
{
    return run(QStringLiteral(JOURNEYSCOPE_BINARY), arguments, extraEnvironment);
}

} // namespace js::test
