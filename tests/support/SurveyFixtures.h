#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// The survey exports under tests/fixtures/survey, one per shape a tool writes:
// qualtrics.csv (three header rows, BOM, CRLF, quoted line breaks),
// surveymonkey.csv (two header rows, answers as labels), googleforms.csv (one
// header row, timestamps, no touchpoint column) and european.csv (semicolons,
// decimal commas, Windows-1252).
namespace js::test {

inline QString surveyFixturePath(const char* name)
{
    return QStringLiteral(JOURNEYSCOPE_FIXTURES "/survey/") + QLatin1String(name);
}

inline QByteArray surveyFixture(const char* name)
{
    QFile file(surveyFixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace js::test
