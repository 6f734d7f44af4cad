#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace js::survey {

// Reads the records of a survey CSV one at a time from decoded text, quotes
// respected: a field in double quotes may hold the delimiter, line breaks
// and doubled quotes. Used by readSurvey and by detection (SurveyCsv.cpp).
class RecordScanner {
public:
    RecordScanner(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    qsizetype position() const { return m_pos; }
    // The line the quoted field that ran to the end of the text started on, or 0.
    int unterminatedLine() const { return m_unterminatedLine; }
    // Where reading stopped at a limit no survey export reaches (a field of
    // more than MaxFieldLength characters, a record of more than MaxColumns
    // fields), so that hostile text cannot make the table grow without
    // bound: the limit and the line, or Limit::None.
    enum class Limit { None, FieldLength, Columns };
    Limit limit() const { return m_limit; }
    int limitLine() const { return m_limitLine; }

    // The next record and the line it starts on.
    void next(QStringList& fields, int& startLine);

private:
    bool isNewline(QChar c) const { return c == u'\n' || c == u'\r'; }
    // Reads no further.
    void stop(Limit limit, int line);
    void newline();
    QString field();
    QString quotedField();

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_unterminatedLine = 0;
    Limit m_limit = Limit::None;
    int m_limitLine = 0;
};

} // namespace js::survey
