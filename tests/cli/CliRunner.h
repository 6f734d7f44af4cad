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
// locale so that numbers and dates read the same on every machine.
inline Outcome run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("minimal"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
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
inline Outcome journeyscope(const QStringList& arguments)
{
    return run(QStringLiteral(JOURNEYSCOPE_BINARY), arguments);
}

} // namespace js::test
